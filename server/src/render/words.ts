/**
 * The words a rendered plan prints for structured values: deadlines, the number line and the
 * place-and-date line of the header. They follow Nghị định 30/2020/NĐ-CP Phụ lục I (§2.3, §2.4 of
 * docs nd30-format) so every output format prints them the same way.
 */
import { type CivilDate, daysInMonth, formatVnDate } from '../base/civil-date';
import type { Deadline, Period } from '../deadline/parse';
import { type PlanDateParts, readPlanDate } from '../deadline/plan-date';

/**
 * What a draft prints where the records office will write the number or the day by hand: enough
 * room for two or three digits in 14 pt.
 */
export const HANDWRITING_BLANK = '      ';

/** Vietnamese upper case: "Mục đích, yêu cầu" → "MỤC ĐÍCH, YÊU CẦU" ("đ" → "Đ" as well). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Months 1–2 take a leading zero, 3–12 do not (Phụ lục I, "ngày 05 tháng 3 năm 2023"). */
function monthText(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/**
 * The parts of the header's `ngày` field in either form drafters type (deadline/plan-date.ts),
 * when they can be printed: a month of 1–12 and a day of 1–31. An impossible date is the checks'
 * business; here it is printed as written.
 */
function printableDate(text: string): PlanDateParts | undefined {
  const date = readPlanDate(text);
  if (!date) return undefined;
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return undefined;
  if (date.day !== undefined && (date.day < 1 || date.day > 31)) return undefined;
  return date;
}

/**
 * "Quảng Ngãi, ngày 05 tháng 3 năm 2023", whether the field says "05/3/2023" or "ngày 05 tháng 3
 * năm 2023"; a draft keeps blanks for what is not decided yet: "Quảng Ngãi, ngày      tháng 02 năm
 * 2023" (Phụ lục I §2.4). A header without a date, or with an empty `ngày:`, prints the template's
 * line with every part blank ("ngày … tháng … năm …" of Phụ lục III, blanks as wide as the other
 * handwritten ones), never a dangling "Quảng Ngãi, ngày ". A date that cannot be read is printed as
 * written, so the drafter sees their own text rather than a silently invented one.
 */
export function placeDateLine(place: string | undefined, dateText: string | undefined): string {
  const prefix = place ? `${place}, ` : '';
  const written = dateText?.trim() ?? '';
  const date: PlanDateParts | undefined = written === '' ? {} : printableDate(written);
  if (!date) return /^ngày(?!\p{L})/iu.test(written) ? `${prefix}${written}` : `${prefix}ngày ${written}`;
  const day = date.day === undefined ? HANDWRITING_BLANK : ` ${pad2(date.day)} `;
  const month = date.month === undefined ? HANDWRITING_BLANK : ` ${monthText(date.month)} `;
  const year = date.year === undefined ? HANDWRITING_BLANK : ` ${date.year}`;
  return `${prefix}ngày${day}tháng${month}năm${year}`;
}

/** The short date of the annex's "(Kèm theo …)" line: "05/3/2023", or "     /02/2023" in a draft. */
export function shortIssueDate(dateText: string | undefined): string {
  const written = dateText?.trim() ?? '';
  const date: PlanDateParts | undefined = written === '' ? {} : printableDate(written);
  if (!date) return written;
  const day = date.day === undefined ? HANDWRITING_BLANK : pad2(date.day);
  const month = date.month === undefined ? HANDWRITING_BLANK : monthText(date.month);
  const year = date.year === undefined ? HANDWRITING_BLANK : String(date.year);
  return `${day}/${month}/${year}`;
}

/** "05/KH-SCT" as is; a draft's "/KH-SCT" with room for the number: "     /KH-SCT". */
export function numberText(value: string | undefined): string {
  const text = (value ?? '').trim();
  if (text === '') return `${HANDWRITING_BLANK}/`;
  return text.startsWith('/') ? `${HANDWRITING_BLANK}${text}` : text;
}

/** "Số: 05/KH-SCT", "Số:      /KH-SCT" (Phụ lục I §2.3: "Số" then a colon). */
export function numberLine(value: string | undefined): string {
  const text = numberText(value);
  return text.startsWith(' ') ? `Số:${text}` : `Số: ${text}`;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * A period in the words plans use, worked out from its dates rather than copied, so a deadline
 * written with the English keywords ("within Q1/2023") still prints in Vietnamese.
 */
function periodWords(period: Period): string {
  const { start, end } = period;
  const sameYear = start.year === end.year;
  const monthEnd = (date: CivilDate): boolean => date.day === daysInMonth(date.year, date.month);
  if (sameYear && start.day === 1 && monthEnd(end)) {
    if (start.month === 1 && end.month === 12) return `năm ${start.year}`;
    if (start.month === end.month) return `tháng ${monthText(start.month)}/${start.year}`;
    if ((start.month - 1) % 3 === 0 && end.month === start.month + 2) return `quý ${ROMAN_QUARTERS[(start.month - 1) / 3]}/${start.year}`;
    if (start.month === 1 && end.month === 6) return `06 tháng đầu năm ${start.year}`;
    if (start.month === 7 && end.month === 12) return `06 tháng cuối năm ${start.year}`;
    if (start.month === 1) return `${pad2(end.month)} tháng đầu năm ${start.year}`;
  }
  return `thời gian từ ngày ${formatVnDate(start)} đến ngày ${formatVnDate(end)}`;
}

/** Recurring deadlines written with the English keywords, in the Vietnamese a plan prints. */
const RECURRING_EN: Record<string, string> = {
  'every week': 'hằng tuần',
  weekly: 'hằng tuần',
  'every month': 'hằng tháng',
  monthly: 'hằng tháng',
  'every quarter': 'hằng quý',
  quarterly: 'hằng quý',
  'every year': 'hằng năm',
  yearly: 'hằng năm',
  annually: 'hằng năm',
};

/**
 * A deadline in words: "trước ngày 01/6/2023", "chậm nhất ngày 15/3/2023", "trong quý I/2023",
 * "định kỳ 06 tháng, hằng năm", "thường xuyên", "trong 10 ngày làm việc kể từ ngày ban hành Kế
 * hoạch". `taskName` names a task another deadline counts from.
 */
export function describeDeadline(deadline: Deadline, taskName: (id: string) => string = (id) => id): string {
  switch (deadline.kind) {
    case 'before':
      return `trước ngày ${formatVnDate(deadline.date.date)}`;
    case 'by':
      return `chậm nhất ngày ${formatVnDate(deadline.date.date)}`;
    case 'within':
      return `trong ${periodWords(deadline.period)}`;
    case 'recurring':
      return deadline.language === 'en' ? (RECURRING_EN[deadline.label.toLowerCase()] ?? deadline.label) : deadline.label;
    case 'ongoing':
      return 'thường xuyên';
    case 'on-request':
      return 'khi có yêu cầu';
    case 'relative': {
      const amount = `${deadline.amount} ngày${deadline.unit === 'working' ? ' làm việc' : ''}`;
      const from = deadline.from;
      if (from.kind === 'issue') return `trong ${amount} kể từ ngày ban hành Kế hoạch`;
      if (from.kind === 'date') return `trong ${amount} kể từ ngày ${formatVnDate(from.date.date)}`;
      return `trong ${amount} sau khi hoàn thành ${taskName(from.id)}`;
    }
  }
}
