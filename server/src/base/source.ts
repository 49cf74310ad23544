/**
 * Source text handling shared by every stage: NFC normalisation that keeps the way back to the
 * original offsets, and conversion of offsets to LSP-style line/character positions.
 *
 * Offsets count UTF-16 code units, as JavaScript strings and the Language Server Protocol do.
 */

export interface Position {
  /** Zero-based line. */
  line: number;
  /** Zero-based column in UTF-16 code units. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Where a node or a diagnostic sits in the file as the user wrote it (before normalisation). */
export interface Location {
  /** Offset of the first code unit in the original text. */
  start: number;
  /** Offset one past the last code unit in the original text. */
  end: number;
  range: Range;
}

/** The line breaks the language knows, as the lexer and the Language Server Protocol do. */
export type LineBreak = '\n' | '\r\n' | '\r';

/** One line of a text: where it starts, where its content ends, and the break that ends it. */
export interface LineSpan {
  /** Offset of the line's first code unit; `SourceText.lineAt` puts the first line after the byte order mark. */
  start: number;
  /** Offset just past the line's content, where its line break begins. */
  end: number;
  /** The line break as written; empty on the last line. */
  lineBreak: LineBreak | '';
  /** Offset of the next line's first code unit: `end + lineBreak.length`. */
  next: number;
}

/** The breaks in the order LineIndex counts them, by small integers rather than a map per line. */
const LINE_BREAKS: readonly LineBreak[] = ['\n', '\r\n', '\r'];
const LF = 0;
const CRLF = 1;
const CR = 2;

/** Line starts of a text, for offset ↔ position conversion in O(log lines). */
export class LineIndex {
  private readonly lineStarts: number[];
  /**
   * The break written most often, the first one written on a tie, "\n" in a text of one line: the
   * break a fix writes when it inserts a line, so it matches the lines around it.
   */
  readonly dominantBreak: LineBreak;

  constructor(readonly text: string) {
    const starts = [0];
    // How often each break is written, and where it is first written, in the order of LINE_BREAKS.
    const counts = [0, 0, 0];
    const firsts = [Infinity, Infinity, Infinity];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      let found: number;
      if (ch === 13 /* \r */) {
        found = text.charCodeAt(i + 1) === 10 ? CRLF : CR;
        if (found === CRLF) i++;
      } else if (ch === 10 /* \n */) {
        found = LF;
      } else {
        continue;
      }
      starts.push(i + 1);
      if (counts[found]!++ === 0) firsts[found] = i;
    }
    this.lineStarts = starts;
    let dominant = LF;
    for (const candidate of [CR, CRLF]) {
      const more = counts[candidate]! > counts[dominant]!;
      const tiedAndFirst = counts[candidate] === counts[dominant] && firsts[candidate]! < firsts[dominant]!;
      if (more || tiedAndFirst) dominant = candidate;
    }
    // On a tie the break written first wins; "\n" in a text of one line.
    this.dominantBreak = LINE_BREAKS[dominant]!;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line]!;
    const nextLineStart =
      position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1]! : this.text.length;
    return Math.min(lineStart + Math.max(0, position.character), nextLineStart);
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  /** The zero-based line `line` (clamped to the text's lines), with its break. */
  lineSpan(line: number): LineSpan {
    const index = Math.max(0, Math.min(line, this.lineStarts.length - 1));
    const start = this.lineStarts[index]!;
    if (index + 1 === this.lineStarts.length) return { start, end: this.text.length, lineBreak: '', next: this.text.length };
    const next = this.lineStarts[index + 1]!;
    const lineBreak: LineBreak = this.text.charCodeAt(next - 1) === 13 ? '\r' : next - 2 >= start && this.text.charCodeAt(next - 2) === 13 ? '\r\n' : '\n';
    return { start, end: next - lineBreak.length, lineBreak, next };
  }

  /** The line that holds `offset`; an offset on a line break belongs to the line the break ends. */
  lineAt(offset: number): LineSpan {
    return this.lineSpan(this.positionAt(offset).line);
  }

  location(start: number, end: number): Location {
    return new OffsetLocation(this, start, end);
  }
}

/**
 * A location that works out its line/character range when the range is first read. A parsed plan
 * holds a location for every node, key, id and marker, hundreds of thousands in a large plan,
 * while only the ranges of diagnostics and of editor answers are ever read; an eager range was
 * three more objects per location, half the memory of a parsed plan.
 */
class OffsetLocation implements Location {
  readonly #lines: LineIndex;
  #range: Range | undefined = undefined;

  constructor(
    lines: LineIndex,
    readonly start: number,
    readonly end: number,
  ) {
    this.#lines = lines;
  }

  get range(): Range {
    this.#range ??= { start: this.#lines.positionAt(this.start), end: this.#lines.positionAt(this.end) };
    return this.#range;
  }

  set range(range: Range) {
    this.#range = range;
  }

  /** Written out, it is the plain location it stands for. */
  toJSON(): { start: number; end: number; range: Range } {
    return { start: this.start, end: this.end, range: this.range };
  }
}

/**
 * The text the lexer reads (BOM removed, NFC) together with the way back to the original text.
 *
 * Vietnamese text typed on different keyboards arrives both precomposed and decomposed; comparing
 * keywords and ids is only sound on one form, but diagnostics must point into the file as written.
 */
export class SourceText {
  /** The normalised text. */
  readonly text: string;
  readonly lines: LineIndex;
  /** originalOffset[i] is the original offset of normalised code unit i; absent when they coincide. */
  private readonly originalOffset: Int32Array | undefined;
  /**
   * originalEnd[i] is the original offset one past the cluster that normalised code unit i comes
   * from, so a span that ends in a composed letter ends after all of its combining marks.
   */
  private readonly originalEnd: Int32Array | undefined;
  private readonly shift: number;
  /** Lines of the normalised text, built the first time a caller working in it asks. */
  private normalisedLines: LineIndex | undefined;

  constructor(readonly original: string) {
    this.lines = new LineIndex(original);
    const hasBom = original.charCodeAt(0) === 0xfeff;
    this.shift = hasBom ? 1 : 0;
    const body = hasBom ? original.slice(1) : original;
    const normalised = body.normalize('NFC');
    if (normalised === body) {
      this.text = body;
      this.originalOffset = undefined;
      this.originalEnd = undefined;
    } else {
      const built = normaliseWithMap(body);
      this.text = built.text;
      this.originalOffset = built.starts;
      this.originalEnd = built.ends;
    }
  }

  /**
   * The line of the original text that holds the original offset `offset`, in original offsets.
   * The first line starts after the byte order mark, so an edit from a line's start keeps it.
   */
  lineAt(offset: number): LineSpan {
    const line = this.lines.lineAt(offset);
    return line.start < this.shift ? { ...line, start: this.shift, end: Math.max(this.shift, line.end) } : line;
  }

  /** The line of the normalised text that holds the normalised offset `offset`, in normalised offsets. */
  normalisedLineAt(offset: number): LineSpan {
    if (!this.normalisedLines) this.normalisedLines = this.originalOffset || this.shift ? new LineIndex(this.text) : this.lines;
    return this.normalisedLines.lineAt(offset);
  }

  /** The file's own line break (the one written most often), for the lines a fix inserts. */
  get lineBreak(): LineBreak {
    return this.lines.dominantBreak;
  }

  /** True when the file as written was not in NFC (a rule reports it). */
  get wasNormalised(): boolean {
    return this.originalOffset !== undefined;
  }

  /** Maps an offset in the normalised text to the original text. */
  toOriginal(offset: number): number {
    if (!this.originalOffset) return offset + this.shift;
    if (offset >= this.text.length) return this.original.length;
    return this.originalOffset[Math.max(0, offset)]! + this.shift;
  }

  /** Maps an exclusive end offset in the normalised text to the original text. */
  endToOriginal(end: number): number {
    if (end <= 0) return this.toOriginal(0);
    if (!this.originalEnd) return end + this.shift;
    if (end >= this.text.length) return this.original.length;
    return this.originalEnd[end - 1]! + this.shift;
  }

  /** Location in the original text of the normalised span [start, end). */
  locate(start: number, end: number): Location {
    const originalStart = this.toOriginal(start);
    const originalEnd = end <= start ? originalStart : this.endToOriginal(end);
    return this.lines.location(originalStart, Math.max(originalStart, originalEnd));
  }

  /** The location `from` extended to the normalised end offset `end`. */
  extend(from: Location, end: number): Location {
    return this.lines.location(from.start, Math.max(from.end, this.endToOriginal(end)));
  }
}

/**
 * Normalises cluster by cluster (a base character and its combining marks), so every normalised
 * code unit remembers which original cluster it came from: where it starts (for start offsets) and
 * where it ends (for exclusive end offsets).
 */
function normaliseWithMap(text: string): { text: string; starts: Int32Array; ends: Int32Array } {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    // A surrogate pair is one character.
    if (isHighSurrogate(text.charCodeAt(i)) && j < text.length) j++;
    while (j < text.length && isCombiningMark(text.charCodeAt(j))) j++;
    const cluster = text.slice(i, j).normalize('NFC');
    out.push(cluster);
    for (let k = 0; k < cluster.length; k++) {
      starts.push(i + Math.min(k, j - i - 1));
      ends.push(j);
    }
    i = j;
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isCombiningMark(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff);
}

/**
 * Folds Vietnamese text for keyword and id matching: NFC, lower case, without diacritics, "đ" as
 * "d", runs of white space as one space. "Chủ  Trì" and "chu tri" fold to the same key.
 */
export function foldKey(text: string): string {
  if (text.length > MAX_REMEMBERED_FOLD) return fold(text);
  let folded = REMEMBERED_FOLDS.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (REMEMBERED_FOLDS.size < MAX_REMEMBERED_FOLDS) REMEMBERED_FOLDS.set(ownCopy(text), ownCopy(folded));
  }
  return folded;
}

/**
 * Folds of short texts, remembered: the lexer and the tree builder fold the first words of every
 * line against the keywords, and a plan repeats the same few ("chủ trì", "trích yếu", "hạn"),
 * while a fold normalises the text and runs four replaces. Bounded, so a hostile text of many
 * distinct words costs at most this much memory.
 */
const REMEMBERED_FOLDS = new Map<string, string>();
const MAX_REMEMBERED_FOLDS = 4096;
const MAX_REMEMBERED_FOLD = 64;

/**
 * The same characters in a string of their own. A word cut from a plan is, in V8, a view into the
 * whole text it was cut from; remembered as it is, it would keep that text alive for as long as
 * the process runs (a language server reading a thousand plans kept 20 MB of them this way, after
 * it had let their trees go). Joining the characters builds a new string.
 */
function ownCopy(text: string): string {
  return [...text].join('');
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
