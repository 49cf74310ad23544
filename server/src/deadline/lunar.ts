/**
 * The Vietnamese lunisolar calendar (âm lịch), needed for Tết Nguyên đán and Giỗ Tổ Hùng Vương.
 *
 * The Vietnamese calendar follows the same rules as the Chinese one but reckons new moons and
 * solar terms at UTC+7 instead of UTC+8, so the two differ in some years (Tết 2007 fell on
 * 17/02/2007 in Vietnam and 18/02/2007 in China). `date-chinese` implements exactly that
 * difference in its CalendarVietnamese class, with full VSOP87 solar positions; it agrees with Hồ
 * Ngọc Đức's algorithm on every Tết and Giỗ Tổ from 1968 to 2100 (see the tests). Before 1968 it
 * uses UTC+8, as the calendars printed in Vietnam did.
 */
import { CalendarVietnamese } from 'date-chinese';
import { type CivilDate, fromEpochDay, toEpochDay } from '../base/civil-date';

export interface LunarDate {
  /** The Gregorian year in which this lunar year begins (Tết 2023 starts lunar year 2023). */
  year: number;
  month: number;
  day: number;
  /** True in a leap month (tháng nhuận), which repeats the number of the month before it. */
  leap: boolean;
}

/** Julian Day Number of 1970-01-01, the epoch of CivilDate arithmetic. */
const JDN_OF_EPOCH = 2440588;

/**
 * One shared instance, because the library caches new years and solar longitudes per instance and
 * every conversion of a year reuses them.
 */
const calendar = new CalendarVietnamese();

/**
 * The library gives local midnight as a Julian Ephemeris Day a few hours before the day's noon;
 * adding one day and truncating yields the Julian Day Number of that local date.
 */
function civilOfMidnight(jde: number): CivilDate {
  return fromEpochDay(Math.floor(jde + 1) - JDN_OF_EPOCH);
}

/** Mùng 1 tháng Giêng of the lunar year that begins in the Gregorian `year`. */
export function lunarNewYear(year: number): CivilDate {
  return civilOfMidnight(calendar.newYear(year));
}

export function solarToLunar(date: CivilDate): LunarDate {
  calendar.fromGregorian(date.year, date.month, date.day);
  const [, , month, leap, day] = calendar.get();
  return { year: calendar.yearFromEpochCycle(), month, day, leap };
}

interface LunarMonth {
  month: number;
  leap: boolean;
  first: CivilDate;
  length: number;
}

const monthsByYear = new Map<number, LunarMonth[]>();

/** The 12 or 13 months of a lunar year with their first days and lengths, memoised. */
function monthsOf(lunarYear: number): LunarMonth[] {
  const known = monthsByYear.get(lunarYear);
  if (known) return known;
  const end = toEpochDay(lunarNewYear(lunarYear + 1));
  const months: LunarMonth[] = [];
  let start = calendar.newYear(lunarYear);
  while (Math.floor(start + 1) - JDN_OF_EPOCH < end) {
    // Half a lunation later is safely inside the month, so the next new moon is the next month.
    const next = calendar.nextNewMoon(start + 15);
    const first = civilOfMidnight(start);
    const { month, leap } = solarToLunar(first);
    const nextDay = Math.min(Math.floor(next + 1) - JDN_OF_EPOCH, end);
    months.push({ month, leap, first, length: nextDay - toEpochDay(first) });
    start = next;
  }
  monthsByYear.set(lunarYear, months);
  return months;
}

/**
 * The solar date of a lunar date. Throws a RangeError when the date does not exist: a leap month
 * the year does not have, or day 30 of a 29-day month.
 */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number, leap = false): CivilDate {
  const month = monthsOf(lunarYear).find((m) => m.month === lunarMonth && m.leap === leap);
  if (!month || !Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > month.length) {
    throw new RangeError(
      `No lunar date ${lunarDay}/${lunarMonth}${leap ? ' (leap)' : ''}/${lunarYear} in the Vietnamese calendar`,
    );
  }
  return fromEpochDay(toEpochDay(month.first) + lunarDay - 1);
}

/** The last day of the lunar year that ends just before the Tết of `year`: the day of giao thừa. */
export function lunarNewYearsEve(year: number): CivilDate {
  return fromEpochDay(toEpochDay(lunarNewYear(year)) - 1);
}
