import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline, parsePlanDate, parsePlanPeriod } from '../../server/src/deadline/parse';
import { readPlanDate } from '../../server/src/deadline/plan-date';

/** A compact description of a parse result: kind and the dates it carries, as d/m/yyyy. */
function summary(text: string): string {
  const { deadline, problems } = parseDeadline(text);
  if (problems.length > 0) return problems.map((problem) => problem.code).join(',');
  if (!deadline) return 'none';
  const show = (date: { day: number; month: number; year: number }): string => `${date.day}/${date.month}/${date.year}`;
  switch (deadline.kind) {
    case 'before':
    case 'by':
      return `${deadline.kind} ${show(deadline.date.date)} ${deadline.language}`;
    case 'within':
      return `within ${show(deadline.period.start)}-${show(deadline.period.end)} "${deadline.period.label}" ${deadline.language}`;
    case 'recurring':
      return `recurring "${deadline.label}" ${deadline.language}`;
    case 'ongoing':
    case 'on-request':
      return `${deadline.kind} ${deadline.language}`;
    case 'relative': {
      const from = deadline.from;
      const anchor = from.kind === 'issue' ? 'issue' : from.kind === 'date' ? show(from.date.date) : `@${from.id}`;
      return `relative ${deadline.amount} ${deadline.unit} ${anchor} ${deadline.language}`;
    }
  }
}

const FORMS: [string, string][] = [
  ['trước 01/6/2023', 'before 1/6/2023 vi'],
  ['trước ngày 01/6/2023', 'before 1/6/2023 vi'],
  ['Trước ngày 1/6/2023.', 'before 1/6/2023 vi'],
  ['truoc ngay 01/6/2023', 'before 1/6/2023 vi'],
  ['TRƯỚC NGÀY 01/06/2023', 'before 1/6/2023 vi'],
  ['chậm nhất 15/3/2023', 'by 15/3/2023 vi'],
  ['chậm nhất ngày 15/3/2023', 'by 15/3/2023 vi'],
  // The date in words, as letters write it in their text (corpus 064).
  ['trước ngày 15 tháng 5 năm 2021', 'before 15/5/2021 vi'],
  ['chậm nhất ngày 05 tháng 01 năm 2024', 'by 5/1/2024 vi'],
  ['ngày 30 tháng 6 năm 2023', 'by 30/6/2023 vi'],
  ['cham nhat la ngay 15/3/2023', 'by 15/3/2023 vi'],
  ['đến ngày 15/3/2023', 'by 15/3/2023 vi'],
  ['den het ngay 15/3/2023', 'by 15/3/2023 vi'],
  ['ngày 15/3/2023', 'by 15/3/2023 vi'],
  ['15/3/2023', 'by 15/3/2023 vi'],
  ['trong tháng 3/2023', 'within 1/3/2023-31/3/2023 "tháng 3/2023" vi'],
  ['trong thang 2 nam 2024', 'within 1/2/2024-29/2/2024 "thang 2 nam 2024" vi'],
  ['trong quý I/2023', 'within 1/1/2023-31/3/2023 "quý I/2023" vi'],
  ['trong quý IV/2023', 'within 1/10/2023-31/12/2023 "quý IV/2023" vi'],
  ['trong quy 2 nam 2023', 'within 1/4/2023-30/6/2023 "quy 2 nam 2023" vi'],
  ['trong 6 tháng đầu năm 2023', 'within 1/1/2023-30/6/2023 "6 tháng đầu năm 2023" vi'],
  ['trong 6 tháng cuối năm 2023', 'within 1/7/2023-31/12/2023 "6 tháng cuối năm 2023" vi'],
  ['trong 9 tháng đầu năm 2023', 'within 1/1/2023-30/9/2023 "9 tháng đầu năm 2023" vi'],
  ['trong năm 2023', 'within 1/1/2023-31/12/2023 "năm 2023" vi'],
  ['định kỳ 06 tháng, hằng năm', 'recurring "định kỳ 06 tháng, hằng năm" vi'],
  ['hằng tháng', 'recurring "hằng tháng" vi'],
  ['hàng quý', 'recurring "hàng quý" vi'],
  ['hang nam', 'recurring "hang nam" vi'],
  ['thường xuyên', 'ongoing vi'],
  ['Thuong xuyen', 'ongoing vi'],
  ['khi có yêu cầu', 'on-request vi'],
  ['trong 10 ngày làm việc kể từ ngày ban hành', 'relative 10 working issue vi'],
  ['trong 10 ngày làm việc kể từ ngày ban hành kế hoạch', 'relative 10 working issue vi'],
  ['trong 15 ngày kể từ ngày 01/3/2023', 'relative 15 calendar 1/3/2023 vi'],
  ['trong 5 ngày làm việc sau @BC6T', 'relative 5 working @BC6T vi'],
  ['trong vong 5 ngay lam viec ke tu @QD-1411', 'relative 5 working @QD-1411 vi'],
  ['before 01/6/2023', 'before 1/6/2023 en'],
  ['by 15/3/2023', 'by 15/3/2023 en'],
  ['no later than 15/3/2023', 'by 15/3/2023 en'],
  ['within Q1/2023', 'within 1/1/2023-31/3/2023 "Q1/2023" en'],
  ['within H2/2023', 'within 1/7/2023-31/12/2023 "H2/2023" en'],
  ['within month 3/2023', 'within 1/3/2023-31/3/2023 "month 3/2023" en'],
  ['within the first half of 2023', 'within 1/1/2023-30/6/2023 "the first half of 2023" en'],
  ['within 2023', 'within 1/1/2023-31/12/2023 "2023" en'],
  ['ongoing', 'ongoing en'],
  ['every month', 'recurring "every month" en'],
  ['quarterly', 'recurring "quarterly" en'],
  ['on request', 'on-request en'],
  ['10 working days from issue', 'relative 10 working issue en'],
  ['within 15 days from 01/3/2023', 'relative 15 calendar 1/3/2023 en'],
  ['5 working days after @BC6T', 'relative 5 working @BC6T en'],
];

describe('parseDeadline', () => {
  it.each(FORMS)('%s → %s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });

  it('keeps the span of the written date', () => {
    const { deadline } = parseDeadline('trước ngày 01/4/2023');
    expect(deadline?.kind).toBe('before');
    if (deadline?.kind !== 'before') return;
    expect([deadline.date.start, deadline.date.end]).toEqual([11, 20]);
    expect([deadline.textStart, deadline.textEnd]).toEqual([0, 20]);
  });

  it('keeps offsets into decomposed (NFD) text', () => {
    const text = 'trước ngày 01/4/2023'.normalize('NFD');
    const { deadline } = parseDeadline(text);
    if (deadline?.kind !== 'before') throw new Error('expected before');
    expect(text.slice(deadline.date.start, deadline.date.end)).toBe('01/4/2023');
    expect(deadline.textEnd).toBe(text.length);
  });

  it('gives the span of the task id in a relative deadline', () => {
    const text = 'trong 5 ngày làm việc sau @BC6T';
    const { deadline } = parseDeadline(text);
    if (deadline?.kind !== 'relative' || deadline.from.kind !== 'task') throw new Error('expected relative to a task');
    expect(text.slice(deadline.from.start, deadline.from.end)).toBe('@BC6T');
  });

  const INVALID: [string, string, string | undefined][] = [
    ['trước 31/02/2023', '31/02/2023', undefined],
    ['trước 29/02/2023', '29/02/2023', undefined],
    ['trước ngày 13/13/2023', '13/13/2023', undefined],
    ['trước 01/6/2O23', '01/6/2O23', '01/6/2023'],
    ['chậm nhất 1O/6/2023', '1O/6/2023', '10/6/2023'],
    ['trước 01/6/23', '01/6/23', '01/6/2023'],
    ['trước 01.06.2023', '01.06.2023', '01/6/2023'],
    ['trong tháng 3/23', '3/23', undefined],
    ['trong năm 2O23', '2O23', '2023'],
    ['trong 15 ngày kể từ ngày 32/3/2023', '32/3/2023', undefined],
    ['trước 001/6/2023', '001/6/2023', undefined],
    ['trước 01/01/0001', '01/01/0001', undefined],
    ['trong tháng 3/0999', '3/0999', undefined],
    ['trong năm 0500', '0500', undefined],
    ['trước ngày 30 tháng 02 năm 2023', '30 tháng 02 năm 2023', undefined],
    ['trước ngày 15 tháng 5 năm 21', '15 tháng 5 năm 21', '15/5/2021'],
  ];
  it.each(INVALID)('%s → invalid date at “%s”', (text, span, replacement) => {
    const { deadline, problems } = parseDeadline(text);
    expect(deadline).toBeUndefined();
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.code).toBe('deadline/invalid-date');
    expect(text.slice(problem!.start, problem!.end)).toBe(span);
    expect(problem!.replacement).toBe(replacement);
  });

  it.each([
    ['trước 31/02/2023', 'tháng 2/2023 chỉ có 28 ngày', 'February 2023 has 28 days'],
    // Year 1 is no leap year problem and January has its 31 days: the year is what is wrong.
    ['trước 01/01/0001', 'năm 0001 nằm ngoài các năm công cụ tính được (1000–9999)', 'the year 0001 is outside the years the tools compute (1000–9999)'],
    ['trước 31/02/0001', 'năm 0001 nằm ngoài', 'the year 0001 is outside'],
    ['trong năm 0999', 'năm 0999 nằm ngoài', 'the year 0999 is outside'],
  ])('explains why %s is invalid in both languages', (text, vi, en) => {
    const [problem] = parseDeadline(text).problems;
    expect(problem!.message.vi).toContain(vi);
    expect(problem!.message.en).toContain(en);
    expect(problem!.message.vi).not.toContain('chỉ có 31 ngày');
  });

  it.each(['sắp tới', 'cuối quý này', 'trước', 'trong 10 ngày xyz', 'trong quý V/2023', 'trong 10', '@BC6T', ''])(
    'reports “%s” as unrecognised with the accepted forms',
    (text) => {
      const { deadline, problems } = parseDeadline(text);
      expect(deadline).toBeUndefined();
      expect(problems.map((problem) => problem.code)).toEqual(['deadline/unrecognised']);
      expect(problems[0]!.message.vi).toContain('trước 01/6/2023');
      expect(problems[0]!.message.en).toContain('before 01/6/2023');
    },
  );

  it('reads the deadline and reports words after it', () => {
    const text = 'trước ngày 15/3/2023 để tổng hợp';
    const { deadline, problems } = parseDeadline(text);
    expect(deadline?.kind).toBe('before');
    expect(problems).toHaveLength(1);
    expect(text.slice(problems[0]!.start, problems[0]!.end)).toBe('để tổng hợp');
  });

  it('never throws, and every span lies inside the text', () => {
    const vocabulary = fc.constantFrom(
      'trước', 'ngày', 'chậm nhất', 'trong', 'quý', 'tháng', 'năm', 'I', 'IV', '6', '10', '2023', '01/6/2023',
      '31/02/2023', '3/2023', 'I/2023', 'Q1/2023', 'ngày làm việc', 'kể từ', 'sau', '@BC6T', 'within', 'by', '.',
      ',', '/', '-', 'đầu', 'cuối', 'hằng', 'định kỳ', '2O23', '\u0301', '😀',
    );
    const phrase = fc.array(vocabulary, { maxLength: 8 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), phrase), (text) => {
        const { deadline, problems } = parseDeadline(text);
        expect(deadline !== undefined || problems.length > 0).toBe(true);
        for (const problem of problems) {
          expect(problem.start).toBeGreaterThanOrEqual(0);
          expect(problem.end).toBeLessThanOrEqual(text.length);
          expect(problem.start).toBeLessThanOrEqual(problem.end);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('plan header fields', () => {
  it('reads the issue date, exact or a draft month', () => {
    expect(parsePlanDate('05/3/2023')).toEqual({ exact: { year: 2023, month: 3, day: 5 }, earliest: { year: 2023, month: 3, day: 5 } });
    expect(parsePlanDate('/02/2023')).toEqual({ earliest: { year: 2023, month: 2, day: 1 } });
    expect(parsePlanDate('  /02/2023')).toEqual({ earliest: { year: 2023, month: 2, day: 1 } });
    expect(parsePlanDate('31/02/2023')).toBeUndefined();
    expect(parsePlanDate('sắp tới')).toBeUndefined();
  });

  it.each([
    ['ngày 05 tháng 3 năm 2023', { exact: { year: 2023, month: 3, day: 5 }, earliest: { year: 2023, month: 3, day: 5 } }],
    ['ngày    tháng 02 năm 2023', { earliest: { year: 2023, month: 2, day: 1 } }],
    ['tháng 02 năm 2023', { earliest: { year: 2023, month: 2, day: 1 } }],
    ['… /02/2023', { earliest: { year: 2023, month: 2, day: 1 } }],
    // A year alone bounds nothing the checks compare: its first day would be a false "issued after".
    ['ngày … tháng … năm 2022', undefined],
    ['  /  /2023', undefined],
    ['ngày 30 tháng 02 năm 2023', undefined],
    ['05//2023', undefined],
  ])('reads the draft date %s as drafters type it', (text, expected) => {
    expect(parsePlanDate(text)).toEqual(expected);
  });

  it.each([
    ['05/3/2023', { day: 5, month: 3, year: 2023 }],
    ['ngày 05 tháng 3 năm 2023', { day: 5, month: 3, year: 2023 }],
    ['ngày … tháng … năm 2022', { year: 2022 }],
    ['ngày … tháng … năm …', {}],
    ['  /  /2023', { year: 2023 }],
    ['31/13/2023', { day: 31, month: 13, year: 2023 }],
    ['05//2023', undefined],
    ['ngày 05 tháng 3', undefined],
    ['5/3/23', undefined],
    ['', undefined],
  ])('gives the parts of %s, blanks left out, for the checks to judge', (text, expected) => {
    expect(readPlanDate(text)).toEqual(expected);
  });

  it.each([
    ['năm 2023', '2023-01-01', '2023-12-31'],
    ['2023', '2023-01-01', '2023-12-31'],
    ['01/01/2023 - 31/12/2023', '2023-01-01', '2023-12-31'],
    ['01/3/2023 đến 30/9/2023', '2023-03-01', '2023-09-30'],
    ['giai đoạn 2021 - 2025', '2021-01-01', '2025-12-31'],
    ['2021–2025', '2021-01-01', '2025-12-31'],
    ['quý I/2023', '2023-01-01', '2023-03-31'],
    ['6 tháng đầu năm 2023', '2023-01-01', '2023-06-30'],
  ])('reads the period %s', (text, start, end) => {
    const period = parsePlanPeriod(text);
    const iso = (date: { year: number; month: number; day: number }): string =>
      `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    expect(period && [iso(period.start), iso(period.end)]).toEqual([start, end]);
  });

  it.each(['lâu dài', 'năm 2O23', '01/01/2023 -', ''])('gives no period for %s', (text) => {
    expect(parsePlanPeriod(text)).toBeUndefined();
  });
});
