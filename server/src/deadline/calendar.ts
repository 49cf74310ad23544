/**
 * The working calendar of Vietnamese state agencies: Monday to Friday, less public holidays and
 * announced days off, plus the Saturdays worked in exchange for a swap.
 */
import type { Message } from '../base/diagnostic';
import { type CivilDate, dayOfWeek, fromEpochDay, toEpochDay } from '../base/civil-date';
import { holidaysForYear, type YearHolidays } from './holidays';
import { BUILT_IN_OVERRIDES, mergeOverrides, type YearOverride } from './overrides';

interface YearIndex {
  holidays: YearHolidays;
  offByDay: Map<number, Message>;
  workingDays: Set<number>;
}

/** More consecutive days off than any real calendar has means the overrides are broken. */
const MAX_DAYS_OFF_IN_A_ROW = 366;

export class WorkingCalendar {
  private readonly overrides: Map<number, YearOverride>;
  /** Each year is computed once: deadlines are checked task by task, and lunar dates are slow. */
  private readonly years = new Map<number, YearIndex>();

  constructor(overrides: readonly YearOverride[] = BUILT_IN_OVERRIDES) {
    this.overrides = new Map(overrides.map((override) => [override.year, override]));
  }

  /** The built-in announcements with the user's years laid over them. */
  static withUserOverrides(user: readonly YearOverride[]): WorkingCalendar {
    return new WorkingCalendar(mergeOverrides(BUILT_IN_OVERRIDES, user));
  }

  holidaysOf(year: number): YearHolidays {
    return this.yearIndex(year).holidays;
  }

  isWorkingDay(date: CivilDate): boolean {
    return this.reasonOff(date) === undefined;
  }

  /** Why the day is not a working day ("thứ Bảy", "ngày nghỉ Tết Nguyên đán"), or undefined. */
  reasonOff(date: CivilDate): Message | undefined {
    const index = this.yearIndex(date.year);
    const day = toEpochDay(date);
    if (index.workingDays.has(day)) return undefined;
    const holiday = index.offByDay.get(day);
    if (holiday) return holiday;
    const weekday = dayOfWeek(date);
    if (weekday === 6) return { vi: 'thứ Bảy', en: 'a Saturday' };
    if (weekday === 0) return { vi: 'Chủ nhật', en: 'a Sunday' };
    return undefined;
  }

  lastWorkingDayOnOrBefore(date: CivilDate): CivilDate {
    return this.seekWorkingDay(date, -1);
  }

  nextWorkingDayOnOrAfter(date: CivilDate): CivilDate {
    return this.seekWorkingDay(date, 1);
  }

  /**
   * The n-th working day after `date` (before it when n is negative), not counting `date` itself,
   * as a period "within n working days from" a day is counted (Bộ luật Dân sự 2015, Điều 147).
   * n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: CivilDate, n: number): CivilDate {
    const step = n < 0 ? -1 : 1;
    let day = toEpochDay(date);
    for (let remaining = Math.abs(n); remaining > 0; remaining--) {
      day = toEpochDay(this.seekWorkingDay(fromEpochDay(day + step), step));
    }
    return fromEpochDay(day);
  }

  /** Working days in (from, to]: how many working days are left from `from` until `to`. */
  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    const [start, end] = [toEpochDay(from), toEpochDay(to)];
    const sign = end >= start ? 1 : -1;
    let count = 0;
    for (let day = Math.min(start, end) + 1; day <= Math.max(start, end); day++) {
      if (this.isWorkingDay(fromEpochDay(day))) count++;
    }
    return sign * count;
  }

  private seekWorkingDay(date: CivilDate, step: 1 | -1): CivilDate {
    let day = toEpochDay(date);
    for (let tries = 0; tries <= MAX_DAYS_OFF_IN_A_ROW; tries++, day += step) {
      const candidate = fromEpochDay(day);
      if (this.isWorkingDay(candidate)) return candidate;
    }
    throw new RangeError('No working day within a year: the calendar overrides mark every day off');
  }

  private yearIndex(year: number): YearIndex {
    const known = this.years.get(year);
    if (known) return known;
    const holidays = holidaysForYear(year, this.overrides.get(year));
    const index: YearIndex = {
      holidays,
      offByDay: new Map(holidays.daysOff.map((holiday) => [toEpochDay(holiday.date), holiday.name])),
      workingDays: new Set(holidays.workingDays.map(toEpochDay)),
    };
    this.years.set(year, index);
    return index;
  }
}
