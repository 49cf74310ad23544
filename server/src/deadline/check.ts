/**
 * Deadline checks over a parsed plan: the dates themselves, their place in the plan's time frame,
 * days off, the order of dependent tasks and, when a reference day is given, lateness.
 */
import {
  type CivilDate,
  compareDates,
  FIRST_YEAR,
  formatVnDate,
  isSupportedYear,
  isValidDate,
  LAST_YEAR,
  toEpochDay,
  weekdayName,
} from '../base/civil-date';
import type { Finding, Fix, LocalProblem, Message, RelatedInformation, Severity } from '../base/diagnostic';
import type { Location } from '../base/source';
import type { Field, PlanFile, TaskDecl, TextValue } from '../model/ast';
import type { WorkingCalendar } from './calendar';
import { taskLastDays } from './evaluate';
import { type Deadline, parseDeadline, type ParsedDeadline, parsePlanDate, parsePlanPeriod } from './parse';
import { DEADLINE } from './rules';

export interface CheckDeadlinesOptions {
  calendar: WorkingCalendar;
  /** The reference day for overdue and due-soon; without it those rules stay silent. */
  asOf?: CivilDate;
  /** How many calendar days ahead counts as due soon; 7 by default. */
  dueSoonDays?: number;
}

interface TaskDeadline {
  task: TaskDecl;
  field: Field;
  deadline?: Deadline;
}

const fmt = formatVnDate;

function field(fields: Field[] | undefined, key: Field['key']): Field | undefined {
  return fields?.find((candidate) => candidate.key === key);
}

/**
 * The problems of a plan's deadlines; the deadline rules give them their severity. `parse` reads
 * a deadline's text: parseDeadline, or the same answers from a cache the caller keeps.
 */
export function checkDeadlines(file: PlanFile, options: CheckDeadlinesOptions, parse: (text: string) => ParsedDeadline = parseDeadline): Finding[] {
  const { calendar } = options;
  const findings: Finding[] = [];
  const locate = (value: TextValue, start: number, end: number): Location =>
    file.source.locate(value.base + start, value.base + end);
  const report = (
    code: string,
    message: Message,
    location: Location,
    extra: { fixes?: Fix[]; related?: RelatedInformation[]; severity?: Severity } = {},
  ): void => {
    findings.push({ code, message, location, ...extra });
  };

  // Tasks and their parsed deadlines, first declaration of an id winning.
  const tasks = new Map<string, TaskDeadline>();
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'task' || tasks.has(declaration.id)) continue;
    const deadlineField = field(declaration.fields, 'deadline');
    if (!deadlineField) continue;
    const parsed = parse(deadlineField.value.text);
    for (const problem of parsed.problems) {
      report(problem.code, problem.message, locate(deadlineField.value, problem.start, problem.end), fixOf(problem, deadlineField.value));
    }
    tasks.set(declaration.id, { task: declaration, field: deadlineField, ...(parsed.deadline ? { deadline: parsed.deadline } : {}) });
  }

  function fixOf(problem: LocalProblem, value: TextValue): { fixes?: Fix[] } {
    if (problem.replacement === undefined) return {};
    const location = locate(value, problem.start, problem.end);
    return {
      fixes: [
        {
          title: problem.fixTitle ?? { vi: `Sửa thành ${problem.replacement}`, en: `Change to ${problem.replacement}` },
          edits: [{ start: location.start, end: location.end, newText: problem.replacement }],
          safe: false,
        },
      ],
    };
  }

  const planDate = parsePlanDate(field(file.header?.fields, 'date')?.value.text ?? '');
  const periodText = field(file.header?.fields, 'period')?.value.text;
  const period = periodText !== undefined
    ? parsePlanPeriod(periodText)
    : planDate
      ? { start: { year: planDate.earliest.year, month: 1, day: 1 }, end: { year: planDate.earliest.year, month: 12, day: 31 } }
      : undefined;

  // Last days, resolved on demand because a deadline may count from another task's; a cycle of
  // such references has no last day.
  const lastDayOf = taskLastDays((id) => tasks.get(id)?.deadline, {
    calendar,
    ...(planDate?.exact ? { issueDate: planDate.exact } : {}),
  });

  for (const [id, entry] of tasks) {
    const { deadline, field: deadlineField } = entry;
    const last = lastDayOf(id);
    if (!deadline || !last) continue;
    const value = deadlineField.value;
    const written = deadline.kind === 'before' || deadline.kind === 'by' ? deadline.date : undefined;
    const wholeLocation = locate(value, deadline.textStart, deadline.textEnd);
    const dateLocation = written ? locate(value, written.start, written.end) : wholeLocation;
    // A day the calendar does not reach has nothing else worth saying about it.
    if (!isSupportedYear(last.year)) {
      report(
        DEADLINE.outOfRange,
        {
          vi: `Ngày cuối cùng của nhiệm vụ ${id} rơi vào năm ${last.year}, ngoài các năm công cụ tính được (${FIRST_YEAR}–${LAST_YEAR}); kiểm tra lại số ngày hay năm của thời hạn.`,
          en: `The last day of task ${id} falls in the year ${last.year}, outside the years the tools compute (${FIRST_YEAR}–${LAST_YEAR}); check the number of days or the year of the deadline.`,
        },
        wholeLocation,
      );
      continue;
    }

    const earliestIssue = planDate?.exact ?? planDate?.earliest;
    if (earliestIssue && compareDates(last, earliestIssue) < 0) {
      const issued = planDate?.exact
        ? { vi: `ngày ban hành kế hoạch ${fmt(earliestIssue)}`, en: `the plan's issue date ${fmt(earliestIssue)}` }
        : {
            vi: `tháng ban hành kế hoạch ${earliestIssue.month}/${earliestIssue.year}`,
            en: `the plan's month of issue ${earliestIssue.month}/${earliestIssue.year}`,
          };
      report(
        DEADLINE.beforePlanDate,
        {
          vi: `Nhiệm vụ ${id} có ngày cuối cùng ${fmt(last)}, sớm hơn ${issued.vi}.`,
          en: `Task ${id} is due by ${fmt(last)}, before ${issued.en}.`,
        },
        dateLocation,
      );
    } else if (period && (compareDates(last, period.start) < 0 || compareDates(last, period.end) > 0)) {
      report(
        DEADLINE.outsidePeriod,
        {
          vi: `Nhiệm vụ ${id} có ngày cuối cùng ${fmt(last)}, ngoài thời kỳ của kế hoạch (${fmt(period.start)} – ${fmt(period.end)}).`,
          en: `Task ${id} is due by ${fmt(last)}, outside the plan's period (${fmt(period.start)} – ${fmt(period.end)}).`,
        },
        dateLocation,
      );
    }

    checkDayOff(id, deadline, last, value, written?.date, wholeLocation, dateLocation);
    checkOrder(id, entry, last, wholeLocation);
    checkLateness(id, last, wholeLocation);
  }

  function checkDayOff(
    id: string,
    deadline: Deadline,
    last: CivilDate,
    value: TextValue,
    written: CivilDate | undefined,
    wholeLocation: Location,
    dateLocation: Location,
  ): void {
    // A period bounds the work rather than naming a submission day (see the rule's rationale).
    if (deadline.kind === 'within') return;
    const writtenOff = written ? calendar.reasonOff(written) : undefined;
    const lastOff = calendar.reasonOff(last);
    if (!writtenOff && !lastOff) return;
    const working = calendar.lastWorkingDayOnOrBefore(last);
    // Rewriting a relative deadline as a date would lose what it counts from, so only written
    // dates get a suggestion; and a day the deadline parser would reject (year 999) is none.
    const suggestion =
      written && isValidDate(working.year, working.month, working.day)
        ? deadline.language === 'en'
          ? `by ${fmt(working)}`
          : `chậm nhất ngày ${fmt(working)}`
        : undefined;
    const fixes: Fix[] = [];
    if (suggestion !== undefined) {
      const whole = locate(value, 0, value.text.length);
      fixes.push({
        title: { vi: `Ghi thành “${suggestion}”`, en: `Write "${suggestion}"` },
        edits: [{ start: whole.start, end: whole.end, newText: suggestion }],
        safe: false,
      });
    }
    const advice: Message = suggestion !== undefined ? { vi: `; nên ghi rõ “${suggestion}”`, en: `; better write "${suggestion}"` } : { vi: '', en: '' };
    const extra = fixes.length > 0 ? { fixes } : {};

    if (written && writtenOff && !lastOff) {
      // "trước <thứ Bảy>": the deadline really ends on the working day before, so nothing is
      // wrong with the day itself, only with how plainly it is written.
      report(
        DEADLINE.nonWorkingDay,
        {
          vi: `Ngày ghi trong thời hạn của nhiệm vụ ${id}, ${fmt(written)}, là ${writtenOff.vi}: hạn thực tế là hết ${weekdayName(last, 'vi')} ${fmt(last)}${advice.vi}.`,
          en: `The date written in the deadline of task ${id}, ${fmt(written)}, is ${writtenOff.en}: the deadline in fact ends with ${weekdayName(last, 'en')} ${fmt(last)}${advice.en}.`,
        },
        dateLocation,
        // The second severity docs/rules.md gives this rule: information, since the day itself is right.
        { ...extra, severity: 'info' },
      );
      return;
    }
    const parts: Message[] = [];
    if (written && writtenOff) parts.push({ vi: `${fmt(written)} là ${writtenOff.vi}`, en: `${fmt(written)} is ${writtenOff.en}` });
    if (lastOff && !(written && toEpochDay(written) === toEpochDay(last))) {
      parts.push({ vi: `ngày cuối cùng ${fmt(last)} là ${lastOff.vi}`, en: `the last day ${fmt(last)} is ${lastOff.en}` });
    }
    const message: Message = {
      vi: `Thời hạn của nhiệm vụ ${id} rơi vào ngày nghỉ: ${parts.map((part) => part.vi).join('; ')}; ngày làm việc cuối cùng là ${weekdayName(working, 'vi')} ${fmt(working)}${advice.vi}.`,
      en: `The deadline of task ${id} falls on a day off: ${parts.map((part) => part.en).join('; ')}; the last working day is ${weekdayName(working, 'en')} ${fmt(working)}${advice.en}.`,
    };
    report(DEADLINE.nonWorkingDay, message, writtenOff ? dateLocation : wholeLocation, extra);
  }

  function checkOrder(id: string, entry: TaskDeadline, last: CivilDate, wholeLocation: Location): void {
    const dependsOn = field(entry.task.fields, 'dependsOn');
    for (const inline of dependsOn?.inlines ?? []) {
      if (inline.kind !== 'ref') continue;
      const other = tasks.get(inline.id);
      const otherLast = lastDayOf(inline.id);
      // Unknown ids are reported by the reference checks; an unreadable deadline by its own rule.
      if (!other || !otherLast || compareDates(last, otherLast) >= 0) continue;
      report(
        DEADLINE.dependencyOrder,
        {
          vi: `Nhiệm vụ ${id} (ngày cuối cùng ${fmt(last)}) hết hạn trước nhiệm vụ ${inline.id} mà nó phụ thuộc (ngày cuối cùng ${fmt(otherLast)}).`,
          en: `Task ${id} (due by ${fmt(last)}) is due before task ${inline.id} it depends on (due by ${fmt(otherLast)}).`,
        },
        wholeLocation,
        {
          related: [
            {
              uri: file.uri,
              location: other.field.value.loc,
              message: { vi: `Thời hạn của nhiệm vụ ${inline.id}`, en: `The deadline of task ${inline.id}` },
            },
          ],
        },
      );
    }
  }

  function checkLateness(id: string, last: CivilDate, wholeLocation: Location): void {
    const { asOf } = options;
    if (!asOf) return;
    const daysLeft = toEpochDay(last) - toEpochDay(asOf);
    if (daysLeft < 0) {
      report(
        DEADLINE.overdue,
        {
          vi: `Nhiệm vụ ${id} đã quá hạn ${-daysLeft} ngày (ngày cuối cùng ${fmt(last)}).`,
          en: `Task ${id} is ${-daysLeft} day${daysLeft === -1 ? '' : 's'} overdue (last day ${fmt(last)}).`,
        },
        wholeLocation,
      );
    } else if (daysLeft <= (options.dueSoonDays ?? 7)) {
      const workingLeft = calendar.workingDaysBetween(asOf, last);
      report(
        DEADLINE.dueSoon,
        daysLeft === 0
          ? { vi: `Hôm nay là ngày cuối cùng của nhiệm vụ ${id}.`, en: `Today is the last day of task ${id}.` }
          : {
              vi: `Nhiệm vụ ${id} sắp đến hạn: còn ${daysLeft} ngày (${workingLeft} ngày làm việc), ngày cuối cùng ${weekdayName(last, 'vi')} ${fmt(last)}.`,
              en: `Task ${id} is due soon: ${daysLeft} day${daysLeft === 1 ? '' : 's'} left (${workingLeft} working), last day ${weekdayName(last, 'en')} ${fmt(last)}.`,
            },
        wholeLocation,
      );
    }
  }

  return findings;
}
