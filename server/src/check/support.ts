/**
 * Helpers shared by the document, task and typography checks: building diagnostics, finding the
 * prose of a plan in the normalised text, and reading the plan's year from its header.
 */
import type { Finding, Fix, Message, TextEdit } from '../base/diagnostic';
import type { RuleCode } from './rules';
import { stringFromCodeUnits } from '../base/code-units';
import { readPlanDate } from '../deadline/plan-date';
import type { Location, SourceText } from '../base/source';
import type { Header, Paragraph, PlanFile, TextValue } from '../model/ast';
import { fieldOf, forEachItem } from '../model/walk';
import type { CheckMemo, KeptSpan } from './memo';

/** A finding of the rule `code`; the pipeline gives it the rule's severity and the file. */
export function finding(code: RuleCode, message: Message, location: Location, fixes?: Fix[]): Finding {
  const result: Finding = { code, message, location };
  if (fixes && fixes.length > 0) result.fixes = fixes;
  return result;
}

export function fix(title: Message, edits: TextEdit[], safe: boolean): Fix {
  return { title, edits, safe };
}

/**
 * The normalised offset of an original offset: the first normalised code unit that maps to it or
 * after it. Node locations are original offsets, and the text checks read the normalised text.
 */
export function toNormalised(source: SourceText, original: number): number {
  if (!source.wasNormalised) {
    const shift = source.original.charCodeAt(0) === 0xfeff ? 1 : 0;
    return Math.max(0, Math.min(source.text.length, original - shift));
  }
  let low = 0;
  let high = source.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (source.toOriginal(mid) < original) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A stretch of prose in the normalised text. `text` has the same length as the slice it comes from,
 * with comment lines, line escapes and inline references masked, so offsets in it are offsets in
 * the source after adding `start`.
 */
export interface ProseSpan {
  start: number;
  end: number;
  text: string;
  /** The masked references (`@ID`, `[hạn ID]`) as [start, end) offsets in `text`, in order. */
  references: { start: number; end: number }[];
}

/**
 * The paragraphs of the opening and of the items. References are masked as "X" runs so that they
 * read as words (a space before "." after `@VP` is still a space before punctuation) but never as a
 * year or a quote; comment lines inside a paragraph are blanked because they are not printed.
 */
export function proseSpans(file: PlanFile, memo?: CheckMemo): ProseSpan[] {
  const paragraphs: Paragraph[] = [...file.opening];
  forEachItem(file.items, (item) => {
    if (item.title) paragraphs.push(item.title);
    for (const paragraph of item.paragraphs) paragraphs.push(paragraph);
  });
  return proseSpansOf(file, paragraphs, memo);
}

/**
 * The prose spans of the given paragraphs of a file, in their order. With the check's memo, a
 * paragraph whose text the last check of the file also had gets that check's span text, the same
 * string: the analyses that key their memos by it find it without reading it through.
 */
export function proseSpansOf(file: PlanFile, paragraphs: readonly Paragraph[], memo?: CheckMemo): ProseSpan[] {
  if (spansMade?.file !== file) spansMade = { file, spans: new Map() };
  const { spans } = spansMade;
  const kept = memo?.spansOf(file);
  return paragraphs.map((paragraph) => {
    let span = spans.get(paragraph);
    if (!span) {
      span = paragraphSpan(file.source, paragraph, kept);
      spans.set(paragraph, span);
    }
    return span;
  });
}

/**
 * The spans made for the file checked last, each once: the citation, typography and prose checks
 * of one check all read the same spans. A parsed tree is never changed, so a span holds as long as
 * its paragraph; only one file's are kept, since a check of many files reads each file's spans in
 * its own check and keeping them all would hold a second copy of every plan's prose.
 */
let spansMade: { file: PlanFile; spans: Map<Paragraph, ProseSpan> } | undefined;

/**
 * A paragraph's span. Its text is a function of the paragraph's normalised text and of where its
 * references are in it (the lines are those of the text itself), so a span kept under the same
 * text with the same references is this one.
 */
function paragraphSpan(source: SourceText, paragraph: Paragraph, kept?: { now: Map<string, KeptSpan>; before: Map<string, KeptSpan> }): ProseSpan {
  const start = toNormalised(source, paragraph.loc.start);
  const end = toNormalised(source, paragraph.loc.end);
  const references: ProseSpan['references'] = [];
  for (const inline of paragraph.inlines) {
    if (inline.kind === 'text') continue;
    const from = Math.max(0, toNormalised(source, inline.loc.start) - start);
    const to = Math.min(end - start, toNormalised(source, inline.loc.end) - start);
    references.push({ start: from, end: to });
  }
  const written = kept && source.text.slice(start, end);
  const known = written !== undefined ? (kept!.before.get(written) ?? kept!.now.get(written)) : undefined;
  if (known && sameRanges(known.references, references)) {
    kept!.now.set(written!, known);
    return { start, end, text: known.text, references: known.references.slice() };
  }
  // Code units rather than split(''): a paragraph of megabytes would be millions of strings.
  const codes = new Uint16Array(end - start);
  for (let i = 0; i < codes.length; i++) codes[i] = source.text.charCodeAt(start + i);
  for (const reference of references) codes.fill(X, reference.start, Math.max(reference.start, reference.end));
  // Line by line, offsets relative to the paragraph: its first line starts where the paragraph does.
  for (let at = start; at < end; ) {
    const line = source.normalisedLineAt(at);
    const lineEnd = Math.min(line.end, end) - start;
    let first = Math.max(line.start, start) - start;
    while (first < lineEnd && (codes[first] === SPACE || codes[first] === TAB)) first++;
    if (first + 1 < lineEnd && codes[first] === SLASH && codes[first + 1] === SLASH) {
      codes.fill(SPACE, first, lineEnd);
    } else if (first < lineEnd && codes[first] === BACKSLASH && codes[first + 1] !== AT) {
      codes[first] = SPACE;
    }
    at = line.next;
  }
  const text = stringFromCodeUnits(codes);
  if (written !== undefined) kept!.now.set(written, { text, references: references.slice() });
  return { start, end, text, references };
}

function sameRanges(a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): boolean {
  return a.length === b.length && a.every((range, i) => range.start === b[i]!.start && range.end === b[i]!.end);
}

const [X, SPACE, TAB, SLASH, BACKSLASH, AT] = ['X', ' ', '\t', '/', '\\', '@'].map((ch) => ch.charCodeAt(0)) as [number, number, number, number, number, number];

/** Every one-line text value of the header, the declarations, the recipients and the signer. */
export function textValues(file: PlanFile): TextValue[] {
  const values: TextValue[] = [];
  for (const field of file.header?.fields ?? []) values.push(field.value);
  for (const declaration of file.declarations) {
    if (declaration.kind === 'document') values.push(declaration.phrase);
    if (declaration.kind === 'unit') values.push(declaration.name);
    if (declaration.kind === 'task' && declaration.title) values.push(declaration.title);
    for (const field of declaration.fields) values.push(field.value);
  }
  for (const entry of file.recipients?.entries ?? []) values.push(entry.value);
  for (const line of file.signer?.lines ?? []) values.push(line);
  if (file.signer?.name) values.push(file.signer.name);
  return values;
}

/** The location of a text value's characters [from, to) relative to its first character. */
export function locateIn(file: PlanFile, value: TextValue, from: number, to: number): Location {
  return file.source.locate(value.base + from, value.base + to);
}

/**
 * The line of the header's `kế hoạch` keyword (or the file's first line): where problems with the
 * document as a whole are shown.
 */
export function documentAnchor(file: PlanFile): Location {
  const original = file.source.original;
  let start = file.header ? file.header.loc.start : 0;
  if (!file.header) {
    while (start < original.length && /[\s\uFEFF]/.test(original[start]!)) start++;
    if (start >= original.length) start = 0;
  }
  let end = file.source.lineAt(start).end;
  while (end > start && /\s/.test(original[end - 1]!)) end--;
  return file.source.lines.location(start, end);
}

/** The plan's year from the header date ("17/02/2023", a draft's "/02/2023" or "ngày … tháng … năm 2023"). */
export function planYear(header: Header | undefined): number | undefined {
  const date = header && fieldOf(header, 'date');
  return date ? readPlanDate(date.value.text)?.year : undefined;
}

/**
 * The years a plan covers: its `thời kỳ` ("năm 2023", "2021 - 2025", "01/01/2023 - 31/12/2023")
 * when given, else the year of its date.
 */
export function planYears(header: Header | undefined): { from: number; to: number } | undefined {
  const period = header && fieldOf(header, 'period');
  const years = period ? [...period.value.text.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1])) : [];
  // A loop, not Math.min(...years): a period field of a megabyte holds more years than a call takes arguments.
  if (years.length > 0) return { from: years.reduce((a, b) => Math.min(a, b)), to: years.reduce((a, b) => Math.max(a, b)) };
  const year = planYear(header);
  return year === undefined ? undefined : { from: year, to: year };
}
