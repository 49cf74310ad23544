/**
 * Writes the `.kh` text of an imported original piece by piece and keeps, for every piece, where
 * it came from: text copied from a paragraph maps code unit by code unit back to that paragraph,
 * and text the import adds (keywords, field keys, line breaks) maps to the place in the original
 * it stands for. Checking an original checks this text and moves each diagnostic back through the
 * map, so the user reads positions in the document they have.
 */

/** A place in the original: a 1-based paragraph number and a 0-based column in its text. */
export interface OriginalPlace {
  paragraph: number;
  column: number;
}

interface Segment {
  /** Offset in the written text where the piece starts. */
  start: number;
  /** The place of the piece's first code unit. */
  place: OriginalPlace;
  /** Whether the piece is the original's text (each code unit maps on) or added text (all of it maps to `place`). */
  copied: boolean;
}

export class PlanWriter {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  /** Appends text the import adds, standing for `place`. */
  add(text: string, place: OriginalPlace): void {
    if (text.length === 0) return;
    this.segments.push({ start: this.length, place, copied: false });
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends the original's own text, which starts at `place`. */
  copy(text: string, place: OriginalPlace): void {
    if (text.length === 0) return;
    this.segments.push({ start: this.length, place, copied: true });
    this.parts.push(text);
    this.length += text.length;
  }

  /**
   * Appends what another writer wrote, with its places: the import writes the body apart, since
   * the units its tasks name are declared before it.
   */
  append(other: PlanWriter): void {
    for (const segment of other.segments) this.segments.push({ ...segment, start: this.length + segment.start });
    for (const part of other.parts) this.parts.push(part);
    this.length += other.length;
  }

  /** The text written so far and the map back to the original. */
  finish(): { text: string; map: SourceMap } {
    return { text: this.parts.join(''), map: new SourceMap(this.segments.slice(), this.length) };
  }
}

/** The way back from offsets of an imported plan to places in the original. */
export class SourceMap {
  constructor(
    private readonly segments: readonly Segment[],
    private readonly length: number,
  ) {}

  /** The place in the original of the plan's code unit at `offset` (past the end: the last place). */
  placeOf(offset: number): OriginalPlace {
    if (this.segments.length === 0) return { paragraph: 1, column: 0 };
    const at = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.segments[middle]!.start <= at) low = middle;
      else high = middle - 1;
    }
    const segment = this.segments[low]!;
    if (!segment.copied) return segment.place;
    return { paragraph: segment.place.paragraph, column: segment.place.column + (at - segment.start) };
  }

  /**
   * The span [start, end) of the plan as a span of the original: columns of its first paragraph,
   * and, when it runs on into later paragraphs (a citation the original broke across lines),
   * where it ends in the last one. `end` is then past any paragraph's length, and the caller cuts
   * it at the first paragraph's end.
   */
  spanOf(start: number, end: number): { paragraph: number; start: number; end: number; last?: { paragraph: number; end: number } } {
    const from = this.placeOf(start);
    const last = end > start ? this.placeOf(end - 1) : from;
    if (last.paragraph === from.paragraph) return { paragraph: from.paragraph, start: from.column, end: Math.max(from.column, last.column + (end > start ? 1 : 0)) };
    const span = { paragraph: from.paragraph, start: from.column, end: Number.MAX_SAFE_INTEGER };
    return last.paragraph > from.paragraph ? { ...span, last: { paragraph: last.paragraph, end: last.column + 1 } } : span;
  }
}
