import { describe, expect, it } from 'vitest';
import { type CivilDate, dayOfWeek, formatVnDate, parseIsoDate } from '../../server/src/base/civil-date';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { defaultSecondNationalDay } from '../../server/src/deadline/holidays';
import { BUILT_IN_OVERRIDES, mergeOverrides, readYearOverrides } from '../../server/src/deadline/overrides';

function d(iso: string): CivilDate {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
}

const calendar = new WorkingCalendar();
/** A calendar with no announcements: every year follows the default rules. */
const defaults = new WorkingCalendar([]);

describe('built-in announced years', () => {
  // [date, working?] for the days around each holiday, as announced for civil servants.
  const DAYS: [string, boolean][] = [
    ['2023-01-02', false], // 1/1/2023 was a Sunday.
    ['2023-01-19', true],
    ['2023-01-20', false],
    ['2023-01-26', false],
    ['2023-01-27', true],
    ['2023-04-28', true],
    ['2023-04-29', false], // Giỗ Tổ on a Saturday.
    ['2023-05-02', false],
    ['2023-05-03', false],
    ['2023-05-04', true],
    ['2023-09-01', false],
    ['2023-09-04', false],
    ['2023-09-05', true],
    ['2024-02-07', true],
    ['2024-02-08', false],
    ['2024-02-14', false],
    ['2024-02-15', true],
    ['2024-04-18', false],
    ['2024-04-29', false],
    ['2024-05-04', true], // Saturday worked for the 29/4 swap.
    ['2024-09-03', false],
    ['2024-09-04', true],
    ['2025-01-24', true],
    ['2025-01-27', false],
    ['2025-02-03', true],
    ['2025-02-08', true], // Saturday worked for the 27/01 swap.
    ['2025-04-07', false],
    ['2025-04-26', true], // Saturday worked for the 2/5 swap.
    ['2025-05-02', false],
    ['2025-09-01', false],
    ['2025-09-03', true],
    ['2026-01-02', false], // Swapped with Saturday 10/01.
    ['2026-01-05', true],
    ['2026-01-10', true],
    ['2026-02-13', true],
    ['2026-02-16', false],
    ['2026-02-20', false],
    ['2026-02-23', true],
    ['2026-04-27', false], // Giỗ Tổ on a Sunday.
  ];
  it.each(DAYS)('%s working: %s', (iso, working) => {
    expect(calendar.isWorkingDay(d(iso))).toBe(working);
  });

  it('cites a source for every built-in year', () => {
    expect(BUILT_IN_OVERRIDES.map((override) => override.year)).toEqual([2023, 2024, 2025, 2026]);
    for (const override of BUILT_IN_OVERRIDES) {
      expect(override.source.length).toBeGreaterThan(20);
      expect(override.confidence).toBeDefined();
    }
  });

  it('names why a day is off', () => {
    expect(calendar.reasonOff(d('2023-04-01'))).toEqual({ vi: 'thứ Bảy', en: 'a Saturday' });
    expect(calendar.reasonOff(d('2023-10-15'))?.vi).toBe('Chủ nhật');
    expect(calendar.reasonOff(d('2023-01-24'))?.vi).toBe('ngày nghỉ Tết Nguyên đán');
    expect(calendar.reasonOff(d('2023-09-04'))?.vi).toBe('ngày nghỉ bù Quốc khánh');
    expect(calendar.reasonOff(d('2023-05-02'))?.vi).toBe('ngày nghỉ bù Giỗ Tổ Hùng Vương, ngày Chiến thắng 30/4');
    expect(calendar.reasonOff(d('2024-04-29'))?.vi).toBe('ngày nghỉ hoán đổi dịp ngày Chiến thắng 30/4, ngày Quốc tế Lao động 1/5');
    expect(calendar.reasonOff(d('2023-04-29'))?.vi).toBe('ngày Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(calendar.reasonOff(d('2024-05-04'))).toBeUndefined();
    expect(calendar.reasonOff(d('2023-06-01'))).toBeUndefined();
    expect(calendar.reasonOff(d('2026-01-02'))?.vi).toBe('ngày nghỉ hoán đổi dịp Tết Dương lịch');
  });

  it('lists a year’s holidays with the make-up Saturdays', () => {
    const year = calendar.holidaysOf(2025);
    expect(year.workingDays.map(formatVnDate)).toEqual(['08/02/2025', '26/4/2025']);
    expect(year.source).toContain('2025');
    expect(year.daysOff.filter((holiday) => holiday.kind === 'statutory').map((holiday) => formatVnDate(holiday.date))).toEqual([
      '01/01/2025',
      '29/01/2025',
      '07/4/2025',
      '30/4/2025',
      '01/5/2025',
      '01/9/2025',
      '02/9/2025',
    ]);
  });
});

describe('default rules for years without an announcement', () => {
  it('gives giao thừa and mùng 1–4 for Tết, with substitutes for weekend days', () => {
    // Tết 2027 is Saturday 06/02: giao thừa Friday 05/02, mùng 1–4 Saturday to Tuesday.
    const tet = defaults
      .holidaysOf(2027)
      .daysOff.filter((holiday) => holiday.date.month === 2)
      .map((holiday) => `${formatVnDate(holiday.date)} ${holiday.kind}`);
    expect(tet).toEqual([
      '05/02/2027 statutory',
      '06/02/2027 statutory',
      '07/02/2027 statutory',
      '08/02/2027 statutory',
      '09/02/2027 statutory',
      '10/02/2027 substitute',
      '11/02/2027 substitute',
    ]);
  });

  it('gives 2/9 on a Sunday the Monday as second day and the Tuesday as substitute (2029)', () => {
    expect(dayOfWeek(d('2029-09-02'))).toBe(0);
    expect(defaults.isWorkingDay(d('2029-08-31'))).toBe(true);
    expect(defaults.isWorkingDay(d('2029-09-03'))).toBe(false);
    expect(defaults.reasonOff(d('2029-09-04'))?.vi).toBe('ngày nghỉ bù Quốc khánh');
    expect(defaults.isWorkingDay(d('2029-09-05'))).toBe(true);
  });

  it('gives two substitute days when two holidays share a weekend (2023 without its announcement)', () => {
    expect(defaults.reasonOff(d('2023-05-02'))?.vi).toBe('ngày nghỉ bù Giỗ Tổ Hùng Vương');
    expect(defaults.reasonOff(d('2023-05-03'))?.vi).toBe('ngày nghỉ bù ngày Chiến thắng 30/4');
    expect(defaults.isWorkingDay(d('2023-05-04'))).toBe(true);
  });

  it('gives 1/1 on a Saturday the Monday off (2022)', () => {
    expect(defaults.reasonOff(d('2022-01-03'))?.vi).toBe('ngày nghỉ bù Tết Dương lịch');
  });

  it.each([
    [2021, '03/9/2021'],
    [2022, '01/9/2022'],
    [2023, '01/9/2023'],
    [2024, '03/9/2024'],
    [2025, '01/9/2025'],
  ])('picks the second Quốc khánh day announced in %i: %s', (year, expected) => {
    expect(formatVnDate(defaultSecondNationalDay(year))).toBe(expected);
  });
});

describe('working-day arithmetic', () => {
  const TABLE: [string, number, string][] = [
    ['2023-03-31', 1, '2023-04-03'],
    ['2023-03-31', 0, '2023-03-31'],
    ['2023-04-03', -1, '2023-03-31'],
    ['2024-02-07', 1, '2024-02-15'],
    ['2024-02-15', -1, '2024-02-07'],
    ['2024-05-03', 1, '2024-05-04'], // The make-up Saturday counts.
    ['2023-04-28', 2, '2023-05-05'],
    ['2023-03-01', 10, '2023-03-15'],
  ];
  it.each(TABLE)('%s + %i working days = %s', (from, n, expected) => {
    expect(calendar.addWorkingDays(d(from), n)).toEqual(d(expected));
  });

  it('finds the last working day on or before, and the next on or after', () => {
    expect(calendar.lastWorkingDayOnOrBefore(d('2023-10-14'))).toEqual(d('2023-10-13'));
    expect(calendar.lastWorkingDayOnOrBefore(d('2023-03-31'))).toEqual(d('2023-03-31'));
    expect(calendar.lastWorkingDayOnOrBefore(d('2023-01-26'))).toEqual(d('2023-01-19'));
    expect(calendar.nextWorkingDayOnOrAfter(d('2023-01-20'))).toEqual(d('2023-01-27'));
    expect(calendar.nextWorkingDayOnOrAfter(d('2023-06-01'))).toEqual(d('2023-06-01'));
  });

  it('counts working days between two days', () => {
    expect(calendar.workingDaysBetween(d('2023-05-26'), d('2023-05-31'))).toBe(3);
    expect(calendar.workingDaysBetween(d('2023-05-31'), d('2023-05-26'))).toBe(-3);
    expect(calendar.workingDaysBetween(d('2023-01-19'), d('2023-01-27'))).toBe(1);
  });

  it('refuses an override date that does not exist', () => {
    const broken = new WorkingCalendar([{ year: 2030, daysOff: ['2030-13-01'], workingDays: [], source: 'x' }]);
    expect(() => broken.isWorkingDay(d('2030-01-02'))).toThrow(/2030-13-01/);
  });
});

describe('user overrides', () => {
  it('replace the built-in year and keep the others', () => {
    const merged = mergeOverrides(BUILT_IN_OVERRIDES, [{ year: 2024, daysOff: ['2024-02-08'], workingDays: [], source: 'mine' }]);
    expect(merged.map((override) => [override.year, override.source === 'mine'])).toEqual([
      [2023, false],
      [2024, true],
      [2025, false],
      [2026, false],
    ]);
    const custom = WorkingCalendar.withUserOverrides([{ year: 2027, daysOff: ['2027-02-12'], workingDays: ['2027-02-20'], source: 'Thông báo giả định' }]);
    expect(custom.isWorkingDay(d('2027-02-12'))).toBe(false);
    expect(custom.reasonOff(d('2027-02-12'))?.vi).toBe('ngày nghỉ Tết Nguyên đán');
    expect(custom.isWorkingDay(d('2027-02-20'))).toBe(true);
    // With an announcement the default Tết break no longer applies: only mùng 1 is fixed by law.
    expect(custom.isWorkingDay(d('2027-02-09'))).toBe(true);
    expect(custom.isWorkingDay(d('2027-02-06'))).toBe(false);
    expect(custom.isWorkingDay(d('2023-01-25'))).toBe(false);
  });

  it('are validated when read from configuration', () => {
    const { overrides, errors } = readYearOverrides([
      { year: 2027, daysOff: ['2027-02-05'], workingDays: [], source: 'TB 1' },
      { year: 2027, daysOff: ['2027-02-30'] },
      { year: 2028, daysOff: ['2029-01-01'] },
      { year: 'x' },
      42,
    ]);
    expect(overrides).toEqual([{ year: 2027, daysOff: ['2027-02-05'], workingDays: [], source: 'TB 1' }]);
    expect(errors).toHaveLength(4);
    expect(errors[0]!.vi).toContain('2027-02-30');
    expect(readYearOverrides({}).errors).toHaveLength(1);
  });
});
