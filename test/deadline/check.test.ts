import { describe, expect, it } from 'vitest';
import { type CivilDate, parseIsoDate } from '../../server/src/base/civil-date';
import type { Finding, Severity } from '../../server/src/base/diagnostic';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { checkDeadlines, type CheckDeadlinesOptions } from '../../server/src/deadline/check';
import { lastDay } from '../../server/src/deadline/evaluate';
import { parseDeadline } from '../../server/src/deadline/parse';
import { ALL_RULES, ruleByCode } from '../../server/src/check/rules';
import { DEADLINE } from '../../server/src/deadline/rules';
import { parsePlan } from '../../server/src/syntax/parse';

const calendar = new WorkingCalendar();

function d(iso: string): CivilDate {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
}

/** A plan with the given header lines and task lines. */
function plan(header: string[], tasks: string[]): string {
  return [
    'kế hoạch',
    '  cơ quan: Sở Công Thương',
    '  số: /KH-SCT',
    ...header.map((line) => `  ${line}`),
    '  trích yếu: Thực hiện quy chế dân chủ ở cơ sở năm 2023',
    '',
    'đơn vị VP: Văn phòng Sở',
    '',
    'I. Nội dung',
    '1. @VP tham mưu thực hiện.',
    ...tasks.map((line) => `   ${line}`),
    '',
  ].join('\n');
}

/** The deadline findings of a plan, each at the severity its rule gives it, as the pipeline does. */
function check(text: string, options: Partial<CheckDeadlinesOptions> = {}): { text: string; diagnostics: (Finding & { severity: Severity })[] } {
  const file = parsePlan('file:///plan.kh', text);
  expect(file.syntaxFindings).toEqual([]);
  const findings = checkDeadlines(file, { calendar, ...options });
  return { text, diagnostics: findings.map((finding) => ({ ...finding, severity: finding.severity ?? ruleByCode(finding.code)!.defaultSeverity })) };
}

function codes(result: { diagnostics: Finding[] }): string[] {
  return result.diagnostics.map((diagnostic) => diagnostic.code);
}

function spanOf(result: { text: string }, diagnostic: Finding): string {
  return result.text.slice(diagnostic.location.start, diagnostic.location.end);
}

describe('checkDeadlines on the seed plan', () => {
  const result = check(
    plan(
      ['ngày: /02/2023'],
      [
        'nhiệm vụ BC6T: chủ trì @VP; hạn trước ngày 01/6/2023; sản phẩm Báo cáo 06 tháng',
        'nhiệm vụ BCN: chủ trì @VP; hạn trước ngày 15/10/2023; sản phẩm Báo cáo năm',
        'nhiệm vụ KQ: chủ trì @VP; hạn trước ngày 15/3/2023',
        'nhiệm vụ SNV: chủ trì @VP; hạn trước ngày 01/4/2023',
      ],
    ),
  );

  it('reports only the two deadlines on days off', () => {
    expect(codes(result)).toEqual(['deadline/non-working-day', 'deadline/non-working-day']);
  });

  it('names the Sunday, the Saturday before it and the last working day for 15/10/2023', () => {
    const diagnostic = result.diagnostics[0]!;
    expect(diagnostic.severity).toBe('warning');
    expect(diagnostic.message.vi).toContain('15/10/2023 là Chủ nhật');
    expect(diagnostic.message.vi).toContain('14/10/2023 là thứ Bảy');
    expect(diagnostic.message.vi).toContain('ngày làm việc cuối cùng là thứ Sáu 13/10/2023');
    expect(diagnostic.message.en).toContain('the last working day is Friday 13/10/2023');
    expect(spanOf(result, diagnostic)).toBe('15/10/2023');
    const [fix] = diagnostic.fixes!;
    expect(fix!.safe).toBe(false);
    expect(fix!.edits).toHaveLength(1);
    const edit = fix!.edits[0]!;
    expect(result.text.slice(edit.start, edit.end)).toBe('trước ngày 15/10/2023');
    expect(edit.newText).toBe('chậm nhất ngày 13/10/2023');
  });

  it('says that "before" a Saturday ends on Friday 31/3/2023, a working day, as information', () => {
    const diagnostic = result.diagnostics[1]!;
    expect(diagnostic.severity).toBe('info');
    expect(diagnostic.message.vi).toBe(
      'Ngày ghi trong thời hạn của nhiệm vụ SNV, 01/4/2023, là thứ Bảy: hạn thực tế là hết thứ Sáu 31/3/2023; nên ghi rõ “chậm nhất ngày 31/3/2023”.',
    );
    expect(diagnostic.message.en).toBe(
      'The date written in the deadline of task SNV, 01/4/2023, is a Saturday: the deadline in fact ends with Friday 31/3/2023; better write "chậm nhất ngày 31/3/2023".',
    );
    expect(spanOf(result, diagnostic)).toBe('01/4/2023');
    expect(diagnostic.fixes![0]!.edits[0]!.newText).toBe('chậm nhất ngày 31/3/2023');
  });
});

describe('checkDeadlines rules', () => {
  it('reports invalid dates at the date with a fix when the intent is clear', () => {
    const result = check(plan(['ngày: 17/02/2023'], ['nhiệm vụ A: hạn trước 31/02/2023', 'nhiệm vụ B: hạn trước 01/6/2O23']));
    expect(codes(result)).toEqual(['deadline/invalid-date', 'deadline/invalid-date']);
    expect(spanOf(result, result.diagnostics[0]!)).toBe('31/02/2023');
    expect(result.diagnostics[0]!.fixes).toBeUndefined();
    const edit = result.diagnostics[1]!.fixes![0]!.edits[0]!;
    expect(result.text.slice(edit.start, edit.end)).toBe('01/6/2O23');
    expect(edit.newText).toBe('01/6/2023');
  });

  it('reports unrecognised deadlines over the whole value', () => {
    const result = check(plan(['ngày: 17/02/2023'], ['nhiệm vụ A: hạn cuối quý này']));
    expect(codes(result)).toEqual(['deadline/unrecognised']);
    expect(spanOf(result, result.diagnostics[0]!)).toBe('cuối quý này');
  });

  it('reports a last day before the plan date', () => {
    const result = check(plan(['ngày: 17/02/2023'], ['nhiệm vụ A: hạn chậm nhất 16/02/2023', 'nhiệm vụ B: hạn chậm nhất 17/02/2023']));
    expect(codes(result)).toEqual(['deadline/before-plan-date']);
    expect(result.diagnostics[0]!.severity).toBe('error');
    expect(result.diagnostics[0]!.message.vi).toContain('ngày ban hành kế hoạch 17/02/2023');
  });

  it('uses the first day of a draft’s month as the earliest issue date', () => {
    const result = check(plan(['ngày: /02/2023'], ['nhiệm vụ A: hạn chậm nhất 31/01/2023', 'nhiệm vụ B: hạn chậm nhất 01/02/2023']));
    expect(codes(result)).toEqual(['deadline/before-plan-date']);
    expect(result.diagnostics[0]!.message.vi).toContain('tháng ban hành kế hoạch 2/2023');
  });

  it('reports a last day outside the plan’s year or stated period', () => {
    const byYear = check(plan(['ngày: 17/02/2023'], ['nhiệm vụ A: hạn chậm nhất 16/01/2024', 'nhiệm vụ B: hạn trong năm 2023']));
    expect(codes(byYear)).toEqual(['deadline/outside-period']);
    const byPeriod = check(plan(['ngày: 17/02/2023', 'thời kỳ: 01/01/2023 - 30/6/2023'], ['nhiệm vụ A: hạn chậm nhất 15/9/2023']));
    expect(codes(byPeriod)).toEqual(['deadline/outside-period']);
    expect(byPeriod.diagnostics[0]!.message.vi).toContain('01/01/2023 – 30/6/2023');
  });

  it('does not report periods, recurring, ongoing or on-request deadlines as days off', () => {
    const result = check(
      plan(['ngày: 17/02/2023'], ['nhiệm vụ A: hạn trong năm 2023', 'nhiệm vụ B: hạn hằng tháng', 'nhiệm vụ C: hạn thường xuyên', 'nhiệm vụ D: hạn khi có yêu cầu']),
    );
    expect(codes(result)).toEqual([]);
  });

  it('reports a relative deadline ending on a day off, without a fix', () => {
    const result = check(plan(['ngày: 17/02/2023'], ['nhiệm vụ A: hạn trong 3 ngày kể từ ngày 01/3/2023']));
    expect(codes(result)).toEqual(['deadline/non-working-day']);
    expect(result.diagnostics[0]!.message.vi).toContain('ngày cuối cùng 04/3/2023 là thứ Bảy');
    expect(result.diagnostics[0]!.fixes).toBeUndefined();
  });

  it('offers the fix in English for an English deadline', () => {
    const result = check(plan(['ngày: 17/02/2023'], ['nhiệm vụ A: hạn before 15/10/2023']));
    expect(result.diagnostics[0]!.fixes![0]!.edits[0]!.newText).toBe('by 13/10/2023');
  });

  it('reports a task due before a task it depends on, pointing at both', () => {
    const result = check(
      plan(
        ['ngày: 17/02/2023'],
        ['nhiệm vụ TH: hạn chậm nhất 31/5/2023', 'nhiệm vụ BC: hạn chậm nhất 15/5/2023; sau @TH, @KHONG-CO', 'nhiệm vụ OK: hạn chậm nhất 31/5/2023; sau @TH'],
      ),
    );
    expect(codes(result)).toEqual(['deadline/dependency-order']);
    const diagnostic = result.diagnostics[0]!;
    expect(spanOf(result, diagnostic)).toBe('chậm nhất 15/5/2023');
    expect(result.text.slice(diagnostic.related![0]!.location.start, diagnostic.related![0]!.location.end)).toBe('chậm nhất 31/5/2023');
  });

  it('reports overdue and due-soon only with a reference day', () => {
    const tasks = [
      'nhiệm vụ A: hạn trước 01/6/2023',
      'nhiệm vụ B: hạn chậm nhất 09/6/2023',
      'nhiệm vụ C: hạn chậm nhất 30/6/2023',
      'nhiệm vụ D: hạn chậm nhất 05/6/2023',
    ];
    expect(codes(check(plan(['ngày: 17/02/2023'], tasks)))).toEqual([]);
    const result = check(plan(['ngày: 17/02/2023'], tasks), { asOf: d('2023-06-05') });
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.severity}`)).toEqual([
      'deadline/overdue warning',
      'deadline/due-soon info',
      'deadline/due-soon info',
    ]);
    expect(result.diagnostics[0]!.message.vi).toContain('quá hạn 5 ngày');
    expect(result.diagnostics[1]!.message.vi).toContain('còn 4 ngày (4 ngày làm việc)');
    expect(result.diagnostics[2]!.message.vi).toBe('Hôm nay là ngày cuối cùng của nhiệm vụ D.');
    const wider = check(plan(['ngày: 17/02/2023'], tasks), { asOf: d('2023-06-05'), dueSoonDays: 30 });
    expect(codes(wider).filter((code) => code === 'deadline/due-soon')).toHaveLength(3);
  });

  it('computes relative deadlines from the issue date and from other tasks', () => {
    const result = check(
      plan(
        ['ngày: 01/3/2023'],
        ['nhiệm vụ A: hạn trong 10 ngày làm việc kể từ ngày ban hành', 'nhiệm vụ B: hạn trước 01/6/2023', 'nhiệm vụ C: hạn trong 5 ngày làm việc sau @B'],
      ),
      { asOf: d('2023-06-06') },
    );
    expect(result.diagnostics.map((diagnostic) => diagnostic.message.vi)).toEqual([
      'Nhiệm vụ A đã quá hạn 83 ngày (ngày cuối cùng 15/3/2023).',
      'Nhiệm vụ B đã quá hạn 6 ngày (ngày cuối cùng 31/5/2023).',
      'Nhiệm vụ C sắp đến hạn: còn 1 ngày (1 ngày làm việc), ngày cuối cùng thứ Tư 07/6/2023.',
    ]);
  });

  it('leaves relative deadlines in a cycle or from a draft’s issue date unevaluated', () => {
    const result = check(
      plan(['ngày: /02/2023'], ['nhiệm vụ A: hạn trong 5 ngày sau @B', 'nhiệm vụ B: hạn trong 5 ngày sau @A', 'nhiệm vụ C: hạn 10 working days from issue']),
      { asOf: d('2030-01-01') },
    );
    expect(codes(result)).toEqual([]);
  });

  it('points into the file as written when it is not NFC', () => {
    const text = plan(['ngày: 17/02/2023'], ['nhiệm vụ A: hạn trước ngày 15/10/2023']).normalize('NFD');
    const result = check(text);
    expect(codes(result)).toEqual(['deadline/non-working-day']);
    expect(spanOf(result, result.diagnostics[0]!)).toBe('15/10/2023');
    const edit = result.diagnostics[0]!.fixes![0]!.edits[0]!;
    expect(text.slice(edit.start, edit.end)).toBe('trước ngày 15/10/2023'.normalize('NFD'));
  });
});

describe('days off', () => {
  // [deadline, severity, what the message says]: "before" a day off whose day before is a working
  // day is only information; a last day that is itself off is a warning.
  it.each([
    ['trước ngày 01/4/2023', 'info', 'hạn thực tế là hết thứ Sáu 31/3/2023'],
    ['trước ngày 15/10/2023', 'warning', 'ngày cuối cùng 14/10/2023 là thứ Bảy; ngày làm việc cuối cùng là thứ Sáu 13/10/2023'],
    ['chậm nhất 01/4/2023', 'warning', '01/4/2023 là thứ Bảy; ngày làm việc cuối cùng là thứ Sáu 31/3/2023'],
    ['trước 03/4/2023', 'warning', 'ngày cuối cùng 02/4/2023 là Chủ nhật; ngày làm việc cuối cùng là thứ Sáu 31/3/2023'],
    ['trước 01/9/2023', 'info', '01/9/2023, là ngày nghỉ lễ Quốc khánh: hạn thực tế là hết thứ Năm 31/8/2023'],
    ['trước 04/9/2023', 'warning', 'ngày cuối cùng 03/9/2023 là Chủ nhật; ngày làm việc cuối cùng là thứ Năm 31/8/2023'],
    ['trước 02/5/2023', 'warning', 'ngày cuối cùng 01/5/2023 là ngày Quốc tế Lao động (1/5); ngày làm việc cuối cùng là thứ Sáu 28/4/2023'],
  ])('%s is reported as %s: %s', (deadline, severity, part) => {
    const result = check(plan(['ngày: 17/02/2023'], [`nhiệm vụ A: chủ trì @VP; hạn ${deadline}`]));
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['deadline/non-working-day', severity]]);
    expect(result.diagnostics[0]!.message.vi).toContain(part);
  });
});

describe('far years and long counts', () => {
  // Each of these once froze the checker for minutes or made it throw and lose every deadline
  // diagnostic of the plan; now each gets its ordinary diagnostics.
  it.each([
    ['trong 1000000000 ngày kể từ ngày ban hành', ['deadline/unrecognised'], '1000000000'],
    ['trong 1000000 ngày làm việc kể từ ngày ban hành', ['deadline/unrecognised'], '1000000'],
    ['in 5000 working days from issue', ['deadline/unrecognised'], '5000'],
    ['chậm nhất 15/3/4399', ['deadline/outside-period'], '15/3/4399'],
    ['chậm nhất 31/12/9999', ['deadline/outside-period'], '31/12/9999'],
    ['chậm nhất 01/01/1000', ['deadline/before-plan-date'], '01/01/1000'],
    // The last day of these is in year 999 or past 9999: no four-digit year, no calendar day.
    ['trước 01/01/1000', ['deadline/out-of-range'], 'trước 01/01/1000'],
    ['trong 3650 ngày làm việc kể từ ngày 01/01/9990', ['deadline/out-of-range'], 'trong 3650 ngày làm việc kể từ ngày 01/01/9990'],
    ['trước 01/01/0001', ['deadline/invalid-date'], '01/01/0001'],
  ])('%s gives %j', (deadline, expected, span) => {
    const result = check(plan(['ngày: 17/02/2023'], [`nhiệm vụ A: chủ trì @VP; hạn ${deadline}`]));
    expect(codes(result)).toEqual(expected);
    expect(spanOf(result, result.diagnostics[0]!)).toBe(span);
  });

  it('reports each task of a chain whose last day runs past 9999, with the year it reaches', () => {
    const chain = Array.from({ length: 4 }, (_, k) => `nhiệm vụ T${k}: chủ trì @VP; hạn trong 3650 ngày kể từ ${k === 0 ? 'ngày 01/01/9980' : `@T${k - 1}`}`);
    const result = check(plan(['ngày: 17/02/2023'], chain));
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, /năm (\d+)/.exec(diagnostic.message.vi)?.[1]])).toEqual([
      ['deadline/outside-period', undefined],
      ['deadline/outside-period', undefined],
      ['deadline/out-of-range', '10009'],
      ['deadline/out-of-range', '10019'],
    ]);
  });

  it('counts weekends only outside 1900–2200, where the lunar calendar is not computed', () => {
    expect(calendar.holidaysOf(2201).daysOff).toEqual([]);
    expect(calendar.holidaysOf(1899).daysOff).toEqual([]);
    expect(calendar.holidaysOf(2200).daysOff.length).toBeGreaterThan(0);
    expect(calendar.reasonOff(d('4399-04-20'))).toBeUndefined();
  });
});

describe('lastDay', () => {
  const context = { calendar, issueDate: d('2023-03-01'), taskLastDay: (id: string) => (id === 'X' ? d('2023-05-31') : undefined) };
  it.each([
    ['trước 01/6/2023', '2023-05-31'],
    ['chậm nhất 15/3/2023', '2023-03-15'],
    ['trong quý I/2023', '2023-03-31'],
    ['trong 15 ngày kể từ ngày 01/3/2023', '2023-03-16'],
    ['trong 10 ngày làm việc kể từ ngày ban hành', '2023-03-15'],
    ['trong 5 ngày làm việc sau @X', '2023-06-07'],
  ])('%s ends on %s', (text, expected) => {
    expect(lastDay(parseDeadline(text).deadline!, context)).toEqual(d(expected));
  });

  it.each(['hằng tháng', 'thường xuyên', 'khi có yêu cầu', 'trong 5 ngày sau @Y'])('%s has no last day', (text) => {
    expect(lastDay(parseDeadline(text).deadline!, context)).toBeUndefined();
  });
});

describe('rule metadata', () => {
  it('documents every code the checks emit', () => {
    expect(ALL_RULES.map((rule) => rule.code).filter((code) => code.startsWith('deadline/'))).toEqual([
      'deadline/invalid-date',
      'deadline/unrecognised',
      'deadline/before-plan-date',
      'deadline/outside-period',
      'deadline/non-working-day',
      'deadline/out-of-range',
      'deadline/dependency-order',
      'deadline/overdue',
      'deadline/due-soon',
    ]);
    expect(Object.values(DEADLINE).sort()).toEqual(ALL_RULES.map((rule) => rule.code).filter((code) => code.startsWith('deadline/')).sort());
  });
});
