/**
 * The pieces of a line of a real document's header or footer. Word lays the header and the
 * footer out as two-column tables; their text, copied or extracted from a PDF, puts both columns
 * on one line with a run of blanks, a tab or a `|` between them ("UBND TỈNH AN GIANG        CỘNG
 * HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:  KT. GIÁM ĐỐC"), or gives them line by line in turn.
 * A piece is one column's text on that line, with its place in the paragraph.
 */

export interface Piece {
  /** 1-based paragraph number. */
  paragraph: number;
  /** Columns [start, end) of the piece in the paragraph's text, blanks trimmed. */
  start: number;
  end: number;
  text: string;
}

/** Longer lines are body text: a header or footer cell is never this long, and the scans below stay bounded. */
export const MAX_CELL_LINE = 400;

const CELL_GAP = /\t+|\|+|[ \u00a0]{2,}/gu;
const UPPER_START = /^[\p{Lu}–—•(-]/u;
/** One word in capitals, with blanks after it at most: what a double space cuts from the end of a name. */
const LAST_WORD = /^\p{Lu}{1,12}[ \u00a0]*$/u;

/**
 * Cuts a line into its columns. A gap of two blanks also sits inside one column's text when a
 * drafter spaces out a date ("ngày  17  tháng  01  năm  2018") or a number ("Số        /
 * PGD&ĐT"), so a piece that does not start with a capital letter or a dash goes on the piece
 * before it; so does a last word in capitals two blanks after capitals ("XÃ DÂN  LỰC"), a double
 * space typed inside a name, as a column never holds one word of a name alone.
 */
export function cellsOf(paragraph: number, text: string): Piece[] {
  if (text.length > MAX_CELL_LINE) return trimmedPiece(paragraph, text, 0, text.length);
  // Each stretch between gaps, and whether the gap before it was only blanks.
  const stretches: { start: number; end: number; afterBlanks: boolean; afterTwo: boolean }[] = [];
  let at = 0;
  let afterBlanks = false;
  let afterTwo = false;
  CELL_GAP.lastIndex = 0;
  for (let gap = CELL_GAP.exec(text); gap; gap = CELL_GAP.exec(text)) {
    if (gap.index > at) stretches.push({ start: at, end: gap.index, afterBlanks, afterTwo });
    at = gap.index + gap[0].length;
    afterBlanks = gap[0].charCodeAt(0) === 32 || gap[0].charCodeAt(0) === 0xa0;
    afterTwo = afterBlanks && gap[0].length === 2;
  }
  if (at < text.length) stretches.push({ start: at, end: text.length, afterBlanks, afterTwo });
  const merged: [number, number][] = [];
  stretches.forEach((stretch, i) => {
    const previous = merged[merged.length - 1];
    const words = text.slice(stretch.start, stretch.end);
    const lastWordOfName = stretch.afterTwo && i === stretches.length - 1 && LAST_WORD.test(words) && previous !== undefined && isUpperCase(text.slice(previous[0], previous[1]));
    if (previous && stretch.afterBlanks && (!UPPER_START.test(words) || lastWordOfName)) previous[1] = stretch.end;
    else merged.push([stretch.start, stretch.end]);
  });
  return merged.flatMap(([start, end]) => trimmedPiece(paragraph, text, start, end));
}

function trimmedPiece(paragraph: number, text: string, start: number, end: number): Piece[] {
  let from = start;
  let to = end;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return to > from ? [{ paragraph, start: from, end: to, text: text.slice(from, to) }] : [];
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

/** A line drawn with characters: the rule under the agency or the Tiêu ngữ, as text keeps it. */
export function isRuleLine(text: string): boolean {
  return /^[\s\-_–—=*.·…]+$/u.test(text) && /[-_–—=*]/u.test(text);
}

/** Whether a piece is written in capitals (it has letters and no small one). */
export function isUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
