/**
 * `kehoach check`: lints plan files for people and for CI.
 * Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage, configuration
 * or I/O failure.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createTwoFilesPatch } from 'diff';
import { linesShownSafely, shownSafely } from '../base/characters';
import { parseIsoDate, type CivilDate } from '../base/civil-date';
import { type Diagnostic, type Language, messageIn } from '../base/diagnostic';
import { applyFixes, safeFixes } from '../check/fixes';
import type { CheckOptions } from '../check/context';
import { checkFile } from '../check/index';
import { ALL_RULES } from '../check/rules-catalogue';
import { WorkingCalendar } from '../deadline/calendar';
import { checkOriginal } from '../original/check-original';
import { WriteError, writeFileAtomic } from '../node/atomic-write';
import { decodePlanBytes, ioMessage, readPlanText } from '../node/plan-files';
import { formatGithub } from './format/github';
import { formatHuman } from './format/human';
import { formatJson } from './format/json';
import { formatJunit } from './format/junit';
import { createSarifFormatter } from './format/sarif';
import type { FileReport, Formatter } from './format/types';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIO } from './io';
import { Progress } from './progress';
import { isOriginalFile, isOriginalGlob, originalFilesMatching, originalTypeOf, readOriginalBytes, readOriginalFile, type ReadOriginal } from './originals';
import { displayPath, loadWorkspaces, type LoadedWorkspace, type PathError } from './workspace';

export interface CheckCommandOptions {
  asOf?: string;
  lang?: string;
  format?: string;
  maxWarnings?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  stdinFilename?: string;
  followSymlinks?: boolean;
}

const FORMATTERS: Record<string, Formatter> = {
  human: formatHuman,
  json: formatJson,
  sarif: createSarifFormatter(ALL_RULES),
  github: formatGithub,
  junit: formatJunit,
};

/** Fixes can uncover or unblock other fixes; a few rounds reach a fixed point in practice. */
const MAX_FIX_ROUNDS = 10;

export function defineCheckCommand(program: Command, io: CliIO, setExitCode: (code: number) => void, version: string): void {
  program
    .command('check')
    .description(
      'Kiểm tra các tệp kế hoạch (.kh) và văn bản gốc (.docx, .odt, .pdf, .txt) / check plan files and original documents (.docx, .odt, .pdf, .txt)',
    )
    .argument(
      '<paths...>',
      'tệp, thư mục (chỉ lấy .kh), mẫu glob, hoặc - cho đầu vào chuẩn / files, folders (their .kh files), globs, or - for stdin',
    )
    .option('-f, --format <format>', `định dạng / output format: ${Object.keys(FORMATTERS).join(' | ')}`, 'human')
    .option('--as-of <date>', 'ngày tính quá hạn, YYYY-MM-DD / the day overdue deadlines are counted from')
    .option('--lang <language>', 'ngôn ngữ thông báo / message language: vi | en')
    .option('--max-warnings <count>', 'số cảnh báo tối đa trước khi thất bại / warnings allowed before failing')
    .option('--fix', 'sửa tự động các lỗi an toàn / apply every safe fix')
    .option('--fix-dry-run', 'in ra bản so sánh các sửa đổi, không ghi tệp / print the fixes as a diff, write nothing')
    .option('--stdin-filename <path>', 'đường dẫn dùng cho đầu vào chuẩn / path to report stdin as')
    .option(
      '--follow-symlinks',
      'theo cả liên kết tượng trưng khi mở rộng thư mục và mẫu glob, kể cả liên kết ra ngoài / follow symbolic links when expanding folders and globs, even out of the folder',
    )
    .action(async (paths: string[], options: CheckCommandOptions) => {
      setExitCode(await runCheck(paths, options, io, version));
    });
}

interface Settings {
  asOf?: CivilDate;
  language?: Language;
  formatter: Formatter;
  maxWarnings?: number;
}

function readSettings(options: CheckCommandOptions, io: CliIO): Settings | undefined {
  const settings: Settings = { formatter: formatHuman };
  const usage = (vi: string, en: string) => {
    io.stderr(`kehoach: ${vi} / ${en}\n`);
    return undefined;
  };
  if (options.asOf !== undefined) {
    const asOf = parseIsoDate(options.asOf);
    if (!asOf) return usage(`--as-of "${options.asOf}" không phải ngày YYYY-MM-DD`, 'is not a YYYY-MM-DD date');
    settings.asOf = asOf;
  }
  if (options.lang !== undefined) {
    if (options.lang !== 'vi' && options.lang !== 'en') return usage('--lang là vi hoặc en', '--lang is vi or en');
    settings.language = options.lang;
  }
  const formatter = FORMATTERS[options.format ?? 'human'];
  if (!formatter) return usage(`định dạng "${options.format}" không có`, `unknown format; use ${Object.keys(FORMATTERS).join(', ')}`);
  settings.formatter = formatter;
  if (options.maxWarnings !== undefined) {
    const count = Number(options.maxWarnings);
    if (!Number.isInteger(count) || count < 0) return usage('--max-warnings phải là số nguyên không âm', 'must be a non-negative integer');
    settings.maxWarnings = count;
  }
  if (options.fix && options.fixDryRun) return usage('chọn --fix hoặc --fix-dry-run', 'choose --fix or --fix-dry-run');
  return settings;
}

export async function runCheck(paths: string[], options: CheckCommandOptions, io: CliIO, version: string): Promise<number> {
  const settings = readSettings(options, io);
  if (!settings) return EXIT_USAGE;

  const virtualFiles = new Map<string, string>();
  const originals = new Map<string, ReadOriginal>();
  const originalErrors: PathError[] = [];
  if (paths.includes('-')) {
    if (paths.length > 1) {
      io.stderr('kehoach: "-" (đầu vào chuẩn) không đi cùng tệp khác / "-" (stdin) cannot be combined with other paths\n');
      return EXIT_USAGE;
    }
    const stdinPath = resolve(io.cwd, options.stdinFilename ?? 'stdin.kh');
    const type = originalTypeOf(stdinPath);
    if (type) {
      // An original on standard input is read by the reader its --stdin-filename names.
      const original = await readOriginalBytes(await io.readStdin(), type);
      if ('error' in original) {
        io.stderr(`${shownSafely(`${options.stdinFilename}: ${messageIn(original.error, settings.language ?? 'vi')}`)}\n`);
        return EXIT_USAGE;
      }
      originals.set(stdinPath, original);
      virtualFiles.set(stdinPath, original.recognition.plan);
      paths = [stdinPath];
    }
  }
  if (paths.includes('-')) {
    const stdinPath = resolve(io.cwd, options.stdinFilename ?? 'stdin.kh');
    const read = decodePlanBytes(await io.readStdin());
    if ('error' in read) {
      io.stderr(`-: ${messageIn(read.error, settings.language ?? 'vi')}\n`);
      return EXIT_USAGE;
    }
    virtualFiles.set(stdinPath, read.text);
    paths = [stdinPath];
  }

  paths = await takeOriginals(paths, io, Boolean(options.followSymlinks), { originals, virtualFiles, errors: originalErrors });
  const loaded = loadWorkspaces(paths, io, virtualFiles, { followSymbolicLinks: Boolean(options.followSymlinks) });
  loaded.errors.push(...originalErrors);
  const language = settings.language ?? loaded.workspaces.find((workspace) => workspace.config.language)?.config.language ?? 'vi';
  for (const error of loaded.errors) io.stderr(`${shownSafely(`${error.path}: ${messageIn(error.message, language)}`)}\n`);
  for (const notice of loaded.notices) io.stderr(`${shownSafely(`${notice.path}: ${messageIn(notice.message, language)}`)}\n`);
  if (loaded.workspaces.length === 0 && loaded.errors.length === 0) {
    io.stderr('kehoach: không có tệp .kh nào / no .kh files found\n');
    return EXIT_USAGE;
  }

  const total = loaded.workspaces.reduce((sum, workspace) => sum + workspace.files.length, 0);
  const progress = new Progress(io, total);
  const reports: FileReport[] = [];
  let fixFailures = 0;
  for (const workspace of loaded.workspaces) {
    for (const uri of workspace.files) {
      const absolute = workspace.paths.get(uri) ?? uri;
      const path = displayPath(io, absolute);
      const original = originals.get(absolute);
      if (original) {
        // An original is checked through the plan it reads as; --fix leaves it alone (its fixes are the plan's).
        const checked = checkOriginal(workspace.workspace, uri, original.recognition, original.locate, checkOptionsOf(workspace, settings));
        reports.push({ path, diagnostics: checked.diagnostics, places: checked.places, ...(original.recognition.document.kind === 'txt' ? {} : { paragraphs: true }) });
        progress.tick();
        continue;
      }
      let diagnostics = checkOne(workspace, uri, settings);
      if (options.fix || options.fixDryRun) {
        const outcome = fixFile(workspace, uri, path, settings, io, language, {
          dryRun: Boolean(options.fixDryRun),
          fromStdin: virtualFiles.has(workspace.paths.get(uri) ?? ''),
        });
        if (outcome.failed) fixFailures++;
        diagnostics = outcome.diagnostics;
      }
      reports.push({ path, diagnostics });
      workspace.workspace.releaseTree(uri);
      progress.tick();
    }
  }
  progress.done();

  // A run that could not read what it was asked to check prints no report: an empty SARIF or a
  // "no problems" summary would read as a clean result.
  if (reports.length > 0 || loaded.errors.length === 0) {
    io.stdout(settings.formatter(reports, { language, color: useColour(io), version }));
  }
  if (loaded.errors.length > 0 || fixFailures > 0) return EXIT_USAGE;
  const errors = reports.reduce((sum, report) => sum + report.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = reports.reduce((sum, report) => sum + report.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (errors > 0) return EXIT_PROBLEMS;
  if (settings.maxWarnings !== undefined && warnings > settings.maxWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}

function checkOne(loaded: LoadedWorkspace, uri: string, settings: Settings): Diagnostic[] {
  return checkFile(loaded.workspace, uri, checkOptionsOf(loaded, settings));
}

function checkOptionsOf(loaded: LoadedWorkspace, settings: Settings): CheckOptions {
  const asOf = settings.asOf ?? loaded.config.asOf;
  return {
    calendar: calendarOf(loaded),
    rules: loaded.config.rules,
    ...(asOf ? { asOf } : {}),
    ...(loaded.config.dueSoonDays !== undefined ? { dueSoonDays: loaded.config.dueSoonDays } : {}),
    ...(loaded.catalogs.length > 0 ? { catalogs: loaded.catalogs } : {}),
    ...(loaded.config.toneStyle ? { toneStyle: loaded.config.toneStyle } : {}),
  };
}

/**
 * Takes the originals out of the paths: files named with an original's extension, and globs that
 * name one. Each is read and recognised now; its plan goes into the workspace of its folder as a
 * file in memory, so the folder's catalogs resolve its references. The other paths are returned.
 */
async function takeOriginals(
  paths: string[],
  io: CliIO,
  followSymbolicLinks: boolean,
  into: { originals: Map<string, ReadOriginal>; virtualFiles: Map<string, string>; errors: PathError[] },
): Promise<string[]> {
  const rest: string[] = [];
  for (const path of paths) {
    const absolute = resolve(io.cwd, path);
    if (into.virtualFiles.has(absolute)) {
      rest.push(path);
      continue;
    }
    let found: string[];
    if (isOriginalGlob(path) && !isOriginalFile(absolute)) {
      found = originalFilesMatching(path, io.cwd, followSymbolicLinks);
      if (found.length === 0) {
        into.errors.push({ path, message: { vi: 'Mẫu không khớp văn bản nào.', en: 'The pattern matches no document.' } });
        continue;
      }
    } else if (isOriginalFile(absolute)) found = [absolute];
    else {
      rest.push(path);
      continue;
    }
    for (const file of found) {
      const original = await readOriginalFile(file);
      if ('error' in original) {
        into.errors.push({ path: displayPath(io, file), message: original.error });
        continue;
      }
      into.originals.set(file, original);
      into.virtualFiles.set(file, original.recognition.plan);
      rest.push(file);
    }
  }
  return rest;
}

const calendars = new WeakMap<LoadedWorkspace, WorkingCalendar>();

function calendarOf(loaded: LoadedWorkspace): WorkingCalendar {
  let calendar = calendars.get(loaded);
  if (!calendar) {
    calendar = WorkingCalendar.withUserOverrides(loaded.config.calendar);
    calendars.set(loaded, calendar);
  }
  return calendar;
}

/**
 * Applies safe fixes in rounds until none is left, then writes the file (or prints the diff).
 * The file is re-read just before writing, and its stamp compared again just before the rename:
 * if it changed on disk during the run, it is left alone, so nothing the user typed meanwhile is
 * lost. The write keeps the file's permissions and group, goes through a symbolic link the user
 * named to the file it points to, and refuses a read-only file (server/src/node/atomic-write.ts).
 */
function fixFile(
  loaded: LoadedWorkspace,
  uri: string,
  path: string,
  settings: Settings,
  io: CliIO,
  language: Language,
  { dryRun, fromStdin }: { dryRun: boolean; fromStdin: boolean },
): { diagnostics: Diagnostic[]; failed: boolean } {
  const original = loaded.workspace.getText(uri) ?? '';
  let text = original;
  let diagnostics = checkOne(loaded, uri, settings);
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const result = applyFixes(text, safeFixes(diagnostics));
    if (result.applied.length === 0 || result.text === text) break;
    text = result.text;
    loaded.workspace.setFile(uri, text);
    diagnostics = checkOne(loaded, uri, settings);
  }
  if (text === original) return { diagnostics, failed: false };
  if (dryRun) {
    io.stderr(linesShownSafely(createTwoFilesPatch(`a/${path}`, `b/${path}`, original, text)));
    loaded.workspace.setFile(uri, original);
    return { diagnostics: checkOne(loaded, uri, settings), failed: false };
  }
  if (fromStdin) {
    // Fixed text of standard input goes to standard error as a diff; there is no file to write.
    io.stderr(linesShownSafely(createTwoFilesPatch(`a/${path}`, `b/${path}`, original, text)));
    return { diagnostics, failed: false };
  }
  const absolute = loaded.paths.get(uri)!;
  const onDisk = readPlanText(absolute);
  if ('error' in onDisk || onDisk.text !== original) {
    io.stderr(
      `${shownSafely(path)}: ${messageIn(
        { vi: 'tệp đã thay đổi trong lúc kiểm tra, không ghi đè.', en: 'the file changed during the run; not overwritten.' },
        language,
      )}\n`,
    );
    return { diagnostics, failed: true };
  }
  try {
    // A byte order mark the file had is kept: the decoder dropped it, the editor that wrote it wants it.
    writeFileAtomic(absolute, `${onDisk.bom ? '\ufeff' : ''}${text}`, {
      symbolicLinks: 'write-through',
      ...(onDisk.stamp ? { unchangedSince: onDisk.stamp } : {}),
    });
  } catch (error) {
    io.stderr(`${shownSafely(`${path}: ${messageIn({ vi: 'không ghi được tệp', en: 'cannot write the file' }, language)}: ${messageIn(error instanceof WriteError ? error.words() : ioMessage(error), language)}`)}\n`);
    return { diagnostics, failed: true };
  }
  return { diagnostics, failed: false };
}

function useColour(io: CliIO): boolean {
  return io.stdoutIsTTY && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb';
}

