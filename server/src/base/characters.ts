/**
 * Characters that must not reach an output as they are. A plan is typed, pasted from PDFs and old
 * word processors, or sent by an editor as UTF-16 text, so it may hold characters that an XML
 * document cannot carry (a DOCX, a JUnit report), that a calendar forbids, or that a terminal
 * obeys instead of printing (an escape sequence that retitles the window, a bidi override that
 * reorders the rest of the line). The renderers leave the first kind out; every text printed to a
 * terminal or a CI log shows the second kind escaped.
 */

/**
 * Characters XML 1.0 forbids (§2.2, production Char) or discourages (the note under it), each
 * alternative one code point long, so the scan is linear:
 * - C0 controls but tab, line feed and carriage return; DEL and the C1 controls U+0080–U+009F;
 * - the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF;
 * - half of a surrogate pair standing alone (only UTF-16 text from an editor can hold one);
 * - the last two code points of planes 1 to 16 (U+1FFFE … U+10FFFF), noncharacters too.
 * iCalendar forbids the same controls in its TEXT values (RFC 5545 §3.3.11).
 */
const UNPRINTABLE_SOURCE =
  '[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]' +
  '|[\\uD83F\\uD87F\\uD8BF\\uD8FF\\uD93F\\uD97F\\uD9BF\\uD9FF\\uDA3F\\uDA7F\\uDABF\\uDAFF\\uDB3F\\uDB7F\\uDBBF\\uDBFF][\\uDFFE\\uDFFF]' +
  '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])' +
  '|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/** One run of unprintable characters in a row, for the check that reports them. */
const UNPRINTABLE_RUN = new RegExp(`(?:${UNPRINTABLE_SOURCE})+`, 'g');

const UNPRINTABLE = new RegExp(UNPRINTABLE_SOURCE, 'g');

/**
 * What a terminal, a CI log or a browser may act on rather than print: every C0 control (a line
 * break inside a message would forge another line of output), the unprintable characters above,
 * the bidi marks, embeddings, overrides and isolates that reorder text (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators U+2028, U+2029.
 */
const TERMINAL_UNSAFE = new RegExp(`[\\x00-\\x1F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069]|${UNPRINTABLE_SOURCE}`, 'g');

/** The text without the characters that XML forbids or discourages, for documents and calendars. */
export function withoutUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, '');
}

/** The runs of unprintable characters in `text`, as [start, end) offsets in it. */
export function unprintableRuns(text: string): { start: number; end: number }[] {
  return [...text.matchAll(UNPRINTABLE_RUN)].map((match) => ({ start: match.index!, end: match.index! + match[0].length }));
}

/** "U+0001, U+FFFE": the code points of `text` as Unicode writes them, a lone surrogate as itself. */
export function codePointNames(text: string): string {
  return [...text].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/** `\u001b`, or `\u{1fffe}` beyond the first plane: an escape every reader of JSON or JavaScript knows. */
function escapeCharacter(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The text as a terminal should print it: every character a terminal or a log viewer would act on
 * is shown as its escape (`\u001b`), so a name from a plan can neither move the cursor, retitle
 * the window, forge a line of output nor reorder what follows. Every reporter of the command line
 * prints file text through this function.
 */
export function shownSafely(text: string): string {
  return text.replace(TERMINAL_UNSAFE, escapeCharacter);
}

/**
 * Like `shownSafely` for text of many lines shown as lines (a diff): line feeds, the carriage
 * return of a CRLF and tabs stay, every other character a terminal would act on is escaped.
 */
export function linesShownSafely(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (ch, offset: number, whole: string) =>
    ch === '\n' || ch === '\t' || (ch === '\r' && whole[offset + 1] === '\n') ? ch : escapeCharacter(ch),
  );
}

/**
 * JSON text with every character of `shownSafely` but its own line breaks written as a JSON
 * escape. Such characters can only stand inside strings of JSON (its syntax is ASCII and
 * `JSON.stringify` already escapes the C0 controls in strings), so the data read back is exactly
 * the same, while the bytes carry nothing a terminal, a log viewer or an XML tool would act on.
 */
export function jsonShownSafely(json: string): string {
  return json.replace(TERMINAL_UNSAFE, (ch) =>
    ch === '\n'
      ? ch
      : ch
          .split('')
          .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
          .join(''),
  );
}

/**
 * Whether a code unit is white space as JavaScript's `\s` and `trim` say: the Unicode space
 * separators, tab, the line breaks, the vertical tab, the form feed and the byte order mark. A scan
 * over code units that asks this cuts words where `split(/\s+/)` would, without making the pieces.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
