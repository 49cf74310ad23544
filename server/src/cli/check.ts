/**
 * `kehoach check`: lints plan files and prints their diagnostics, for people and for CI.
 * Exit codes: 0 clean, 1 errors found, 2 usage, configuration or I/O failure.
 */
import { relative } from 'node:path';
import type { Command } from 'commander';
import { parseIsoDate, type CivilDate } from '../base/civil-date';
import { type Diagnostic, type Language, messageIn } from '../base/diagnostic';
import { checkFile } from '../check/index';
import { WorkingCalendar } from '../deadline/calendar';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIO } from './io';
import { loadWorkspaces, type LoadedWorkspace } from './workspace';

export interface CheckCommandOptions {
  asOf?: string;
  lang?: string;
}

export interface FileReport {
  /** Path as shown to the user, relative to the working folder. */
  path: string;
  diagnostics: Diagnostic[];
}

export function defineCheckCommand(program: Command, io: CliIO, setExitCode: (code: number) => void): void {
  program
    .command('check')
    .description('Kiểm tra các tệp kế hoạch (.kh) / check plan files')
    .argument('<paths...>', 'tệp, thư mục hoặc mẫu glob / files, folders or globs')
    .option('--as-of <date>', 'ngày tính hạn quá hạn, YYYY-MM-DD / the day overdue deadlines are counted from')
    .option('--lang <language>', 'ngôn ngữ thông báo: vi | en / message language')
    .action((paths: string[], options: CheckCommandOptions) => {
      setExitCode(runCheck(paths, options, io));
    });
}

export function runCheck(paths: string[], options: CheckCommandOptions, io: CliIO): number {
  let asOf: CivilDate | undefined;
  if (options.asOf !== undefined) {
    asOf = parseIsoDate(options.asOf);
    if (!asOf) {
      io.stderr(`kehoach: --as-of "${options.asOf}" không phải ngày YYYY-MM-DD / is not a YYYY-MM-DD date\n`);
      return EXIT_USAGE;
    }
  }
  if (options.lang !== undefined && options.lang !== 'vi' && options.lang !== 'en') {
    io.stderr(`kehoach: --lang là vi hoặc en / --lang is vi or en\n`);
    return EXIT_USAGE;
  }
  const loaded = loadWorkspaces(paths, io);
  let language: Language = (options.lang as Language | undefined) ?? 'vi';
  for (const error of loaded.errors) io.stderr(`${error.path}: ${messageIn(error.message, language)}\n`);

  let errorCount = 0;
  for (const workspace of loaded.workspaces) {
    language = (options.lang as Language | undefined) ?? workspace.config.language ?? 'vi';
    for (const report of checkWorkspace(workspace, asOf, io)) {
      for (const diagnostic of report.diagnostics) {
        if (diagnostic.severity === 'error') errorCount++;
        io.stdout(formatDiagnosticLine(report.path, diagnostic, language));
      }
    }
  }
  if (loaded.errors.length > 0 || (loaded.workspaces.length === 0 && paths.length > 0 && loaded.errors.length === 0)) {
    if (loaded.workspaces.length === 0 && loaded.errors.length === 0) {
      io.stderr('kehoach: không có tệp .kh nào / no .kh files found\n');
    }
    return EXIT_USAGE;
  }
  return errorCount > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

export function checkWorkspace(loaded: LoadedWorkspace, asOf: CivilDate | undefined, io: CliIO): FileReport[] {
  const calendar = WorkingCalendar.withUserOverrides(loaded.config.calendar);
  const effectiveAsOf = asOf ?? loaded.config.asOf;
  return loaded.files.map((uri) => ({
    path: relative(io.cwd, loaded.paths.get(uri) ?? uri) || uri,
    diagnostics: checkFile(loaded.workspace, uri, {
      calendar,
      rules: loaded.config.rules,
      ...(effectiveAsOf ? { asOf: effectiveAsOf } : {}),
      ...(loaded.config.dueSoonDays !== undefined ? { dueSoonDays: loaded.config.dueSoonDays } : {}),
    }),
  }));
}

/** `file:line:col severity code message`, with 1-based line and column. */
export function formatDiagnosticLine(path: string, diagnostic: Diagnostic, language: Language): string {
  const { line, character } = diagnostic.location.range.start;
  return `${path}:${line + 1}:${character + 1} ${diagnostic.severity} ${diagnostic.code} ${messageIn(diagnostic.message, language)}\n`;
}
