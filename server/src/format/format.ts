/**
 * The formatter: the canonical layout of a plan without a word of its prose changed. It renumbers
 * the body (phần in the way each is written, "Phần I." or "PHẦN THỨ NHẤT"; mục I., II., III.;
 * khoản 1., 2. and their prefixed children; điểm a), b), c) …), indents fields two spaces under
 * their head and recipients as "  - …", puts one space after each marker, removes trailing
 * blanks, keeps at most one blank line in a row, ends the file with one line break and writes
 * every line in Unicode NFC. Line breaks stay as the file has them.
 *
 * Only whitespace and numbers change, and only where the parser ignores whitespace, so the file
 * reads back into the same tree. Indentation that means something (a prose line indented under a
 * declaration is reported, not read) is left as it is.
 */
import { applyEdits, type TextEdit } from '../base/diagnostic';
import type { Field, Node, PlanFile } from '../model/ast';
import { forEachItem } from '../model/walk';
import type { TokenType } from 'chevrotain';
import { parsePlan } from '../syntax/parse';
import { Indent, planLexer } from '../syntax/tokens';
import { renumberAll } from './numbering';

interface Line {
  /** Offset of the line's first character (after the byte order mark on the first line). */
  start: number;
  /** Offset just past the line's content, before its line break. */
  contentEnd: number;
  /** The line break as written, empty on the last line. */
  newline: string;
}

/**
 * White space at the end of a line; the parser trims every kind of it from values and prose. The
 * look-behind lets a match start only where a run of blanks starts: without it the engine tries
 * every blank of a long run in turn and scans the rest of the run from each, quadratic in its length.
 */
const TRAILING_BLANKS = /(?<![^\S\r\n])[^\S\r\n]+$/u;

/** The edits that turn the file into its canonical layout, in offsets of the original text. */
export function formatPlan(file: PlanFile): TextEdit[] {
  const original = file.source.original;
  const lines = splitLines(original);
  const lineOf = (offset: number): Line => lines[file.source.lines.positionAt(offset).line]!;
  const inLine = [...renumberAll(file.items, 'canonical'), ...markerSpacing(file, original), ...indentation(file, original, lineOf)];

  const byLine = new Map<Line, TextEdit[]>();
  for (const edit of inLine) {
    const line = lineOf(edit.start);
    const onLine = byLine.get(line) ?? [];
    onLine.push(edit);
    byLine.set(line, onLine);
  }
  const texts = lines.map((line) => {
    const content = original.slice(line.start, line.contentEnd);
    const local = (byLine.get(line) ?? []).map((edit) => ({ ...edit, start: edit.start - line.start, end: edit.end - line.start }));
    return withoutTrailingBlanks(applyEdits(content, local)).normalize('NFC');
  });

  let lastText = texts.length - 1;
  while (lastText >= 0 && texts[lastText] === '') lastText--;
  const fileNewline = file.source.lineBreak;
  // A U+FEFF that starts the first line kept, once the blank lines above it are gone, would start
  // the file and read as its byte order mark, which the parser skips: so the formatted file would
  // read differently and format differently again. A byte order mark written before it keeps it.
  const hasByteOrderMark = original.charCodeAt(0) === 0xfeff;
  const edits: TextEdit[] = [];
  // Starting as if after a blank line drops the blank lines at the top of the file.
  let afterBlank = true;
  let previousNewline = '';
  lines.forEach((line, index) => {
    let wanted = '';
    if (index <= lastText && (texts[index] !== '' || !afterBlank)) {
      // A lone CR and the LF of an emptied line after it would read as one CRLF, losing the line.
      const newline = previousNewline === '\r' && texts[index] === '' && line.newline === '\n' ? '\r' : line.newline || fileNewline;
      const startsFile = previousNewline === '' && index > 0 && !hasByteOrderMark && texts[index]!.startsWith('\ufeff');
      wanted = (startsFile ? '\ufeff' : '') + texts[index]! + newline;
      previousNewline = newline;
    }
    if (index <= lastText) afterBlank = texts[index] === '';
    const edit = minimalEdit(original, line.start, line.contentEnd + line.newline.length, wanted);
    if (edit) edits.push(edit);
  });
  return edits;
}

/** The text formatted, for callers that hold a text rather than a parsed file. */
export function formatText(text: string, uri = 'untitled:plan.kh'): string {
  return applyEdits(text, formatPlan(parsePlan(uri, text)));
}

/**
 * The line without its trailing blanks, unless they are what the line's first token stands on:
 * "- " is a bullet and "-" prose, "a)" followed by a non-breaking space is prose and "a)" a điểm.
 * Then one space is kept when that reads the same, or else the blanks as written.
 */
function withoutTrailingBlanks(line: string): string {
  const trailing = TRAILING_BLANKS.exec(line)?.[0];
  if (trailing === undefined) return line;
  const trimmed = line.slice(0, line.length - trailing.length);
  // Spaces and tabs at the end matter only to a bullet; for anything else the lexer decides.
  if (/^[ \t]+$/.test(trailing) && !/^[ \t]*[-+]$/.test(trimmed)) return trimmed;
  const head = headTokenOf(line);
  if (headTokenOf(trimmed) === head) return trimmed;
  return headTokenOf(`${trimmed} `) === head ? `${trimmed} ` : line;
}

/** The type of the first token of a line after its indentation, as the lexer reads it. */
function headTokenOf(line: string): TokenType | undefined {
  return planLexer.tokenize(line).tokens.find((token) => token.tokenType !== Indent)?.tokenType;
}

/** Lines split at the breaks the lexer and `LineIndex` know: CRLF, CR and LF. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let match: RegExpExecArray | null;
  while ((match = breaks.exec(text)) !== null) {
    lines.push({ start, contentEnd: match.index, newline: match[0] });
    start = match.index + match[0].length;
  }
  lines.push({ start, contentEnd: text.length, newline: '' });
  return lines;
}

/** One space between a marker (of an item or a recipient) and the text after it. */
function markerSpacing(file: PlanFile, original: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const oneSpaceAfter = (markerEnd: number): void => {
    let end = markerEnd;
    while (original[end] === ' ' || original[end] === '\t') end++;
    // At the end of the line the trailing blanks go with the others; a marker glued to its text
    // ("1.1.Vị trí") gets its space.
    if (end === original.length || original[end] === '\n' || original[end] === '\r') return;
    if (original.slice(markerEnd, end) !== ' ') edits.push({ start: markerEnd, end, newText: ' ' });
  };
  forEachItem(file.items, (item) => oneSpaceAfter(item.markerLoc.end));
  for (const entry of file.recipients?.entries ?? []) oneSpaceAfter(entry.loc.start + 1);
  return edits;
}

/**
 * Fields two spaces deeper than their head (the header, a declaration, a task wherever its head
 * stands) and recipients two spaces deeper than "nơi nhận:". A field written on its head's line
 * (`nhiệm vụ X: chủ trì @VP; …`) has no indentation of its own.
 */
function indentation(file: PlanFile, original: string, lineOf: (offset: number) => Line): TextEdit[] {
  const edits: TextEdit[] = [];
  const indentUnder = (head: number, lineStart: number, at: number): void => {
    const written = original.slice(lineStart, at);
    if (!/^[ \t]*$/.test(written)) return;
    const wanted = ' '.repeat(indentWidth(original, lineOf(head).start) + 2);
    if (written !== wanted) edits.push({ start: lineStart, end: at, newText: wanted });
  };
  const fieldsUnder = (head: Node, fields: Field[]): void => {
    for (const field of fields) indentUnder(head.loc.start, lineOf(field.keyLoc.start).start, field.keyLoc.start);
  };
  if (file.header) fieldsUnder(file.header, file.header.fields);
  for (const declaration of file.declarations) fieldsUnder(declaration, declaration.fields);
  const recipients = file.recipients;
  for (const entry of recipients?.entries ?? []) indentUnder(recipients!.headLoc.start, lineOf(entry.loc.start).start, entry.loc.start);
  return edits;
}

/** The width of a line's indentation, a tab counting four columns as the parser counts it. */
function indentWidth(text: string, lineStart: number): number {
  let width = 0;
  for (let i = lineStart; text[i] === ' ' || text[i] === '\t'; i++) width += text[i] === '\t' ? 4 : 1;
  return width;
}

/**
 * The edit that turns [start, end) into `wanted`, narrowed to the part that differs so an editor
 * keeps the cursor and the selections around it. It never splits a surrogate pair.
 */
function minimalEdit(text: string, start: number, end: number, wanted: string): TextEdit | undefined {
  const current = text.slice(start, end);
  if (current === wanted) return undefined;
  let prefix = 0;
  const shorter = Math.min(current.length, wanted.length);
  while (prefix < shorter && current[prefix] === wanted[prefix]) prefix++;
  if (prefix > 0 && isHighSurrogate(current.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && current[current.length - 1 - suffix] === wanted[wanted.length - 1 - suffix]) suffix++;
  if (suffix > 0 && isLowSurrogate(current.charCodeAt(current.length - suffix))) suffix--;
  return { start: start + prefix, end: end - suffix, newText: wanted.slice(prefix, wanted.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
