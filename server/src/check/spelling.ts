/**
 * Spelling in the prose of a plan: words that cannot be Vietnamese syllables (syllable.ts),
 * "oa", "oe", "uy" marked in two styles in one document, and the confusions of administrative
 * writing listed in confusions.json. Acronyms, codes, numbers, references, addresses and foreign
 * words are left alone: a word is only judged when it is certainly meant as Vietnamese.
 */
import type { Finding, Message } from '../base/diagnostic';
import type { Location } from '../base/source';
import confusionData from './confusions.json';
import type { CheckContext } from './context';
import { PieceReading } from './memo';
import type { Analysis } from './rule';
import { finding, fix, proseSpans } from './support';
import { readSyllable, restyle, type Syllable, type SyllableProblem, toneStyleOf } from './syllable';

export type ToneStyle = 'old' | 'new';

interface Confusion {
  wrong: string;
  right: string;
  reason: string;
  unlessFollowedBy?: string;
}

export const CONFUSIONS: readonly Confusion[] = (confusionData as { confusions: Confusion[] }).confusions;

/**
 * The words of some prose, in order, as parallel lists: each word's text, its normalised offsets
 * and its verdict. A span's words are offsets from the span's start; the document's, in the file.
 * Lists rather than an object per word: a plan of a megabyte has some 200,000 words, put together
 * again at each check.
 */
interface Words {
  texts: string[];
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  verdicts: Verdict[];
}

/** What a word is made of: letters and combining marks. */
const WORD_CHARACTER = /^[\p{L}\p{M}]$/u;
/**
 * Addresses and e-mails are not prose. An e-mail is tried only where a run of non-blanks starts:
 * tried at every character, a long run without "@" would be scanned to its end from each one.
 */
const NOT_PROSE = /(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]+@\S+\.\S+/giu;
/** Every address or e-mail NOT_PROSE finds has one of these; a span without any is left as it is. */
const ADDRESS_SIGN = /[@/]|www\./iu;
/** A word touching one of these is part of a code, a number or a reference ("QĐ-UBND", "2a", "@VP"). */
const CODE_NEIGHBOURS = '0123456789@/_\\&#%=+<>|';
/** The same, by code unit: 1 for a code neighbour. */
const IS_CODE_NEIGHBOUR = new Uint8Array(128);
for (const character of CODE_NEIGHBOURS) IS_CODE_NEIGHBOUR[character.charCodeAt(0)] = 1;
/** Joins a word to a capital in an abbreviation: "GD&ĐT", "KH-UBND". */
const ABBREVIATION_JOINS = new Set(['-', '.', "'", '’']);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const NON_ASCII = /[^\u0000-\u007f]/u;

/**
 * Whether each code unit of the Basic Multilingual Plane is a letter or a mark, worked out the
 * first time it is met (0 not yet, 1 yes, 2 no): prose is scanned a code unit at a time, and a
 * plan uses a few hundred distinct characters.
 */
const WORD_UNITS = new Uint8Array(0x10000);

/** The length (1 or 2 code units) of the letter or mark at `at`, or 0. */
function wordCharacterAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHARACTER.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  let known = WORD_UNITS[unit]!;
  if (known === 0) {
    known = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
    WORD_UNITS[unit] = known;
  }
  return known === 1 ? 1 : 0;
}

function isCodeNeighbour(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  return unit < 128 && IS_CODE_NEIGHBOUR[unit] === 1;
}

/** Whether the code unit at `at` joins the word to a capital beyond it, `step` away (-1 before, 1 after). */
function joinsAbbreviation(text: string, at: number, step: -1 | 1): boolean {
  return ABBREVIATION_JOINS.has(text[at] ?? ' ') && /\p{Lu}/u.test(text[at + step] ?? '');
}

/** The words of a span's text, offsets from its start. */
function wordsOf(prose: string): Words {
  const words: { texts: string[]; starts: number[]; ends: number[]; verdicts: Verdict[] } = { texts: [], starts: [], ends: [], verdicts: [] };
  const text = ADDRESS_SIGN.test(prose) ? prose.replace(NOT_PROSE, (address) => ' '.repeat(address.length)) : prose;
  let at = 0;
  while (at < text.length) {
    let step = wordCharacterAt(text, at);
    if (step === 0) {
      at++;
      continue;
    }
    const start = at;
    do at += step;
    while (at < text.length && (step = wordCharacterAt(text, at)) > 0);
    if (isCodeNeighbour(text, start - 1) || isCodeNeighbour(text, at)) continue;
    if (joinsAbbreviation(text, start - 1, -1) || joinsAbbreviation(text, at, 1)) continue;
    const word = text.slice(start, at);
    words.texts.push(word);
    words.starts.push(start);
    words.ends.push(at);
    words.verdicts.push(verdictOf(word));
  }
  return words;
}

/** The Telex keys of the tones, left at the end of a word when the input method was off: "hoatj". */
const TELEX_TONES: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };

/** A word that is certainly meant as a Vietnamese syllable, and why it cannot be one; undefined when it is fine or not judged. */
function syllableProblem(word: string): { problem: SyllableProblem | { kind: 'telex'; expected: string } } | undefined {
  if (word.length < 2) return undefined;
  const lower = word.toLowerCase();
  const allCaps = word === word.toUpperCase();
  if (!NON_ASCII.test(word)) {
    // An ASCII word may be English, a brand or a name; only a Telex tone key left after a closed
    // syllable ("hoatj", "thamf") is certainly a typo.
    if (allCaps) return undefined;
    const key = lower.at(-1)!;
    const stem = lower.slice(0, -1);
    if (!TELEX_TONES[key] || !/(?:[cmnpt]|ch|nh|ng)$/u.test(stem) || !/[aeiouy]/u.test(stem)) return undefined;
    const read = readSyllable(stem);
    if ('kind' in read && read.kind !== 'stop-tone') return undefined;
    const expected = withTone(stem, TELEX_TONES[key]!);
    if (!expected) return undefined;
    return { problem: { kind: 'telex', expected: matchCase(word, expected) } };
  }
  // Capitals without a tone mark are acronyms ("HĐND", "BCĐ").
  if (allCaps && !TONE_MARK.test(word.normalize('NFD'))) return undefined;
  const read = readSyllable(lower);
  if (!('kind' in read)) return undefined;
  // A capitalised word may be a name of a minority place or person ("Đắk Lắk", "Krông Pắc", "H'Mông"):
  // only a slip no name makes is reported there.
  const capitalised = /^\p{Lu}/u.test(word) && !allCaps;
  if (capitalised && !['tones', 'mark-place'].includes(read.kind)) return undefined;
  if (read.kind === 'letters' && /[fjwz]/u.test(lower)) return undefined;
  return { problem: read };
}

/** The syllable with a tone mark on the vowel the rules put it on, or undefined when no place reads. */
function withTone(stem: string, mark: string): string | undefined {
  for (let at = 0; at < stem.length; at++) {
    if (!'aăâeêioôơuưy'.includes(stem[at]!)) continue;
    const candidate = `${stem.slice(0, at + 1)}${mark}${stem.slice(at + 1)}`.normalize('NFC');
    if (!('kind' in readSyllable(candidate))) return candidate;
  }
  return undefined;
}

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

function problemMessage(word: string, problem: SyllableProblem | { kind: 'telex'; expected: string }): Message {
  switch (problem.kind) {
    case 'telex':
      return { vi: `"${word}" có vẻ là chữ gõ Telex chưa chuyển dấu: "${problem.expected}"?`, en: `"${word}" looks like Telex typing left unconverted: "${problem.expected}"?` };
    case 'tones':
      return { vi: `"${word}" có hai dấu thanh.`, en: `"${word}" carries two tone marks.` };
    case 'mark-place':
      return { vi: `Dấu thanh của "${word}" đặt sai nguyên âm: "${problem.expected}".`, en: `The tone mark of "${word}" is on the wrong vowel: "${problem.expected}".` };
    case 'spelling':
      return {
        vi: `"${word}" viết sai quy tắc c/k, g/gh, ng/ngh: trước i, e, ê viết k, gh, ngh, trước các nguyên âm khác viết c, g, ng (dùng "${problem.expected}").`,
        en: `"${word}" breaks the c/k, g/gh, ng/ngh rule: k, gh, ngh before i, e, ê, and c, g, ng before other vowels (use "${problem.expected}").`,
      };
    case 'stop-tone':
      return {
        vi: `"${word}" không thể là một tiếng: vần tận cùng bằng c, ch, p, t chỉ mang dấu sắc hoặc nặng.`,
        en: `"${word}" cannot be a syllable: a rhyme ending in c, ch, p or t takes only the sắc or nặng tone.`,
      };
    default:
      return { vi: `"${word}" không phải là một tiếng có thể có trong tiếng Việt (sai âm đầu, vần hoặc chữ cái): có phải gõ nhầm?`, en: `"${word}" cannot be a Vietnamese syllable (its onset, rhyme or letters are wrong): a typo?` };
  }
}

interface Found {
  /** 1 for each word (by its index) that is part of a confusion found, which the syllable check then leaves alone. */
  inConfusion: Uint8Array;
  findings: Finding[];
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** What a word is by its text alone, worked out once per distinct word (verdictOf). */
interface Verdict {
  /** The word folded as the confusions are keyed. */
  folded: string;
  /** The confusions whose wrong phrase starts with this word. */
  confusions: readonly ConfusionEntry[] | undefined;
  /** Why it cannot be the Vietnamese syllable it is meant as, or undefined. */
  problem: ReturnType<typeof syllableProblem>;
  /** The style of its open "oa", "oe" or "uy", when it has a marked one. */
  style: ToneStyle | undefined;
}

function judge(text: string): Verdict {
  const read = readSyllable(text.toLowerCase());
  const folded = fold(text);
  return { folded, confusions: CONFUSIONS_BY_FIRST_WORD.get(folded), problem: syllableProblem(text), style: 'kind' in read ? undefined : toneStyleOf(read as Syllable) };
}

/**
 * Verdicts of the words met so far, in every file this process checks: prose repeats a few
 * thousand syllables, so almost every word is judged once. Only words of up to 12 code units are
 * kept (every Vietnamese syllable is shorter): V8 copies a string that short when it is cut out of
 * a text, so a key never holds a whole plan in memory. Past MAX_VERDICTS the map starts over,
 * which bounds it on any input.
 */
const VERDICTS = new Map<string, Verdict>();
const MAX_VERDICTS = 1 << 15;
const MAX_KEPT_WORD = 12;

function verdictOf(text: string): Verdict {
  if (text.length > MAX_KEPT_WORD) return judge(text);
  let verdict = VERDICTS.get(text);
  if (verdict) return verdict;
  if (VERDICTS.size >= MAX_VERDICTS) VERDICTS.clear();
  verdict = judge(text);
  VERDICTS.set(text, verdict);
  return verdict;
}

interface ConfusionEntry {
  confusion: Confusion;
  /** The folded words of its wrong phrase. */
  parts: string[];
}

/** The confusions, by the first folded word of their wrong phrase, for a lookup per word of the prose. */
const CONFUSIONS_BY_FIRST_WORD = new Map<string, ConfusionEntry[]>();
for (const confusion of CONFUSIONS) {
  const parts = fold(confusion.wrong).split(' ');
  const list = CONFUSIONS_BY_FIRST_WORD.get(parts[0]!);
  if (list) list.push({ confusion, parts });
  else CONFUSIONS_BY_FIRST_WORD.set(parts[0]!, [{ confusion, parts }]);
}

const BLANKS_ONLY = /^[ \t\r\n]+$/u;

function checkConfusions(context: CheckContext, words: Words, found: Found): void {
  const { file } = context;
  const { verdicts } = words;
  for (let at = 0; at < verdicts.length; at++) {
    const candidates = verdicts[at]!.confusions;
    if (!candidates) continue;
    for (const { confusion, parts } of candidates) {
      if (at + parts.length > verdicts.length) continue;
      let matches = true;
      for (let k = 1; k < parts.length && matches; k++) {
        // The words must follow each other with only blanks between them, as the phrase has.
        matches = verdicts[at + k]!.folded === parts[k] && BLANKS_ONLY.test(file.source.text.slice(words.ends[at + k - 1]!, words.starts[at + k]!));
      }
      if (!matches) continue;
      const next = verdicts[at + parts.length];
      if (confusion.unlessFollowedBy && next && next.folded === confusion.unlessFollowedBy) continue;
      const start = words.starts[at]!;
      const end = words.ends[at + parts.length - 1]!;
      const location = file.source.locate(start, end);
      const written = file.source.text.slice(start, end);
      const right = matchCase(written, confusion.right);
      found.inConfusion.fill(1, at, at + parts.length);
      found.findings.push(
        finding(
          'spelling/confusion',
          { vi: `"${written}" viết nhầm: "${right}". ${confusion.reason}`, en: `"${written}" is a common misspelling of "${right}". ${confusion.reason}` },
          location,
          [fix({ vi: `Sửa thành "${right}"`, en: `Change to "${right}"` }, [{ start: location.start, end: location.end, newText: right }], false)],
        ),
      );
      at += parts.length - 1;
      break;
    }
  }
}

function checkSyllables(context: CheckContext, words: Words, found: Found): void {
  const { file } = context;
  for (let at = 0; at < words.verdicts.length; at++) {
    if (found.inConfusion[at]) continue;
    const judged = words.verdicts[at]!.problem;
    if (!judged) continue;
    const text = words.texts[at]!;
    const location: Location = file.source.locate(words.starts[at]!, words.ends[at]!);
    const { problem } = judged;
    const expected = 'expected' in problem && problem.kind !== 'spelling' ? matchCase(text, problem.expected) : undefined;
    found.findings.push(
      finding(
        'spelling/syllable',
        problemMessage(text, problem),
        location,
        expected ? [fix({ vi: `Sửa thành "${expected}"`, en: `Change to "${expected}"` }, [{ start: location.start, end: location.end, newText: expected }], false)] : undefined,
      ),
    );
  }
}

/**
 * "oa", "oe", "uy" marked in one style throughout: the configured one, or else the style most of the
 * document uses (the first one met when they tie); every word in the other style is reported with
 * the fix that restyles it.
 */
function checkToneStyle(context: CheckContext, words: Words, found: Found): void {
  const { file } = context;
  const styled: { at: number; style: ToneStyle }[] = [];
  for (let at = 0; at < words.verdicts.length; at++) {
    const style = words.verdicts[at]!.style;
    if (style) styled.push({ at, style });
  }
  if (styled.length === 0) return;
  const configured = context.options.toneStyle;
  const olds = styled.filter((entry) => entry.style === 'old').length;
  const news = styled.length - olds;
  const wanted: ToneStyle = configured ?? (olds > news ? 'old' : news > olds ? 'new' : styled[0]!.style);
  if (!configured && (olds === 0 || news === 0)) return;
  const named = wanted === 'old' ? { vi: 'kiểu cũ ("hoà", "thuỷ")', en: 'the old style ("hoà", "thuỷ")' } : { vi: 'kiểu mới ("hòa", "thủy")', en: 'the new style ("hòa", "thủy")' };
  const why = configured
    ? { vi: 'theo cấu hình "toneStyle"', en: 'as the "toneStyle" setting says' }
    : { vi: 'như phần lớn văn bản này', en: 'as most of this document does' };
  for (const { at, style } of styled) {
    if (style === wanted) continue;
    const location = file.source.locate(words.starts[at]!, words.ends[at]!);
    const text = words.texts[at]!;
    const right = restyle(text, wanted);
    found.findings.push(
      finding(
        'spelling/tone-style',
        {
          vi: `"${text}" đặt dấu khác cách của văn bản: viết "${right}", ${named.vi}, ${why.vi}.`,
          en: `"${text}" places its mark unlike the rest of the document: write "${right}", ${named.en}, ${why.en}.`,
        },
        location,
        [fix({ vi: `Sửa thành "${right}"`, en: `Change to "${right}"` }, [{ start: location.start, end: location.end, newText: right }], true)],
      ),
    );
  }
}

export const spellingAnalysis: Analysis = (context: CheckContext): Finding[] => {
  if (context.file.isCatalog) return [];
  const words = documentWords(context);
  const found: Found = { inConfusion: new Uint8Array(words.verdicts.length), findings: [] };
  checkConfusions(context, words, found);
  checkSyllables(context, words, found);
  checkToneStyle(context, words, found);
  return found.findings;
};

/**
 * The words of every span of prose, in the file's offsets. A span's words depend on its text
 * alone, so the memo's environment is empty and a span the last check of the file read is not
 * read again; what depends on the words of several spans (a confusion of two words across a blank
 * line, the style most of the document uses) is judged on the document's words, each time.
 */
function documentWords(context: CheckContext): Words {
  const reading = new PieceReading<Words>(context.memo, context.file.source, 'spelling', '');
  const spans = proseSpans(context.file, context.memo).map((span) => ({ start: span.start, words: reading.read(span.text, span.start, () => ({ findings: [], facts: wordsOf(span.text) })) }));
  reading.finish();
  let count = 0;
  for (const span of spans) count += span.words.texts.length;
  const texts = new Array<string>(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const verdicts = new Array<Verdict>(count);
  let at = 0;
  for (const { start, words } of spans) {
    for (let k = 0; k < words.texts.length; k++, at++) {
      texts[at] = words.texts[k]!;
      starts[at] = start + words.starts[k]!;
      ends[at] = start + words.ends[k]!;
      verdicts[at] = words.verdicts[k]!;
    }
  }
  return { texts, starts, ends, verdicts };
}
