/**
 * The characters of the file itself.
 *
 * Vietnamese text typed in a legacy 8-bit encoding and pasted as if it were Windows-1252, the way
 * old documents in the ".VnTime" (TCVN3, also called ABC) and "VNI-Times" fonts arrive in Unicode
 * files: "Thùc hiÖn" for "Thực hiện", "Keá hoaïch" for "Kế hoạch". The check finds runs of such
 * words and offers their conversion to Unicode.
 *
 * Both encodings use the Latin-1 letters that Unicode Vietnamese also uses (à, ô, ú …), so one word
 * is rarely proof. A run is reported only when it holds a character that Vietnamese never uses
 * (Ö, ¹, ï …) and decodes into a plausible Vietnamese syllable.
 *
 * Characters that XML forbids or discourages (base/characters.ts), wherever they are: the outputs
 * leave them out, so what is printed would differ from what the file says without anyone seeing it.
 */
import { codePointNames, unprintableRuns } from '../base/characters';
import type { Finding } from '../base/diagnostic';
import type { PlanFile } from '../model/ast';
import type { CheckContext } from './context';
import type { Analysis } from './rule';
import { finding, fix } from './support';

export const ENCODING_RULE = { legacyEncoding: 'text/legacy-encoding', unprintable: 'text/unprintable-character' } as const;

/** The syntax rule that already reports the C0 controls of content lines, with its own fix. */
const SYNTAX_CONTROL_CHARACTER = 'syntax/unexpected-character';

/** How many code points a message names before it says "…": a pasted binary run can be long. */
const NAMED_CODE_POINTS = 4;

/** TCVN3 (TCVN 5712:1993, VN3) bytes read as Latin-1, and the letters they stand for. */
const TCVN3_LEGACY = '¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
const TCVN3_UNICODE = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const TCVN3 = new Map([...TCVN3_LEGACY].map((ch, i) => [ch, TCVN3_UNICODE[i]!]));

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** VNI-Windows: a vowel followed by a mark byte. Keys are lower case; upper-case bytes mirror them. */
const VNI_TONE: Record<string, string> = { ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT };
const VNI_CIRCUMFLEX: Record<string, string> = { â: '', á: ACUTE, à: GRAVE, å: HOOK, ã: TILDE, ä: DOT };
const VNI_BREVE: Record<string, string> = { ê: '', é: ACUTE, è: GRAVE, ú: HOOK, ü: TILDE, ë: DOT };
/** VNI letters that are one byte: ơ, ư, đ and the i and y with a tone. */
const VNI_LETTER: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

/** Latin-1 letters of Unicode Vietnamese; every other character in U+00A1–U+00FF is a signal. */
const VIETNAMESE_LATIN1 = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý']);

function isSignal(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0xa1 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch);
}

/** A word read as TCVN3, or undefined when it has a character TCVN3 does not use. */
export function decodeTcvn3(word: string): string | undefined {
  let out = '';
  for (const ch of word) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (TCVN3.has(ch)) out += TCVN3.get(ch)!;
    else return undefined;
  }
  // Capitals with tone marks come from a separate font (.VnTimeH) with the lower-case codes.
  const ascii = word.replace(/[^A-Za-z]/g, '');
  return ascii.length >= 2 && ascii === ascii.toUpperCase() ? out.toUpperCase() : out;
}

export interface VniDecoding {
  text: string;
  /** A mark byte that Unicode Vietnamese never uses (ä, ï, û …) followed a vowel. */
  strong: boolean;
}

/** A word read as VNI-Windows, or undefined when its bytes do not follow VNI's rules. */
export function decodeVni(word: string): VniDecoding | undefined {
  let out = '';
  let strong = false;
  /** The vowel the next mark byte may go on, lower case, and whether it is upper case. */
  let base: { vowel: string; upper: boolean; marked: boolean } | undefined;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      base = /[aeiouy]/.test(lower) ? { vowel: lower, upper, marked: false } : undefined;
      continue;
    }
    if (base && !base.marked && base.upper === upper) {
      const mark =
        (/[aeo]/.test(base.vowel) ? VNI_CIRCUMFLEX[lower] : undefined) ??
        (base.vowel === 'a' ? VNI_BREVE[lower] : undefined);
      const modifier = VNI_CIRCUMFLEX[lower] !== undefined ? CIRCUMFLEX : BREVE;
      if (mark !== undefined) {
        out += modifier + mark;
        base.marked = true;
        strong ||= isSignal(ch);
        continue;
      }
      if (VNI_TONE[lower] !== undefined && /[aeouyơư]/.test(base.vowel)) {
        out += VNI_TONE[lower];
        base.marked = true;
        strong ||= isSignal(ch);
        continue;
      }
    }
    const letter = VNI_LETTER[lower];
    if (letter === undefined) return undefined;
    if (lower === 'ñ' && i > 0) return undefined;
    const previous = word[i - 1];
    if (upper && previous !== undefined && /\p{Ll}/u.test(previous)) return undefined;
    out += upper ? letter.toUpperCase() : letter;
    base = lower === 'ô' || lower === 'ö' ? { vowel: letter, upper, marked: false } : undefined;
  }
  return { text: out.normalize('NFC'), strong };
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** A Vietnamese syllable by shape: onset, one to three vowels, a final consonant. */
function isSyllable(word: string): boolean {
  return SYLLABLE.test(word.normalize('NFD').replace(TONES, '').normalize('NFC').toLowerCase());
}

const WORD = /[\p{L}\p{M}\u00A1-\u00BF\u00D7\u00F7]+/gu;

interface Word {
  start: number;
  end: number;
  text: string;
}

export const encodingAnalysis: Analysis = (context: CheckContext): Finding[] => {
  return [...legacyEncodings(context.file), ...unprintableCharacters(context.file)];
};

function legacyEncodings(file: PlanFile): Finding[] {
  const text = file.source.text;
  const diagnostics: Finding[] = [];
  // A line without a signal has no run (legacyRuns), so neither has a text without one: a plan
  // typed in Unicode is not cut into lines at all.
  if (!SIGNAL_CHARACTER.test(text)) return diagnostics;
  // Line by line in the normalised text, so a comment line is skipped and a run ends with its line
  // whatever breaks the file uses.
  for (let lineStart = 0; lineStart < text.length; ) {
    const span = file.source.normalisedLineAt(lineStart);
    const line = text.slice(span.start, span.end);
    if (!/^\s*\/\//.test(line)) {
      for (const run of legacyRuns(line)) {
        const location = file.source.locate(lineStart + run.start, lineStart + run.end);
        const shown = run.converted.length > 60 ? `${run.converted.slice(0, 60)}…` : run.converted;
        const name = run.encoding === 'tcvn3' ? 'TCVN3 (ABC, .VnTime)' : 'VNI-Windows';
        diagnostics.push(
          finding(
            ENCODING_RULE.legacyEncoding,
            {
              vi: `Chữ gõ bằng bảng mã cũ ${name} được dán vào: "${shown}".`,
              en: `Text typed in the legacy ${name} encoding was pasted in: "${shown}".`,
            },
            location,
            [
              fix(
                { vi: `Chuyển sang Unicode: ${shown}`, en: `Convert to Unicode: ${shown}` },
                [{ start: location.start, end: location.end, newText: run.converted }],
                false,
              ),
            ],
          ),
        );
      }
    }
    lineStart = span.next;
  }
  return diagnostics;
}

/**
 * Every run of unprintable characters in the file as written (NFC leaves them as they are), minus
 * the characters the syntax rule has reported already, each with a safe fix that deletes it.
 */
function unprintableCharacters(file: PlanFile): Finding[] {
  const original = file.source.original;
  if (!mayBeUnprintable(original)) return [];
  const reported = file.syntaxFindings
    .filter((found) => found.code === SYNTAX_CONTROL_CHARACTER)
    .map((found) => found.location)
    .sort((a, b) => a.start - b.start);
  const diagnostics: Finding[] = [];
  let next = 0;
  const isReported = (offset: number): boolean => {
    while (next < reported.length && reported[next]!.end <= offset) next++;
    return next < reported.length && reported[next]!.start <= offset;
  };
  const add = (start: number, end: number): void => {
    const characters = [...original.slice(start, end)];
    const named = codePointNames(characters.slice(0, NAMED_CODE_POINTS).join('')) + (characters.length > NAMED_CODE_POINTS ? ', …' : '');
    const location = file.source.lines.location(start, end);
    const one = characters.length === 1;
    diagnostics.push(
      finding(
        ENCODING_RULE.unprintable,
        {
          vi: `Ký tự không in được (${named}): văn bản DOCX, HTML và lịch bỏ đi, nên bản in khác với tệp; hãy xóa.`,
          en: `Unprintable character${one ? '' : 's'} (${named}): DOCX, HTML and calendar outputs leave ${one ? 'it' : 'them'} out, so the printed document differs from the file; delete ${one ? 'it' : 'them'}.`,
        },
        location,
        [fix({ vi: 'Xóa ký tự không in được', en: one ? 'Delete the unprintable character' : 'Delete the unprintable characters' }, [{ start, end, newText: '' }], true)],
      ),
    );
  };
  for (const run of unprintableRuns(original)) {
    let start: number | undefined;
    for (let offset = run.start; offset < run.end; offset++) {
      if (isReported(offset)) {
        if (start !== undefined) add(start, offset);
        start = undefined;
      } else {
        start ??= offset;
      }
    }
    if (start !== undefined) add(start, run.end);
  }
  return diagnostics;
}

/**
 * Whether the text has a code unit an unprintable run can start with (base/characters.ts): a
 * control but tab, line feed and carriage return, DEL or a C1 control, a noncharacter of the first
 * plane, or half of a surrogate pair. A loop over the code units tells a plan that has none, as
 * almost every plan, several times faster than the search for runs, whose alternatives are each
 * tried at every character.
 */
function mayBeUnprintable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 ? unit !== 0x09 && unit !== 0x0a && unit !== 0x0d : unit >= 0x7f && (unit <= 0x9f || (unit >= 0xd800 && unit <= 0xdfff) || (unit >= 0xfdd0 && unit <= 0xfdef) || unit >= 0xfffe)) return true;
  }
  return false;
}

/** Any character `isSignal` accepts. */
const SIGNAL_CHARACTER = new RegExp(
  `[${Array.from({ length: 0xff - 0xa1 + 1 }, (_, i) => String.fromCharCode(0xa1 + i))
    .filter(isSignal)
    .map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
);

function widestCodeUnit(text: string): number {
  let widest = 0;
  for (let i = 0; i < text.length; i++) widest = Math.max(widest, text.charCodeAt(i));
  return widest;
}

interface LegacyRun {
  start: number;
  end: number;
  encoding: 'tcvn3' | 'vni';
  converted: string;
}

/**
 * Runs of words in one line that contain only ASCII and Latin-1 characters, broken by any word
 * with a Unicode Vietnamese letter. Each run is decoded with the encoding its words fit: a word
 * valid in only one encoding decides; otherwise a VNI mark byte on a vowel (ä, ï …) means VNI.
 */
export function legacyRuns(line: string): LegacyRun[] {
  // A run is read only when one of its words has a signal, so a line without one has none: every
  // line of a plan typed in Unicode.
  if (!SIGNAL_CHARACTER.test(line)) return [];
  const runs: Word[][] = [[]];
  for (const match of line.matchAll(WORD)) {
    const word = { start: match.index!, end: match.index! + match[0].length, text: match[0] };
    // Code units answer as code points would here: a code point above U+00FF has every unit above it.
    const widest = widestCodeUnit(word.text);
    if (widest > 0xff) runs.push([]);
    else if (widest >= 0x80) runs.at(-1)!.push(word);
  }
  const result: LegacyRun[] = [];
  for (const words of runs) {
    if (!words.some((word) => [...word.text].some(isSignal))) continue;
    const tcvn = words.map((word) => decodeTcvn3(word.text));
    const vni = words.map((word) => decodeVni(word.text));
    const onlyTcvn = words.some((_, i) => tcvn[i] !== undefined && vni[i] === undefined);
    const onlyVni = words.some((_, i) => vni[i] !== undefined && tcvn[i] === undefined);
    const encoding: 'tcvn3' | 'vni' = onlyTcvn && !onlyVni ? 'tcvn3' : onlyVni && !onlyTcvn ? 'vni' : vni.some((d) => d?.strong) ? 'vni' : 'tcvn3';
    const decoded = words.map((_, i) => (encoding === 'tcvn3' ? tcvn[i] : vni[i]?.text));
    // Every word that proves the encoding must read as Vietnamese: a foreign name (Citroën,
    // Müller) next to Unicode words with Latin-1 letters is not a legacy run.
    const proofs = words.map((word, i) => ({ word, decoded: decoded[i] })).filter(({ word }) => [...word.text].some(isSignal));
    if (!proofs.every(({ word, decoded }) => decoded !== undefined && /[A-Za-z]/.test(word.text) && isSyllable(decoded))) continue;
    const first = words.findIndex((_, i) => decoded[i] !== undefined);
    const last = words.length - 1 - [...decoded].reverse().findIndex((d) => d !== undefined);
    let converted = '';
    for (let i = first; i <= last; i++) {
      converted += decoded[i] ?? words[i]!.text;
      if (i < last) converted += line.slice(words[i]!.end, words[i + 1]!.start);
    }
    result.push({ start: words[first]!.start, end: words[last]!.end, encoding, converted });
  }
  return result;
}
