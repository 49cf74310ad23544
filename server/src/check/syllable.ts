/**
 * The shape of a Vietnamese syllable: onset, rhyme and tone, with the spelling rules that tie them
 * (k before i, e, ê, y; gh and ngh before i, e, ê; a final c, ch, p, t only under the sắc or nặng
 * tone), and where the tone mark stands. No dictionary: a syllable is judged by its shape, so any
 * word the language can have passes, and a typo that gives a shape the language cannot have
 * ("tỉnhh", "nghành", "hoatj", "tóan") is caught.
 */

/** Tone marks as combining characters (NFD). */
const TONE_MARKS = new Map([
  ['\u0301', 'sắc'],
  ['\u0300', 'huyền'],
  ['\u0309', 'hỏi'],
  ['\u0303', 'ngã'],
  ['\u0323', 'nặng'],
]);

export type Tone = 'ngang' | 'sắc' | 'huyền' | 'hỏi' | 'ngã' | 'nặng';

/** Onsets, longest first so "ngh" wins over "ng" and "n". */
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/** Every rhyme of the standard language, without tone. */
const RHYMES = new Set(
  `a ai ao au ay am an ang anh ac ach ap at
   ăm ăn ăng ăc ăp ăt
   âm ân âng âc âp ât âu ây
   e eo em en eng ec ep et
   ê êu êm ên ênh êch êp êt
   i ia iu im in inh ich ip it iêu iêm iên iêng iêc iêp iêt
   y yêu yêm yên yêng yêt
   o oa oai oao oay oam oan oang oanh oac oach oap oat oăm oăn oăng oăc oăt oe oeo oem oen oet oi om on ong oc op ot oong ooc
   ô ôi ôm ôn ông ôc ôp ôt
   ơ ơi ơm ơn ơp ơt
   u ua uâ uân uâng uât uây uê uêch uênh uy uya uyên uyêt uych uynh uyt uyu ui um un ung uc up ut uơ uôi uôm uôn uông uôc uôp uôt
   ư ưa ưi ưu ưm ưn ưng ưc ưt ươi ươu ươm ươn ương ươc ươp ươt`.split(/\s+/u),
);

/** Rhymes after "qu", whose u is the onset's: qua, quy, quyết, quốc, quen. */
const RHYMES_AFTER_QU = new Set(
  'a ai ao ay an ang anh ac ach at ap am ăm ăn ăng ăc ăt ân âng ât ây e eo en et em ê ên ênh êt êch y yên yêt yêu ynh ych yt i in it inh ơ ôc'.split(' '),
);

const VOWELS = 'aăâeêioôơuưy';
const STOPS = new Set(['c', 'ch', 'p', 't']);
const FRONT = new Set(['i', 'e', 'ê', 'y']);

export interface Syllable {
  onset: string;
  rhyme: string;
  tone: Tone;
  /** Index in the vowel nucleus of the vowel that carries the tone mark, or -1 without a mark. */
  markAt: number;
  /** The vowel nucleus (the vowels of the rhyme). */
  nucleus: string;
  /** Whether a consonant ends the rhyme. */
  closed: boolean;
}

export type SyllableProblem =
  | { kind: 'tones'; message: string }
  | { kind: 'letters' }
  | { kind: 'onset' }
  | { kind: 'rhyme' }
  | { kind: 'spelling'; expected: string }
  | { kind: 'stop-tone' }
  | { kind: 'mark-place'; expected: string };

/**
 * Reads a lower-case NFC word as one syllable. Returns the syllable, or the first problem that
 * keeps it from being one.
 */
export function readSyllable(word: string): Syllable | SyllableProblem {
  const decomposed = word.normalize('NFD');
  let tone: Tone = 'ngang';
  let bare = '';
  let marks = 0;
  let markAtLetter = -1;
  for (const char of decomposed) {
    const name = TONE_MARKS.get(char);
    if (name) {
      marks++;
      tone = name as Tone;
      markAtLetter = [...bare.normalize('NFC')].length - 1;
    } else bare += char;
  }
  if (marks > 1) return { kind: 'tones', message: 'two tone marks' };
  const letters = [...bare.normalize('NFC')];
  if (letters.some((letter) => !/[a-zđăâêôơư]/u.test(letter))) return { kind: 'letters' };
  const text = letters.join('');
  const onset = ONSETS.find((candidate) => text.startsWith(candidate) && (candidate !== 'gi' || text.length > 2 || text === 'gi')) ?? '';
  let rest = text.slice(onset.length);
  // "gì", "gìn", "giếng": the i of "gi" is also the rhyme's when no other vowel follows it.
  if (onset === 'gi' && (rest === '' || !VOWELS.includes(rest[0]!) || (!RHYMES.has(rest) && RHYMES.has(`i${rest}`)))) rest = `i${rest}`;
  if (onset === 'qu' ? !RHYMES_AFTER_QU.has(rest) : !RHYMES.has(rest)) {
    return rest === '' || !VOWELS.includes(rest[0]!) ? { kind: onset === '' && text !== '' ? 'onset' : 'rhyme' } : { kind: 'rhyme' };
  }
  const spelling = spellingRule(onset, rest);
  if (spelling) return { kind: 'spelling', expected: spelling };
  const nucleusEnd = [...rest].findIndex((letter) => !VOWELS.includes(letter));
  const nucleus = nucleusEnd < 0 ? rest : rest.slice(0, nucleusEnd);
  const coda = nucleusEnd < 0 ? '' : rest.slice(nucleusEnd);
  if (STOPS.has(coda) && tone !== 'sắc' && tone !== 'nặng') return { kind: 'stop-tone' };
  // The rhyme starts where its letters do; for "gì" that is the i of "gi".
  const rhymeStart = text.length - rest.length;
  const markAt = markAtLetter < 0 ? -1 : markAtLetter - rhymeStart;
  const syllable: Syllable = { onset, rhyme: rest, tone, markAt, nucleus, closed: coda !== '' };
  if (markAtLetter >= 0) {
    const allowed = markPlaces(syllable);
    if (!allowed.includes(markAt)) return { kind: 'mark-place', expected: placeMark(text.slice(0, rhymeStart), rest, nucleus, allowed[0]!, word) };
  }
  return syllable;
}

/** c/k, g/gh and ng/ngh as the vowel after them requires. */
function spellingRule(onset: string, rest: string): string | undefined {
  const front = FRONT.has(rest[0]!);
  if (onset === 'c' && front) return 'k';
  if (onset === 'k' && !front) return 'c';
  if (onset === 'g' && front && rest[0] !== 'y') return 'gh';
  if (onset === 'gh' && !front) return 'g';
  if (onset === 'ng' && front && rest[0] !== 'y') return 'ngh';
  if (onset === 'ngh' && !front) return 'ng';
  return undefined;
}

const MARKED_VOWELS = 'ăâêôơư';

/**
 * Where the tone mark may stand in a nucleus: on the vowel that carries another mark (the last of
 * them in "ươ"); in a closed syllable, on the last vowel; in an open one, on the first of two vowels,
 * the middle of three; and for "oa", "oe", "uy" on either, the old style ("hoà", "thuỷ") and the new
 * ("hòa", "thủy", as Nghị định 30 writes "Cộng hòa", "Ủy ban") both being in use.
 */
export function markPlaces(syllable: Pick<Syllable, 'nucleus' | 'closed' | 'onset'>): number[] {
  const vowels = [...syllable.nucleus];
  let marked = -1;
  vowels.forEach((vowel, at) => {
    if (MARKED_VOWELS.includes(vowel)) marked = at;
  });
  if (marked >= 0) return [marked];
  if (vowels.length === 1) return [0];
  if (syllable.closed) return [vowels.length - 1];
  if (vowels.length === 3) return [1];
  if (syllable.onset !== 'qu' && ['oa', 'oe', 'uy'].includes(syllable.nucleus)) return [1, 0];
  if (syllable.onset === 'qu') return [vowels.length - 1];
  return [0];
}

/** The word with its tone mark moved onto the nucleus's vowel `at`. */
function placeMark(head: string, rest: string, nucleus: string, at: number, word: string): string {
  const mark = [...word.normalize('NFD')].find((char) => TONE_MARKS.has(char))!;
  const vowels = [...nucleus];
  vowels[at] = `${vowels[at]}${mark}`;
  return `${head}${vowels.join('')}${rest.slice(nucleus.length)}`.normalize('NFC');
}

/** The style of an open "oa", "oe" or "uy": old with the mark on its second vowel ("hoà", "thuỷ"), new on its first ("hòa", "thủy"). */
export function toneStyleOf(syllable: Syllable): 'old' | 'new' | undefined {
  if (syllable.markAt < 0 || syllable.closed || syllable.onset === 'qu' || !['oa', 'oe', 'uy'].includes(syllable.nucleus)) return undefined;
  return syllable.markAt === 1 ? 'old' : 'new';
}

/** The word with the mark of its open "oa", "oe" or "uy" moved to the other style. */
export function restyle(word: string, style: 'old' | 'new'): string {
  const decomposed = [...word.normalize('NFD')];
  const markIndex = decomposed.findIndex((char) => TONE_MARKS.has(char));
  if (markIndex < 0) return word;
  const mark = decomposed.splice(markIndex, 1)[0]!;
  const letters = decomposed.join('').normalize('NFC');
  const match = /(oa|oe|uy)$/iu.exec(letters);
  if (!match) return word;
  const position = match.index + (style === 'old' ? 1 : 0);
  return (letters.slice(0, position + 1) + mark + letters.slice(position + 1)).normalize('NFC');
}
