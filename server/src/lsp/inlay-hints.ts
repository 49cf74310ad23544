/**
 * Inlay hints after each date of a `hạn` line: the weekday of the date, and the last working day
 * the deadline allows when it is another day ("trước 01/6/2023" → thứ Năm; ngày làm việc cuối:
 * thứ Tư 31/5/2023). A period or a count of days gets the day it ends on. Drafters check exactly
 * this against a paper calendar; the hint saves them the trip.
 */
import { type CivilDate, formatVnDate, weekdayName } from '../base/civil-date';
import type { Language } from '../base/diagnostic';
import type { WorkingCalendar } from '../deadline/calendar';
import type { PlanFile } from '../model/ast';
import type { Workspace } from '../model/workspace';
import { PlanText } from '../render/resolve';
import { deadlineFacts, differingWorkingDay, tasksWithDeadlines } from './deadline-facts';

export interface DayHint {
  /** Where the hint stands: right after the date, in offsets of the original text. */
  offset: number;
  label: string;
}

function dayText(date: CivilDate, language: Language): string {
  return `${weekdayName(date, language)} ${formatVnDate(date)}`;
}

/** The hints of the tasks whose `hạn` line lies in [start, end] (offsets of the original text). */
export function dayHints(workspace: Workspace, file: PlanFile, calendar: WorkingCalendar, language: Language, start: number, end: number): DayHint[] {
  const text = new PlanText(workspace, file);
  const hints: DayHint[] = [];
  for (const { task, field } of tasksWithDeadlines(file)) {
    if (field.loc.end < start || field.loc.start > end) continue;
    const facts = deadlineFacts(text, task, field, calendar);
    for (const site of facts.sites) {
      const parts = [site.role === 'end' ? `→ ${dayText(site.date, language)}` : weekdayName(site.date, language)];
      const working = differingWorkingDay(facts, site);
      if (working) parts.push(language === 'en' ? `last working day: ${dayText(working, 'en')}` : `ngày làm việc cuối: ${dayText(working, 'vi')}`);
      hints.push({ offset: site.end, label: parts.join('; ') });
    }
  }
  return hints;
}
