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

/**
 * The last days of a plan's tasks, on demand, each computed once. A deadline counted from another
 * task ("trong 3 ngày làm việc sau @A") needs that task's last day first, and a plan may chain
 * thousands of tasks so; the chain is followed in a loop, not by recursion, so its length costs
 * neither the stack nor repeated work. Along a cycle of such deadlines no task has a last day, nor
 * does a task counted from one (the cycle itself is reported by `task/dependency-cycle`).
 *
 * `deadlineOf` gives the deadline of a task id, undefined for an unknown task or one without a
 * deadline that reads; the caller decides which declaration of a repeated id counts.
 */
export function taskLastDays(
  deadlineOf: (id: string) => DeadlineForm | undefined,
  context: Omit<DeadlineContext, 'taskLastDay'>,
): (id: string) => CivilDate | undefined {
  const known = new Map<string, CivilDate | undefined>();
  const fromKnown: DeadlineContext = { ...context, taskLastDay: (id) => known.get(id) };
  return (id) => {
    if (known.has(id)) return known.get(id);
    // Follow the tasks the deadlines count from, up to one whose last day is known, one that counts
    // from no task, or one already on the way (a cycle); then evaluate back from there.
    const chain: { id: string; deadline: DeadlineForm | undefined }[] = [];
    const onChain = new Set<string>();
    let next: string | undefined = id;
    while (next !== undefined && !known.has(next) && !onChain.has(next)) {
      const deadline = deadlineOf(next);
      chain.push({ id: next, deadline });
      onChain.add(next);
      next = deadline ? anchorTask(deadline) : undefined;
    }
    const cycle = next !== undefined && onChain.has(next);
    for (let i = chain.length - 1; i >= 0; i--) {
      const { id: task, deadline } = chain[i]!;
      known.set(task, !cycle && deadline ? lastDay(deadline, fromKnown) : undefined);
    }
    return known.get(id);
  };
}

/** The task a relative deadline counts from, if it counts from one. */
function anchorTask(deadline: DeadlineForm): string | undefined {
  return deadline.kind === 'relative' && deadline.from.kind === 'task' ? deadline.from.id : undefined;
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
