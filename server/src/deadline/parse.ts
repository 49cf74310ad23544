/**
 * Deadlines as written in a task's `hạn` field (docs/language.md §6.1), in Vietnamese with or
 * without diacritics, or with the English aliases.
 *
 * The text is folded (lower case, no diacritics) code unit by code unit while remembering where
 * each folded unit came from, so that every span reported here indexes the text as given.
 */
import type { LocalProblem, Message } from '../base/diagnostic';
import { type CivilDate, daysInMonth, FIRST_YEAR, formatVnDate, isSupportedYear, isValidDate, LAST_YEAR } from '../base/civil-date';
import { DEADLINE } from './rules';
import { planDateBounds } from './plan-date';

/** A date written in the deadline, with its span in the text. */
export interface DateSpan {
  date: CivilDate;
  start: number;
  end: number;
}

export interface Period {
  start: CivilDate;
  end: CivilDate;
  /** The period as written: "quý I/2023". */
  label: string;
}

export type RelativeAnchor =
  | { kind: 'issue' }
  | { kind: 'date'; date: DateSpan }
  | { kind: 'task'; id: string; start: number; end: number };

export type DeadlineForm =
  /** "trước 01/6/2023": the last day is the day before. */
  | { kind: 'before'; date: DateSpan }
  /** "chậm nhất 15/3/2023": the last day is the date itself. */
  | { kind: 'by'; date: DateSpan }
  | { kind: 'within'; period: Period; start: number; end: number }
  | { kind: 'recurring'; label: string }
  | { kind: 'ongoing' }
  | { kind: 'on-request' }
  | { kind: 'relative'; amount: number; unit: 'calendar' | 'working'; from: RelativeAnchor };

export type Deadline = DeadlineForm & {
  /** The language of the keywords, so that a fix rewrites the deadline in the same language. */
  language: 'vi' | 'en';
  /** Span of the recognised deadline in the text (surrounding blanks and a final period excluded). */
  textStart: number;
  textEnd: number;
};

export interface ParsedDeadline {
  deadline?: Deadline;
  problems: LocalProblem[];
}

// ---------------------------------------------------------------------------------------------
// Folding and tokens

interface Token {
  kind: 'word' | 'number' | 'slash' | 'dashed' | 'ref' | 'punct';
  /** Folded text of the token. */
  folded: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const piece = String.fromCodePoint(codePoint)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    for (let k = 0; k < piece.length; k++) {
      folded += piece[k];
      origin.push(i);
    }
    i += width;
  }
  origin.push(text.length);
  // A folded span [a, b) covers the original text from the origin of a to just after the origin
  // of b − 1; characters that fold to nothing (lone combining marks) are skipped over.
  const originalEnd = (end: number): number => {
    const last = origin[end - 1]!;
    return last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
  };

  const tokens: Token[] = [];
  const pattern =
    /@([A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)|\d{1,2}([.-])\d{1,2}\2\d{2,4}(?![0-9a-z])|[0-9a-z]+(?:\/[0-9a-z]+)+|[0-9a-z]+|\S/gu;
  for (const match of folded.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const value = match[0];
    let kind: Token['kind'];
    if (match[1] !== undefined) kind = 'ref';
    else if (match[2] !== undefined) kind = 'dashed';
    else if (value.includes('/')) kind = 'slash';
    else if (/^\d+$/.test(value)) kind = 'number';
    else if (/^[0-9a-z]+$/.test(value)) kind = 'word';
    else kind = 'punct';
    tokens.push({ kind, folded: value, start: origin[start]!, end: originalEnd(end) });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Messages

const ACCEPTED_FORMS: Message = {
  vi: 'Các dạng được chấp nhận: “trước 01/6/2023”, “trước ngày 15 tháng 5 năm 2023”, “chậm nhất 15/3/2023”, “trong tháng 3/2023”, “trong quý I/2023”, “trong năm 2023”, “hằng tháng”, “định kỳ 06 tháng”, “thường xuyên”, “khi có yêu cầu”, “trong 10 ngày làm việc kể từ ngày ban hành”, “trong 5 ngày làm việc sau @BC6T”.',
  en: 'Accepted forms: "before 01/6/2023", "trước ngày 15 tháng 5 năm 2023", "by 15/3/2023", "within 3/2023", "within Q1/2023", "within 2023", "every month", "ongoing", "on request", "10 working days from issue", "5 working days after @BC6T" (or the Vietnamese forms).',
};

/** A problem that ends the reading of a deadline: an impossible date or an amount out of reach. */
class Rejected extends Error {
  constructor(
    readonly problem: LocalProblem,
  ) {
    super(problem.message.en);
  }
}

/**
 * The longest relative deadline read: ten years. A plan's work runs for months or a few years, so a
 * longer count is a typo, and counting millions of working days would freeze the editor.
 */
export const MAX_RELATIVE_DAYS = 3650;

function tooLong(token: Token, written: string): Rejected {
  return new Rejected({
    code: DEADLINE.unrecognised,
    message: {
      vi: `Thời hạn ${written} ngày dài hơn 10 năm (${MAX_RELATIVE_DAYS} ngày), nên không tính ngày cuối cùng; kiểm tra lại số ngày hoặc ghi một ngày cụ thể.`,
      en: `A deadline of ${written} days is longer than 10 years (${MAX_RELATIVE_DAYS} days), so no last day is computed; check the number of days or write a date.`,
    },
    start: token.start,
    end: token.end,
  });
}

function invalidDate(token: Token, written: string, why: Message, replacement?: string): Rejected {
  const problem: LocalProblem = {
    code: DEADLINE.invalidDate,
    message: {
      vi: `Ngày không hợp lệ: “${written}” — ${why.vi}.`,
      en: `Invalid date: "${written}" — ${why.en}.`,
    },
    start: token.start,
    end: token.end,
  };
  if (replacement !== undefined) {
    problem.replacement = replacement;
    problem.fixTitle = { vi: `Sửa thành ${replacement}`, en: `Change to ${replacement}` };
  }
  return new Rejected(problem);
}

/** A year with four digits that the calendar does not reach (0001, 0999). */
function unsupportedYear(token: Token, written: string, yearText: string): Rejected {
  return invalidDate(token, written, {
    vi: `năm ${yearText} nằm ngoài các năm công cụ tính được (${FIRST_YEAR}–${LAST_YEAR})`,
    en: `the year ${yearText} is outside the years the tools compute (${FIRST_YEAR}–${LAST_YEAR})`,
  });
}

// ---------------------------------------------------------------------------------------------
// Dates, months, years

/** Letters typed for digits: O for 0, l and I for 1. */
function digitsOf(part: string): string | undefined {
  const fixed = part.replace(/o/g, '0').replace(/[il]/g, '1');
  return /^\d+$/.test(fixed) ? fixed : undefined;
}

const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayMonthYear(token: Token, written: string, parts: string[], separatorOk: boolean): DateSpan {
  const [dayText, monthText, yearText] = parts as [string, string, string];
  const allDigits = parts.every((part) => /^\d+$/.test(part));
  if (!allDigits) {
    const fixed = parts.map(digitsOf);
    const candidate = fixed.every((part) => part !== undefined) ? fixed.join('/') : undefined;
    const [d, m, y] = (fixed as string[]).map(Number) as [number, number, number];
    const replacement =
      candidate !== undefined && fixed[2]!.length === 4 && isValidDate(y, m, d) ? formatVnDate({ year: y, month: m, day: d }) : undefined;
    throw invalidDate(token, written, { vi: 'có chữ cái lẫn trong chữ số', en: 'letters among the digits' }, replacement);
  }
  const [day, month, year] = [Number(dayText), Number(monthText), Number(yearText)];
  if (dayText.length > 2 || monthText.length > 2) {
    throw invalidDate(token, written, { vi: 'ngày và tháng có một hoặc hai chữ số', en: 'day and month have one or two digits' });
  }
  if (yearText.length !== 4) {
    const century = yearText.length === 2 && isValidDate(2000 + year, month, day);
    throw invalidDate(
      token,
      written,
      { vi: 'năm phải viết đủ bốn chữ số', en: 'the year needs four digits' },
      century ? formatVnDate({ year: 2000 + year, month, day }) : undefined,
    );
  }
  if (month < 1 || month > 12) {
    throw invalidDate(token, written, { vi: `không có tháng ${month}`, en: `there is no month ${month}` });
  }
  if (!isSupportedYear(year)) throw unsupportedYear(token, written, yearText);
  if (!isValidDate(year, month, day)) {
    const length = daysInMonth(year, month);
    throw invalidDate(token, written, {
      vi: `tháng ${month}/${year} chỉ có ${length} ngày`,
      en: `${MONTH_NAMES_EN[month - 1]} ${year} has ${length} days`,
    });
  }
  const date = { year, month, day };
  if (!separatorOk) {
    throw invalidDate(
      token,
      written,
      { vi: 'ngày viết dạng dd/mm/yyyy, cách nhau bởi dấu “/”', en: 'dates are written dd/mm/yyyy with "/"' },
      formatVnDate(date),
    );
  }
  return { date, start: token.start, end: token.end };
}

/** A four-digit year; a year with letters or too few digits is an invalid date. */
function yearOf(token: Token, text: string): number | undefined {
  const written = text.slice(token.start, token.end);
  if (token.kind === 'number' && token.folded.length === 4) {
    const year = Number(token.folded);
    if (!isSupportedYear(year)) throw unsupportedYear(token, written, token.folded);
    return year;
  }
  if (token.kind === 'number' && token.folded.length === 2) {
    throw invalidDate(token, written, { vi: 'năm phải viết đủ bốn chữ số', en: 'the year needs four digits' });
  }
  if (token.kind === 'word' && /^\d/.test(token.folded)) {
    const digits = digitsOf(token.folded);
    throw invalidDate(
      token,
      written,
      { vi: 'có chữ cái lẫn trong chữ số', en: 'letters among the digits' },
      digits !== undefined && digits.length === 4 ? digits : undefined,
    );
  }
  return undefined;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function lastDayOfMonth(year: number, month: number): CivilDate {
  return { year, month, day: daysInMonth(year, month) };
}

// ---------------------------------------------------------------------------------------------
// The grammar

class Cursor {
  index = 0;
  language: 'vi' | 'en' = 'vi';

  constructor(
    readonly text: string,
    readonly tokens: Token[],
  ) {}

  get done(): boolean {
    return this.index >= this.tokens.length;
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  /** Accepts the first phrase (words separated by spaces) that the next word tokens spell. */
  accept(...phrases: string[]): string | undefined {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const matches = words.every((word, k) => {
        const token = this.peek(k);
        return token !== undefined && (token.kind === 'word' || token.kind === 'number') && token.folded === word;
      });
      if (matches) {
        this.index += words.length;
        return phrase;
      }
    }
    return undefined;
  }

  /** Like accept, for English keywords: remembers that the deadline is written in English. */
  acceptEnglish(...phrases: string[]): string | undefined {
    const found = this.accept(...phrases);
    if (found !== undefined) this.language = 'en';
    return found;
  }

  /** A dash between the two ends of a range: "-", "–" or "—". */
  acceptDash(): string | undefined {
    const token = this.peek();
    if (!token || !/^[-–—]$/.test(token.folded)) return undefined;
    this.index++;
    return token.folded;
  }

  next(): Token | undefined {
    const token = this.peek();
    if (token) this.index++;
    return token;
  }

  written(token: Token): string {
    return this.text.slice(token.start, token.end);
  }

  /**
   * "15 tháng 5 năm 2021", a date as letters write it in their text: read as the same day as
   * 15/5/2021, with the same checks. Anything else is left for the other forms.
   */
  private dateInWords(): DateSpan | undefined {
    const [day, monthWord, month, yearWord, year] = [0, 1, 2, 3, 4].map((k) => this.peek(k));
    if (day?.kind !== 'number' || month?.kind !== 'number' || year?.kind !== 'number') return undefined;
    if (monthWord?.folded !== 'thang' || yearWord?.folded !== 'nam') return undefined;
    this.index += 5;
    const span: Token = { kind: 'slash', folded: `${day.folded}/${month.folded}/${year.folded}`, start: day.start, end: year.end };
    return dayMonthYear(span, this.text.slice(span.start, span.end), [day.folded, month.folded, year.folded], true);
  }

  /** A full date token, or undefined (without consuming) when the next token is not date-like. */
  date(): DateSpan | undefined {
    const token = this.peek();
    if (!token) return undefined;
    const inWords = this.dateInWords();
    if (inWords) return inWords;
    if (token.kind === 'dashed') {
      this.index++;
      return dayMonthYear(token, this.written(token), token.folded.split(/[.-]/), false);
    }
    if (token.kind !== 'slash') return undefined;
    const parts = token.folded.split('/');
    if (parts.length !== 3) return undefined;
    this.index++;
    return dayMonthYear(token, this.written(token), parts, true);
  }
}

function parseForm(cursor: Cursor): DeadlineForm | undefined {
  if (cursor.accept('thuong xuyen') || cursor.acceptEnglish('ongoing', 'continuous', 'continuously')) {
    return { kind: 'ongoing' };
  }
  if (cursor.accept('khi co yeu cau', 'theo yeu cau') || cursor.acceptEnglish('on request', 'upon request', 'when requested')) {
    return { kind: 'on-request' };
  }
  const recurring = parseRecurring(cursor);
  if (recurring) return recurring;

  if (cursor.accept('truoc') || cursor.acceptEnglish('before')) {
    cursor.accept('ngay') ?? cursor.acceptEnglish('the');
    const date = cursor.date();
    return date ? { kind: 'before', date } : undefined;
  }
  const byKeyword =
    cursor.accept('cham nhat la ngay', 'cham nhat vao ngay', 'cham nhat ngay', 'cham nhat', 'den het ngay', 'den ngay', 'den', 'trong ngay', 'ngay') ??
    cursor.acceptEnglish('no later than', 'not later than', 'by', 'on', 'until', 'due');
  if (byKeyword !== undefined) {
    const date = cursor.date();
    return date ? { kind: 'by', date } : undefined;
  }
  const bare = cursor.date();
  if (bare) return { kind: 'by', date: bare };

  const opened = cursor.accept('trong vong', 'trong thoi han', 'trong') ?? cursor.acceptEnglish('within', 'in', 'during');
  const relative = parseRelative(cursor);
  if (relative) return relative;
  if (opened === undefined) return undefined;
  const first = cursor.peek();
  const period = parsePeriod(cursor);
  return period && first ? { kind: 'within', period, start: first.start, end: cursor.tokens[cursor.index - 1]!.end } : undefined;
}

function parseRecurring(cursor: Cursor): DeadlineForm | undefined {
  const start = cursor.index;
  const vietnamese =
    cursor.accept('dinh ky') ??
    (cursor.accept('hang', 'moi') !== undefined && cursor.accept('ngay', 'tuan', 'thang', 'quy', 'nam', '6 thang', '06 thang') !== undefined
      ? 'hang'
      : undefined);
  const english =
    vietnamese === undefined
      ? cursor.acceptEnglish('every', 'monthly', 'quarterly', 'annually', 'yearly', 'weekly', 'daily', 'periodically', 'each')
      : undefined;
  if (vietnamese === undefined && english === undefined) {
    cursor.index = start;
    return undefined;
  }
  // The rest of a recurring deadline says how often, in free words ("định kỳ 06 tháng, hằng năm").
  const first = cursor.tokens[start]!;
  const last = cursor.tokens[cursor.tokens.length - 1]!;
  cursor.index = cursor.tokens.length;
  return { kind: 'recurring', label: cursor.text.slice(first.start, last.end) };
}

/** A relative deadline, or undefined with the cursor where it was. */
function parseRelative(cursor: Cursor): DeadlineForm | undefined {
  const start = cursor.index;
  const relative = parseRelativeFrom(cursor);
  if (!relative) cursor.index = start;
  return relative;
}

function parseRelativeFrom(cursor: Cursor): DeadlineForm | undefined {
  const amountToken = cursor.peek();
  if (amountToken?.kind !== 'number') return undefined;
  cursor.index++;
  let unit: 'calendar' | 'working' | undefined;
  if (cursor.accept('ngay lam viec')) unit = 'working';
  else if (cursor.accept('ngay')) unit = 'calendar';
  else if (cursor.acceptEnglish('working days', 'working day', 'business days', 'business day')) unit = 'working';
  else if (cursor.acceptEnglish('calendar days', 'calendar day', 'days', 'day')) unit = 'calendar';
  if (unit === undefined) return undefined;
  const amount = Number(amountToken.folded);
  if (amount > MAX_RELATIVE_DAYS) throw tooLong(amountToken, cursor.written(amountToken));
  if (!(cursor.accept('ke tu', 'tinh tu', 'tu', 'sau') ?? cursor.acceptEnglish('from', 'after', 'since'))) return undefined;
  if (cursor.accept('ngay ban hanh') || cursor.acceptEnglish('issue', 'issuance', 'the issue date', 'issue date', 'the date of issue')) {
    cursor.accept('ke hoach nay', 'ke hoach', 'van ban nay', 'van ban');
    return { kind: 'relative', amount, unit, from: { kind: 'issue' } };
  }
  cursor.accept('khi hoan thanh', 'ngay hoan thanh', 'khi') ?? cursor.accept('ngay') ?? cursor.acceptEnglish('completion of', 'the');
  const ref = cursor.peek();
  if (ref?.kind === 'ref') {
    cursor.index++;
    return { kind: 'relative', amount, unit, from: { kind: 'task', id: cursor.text.slice(ref.start + 1, ref.end), start: ref.start, end: ref.end } };
  }
  const date = cursor.date();
  return date ? { kind: 'relative', amount, unit, from: { kind: 'date', date } } : undefined;
}

/** A period: a month, a quarter, the first or last months of a year, a year. */
function parsePeriod(cursor: Cursor): Period | undefined {
  const startIndex = cursor.index;
  const range = parsePeriodRange(cursor);
  if (!range) return undefined;
  const first = cursor.tokens[startIndex]!;
  const last = cursor.tokens[cursor.index - 1]!;
  return { ...range, label: cursor.text.slice(first.start, last.end) };
}

function monthPeriod(year: number, month: number): { start: CivilDate; end: CivilDate } | undefined {
  return month >= 1 && month <= 12 ? { start: { year, month, day: 1 }, end: lastDayOfMonth(year, month) } : undefined;
}

function quarterPeriod(year: number, quarter: number | undefined): { start: CivilDate; end: CivilDate } | undefined {
  if (quarter === undefined || !(quarter >= 1 && quarter <= 4)) return undefined;
  return { start: { year, month: quarter * 3 - 2, day: 1 }, end: lastDayOfMonth(year, quarter * 3) };
}

/** "3/2023", "I/2023", "Q1/2023": a number (or numeral) and a year separated by a slash. */
function slashPair(cursor: Cursor): { head: string; year: number } | undefined {
  const token = cursor.peek();
  if (token?.kind !== 'slash') return undefined;
  const parts = token.folded.split('/');
  if (parts.length !== 2) return undefined;
  const yearToken: Token = { kind: /^\d+$/.test(parts[1]!) ? 'number' : 'word', folded: parts[1]!, start: token.start, end: token.end };
  const year = yearOf(yearToken, cursor.text);
  if (year === undefined) return undefined;
  cursor.index++;
  return { head: parts[0]!, year };
}

/**
 * The year after "năm"/"year", or, when `bare`, a year standing alone, which only a four-character
 * token can be ("10" in "trong 10 ngày" is no mistyped year).
 */
function yearToken(cursor: Cursor, bare = false): number | undefined {
  const token = cursor.peek();
  if (!token || (bare && token.folded.length !== 4)) return undefined;
  const year = yearOf(token, cursor.text);
  if (year !== undefined) cursor.index++;
  return year;
}

function parsePeriodRange(cursor: Cursor): { start: CivilDate; end: CivilDate } | undefined {
  if (cursor.accept('thang') ?? cursor.acceptEnglish('month')) {
    const pair = slashPair(cursor);
    if (pair) return /^\d{1,2}$/.test(pair.head) ? monthPeriod(pair.year, Number(pair.head)) : undefined;
    const month = cursor.next();
    if (month?.kind !== 'number' || !cursor.accept('nam')) return undefined;
    const year = yearToken(cursor);
    return year === undefined ? undefined : monthPeriod(year, Number(month.folded));
  }
  if (cursor.accept('quy') ?? cursor.acceptEnglish('quarter')) {
    const pair = slashPair(cursor);
    if (pair) return quarterPeriod(pair.year, ROMAN[pair.head] ?? Number(pair.head));
    const quarter = cursor.next();
    if (!quarter || (quarter.kind !== 'word' && quarter.kind !== 'number')) return undefined;
    cursor.accept('nam') ?? cursor.acceptEnglish('of');
    const year = yearToken(cursor);
    return year === undefined ? undefined : quarterPeriod(year, ROMAN[quarter.folded] ?? Number(quarter.folded));
  }
  const half = parseHalf(cursor);
  if (half) return half;
  if (cursor.accept('nam') ?? cursor.acceptEnglish('year', 'the year')) {
    const year = yearToken(cursor);
    return year === undefined ? undefined : { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
  }
  const pair = slashPair(cursor);
  if (pair) {
    const quarter = /^q([1-4])$/.exec(pair.head);
    if (quarter) {
      cursor.language = 'en';
      return quarterPeriod(pair.year, Number(quarter[1]));
    }
    const halfYear = /^h([12])$/.exec(pair.head);
    if (halfYear) {
      cursor.language = 'en';
      return halfYear[1] === '1' ? firstMonths(pair.year, 6) : lastMonths(pair.year, 6);
    }
    return /^\d{1,2}$/.test(pair.head) ? monthPeriod(pair.year, Number(pair.head)) : undefined;
  }
  const year = yearToken(cursor, true);
  return year === undefined ? undefined : { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
}

function firstMonths(year: number, months: number): { start: CivilDate; end: CivilDate } | undefined {
  return months >= 1 && months <= 12 ? { start: { year, month: 1, day: 1 }, end: lastDayOfMonth(year, months) } : undefined;
}

function lastMonths(year: number, months: number): { start: CivilDate; end: CivilDate } | undefined {
  return months >= 1 && months <= 12 ? { start: { year, month: 13 - months, day: 1 }, end: { year, month: 12, day: 31 } } : undefined;
}

/** "6 tháng đầu năm 2023", "9 tháng cuối năm 2023", "first half of 2023", "first 6 months of 2023". */
function parseHalf(cursor: Cursor): { start: CivilDate; end: CivilDate } | undefined {
  const start = cursor.index;
  const count = cursor.peek();
  if (count?.kind === 'number' && cursor.peek(1)?.folded === 'thang') {
    cursor.index += 2;
    const side = cursor.accept('dau', 'cuoi');
    if (side !== undefined) {
      cursor.accept('nam');
      const year = yearToken(cursor);
      if (year === undefined) return undefined;
      return side === 'dau' ? firstMonths(year, Number(count.folded)) : lastMonths(year, Number(count.folded));
    }
    cursor.index = start;
    return undefined;
  }
  const englishSide = cursor.acceptEnglish('the first half of', 'first half of', 'the second half of', 'second half of');
  if (englishSide !== undefined) {
    const year = yearToken(cursor);
    if (year === undefined) return undefined;
    return englishSide.includes('first') ? firstMonths(year, 6) : lastMonths(year, 6);
  }
  const englishMonths = cursor.acceptEnglish('the first', 'first', 'the last', 'last');
  if (englishMonths !== undefined) {
    const months = cursor.next();
    if (months?.kind !== 'number' || !cursor.acceptEnglish('months of', 'months')) return undefined;
    const year = yearToken(cursor);
    if (year === undefined) return undefined;
    return englishMonths.endsWith('first') ? firstMonths(year, Number(months.folded)) : lastMonths(year, Number(months.folded));
  }
  return undefined;
}

function unrecognised(start: number, end: number, written: string, rest: boolean): LocalProblem {
  return {
    code: DEADLINE.unrecognised,
    message: rest
      ? {
          vi: `Phần “${written}” sau thời hạn không đọc được. ${ACCEPTED_FORMS.vi}`,
          en: `"${written}" after the deadline is not understood. ${ACCEPTED_FORMS.en}`,
        }
      : {
          vi: `Không đọc được thời hạn “${written}”. ${ACCEPTED_FORMS.vi}`,
          en: `The deadline "${written}" is not understood. ${ACCEPTED_FORMS.en}`,
        },
    start,
    end,
  };
}

/** Parses a deadline. Offsets in the result index `text`. Never throws. */
export function parseDeadline(text: string): ParsedDeadline {
  const tokens = tokenize(text);
  // A final period, and punctuation that only closes the field, carry no meaning.
  while (tokens.length > 0 && /^[.;,]$/.test(tokens[tokens.length - 1]!.folded)) tokens.pop();
  if (tokens.length === 0) {
    return {
      problems: [
        {
          code: DEADLINE.unrecognised,
          message: { vi: `Thời hạn để trống. ${ACCEPTED_FORMS.vi}`, en: `The deadline is empty. ${ACCEPTED_FORMS.en}` },
          start: 0,
          end: text.length,
        },
      ],
    };
  }
  const textStart = tokens[0]!.start;
  const textEnd = tokens[tokens.length - 1]!.end;
  const cursor = new Cursor(text, tokens);
  let form: DeadlineForm | undefined;
  try {
    form = parseForm(cursor);
  } catch (error) {
    if (error instanceof Rejected) return { problems: [error.problem] };
    throw error;
  }
  if (!form) return { problems: [unrecognised(textStart, textEnd, text.slice(textStart, textEnd), false)] };
  const deadline: Deadline = { ...form, language: cursor.language, textStart, textEnd };
  if (cursor.done) return { deadline, problems: [] };
  const restStart = cursor.peek()!.start;
  return { deadline, problems: [unrecognised(restStart, textEnd, text.slice(restStart, textEnd), true)] };
}

/**
 * The plan's period field: "năm 2023", "quý I/2023", "6 tháng đầu năm 2023", "2021 - 2025" or
 * "01/01/2023 - 31/12/2023". Undefined when it is none of these, so that no check guesses.
 */
export function parsePlanPeriod(text: string): { start: CivilDate; end: CivilDate } | undefined {
  const tokens = tokenize(text).filter((token) => !/^[.;,]$/.test(token.folded));
  const cursor = new Cursor(text, tokens);
  try {
    cursor.accept('giai doan', 'thoi ky', 'ky');
    const from = cursor.date();
    if (from) {
      if (!(cursor.accept('den') ?? cursor.acceptDash())) return undefined;
      const to = cursor.date();
      return to && cursor.done ? { start: from.date, end: to.date } : undefined;
    }
    cursor.accept('trong');
    const firstYear = cursor.peek()?.kind === 'number' && cursor.peek(1)?.kind === 'punct' ? yearToken(cursor) : undefined;
    if (firstYear !== undefined) {
      if (!cursor.acceptDash()) return undefined;
      const lastYear = yearToken(cursor);
      return lastYear !== undefined && cursor.done
        ? { start: { year: firstYear, month: 1, day: 1 }, end: { year: lastYear, month: 12, day: 31 } }
        : undefined;
    }
    const range = parsePeriodRange(cursor);
    return range && cursor.done ? range : undefined;
  } catch (error) {
    if (error instanceof Rejected) return undefined;
    throw error;
  }
}

/**
 * The plan's date field in any form drafters type (see plan-date.ts): "05/3/2023" gives the exact
 * day; a draft's "/02/2023" or "ngày    tháng 02 năm 2023" gives only the month, whose first day
 * is a lower bound for the issue date.
 */
export function parsePlanDate(text: string): { exact?: CivilDate; earliest: CivilDate } | undefined {
  return planDateBounds(text);
}
