/**
 * The codes of the problems the deadline reader and the deadline checks find. Each is a rule of
 * server/src/check/rules, which gives it its severity and its documentation.
 */
export const DEADLINE = {
  invalidDate: 'deadline/invalid-date',
  unrecognised: 'deadline/unrecognised',
  beforePlanDate: 'deadline/before-plan-date',
  outsidePeriod: 'deadline/outside-period',
  nonWorkingDay: 'deadline/non-working-day',
  outOfRange: 'deadline/out-of-range',
  dependencyOrder: 'deadline/dependency-order',
  overdue: 'deadline/overdue',
  dueSoon: 'deadline/due-soon',
} as const;

export type DeadlineRuleCode = (typeof DEADLINE)[keyof typeof DEADLINE];
