/**
 * The editor's "report" command: the Báo cáo a plan asks for, as `kehoach report` writes it
 * (render/report.ts), beside the plan as `<name>.bao-cao-<as-of>.kh`, pre-filled from the
 * `<name>.tien-do` status file when there is one. A file already there is never replaced: the
 * drafter may have written into it.
 */
import { basename, dirname, extname, join } from 'node:path';
import { type CivilDate, formatIsoDate } from '../base/civil-date';
import type { Message } from '../base/diagnostic';
import type { PlanFile } from '../model/ast';
import { WriteError } from '../node/atomic-write';
import { writeReport } from '../render/report';
import { readStatusFile, type TaskStatus } from '../render/status-file';
import type { FileSystem } from './file-system';
import type { Project } from './projects';

export type ReportOutcome = { path: string; tasks: number; overdue: number } | { error: Message };

export async function writeReportFile(project: Project, file: PlanFile, planPath: string, asOf: CivilDate, fs: FileSystem): Promise<ReportOutcome> {
  const name = basename(planPath, extname(planPath));
  const statusPath = join(dirname(planPath), `${name}.tien-do`);
  let statuses: ReadonlyMap<string, TaskStatus> = new Map();
  if (fs.exists(statusPath)) {
    const text = fs.readText(statusPath);
    if (text === undefined) return { error: { vi: `Không đọc được ${statusPath} (không phải văn bản UTF-8).`, en: `Cannot read ${statusPath} (not UTF-8 text).` } };
    const tasks = new Set(file.declarations.flatMap((declaration) => (declaration.kind === 'task' ? [declaration.id] : [])));
    const read = readStatusFile(text, tasks);
    const first = read.problems[0];
    if (first) {
      return {
        error: {
          vi: `${statusPath}:${first.line}:${first.column}: ${first.message.vi}${read.problems.length > 1 ? ` (và ${read.problems.length - 1} dòng khác)` : ''}`,
          en: `${statusPath}:${first.line}:${first.column}: ${first.message.en}${read.problems.length > 1 ? ` (and ${read.problems.length - 1} more lines)` : ''}`,
        },
      };
    }
    statuses = read.statuses;
  }
  const report = writeReport(project.workspace, file, { calendar: project.calendar, asOf, statuses });
  if (report.text === undefined) {
    return { error: { vi: 'Kế hoạch không có nhiệm vụ nào, nên không có gì để báo cáo.', en: 'The plan declares no task, so there is nothing to report.' } };
  }
  const path = join(dirname(planPath), `${name}.bao-cao-${formatIsoDate(asOf)}.kh`);
  if (fs.exists(path)) {
    return { error: { vi: `${path} đã có và có thể chứa phần đã soạn; không ghi đè.`, en: `${path} exists and may hold your edits; not replaced.` } };
  }
  try {
    // A new file only: one created at that path since the check above is not replaced either.
    await fs.writeNew(path, new TextEncoder().encode(report.text));
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const words = error.code === 'EEXIST' ? { vi: 'tệp vừa được tạo trong lúc viết báo cáo', en: 'a file was created there meanwhile' } : error.words();
    return { error: { vi: `Không ghi được ${path}: ${words.vi}; không ghi đè.`, en: `Cannot write ${path}: ${words.en}; not replaced.` } };
  }
  return { path, tasks: report.tasks, overdue: report.overdue.length };
}
