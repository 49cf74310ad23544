/**
 * The header's `ngày` field as drafters type it (docs/language.md §2): in figures, "05/3/2023", or
 * in words, "ngày 05 tháng 3 năm 2023", and in a draft with the parts not decided yet left blank,
 * empty or filled with dots: "/02/2023", "  /  /2023", "… /02/2023", "ngày    tháng 02 năm 2023",
 * "ngày … tháng … năm 2022", "tháng 02 năm 2023". Reading it is one place, so the checks, the
 * deadline evaluation and the rendered place-and-date line agree on what a date says.
 *
 * The text is read by a scanner, one character at a time, so a long run of blanks or dots costs
 * its length once (regular expressions with neighbouring runs of blanks took polynomial time).
 */
import { type CivilDate, isValidDate } from '../base/civil-date';
import { foldKey } from '../base/source';

/**
 * The parts of an issue date; a part the draft leaves blank is absent. Blanks go from the day
 * upwards: a day is given only with its month, and a month only with its year.
 */
export interface PlanDateParts {
  day?: number;
  month?: number;
  year?: number;
}

/** What fills a blank part in a draft besides white space: dots, an ellipsis, underscores. */
const FILLER = /[.…_\s]/u;
const DIGIT = /[0-9]/;
const LETTER = /\p{L}/u;

type Piece = { kind: 'number'; text: string } | { kind: 'word'; folded: string } | { kind: 'slash' };

/** The numbers, words and slashes of the text, fillers left out; undefined at any other character. */
function piecesOf(text: string): Piece[] | undefined {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < text.length) {
    const ch = text[at]!;
    if (FILLER.test(ch)) {
      at++;
    } else if (ch === '/') {
      pieces.push({ kind: 'slash' });
      at++;
    } else if (DIGIT.test(ch)) {
      const start = at;
      while (at < text.length && DIGIT.test(text[at]!)) at++;
      pieces.push({ kind: 'number', text: text.slice(start, at) });
    } else if (LETTER.test(ch)) {
      const start = at;
      while (at < text.length && LETTER.test(text[at]!)) at++;
      pieces.push({ kind: 'word', folded: foldKey(text.slice(start, at)) });
    } else {
      return undefined;
    }
  }
  return pieces;
}

/** A number of at most `maxDigits` digits (exactly four for a year), or undefined. */
function numberOf(piece: Piece | undefined, minDigits: number, maxDigits: number): number | undefined {
  if (piece?.kind !== 'number' || piece.text.length < minDigits || piece.text.length > maxDigits) return undefined;
  return Number(piece.text);
}

/**
 * Reads the parts of the field; undefined when the text is not a date of either form, or when a
 * part is given above a blank one ("05//2023"). The numbers are not checked against the calendar
 * here: "31/02/2023" gives its parts, so a check can say which one does not exist.
 */
export function readPlanDate(text: string): PlanDateParts | undefined {
  const pieces = piecesOf(text.normalize('NFC'));
  if (!pieces || pieces.length === 0) return undefined;
  let at = 0;
  const word = (folded: string): boolean => {
    const piece = pieces[at];
    if (piece?.kind !== 'word' || piece.folded !== folded) return false;
    at++;
    return true;
  };
  const part = (min: number, max: number): number | undefined | null => {
    const piece = pieces[at];
    if (piece?.kind !== 'number') return undefined;
    const value = numberOf(piece, min, max);
    at++;
    // A number of the wrong length is not a blank: the whole text is not a date.
    return value ?? null;
  };
  const leadingDay = word('ngay');
  let day: number | undefined | null;
  let month: number | undefined | null;
  let year: number | undefined | null;
  // "tháng" anywhere makes it the form in words; else the parts are parted by slashes.
  if (pieces.some((piece) => piece.kind === 'word' && piece.folded === 'thang')) {
    day = leadingDay ? part(1, 2) : undefined;
    if (!word('thang')) return undefined;
    month = part(1, 2);
    if (!word('nam')) return undefined;
    year = part(4, 4);
  } else {
    day = part(1, 2);
    if (pieces[at++]?.kind !== 'slash') return undefined;
    month = part(1, 2);
    if (pieces[at++]?.kind !== 'slash') return undefined;
    year = part(4, 4);
  }
  if (at !== pieces.length || day === null || month === null || year === null) return undefined;
  if ((day !== undefined && month === undefined) || (month !== undefined && year === undefined)) return undefined;
  return { ...(day !== undefined && { day }), ...(month !== undefined && { month }), ...(year !== undefined && { year }) };
}

/**
 * The plan's date as the checks compare it: the exact day when every part is given, else the first
 * day of the month a draft names, which is a lower bound for the issue date. Undefined when the
 * date cannot be read, does not exist, or leaves its month blank too ("ngày … tháng … năm 2022"):
 * a year alone bounds no comparison the checks make, and its first day would be a false bound for
 * "documents dated after the plan".
 */
export function planDateBounds(text: string): { exact?: CivilDate; earliest: CivilDate } | undefined {
  const parts = readPlanDate(text);
  if (!parts || parts.month === undefined || parts.year === undefined) return undefined;
  const { year, month, day } = parts;
  if (day === undefined) return isValidDate(year, month, 1) ? { earliest: { year, month, day: 1 } } : undefined;
  return isValidDate(year, month, day) ? { exact: { year, month, day }, earliest: { year, month, day } } : undefined;
}
