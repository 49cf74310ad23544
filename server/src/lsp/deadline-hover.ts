/**
 * The hover on a task's `hạn` line: the deadline as the document prints it, the last day it allows
 * with its weekday (moved back to the last working day when it falls on a day off), the day the
 * counting starts from, and the holidays in between, which are what makes a deadline tight.
 */
import { type CivilDate, compareDates, formatVnDate, weekdayName } from '../base/civil-date';
import { type Language, messageIn } from '../base/diagnostic';
import type { WorkingCalendar } from '../deadline/calendar';
import type { PlanFile } from '../model/ast';
import type { Workspace } from '../model/workspace';
import { PlanText } from '../render/resolve';
import { deadlineFacts, type DeadlineFacts, MAX_YEARS_SCANNED, tasksWithDeadlines } from './deadline-facts';

export interface DeadlineHover {
  markdown: string;
  /** The `hạn` line's field, in offsets of the original text. */
  start: number;
  end: number;
}

function dayText(date: CivilDate, language: Language): string {
  return `${weekdayName(date, language)} ${formatVnDate(date)}`;
}

/** The hover when `offset` is on a task's `hạn` line, else undefined. */
export function deadlineHoverAt(workspace: Workspace, file: PlanFile, calendar: WorkingCalendar, language: Language, offset: number): DeadlineHover | undefined {
  const found = tasksWithDeadlines(file).find(({ field }) => field.loc.start <= offset && offset <= field.loc.end);
  if (!found) return undefined;
  const facts = deadlineFacts(new PlanText(workspace, file), found.task, found.field, calendar);
  return { markdown: describe(facts, language), start: found.field.loc.start, end: found.field.loc.end };
}

function describe(facts: DeadlineFacts, language: Language): string {
  const vi = language !== 'en';
  const lines = [vi ? `**Thời hạn của ${facts.task.id}**` : `**Deadline of ${facts.task.id}**`];
  if (!facts.deadline) {
    lines.push(vi ? 'Không đọc được thời hạn này (xem Problems).' : 'This deadline cannot be read (see Problems).');
    return lines.join('\n\n');
  }
  if (facts.words) lines.push(vi ? `In ra: “${facts.words}”` : `Printed as: “${facts.words}”`);
  if (!facts.lastDay || !facts.lastWorkingDay) {
    const kind = facts.deadline.kind;
    const fixed = kind === 'recurring' || kind === 'ongoing' || kind === 'on-request';
    if (fixed) lines.push(vi ? 'Thời hạn này không có ngày cuối cùng cố định.' : 'This deadline has no fixed last day.');
    else if (facts.outOfRange) lines.push(vi ? 'Ngày cuối cùng nằm ngoài các năm 1000–9999 (xem Problems).' : 'The last day falls outside the years 1000–9999 (see Problems).');
    else {
      lines.push(
        vi
          ? 'Chưa tính được ngày cuối cùng (thiếu ngày ban hành hoặc ngày của nhiệm vụ được tính từ).'
          : 'The last day cannot be computed yet (the issue date or the last day of the task it counts from is missing).',
      );
    }
    return lines.join('\n\n');
  }
  if (facts.lastDayOff) {
    lines.push(
      vi
        ? `Ngày cuối cùng: ${dayText(facts.lastDay, 'vi')}, là ${messageIn(facts.lastDayOff, 'vi')}; ngày làm việc cuối cùng: **${dayText(facts.lastWorkingDay, 'vi')}**.`
        : `Last day: ${dayText(facts.lastDay, 'en')}, which is ${messageIn(facts.lastDayOff, 'en')}; last working day: **${dayText(facts.lastWorkingDay, 'en')}**.`,
    );
  } else {
    lines.push(vi ? `Ngày cuối cùng: **${dayText(facts.lastDay, 'vi')}**.` : `Last day: **${dayText(facts.lastDay, 'en')}**.`);
  }
  if (facts.countedFrom && !facts.holidaysScanned) {
    // A deadline before the day counting starts is reported by the checks; a long span is not listed.
    if (compareDates(facts.countedFrom, facts.lastDay) < 0) {
      lines.push(vi ? `Từ ${dayText(facts.countedFrom, 'vi')} đến ngày cuối cùng dài hơn ${MAX_YEARS_SCANNED} năm: không liệt kê ngày nghỉ lễ.` : `More than ${MAX_YEARS_SCANNED} years from ${dayText(facts.countedFrom, 'en')} to the last day: holidays are not listed.`);
    }
  } else if (facts.countedFrom) {
    const from = dayText(facts.countedFrom, language);
    const until = dayText(facts.lastDay, language);
    if (facts.holidaysCrossed.length === 0) {
      lines.push(vi ? `Không có ngày nghỉ lễ nào sau ${from} đến ${until}.` : `No holiday after ${from} up to ${until}.`);
    } else {
      const list = facts.holidaysCrossed.map((holiday) => `- ${dayText(holiday.date, language)}: ${messageIn(holiday.name, language)}`);
      if (facts.moreHolidays > 0) list.push(vi ? `- và ${facts.moreHolidays} ngày nghỉ khác` : `- and ${facts.moreHolidays} more days off`);
      lines.push(`${vi ? `Ngày nghỉ lễ sau ${from} đến ${until}:` : `Holidays after ${from} up to ${until}:`}\n${list.join('\n')}`);
    }
  }
  return lines.join('\n\n');
}
