/**
 * The last day a deadline allows: the day on which the work must be done at the latest.
 */
import { addDays, type CivilDate } from '../base/civil-date';
import type { WorkingCalendar } from './calendar';
import type { DeadlineForm } from './parse';

export interface DeadlineContext {
  calendar: WorkingCalendar;
  /** The plan's issue date, when the plan states the exact day. */
  issueDate?: CivilDate;
  /** The last day of another task, for deadlines counted from it. */
  taskLastDay?: (id: string) => CivilDate | undefined;
}

/**
 * "before X" ends the day before X, "by X" on X, "within" a period at its end. A relative deadline
 * counts from the day after its anchor (Bộ luật Dân sự 2015, Điều 147), in calendar or working
 * days. Recurring, ongoing and on-request deadlines have no last day.
 */
export function lastDay(deadline: DeadlineForm, context: DeadlineContext): CivilDate | undefined {
  switch (deadline.kind) {
    case 'before':
      return addDays(deadline.date.date, -1);
    case 'by':
      return deadline.date.date;
    case 'within':
      return deadline.period.end;
    case 'relative': {
      const from = anchorDay(deadline.from, context);
      if (!from) return undefined;
      return deadline.unit === 'working'
        ? context.calendar.addWorkingDays(from, deadline.amount)
        : addDays(from, deadline.amount);
    }
    case 'recurring':
    case 'ongoing':
    case 'on-request':
      return undefined;
  }
}

function anchorDay(from: Extract<DeadlineForm, { kind: 'relative' }>['from'], context: DeadlineContext): CivilDate | undefined {
  switch (from.kind) {
    case 'issue':
      return context.issueDate;
    case 'date':
      return from.date.date;
    case 'task':
      return context.taskLastDay?.(from.id);
  }
}
