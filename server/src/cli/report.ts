/**
 * `kehoach report`: writes the Báo cáo a plan asks for, as a `báo cáo` file in the language, which
 * the drafter completes and builds like any document.
 *
 *   kehoach report <plan.kh> --as-of YYYY-MM-DD [--status <file>] [-o <file.kh>] [--lang vi|en]
 *
 * Where each task stands comes from the status file the drafter keeps (render/status-file.ts):
 * `--status`, else `<name>.tien-do` beside the plan when there is one. The report goes to `-o`,
 * else beside the plan as `<name>.bao-cao-<as-of>.kh`, so it resolves the plan's catalogs; since
 * the drafter edits it, an existing file is never replaced.
 * Exit codes: 0 written, 1 a plan with no task (nothing to report), 2 usage, a status file that
 * cannot be read, or an output that must not be written.
 */
import { existsSync, lstatSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { shownSafely } from '../base/characters';
import { formatIsoDate, parseIsoDate } from '../base/civil-date';
import { type Language, type Message, messageIn } from '../base/diagnostic';
import { WorkingCalendar } from '../deadline/calendar';
import { WriteError } from '../node/atomic-write';
import { writeNewFile } from '../node/new-file';
import { readPlanText } from '../node/plan-files';
import { writeReport } from '../render/report';
import { readStatusFile } from '../render/status-file';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIO } from './io';
import { loadWorkspaces } from './workspace';

export interface ReportCommandOptions {
  asOf?: string;
  status?: string;
  output?: string;
  lang?: string;
}

export function defineReportCommand(program: Command, io: CliIO, setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description('Viết báo cáo kết quả thực hiện kế hoạch (tệp báo cáo .kh) / write the report a plan asks for, as a .kh file')
    .argument('<plan>', 'tệp kế hoạch .kh / the plan')
    .requiredOption('--as-of <date>', 'tính đến ngày YYYY-MM-DD / the report date')
    .option('--status <file>', 'tệp tình hình nhiệm vụ (mặc định <tên>.tien-do) / the status file')
    .option('-o, --output <file>', 'tệp báo cáo (mặc định <tên>.bao-cao-<ngày>.kh cạnh kế hoạch) / the report file')
    .option('--lang <language>', 'ngôn ngữ thông báo: vi | en / message language')
    .action(async (path: string, options: ReportCommandOptions) => {
      setExitCode(await runReport(path, options, io));
    });
}

function say(io: CliIO, language: Language, message: Message, prefix = 'kehoach'): void {
  io.stderr(`${shownSafely(`${prefix}: ${messageIn(message, language)}`)}\n`);
}

export async function runReport(path: string, options: ReportCommandOptions, io: CliIO): Promise<number> {
  if (options.lang !== undefined && options.lang !== 'vi' && options.lang !== 'en') {
    io.stderr('kehoach: --lang là vi hoặc en / --lang is vi or en\n');
    return EXIT_USAGE;
  }
  let language: Language = (options.lang as Language | undefined) ?? 'vi';
  const asOf = options.asOf === undefined ? undefined : parseIsoDate(options.asOf);
  if (!asOf) {
    say(io, language, { vi: `--as-of cần một ngày YYYY-MM-DD, không phải "${options.asOf ?? ''}".`, en: `--as-of takes a YYYY-MM-DD date, not "${options.asOf ?? ''}".` });
    return EXIT_USAGE;
  }
  if (extname(path).toLowerCase() !== '.kh') {
    say(io, language, { vi: `${path} không phải tệp kế hoạch .kh.`, en: `${path} is not a .kh plan.` });
    return EXIT_USAGE;
  }
  const { workspaces, errors } = loadWorkspaces([path], io);
  for (const error of errors) say(io, language, error.message, error.path);
  const loaded = workspaces[0];
  const uri = loaded?.files[0];
  const file = uri ? loaded.workspace.getFile(uri) : undefined;
  if (errors.length > 0 || !loaded || !file) return EXIT_USAGE;
  language = (options.lang as Language | undefined) ?? loaded.config.language ?? 'vi';
  const source = loaded.paths.get(file.uri) ?? fileURLToPath(file.uri);
  const shown = (target: string): string => relative(io.cwd, target) || target;
  if (!file.header) {
    say(io, language, { vi: `${shown(source)} không có phần đầu "kế hoạch": đó không phải một kế hoạch.`, en: `${shown(source)} has no "kế hoạch" header: it is not a plan.` });
    return EXIT_USAGE;
  }

  const name = basename(source, extname(source));
  const statusPath = options.status !== undefined ? resolve(io.cwd, options.status) : join(dirname(source), `${name}.tien-do`);
  const tasks = new Set(file.declarations.flatMap((declaration) => (declaration.kind === 'task' ? [declaration.id] : [])));
  let statuses = new Map();
  if (options.status !== undefined || existsSync(statusPath)) {
    const read = readPlanText(statusPath);
    if ('error' in read) {
      say(io, language, read.error, shown(statusPath));
      return EXIT_USAGE;
    }
    const status = readStatusFile(read.text, tasks);
    for (const problem of status.problems) {
      io.stderr(`${shownSafely(`${shown(statusPath)}:${problem.line}:${problem.column} error ${messageIn(problem.message, language)}`)}\n`);
    }
    if (status.problems.length > 0) {
      say(io, language, { vi: `${shown(statusPath)} có ${status.problems.length} dòng không đọc được: chưa viết báo cáo.`, en: `${shown(statusPath)} has ${status.problems.length} line(s) that cannot be read: no report written.` });
      return EXIT_USAGE;
    }
    statuses = status.statuses;
  }

  const report = writeReport(loaded.workspace, file, { calendar: WorkingCalendar.withUserOverrides(loaded.config.calendar), asOf, statuses });
  if (report.text === undefined) {
    say(io, language, {
      vi: `${shown(source)} không có nhiệm vụ nào (khai báo "nhiệm vụ <mã>: …"), nên không có gì để báo cáo.`,
      en: `${shown(source)} declares no task ("nhiệm vụ <id>: …"), so there is nothing to report.`,
    });
    return EXIT_PROBLEMS;
  }
  const output = options.output !== undefined ? resolve(io.cwd, options.output) : join(dirname(source), `${name}.bao-cao-${formatIsoDate(asOf)}.kh`);
  if (extname(output).toLowerCase() !== '.kh') {
    say(io, language, { vi: `Từ chối ghi ${shown(output)}: báo cáo là một tệp .kh.`, en: `Refusing to write ${shown(output)}: the report is a .kh file.` });
    return EXIT_USAGE;
  }
  // lstat: a link whose target is missing is something there too, never written through.
  if (lstatSync(output, { throwIfNoEntry: false }) !== undefined || output === source) {
    say(io, language, {
      vi: `Từ chối ghi đè ${shown(output)}: tệp đã có và có thể chứa phần bạn đã soạn. Hãy xoá nó hoặc chọn -o khác.`,
      en: `Refusing to replace ${shown(output)}: it exists and may hold your edits. Delete it or choose another -o.`,
    });
    return EXIT_USAGE;
  }
  try {
    // A new file only: a report created at that path while this one ran (a second run, an editor)
    // is not replaced either.
    writeNewFile(output, report.text);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const words =
      error.code === 'EEXIST'
        ? { vi: 'tệp đã có (vừa được tạo trong lúc chạy), không ghi đè.', en: 'a file is there now (created during the run); not overwritten.' }
        : error.words();
    say(io, language, { vi: `Không ghi được ${shown(output)}: ${words.vi}`, en: `Cannot write ${shown(output)}: ${words.en}` });
    return EXIT_USAGE;
  }
  io.stdout(
    `${shownSafely(
      messageIn(
        {
          vi: `Đã ghi ${shown(output)} (${report.tasks} nhiệm vụ, ${report.overdue.length} quá hạn tính đến ngày ${formatIsoDate(asOf)})`,
          en: `Wrote ${shown(output)} (${report.tasks} tasks, ${report.overdue.length} overdue as of ${formatIsoDate(asOf)})`,
        },
        language,
      ),
    )}\n`,
  );
  return EXIT_OK;
}
