/**
 * Types for the part of `date-chinese` that the lunar module uses. The package ships an ambient
 * declaration that TypeScript cannot reach through the package's `exports` map, and it types a
 * few parameters wrongly (the leap flag as a number, the Gregorian year of `toGregorian` as
 * required), so the declaration lives here instead.
 */
declare module 'date-chinese' {
  export class CalendarVietnamese {
    constructor();
    /** Sets the lunar date from a Gregorian date taken in the calendar's own time zone. */
    fromGregorian(year: number, month: number, day: number): this;
    /** Sets the lunar date from a Julian Ephemeris Day. */
    fromJDE(jde: number): this;
    /** [cycle, year in cycle, month, leap month?, day]. */
    get(): [number, number, number, boolean, number];
    /** The Gregorian year in which the current lunar year begins. */
    yearFromEpochCycle(): number;
    /** Local midnight (as a JDE) of the first day of the lunar year that begins in `gyear`. */
    newYear(gyear: number): number;
    /** Local midnight (as a JDE) of the first new moon on or after `jde`. */
    nextNewMoon(jde: number): number;
  }
}
