/**
 * The public holidays of one year for civil servants, who rest on Saturdays and Sundays.
 *
 * Bộ luật Lao động 2019, Điều 112 gives 11 days: Tết Dương lịch (1/1), five days of Tết Âm lịch,
 * Ngày Chiến thắng (30/4), Quốc tế Lao động (1/5), two days of Quốc khánh (2/9 and one adjacent
 * day) and Giỗ Tổ Hùng Vương (10/3 âm lịch). Điều 111.3: a holiday that falls on the weekly rest
 * day gives the next working day off (nghỉ bù).
 *
 * The Prime Minister fixes the exact Tết days and the second Quốc khánh day every year. A year
 * with an announced calendar (overrides.ts) uses it; any other year uses the defaults below, which
 * follow the practice of 2021–2025 and are documented so that a reader knows they are a forecast.
 */
import type { Message } from '../base/diagnostic';
import {
  type CivilDate,
  compareDates,
  dayOfWeek,
  fromEpochDay,
  parseIsoDate,
  toEpochDay,
} from '../base/civil-date';
import { FIRST_TABLE_YEAR, LUNAR_HOLIDAYS } from './lunar-table';
import type { YearOverride } from './overrides';

/**
 * statutory: named in Điều 112; substitute: computed by Điều 111.3 for a year without an
 * announcement; announced: listed in the year's announcement beyond the fixed holidays.
 */
export type HolidayKind = 'statutory' | 'substitute' | 'announced';

export interface Holiday {
  date: CivilDate;
  kind: HolidayKind;
  /** Reads after "<date> là …" / "<date> is …". */
  name: Message;
}

export interface YearHolidays {
  year: number;
  /** Every day off that is not an ordinary weekend, in date order (holidays on weekends included). */
  daysOff: Holiday[];
  /** Saturdays and Sundays worked in exchange for a swapped day off (làm bù). */
  workingDays: CivilDate[];
  /** The announcement the year follows; undefined when the defaults were computed. */
  source?: string;
  confidence?: string;
}

type Occasion = 'newYear' | 'tet' | 'hungKings' | 'victory' | 'labour' | 'national';

/** Full names, which read after "là" / "is". */
const OCCASION_NAMES: Record<Occasion, Message> = {
  newYear: { vi: 'ngày Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'ngày nghỉ Tết Nguyên đán', en: 'a Tết (Lunar New Year) holiday' },
  hungKings: {
    vi: 'ngày Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    en: "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)",
  },
  victory: { vi: 'ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  labour: { vi: 'ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' },
  national: { vi: 'ngày nghỉ lễ Quốc khánh', en: 'a National Day holiday' },
};

/** Short names, used inside "nghỉ bù …". */
const OCCASION_SHORT: Record<Occasion, Message> = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên đán', en: 'Tết' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Day" },
  victory: { vi: 'ngày Chiến thắng 30/4', en: 'Reunification Day' },
  labour: { vi: 'ngày Quốc tế Lao động 1/5', en: 'Labour Day' },
  national: { vi: 'Quốc khánh', en: 'National Day' },
};

interface StatutoryDay {
  date: CivilDate;
  occasion: Occasion;
}

function isWeekend(date: CivilDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

function date(year: number, month: number, day: number): CivilDate {
  return { year, month, day };
}

/**
 * The second Quốc khánh day when no announcement fixes it: whichever of 1/9 and 3/9 is a weekday,
 * preferring the one that joins a weekend, and 1/9 when both or neither do. This reproduces the
 * announced choices of 2021 (3/9), 2022 (1/9), 2023 (1/9), 2024 (3/9) and 2025 (1/9).
 */
export function defaultSecondNationalDay(year: number): CivilDate {
  const before = date(year, 9, 1);
  const after = date(year, 9, 3);
  if (isWeekend(before)) return after;
  if (isWeekend(after)) return before;
  const afterJoinsWeekend = dayOfWeek(after) === 5;
  const beforeJoinsWeekend = dayOfWeek(before) === 1;
  return afterJoinsWeekend && !beforeJoinsWeekend ? after : before;
}

/**
 * Tết and Giỗ Tổ of a year, as days since 1970-01-01, from the table lunar.ts wrote out; a
 * RangeError for a year it cannot place, as the lunar calendar itself gives.
 */
function lunarHolidaysOf(year: number): readonly [number, number] {
  const entry = LUNAR_HOLIDAYS[year - FIRST_TABLE_YEAR];
  if (!entry) throw new RangeError(`No Tết and Giỗ Tổ for ${year} in the lunar table`);
  return entry;
}

/** The holidays fixed by law to one date, which stay days off whatever the announcement says. */
function fixedHolidays(year: number): StatutoryDay[] {
  return [
    { date: date(year, 1, 1), occasion: 'newYear' },
    { date: fromEpochDay(lunarHolidaysOf(year)[0]), occasion: 'tet' },
    { date: fromEpochDay(lunarHolidaysOf(year)[1]), occasion: 'hungKings' },
    { date: date(year, 4, 30), occasion: 'victory' },
    { date: date(year, 5, 1), occasion: 'labour' },
    { date: date(year, 9, 2), occasion: 'national' },
  ];
}

/**
 * The default Tết break: the last day of the lunar year (giao thừa, 29 or 30 tháng Chạp) and mùng
 * 1 to mùng 4, the split used whenever the Prime Minister has not announced another one.
 */
function defaultTetDays(year: number): CivilDate[] {
  const eve = lunarHolidaysOf(year)[0] - 1;
  return [0, 1, 2, 3, 4].map((offset) => fromEpochDay(eve + offset));
}

function byDate<T extends { date: CivilDate }>(items: T[]): T[] {
  return items.sort((a, b) => compareDates(a.date, b.date));
}

function joinNames(occasions: Occasion[], language: 'vi' | 'en'): string {
  return [...new Set(occasions)].map((occasion) => OCCASION_SHORT[occasion][language]).join(', ');
}

function substituteName(occasions: Occasion[]): Message {
  return {
    vi: `ngày nghỉ bù ${joinNames(occasions, 'vi')}`,
    en: `a substitute day off for ${joinNames(occasions, 'en')}`,
  };
}

/** The year computed from the law and the defaults, for a year without an announcement. */
function computedYear(year: number): YearHolidays {
  const statutory: StatutoryDay[] = byDate([
    ...fixedHolidays(year).filter((day) => day.occasion !== 'tet'),
    ...defaultTetDays(year).map((d) => ({ date: d, occasion: 'tet' as const })),
    { date: defaultSecondNationalDay(year), occasion: 'national' },
  ]);
  const taken = new Set(statutory.map((day) => toEpochDay(day.date)));
  const holidays: Holiday[] = statutory.map((day) => ({
    date: day.date,
    kind: 'statutory',
    name: OCCASION_NAMES[day.occasion],
  }));
  // Holidays are visited in date order, so when two fall on one weekend (Giỗ Tổ on Saturday and
  // 30/4 on Sunday in 2023) the first takes the first free working day and the second the next.
  for (const day of statutory) {
    if (!isWeekend(day.date)) continue;
    let candidate = toEpochDay(day.date) + 1;
    while (taken.has(candidate) || isWeekend(fromEpochDay(candidate))) candidate++;
    taken.add(candidate);
    holidays.push({ date: fromEpochDay(candidate), kind: 'substitute', name: substituteName([day.occasion]) });
  }
  return { year, daysOff: byDate(holidays), workingDays: [] };
}

function isoDates(list: string[]): CivilDate[] {
  return list.map((iso) => {
    const parsed = parseIsoDate(iso);
    if (!parsed) throw new Error(`Invalid date "${iso}" in a calendar override; check it with readYearOverrides`);
    return parsed;
  });
}

/** The year as announced: the fixed holidays plus the announced days, named after their occasion. */
function announcedYear(override: YearOverride): YearHolidays {
  const year = override.year;
  const fixed = fixedHolidays(year);
  const fixedByDay = new Map(fixed.map((day) => [toEpochDay(day.date), day.occasion]));
  const working = new Set(isoDates(override.workingDays).map(toEpochDay));
  const announced = new Set(isoDates(override.daysOff).map(toEpochDay));
  const isOff = (day: number): boolean => {
    if (working.has(day)) return false;
    return fixedByDay.has(day) || announced.has(day) || isWeekend(fromEpochDay(day));
  };
  const tet = lunarHolidaysOf(year)[0];

  const nameOf = (day: number): Message => {
    const civil = fromEpochDay(day);
    // A Tết break never reaches further than about a week from mùng 1.
    if (Math.abs(day - tet) <= 10) return OCCASION_NAMES.tet;
    if (civil.month === 9 && (civil.day === 1 || civil.day === 3)) return OCCASION_NAMES.national;
    // Otherwise the day belongs to the run of consecutive days off around it: a holiday of that
    // run falling on a weekend makes it a substitute day, any other holiday a swapped day.
    let first = day;
    while (isOff(first - 1)) first--;
    let last = day;
    while (isOff(last + 1)) last++;
    const inRun: StatutoryDay[] = [];
    for (let d = first; d <= last; d++) {
      const occasion = fixedByDay.get(d);
      if (occasion) inRun.push({ date: fromEpochDay(d), occasion });
    }
    const onWeekend = inRun.filter((holiday) => isWeekend(holiday.date)).map((holiday) => holiday.occasion);
    if (onWeekend.length > 0) return substituteName(onWeekend);
    if (inRun.length > 0) {
      const occasions = inRun.map((holiday) => holiday.occasion);
      return {
        vi: `ngày nghỉ hoán đổi dịp ${joinNames(occasions, 'vi')}`,
        en: `a day off swapped around ${joinNames(occasions, 'en')}`,
      };
    }
    return { vi: `ngày nghỉ theo lịch nghỉ năm ${year}`, en: `a day off in the announced ${year} calendar` };
  };

  const holidays: Holiday[] = fixed.map((day) => ({
    date: day.date,
    kind: 'statutory',
    name: OCCASION_NAMES[day.occasion],
  }));
  for (const day of [...announced].sort((a, b) => a - b)) {
    if (fixedByDay.has(day) || working.has(day)) continue;
    const civil = fromEpochDay(day);
    const isSecondNationalDay = civil.month === 9 && (civil.day === 1 || civil.day === 3);
    holidays.push({ date: civil, kind: isSecondNationalDay ? 'statutory' : 'announced', name: nameOf(day) });
  }
  return {
    year,
    daysOff: byDate(holidays),
    workingDays: byDate([...working].map((day) => ({ date: fromEpochDay(day) }))).map((entry) => entry.date),
    source: override.source,
    ...(override.confidence !== undefined ? { confidence: override.confidence } : {}),
  };
}

/**
 * The years whose holidays are computed. The lunar calendar is verified against Hồ Ngọc Đức's
 * tables only for 1968–2100 and the library fails outright for far years (no Giỗ Tổ in 4399), while
 * a plan's deadlines fall within a few years of today: a year outside 1900–2200 is a typo that
 * deadline/outside-period reports anyway. Such a year gets weekends only, with no holidays and no
 * announced overrides, so checking a mistyped date never stalls or throws.
 */
export const FIRST_HOLIDAY_YEAR = 1900;
export const LAST_HOLIDAY_YEAR = 2200;

export function holidaysForYear(year: number, override: YearOverride | undefined): YearHolidays {
  const weekendsOnly: YearHolidays = { year, daysOff: [], workingDays: [] };
  if (year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) return weekendsOnly;
  try {
    return override ? announcedYear(override) : computedYear(year);
  } catch (error) {
    // The lunar conversion throws a RangeError for a lunar date it cannot place; a year it cannot
    // compute is better counted with weekends only than taking every deadline check down with it.
    if (error instanceof RangeError) return weekendsOnly;
    throw error;
  }
}
