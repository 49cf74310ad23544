/**
 * What a task's `hạn` line means on the working calendar, for the editor's inlay hints and the
 * hover on the line: where each written date stands, the last day the deadline allows, the last
 * working day on or before it, and the days off between the day counting starts and that last day.
 * Everything comes from the deadline layer through `PlanText` (the reading the checks and the
 * renderers share); nothing here reads the deadline again.
 */
import { type CivilDate, compareDates, isSupportedYear, sameDate, toEpochDay } from '../base/civil-date';
import type { Message } from '../base/diagnostic';
import type { WorkingCalendar } from '../deadline/calendar';
import type { Holiday } from '../deadline/holidays';
import type { Deadline } from '../deadline/parse';
import type { Field, PlanFile, TaskDecl } from '../model/ast';
import { fieldOf } from '../model/walk';
import type { PlanText } from '../render/resolve';

/** A place in the `hạn` value where the hint about a day stands, in offsets of the original text. */
export interface DaySite {
  /** The date written there, or the last day of the period or the relative deadline that ends there. */
  date: CivilDate;
  /** Where the date (or the whole relative deadline) is written. */
  start: number;
  end: number;
  /**
   * `date`: the date of "trước 01/6/2023" or "chậm nhất 15/3/2023"; `anchor`: the date a relative
   * deadline counts from; `end`: the end of a period or of a count of days, which is not written.
   */
  role: 'date' | 'anchor' | 'end';
}

export interface DeadlineFacts {
  task: TaskDecl;
  field: Field;
  /** The deadline in words as the document prints it, or the field as written when it does not read. */
  words?: string;
  deadline?: Deadline;
  /** The last day the deadline allows; none for recurring, ongoing and on-request deadlines. */
  lastDay?: CivilDate;
  /** Why the last day is a day off, when it is. */
  lastDayOff?: Message;
  /** The last working day on or before the last day. */
  lastWorkingDay?: CivilDate;
  /** The day counting starts from: the anchor of a relative deadline, else the plan's issue date. */
  countedFrom?: CivilDate;
  /** Holidays (not ordinary weekends) after `countedFrom` up to the last day, in date order. */
  holidaysCrossed: Holiday[];
  /**
   * Whether the holidays were looked up: not when counting starts after the last day (the checks
   * report that deadline) nor over more than MAX_YEARS_SCANNED years.
   */
  holidaysScanned: boolean;
  /** The last day falls outside the years 1000–9999 the tools compute (the checks report it). */
  outOfRange: boolean;
  /** More holidays than `holidaysCrossed` lists, which stops at MAX_HOLIDAYS_LISTED. */
  moreHolidays: number;
  sites: DaySite[];
}

/** A hover lists at most this many holidays; a deadline years away says how many more there are. */
export const MAX_HOLIDAYS_LISTED = 12;
/** Holidays are looked up over at most this many years, so a deadline in 2999 costs no more. */
export const MAX_YEARS_SCANNED = 5;

/** The tasks of a plan that have a `hạn` field, in source order. */
export function tasksWithDeadlines(file: PlanFile): { task: TaskDecl; field: Field }[] {
  return file.declarations.flatMap((declaration) => {
    if (declaration.kind !== 'task') return [];
    const field = fieldOf(declaration, 'deadline');
    return field ? [{ task: declaration, field }] : [];
  });
}

export function deadlineFacts(text: PlanText, task: TaskDecl, field: Field, calendar: WorkingCalendar): DeadlineFacts {
  const { words, deadline } = text.deadlineOf(task);
  const facts: DeadlineFacts = { task, field, holidaysCrossed: [], holidaysScanned: false, outOfRange: false, moreHolidays: 0, sites: [] };
  if (words !== undefined) facts.words = words;
  if (!deadline) return facts;
  facts.deadline = deadline;
  // Only the declaration the plan's tasks count from gets the chained last day; PlanText decides.
  const computed = text.lastDayOf(task, calendar);
  facts.outOfRange = computed !== undefined && !isSupportedYear(computed.year);
  const lastDay = facts.outOfRange ? undefined : computed;
  const source = text.file.source;
  const located = (start: number, end: number): { start: number; end: number } => {
    const location = source.locate(field.value.base + start, field.value.base + end);
    return { start: location.start, end: location.end };
  };
  switch (deadline.kind) {
    case 'before':
    case 'by':
      facts.sites.push({ date: deadline.date.date, ...located(deadline.date.start, deadline.date.end), role: 'date' });
      break;
    case 'within':
      facts.sites.push({ date: deadline.period.end, ...located(deadline.start, deadline.end), role: 'end' });
      break;
    case 'relative':
      if (deadline.from.kind === 'date') {
        const anchor = deadline.from.date;
        facts.sites.push({ date: anchor.date, ...located(anchor.start, anchor.end), role: 'anchor' });
      }
      if (lastDay) facts.sites.push({ date: lastDay, ...located(deadline.textStart, deadline.textEnd), role: 'end' });
      break;
    default:
      break;
  }
  if (!lastDay) return facts;
  facts.lastDay = lastDay;
  const off = calendar.reasonOff(lastDay);
  if (off) facts.lastDayOff = off;
  facts.lastWorkingDay = calendar.lastWorkingDayOnOrBefore(lastDay);
  const countedFrom = countingStart(text, deadline, calendar);
  if (countedFrom) {
    facts.countedFrom = countedFrom;
    const crossed = holidaysBetween(calendar, countedFrom, lastDay);
    if (crossed) {
      facts.holidaysScanned = true;
      facts.holidaysCrossed = crossed.listed;
      facts.moreHolidays = crossed.more;
    }
  }
  return facts;
}

function countingStart(text: PlanText, deadline: Deadline, calendar: WorkingCalendar): CivilDate | undefined {
  if (deadline.kind !== 'relative') return text.issueDate();
  const { from } = deadline;
  if (from.kind === 'date') return from.date.date;
  if (from.kind === 'issue') return text.issueDate();
  const anchor = text.task(from.id);
  return anchor && text.lastDayOf(anchor, calendar);
}

/**
 * Holidays in (from, to]; weekends are left out, as everyone knows them. Undefined when the span
 * is empty or longer than MAX_YEARS_SCANNED years.
 */
function holidaysBetween(calendar: WorkingCalendar, from: CivilDate, to: CivilDate): { listed: Holiday[]; more: number } | undefined {
  if (compareDates(from, to) >= 0 || to.year - from.year >= MAX_YEARS_SCANNED) return undefined;
  const [start, end] = [toEpochDay(from), toEpochDay(to)];
  const crossed: Holiday[] = [];
  for (let year = from.year; year <= to.year; year++) {
    for (const holiday of calendar.holidaysOf(year).daysOff) {
      const day = toEpochDay(holiday.date);
      if (day > start && day <= end) crossed.push(holiday);
    }
  }
  return { listed: crossed.slice(0, MAX_HOLIDAYS_LISTED), more: Math.max(0, crossed.length - MAX_HOLIDAYS_LISTED) };
}

/**
 * The last working day, at a site that stands for the deadline (not the day it counts from), when
 * it is not the day shown there: "trước 01/6/2023" allows 31/5 at the latest, a Wednesday.
 */
export function differingWorkingDay(facts: DeadlineFacts, site: DaySite): CivilDate | undefined {
  if (site.role === 'anchor' || !facts.lastWorkingDay) return undefined;
  return sameDate(facts.lastWorkingDay, site.date) ? undefined : facts.lastWorkingDay;
}
