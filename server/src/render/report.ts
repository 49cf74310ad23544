/**
 * The Báo cáo a plan asks for, written in the language (a `báo cáo` file), so the drafter edits it
 * and builds it like any document: the plan's tasks with their lead, deadline and where each
 * stands as of a day, pre-filled from the status file (status-file.ts), overdue tasks said with
 * how many days, and the counts per lead unit. The header, the place and the signer are the plan's;
 * the number keeps the plan's issuer with BC for its type and is left blank, as in every draft.
 *
 * Text from the plan is written so it reads back as prose: a line never starts with a keyword or a
 * marker of its own, and "@" is escaped, since it would otherwise become a reference.
 */
import { type CivilDate, formatVnDate, parseIsoDate, toEpochDay } from '../base/civil-date';
import { parseDocumentNumber } from '../cite/number';
import type { WorkingCalendar } from '../deadline/calendar';
import { planDateBounds } from '../deadline/plan-date';
import type { PlanFile } from '../model/ast';
import type { Workspace } from '../model/workspace';
import { planJson, type TaskJson } from './json';
import type { TaskStatus } from './status-file';

export interface ReportOptions {
  calendar: WorkingCalendar;
  asOf: CivilDate;
  statuses: ReadonlyMap<string, TaskStatus>;
}

export interface ReportCounts {
  unit: string;
  tasks: number;
  done: number;
  doneLate: number;
  inProgress: number;
  overdue: number;
  unknown: number;
}

export interface Report {
  /** The Báo cáo as a `.kh` text; undefined when the plan has no task. */
  text?: string;
  tasks: number;
  overdue: string[];
  counts: ReportCounts[];
}

/** Text from the plan made safe to stand in prose: one line, no reference marks. */
function prose(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(/@/g, '\\@');
}

/** A task's place as of the day, in words, and what it counts as. */
function standing(task: TaskJson, status: TaskStatus | undefined, asOf: CivilDate): { words: string; kind: keyof Omit<ReportCounts, 'unit' | 'tasks'>; overdue: boolean } {
  const lastDay = task.deadline?.lastDay ? parseIsoDate(task.deadline.lastDay) : undefined;
  const daysPast = (day: CivilDate): number => (lastDay ? toEpochDay(day) - toEpochDay(lastDay) : 0);
  const overdueWords = (): string => (lastDay && daysPast(asOf) > 0 ? `; quá hạn ${daysPast(asOf)} ngày (hạn cuối ${formatVnDate(lastDay)})` : '');
  const overdue = !!lastDay && daysPast(asOf) > 0 && status?.kind !== 'done';
  switch (status?.kind) {
    case 'done': {
      const late = daysPast(status.on);
      return late > 0
        ? { words: `Đã hoàn thành ngày ${formatVnDate(status.on)}, chậm ${late} ngày so với thời hạn`, kind: 'doneLate', overdue: false }
        : { words: `Đã hoàn thành ngày ${formatVnDate(status.on)}`, kind: 'done', overdue: false };
    }
    case 'in-progress':
      return { words: `Đang thực hiện${overdueWords()}`, kind: overdue ? 'overdue' : 'inProgress', overdue };
    case 'late':
      return { words: `Chậm tiến độ, lý do: ${prose(status.reason)}${overdueWords()}`, kind: overdue ? 'overdue' : 'inProgress', overdue };
    case undefined:
      return { words: `Chưa có thông tin${overdueWords()}`, kind: overdue ? 'overdue' : 'unknown', overdue };
  }
}

/** "/KH-SCT" or "25/KH-SCT" → "/BC-SCT": the plan's issuer, BC for the type, the number left blank. */
function reportNumber(planNumber: string | undefined): string {
  const issuers = planNumber ? parseDocumentNumber(planNumber, { allowBlankSerial: true }).number.issuers : [];
  return issuers.length > 0 ? `/BC-${issuers.join('-')}` : '/BC-';
}

export function writeReport(workspace: Workspace, file: PlanFile, options: ReportOptions): Report {
  const plan = planJson(workspace, file, { calendar: options.calendar });
  const counts = new Map<string, ReportCounts>();
  const overdue: string[] = [];
  if (plan.tasks.length === 0) return { tasks: 0, overdue, counts: [] };

  const header = plan.header;
  const asOf = formatVnDate(options.asOf);
  const title = header.title ? prose(header.title) : '';
  const planNumber = header.number?.trim();
  const numbered = planNumber && !planNumber.startsWith('/') && header.date && planDateBounds(header.date)?.exact ? { number: planNumber, date: header.date.trim() } : undefined;
  const agency = header.agency ? prose(header.agency) : undefined;
  const planName = numbered ? `Kế hoạch số ${numbered.number} ngày ${numbered.date}${agency ? ` của ${agency}` : ''}` : `Kế hoạch ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}`;

  const lines: string[] = ['báo cáo'];
  const field = (key: string, value: string | undefined): void => {
    if (value) lines.push(`  ${key}: ${prose(value)}`);
  };
  field('cơ quan chủ quản', header.parentAgency);
  field('cơ quan', header.agency);
  lines.push(`  số: ${reportNumber(planNumber)}`);
  field('nơi ban hành', header.place);
  lines.push(`  ngày: /${String(options.asOf.month).padStart(2, '0')}/${options.asOf.year}`);
  lines.push(`  trích yếu: Kết quả thực hiện ${planName}`);
  lines.push('');
  lines.push(`Thực hiện ${planName}${numbered && title ? ` về ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}` : ''}, ${agency ?? 'cơ quan'} báo cáo kết quả thực hiện các nhiệm vụ tính đến ngày ${asOf} như sau:`);
  lines.push('');
  lines.push('I. Kết quả thực hiện nhiệm vụ');
  lines.push('');
  plan.tasks.forEach((task, index) => {
    const status = standing(task, options.statuses.get(task.id), options.asOf);
    const leads = task.lead.map((unit) => unit.name);
    const deadline = task.deadline?.words ?? task.deadline?.written;
    const parts = [prose(task.name), leads.length > 0 ? `Chủ trì: ${prose(leads.join(', '))}` : '', deadline ? `Thời hạn: ${prose(deadline)}` : '', `Tình hình: ${status.words}`];
    lines.push(`${index + 1}. ${parts.filter((part) => part !== '').join('. ')}.`);
    // The task's id stays beside it, so the next report's status file can name it.
    lines.push(`// nhiệm vụ ${task.id}${status.overdue ? ': quá hạn' : ''}`);
    lines.push('');
    if (status.overdue) overdue.push(task.id);
    for (const unit of leads.length > 0 ? leads : ['(chưa giao đơn vị chủ trì)']) {
      const count = counts.get(unit) ?? { unit, tasks: 0, done: 0, doneLate: 0, inProgress: 0, overdue: 0, unknown: 0 };
      count.tasks++;
      count[status.kind]++;
      counts.set(unit, count);
    }
  });
  lines.push('II. Tổng hợp theo đơn vị chủ trì');
  lines.push('');
  [...counts.values()].forEach((count, index) => {
    const parts = [
      count.done > 0 ? `hoàn thành đúng hạn ${count.done}` : '',
      count.doneLate > 0 ? `hoàn thành chậm ${count.doneLate}` : '',
      count.inProgress > 0 ? `đang thực hiện ${count.inProgress}` : '',
      count.overdue > 0 ? `quá hạn ${count.overdue}` : '',
      count.unknown > 0 ? `chưa có thông tin ${count.unknown}` : '',
    ].filter((part) => part !== '');
    lines.push(`${index + 1}. ${prose(count.unit)}: ${count.tasks} nhiệm vụ, ${parts.join(', ')}.`);
    lines.push('');
  });
  lines.push('nơi nhận:');
  lines.push('  - Lưu: VT');
  const signer = file.signer;
  if (signer) lines.push(`ký: ${[...signer.lines.map((line) => line.text), ...(signer.name ? [signer.name.text] : [])].join(' / ')}`);
  return { text: `${lines.join('\n')}\n`, tasks: plan.tasks.length, overdue, counts: [...counts.values()] };
}

