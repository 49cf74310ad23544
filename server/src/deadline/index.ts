/**
 * The deadline layer: the Vietnamese working calendar, deadline phrases and the checks on them.
 */
export { WorkingCalendar } from './calendar';
export { type CheckDeadlinesOptions, checkDeadlines } from './check';
export { type DeadlineContext, lastDay } from './evaluate';
export { defaultSecondNationalDay, type Holiday, type HolidayKind, type YearHolidays } from './holidays';
export { type LunarDate, lunarNewYear, lunarNewYearsEve, lunarToSolar, solarToLunar } from './lunar';
export { BUILT_IN_OVERRIDES, mergeOverrides, readYearOverrides, type YearOverride } from './overrides';
export {
  type DateSpan,
  type Deadline,
  type DeadlineForm,
  type ParsedDeadline,
  type Period,
  type RelativeAnchor,
  parseDeadline,
  parsePlanDate,
  parsePlanPeriod,
} from './parse';
export { DEADLINE, type DeadlineRuleCode } from './rules';
export { type PlanDateParts, readPlanDate } from './plan-date';
