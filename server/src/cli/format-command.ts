/**
 * `kehoach format`: writes plan files in their canonical layout (numbers, indentation, blank lines,
 * NFC), changing only whitespace and numbers. `--check` writes nothing and names the files that
 * would change, for CI. Exit codes: 0 done or nothing to change, 1 with --check when a file would
 * change, 2 usage or I/O failure.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { type Language, type Message, messageIn } from '../base/diagnostic';
import { formatText } from '../format/format';
import { WriteError, writeFileAtomic } from '../node/atomic-write';
import { decodePlanBytes, ioMessage, readPlanText } from '../node/plan-files';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIO } from './io';
import { findConfigDir, loadConfig } from '../project/discovery';
import { displayPath, expandPaths, fileUri, nodeDiscoveryFiles } from './workspace';

export interface FormatCommandOptions {
  check?: boolean;
  stdinFilename?: string;
  lang?: string;
  followSymlinks?: boolean;
}

export function defineFormatCommand(program: Command, io: CliIO, setExitCode: (code: number) => void): void {
  program
    .command('format')
    .description('Định dạng các tệp kế hoạch (.kh): số thứ tự, thụt lề, khoảng trắng / format plan files: numbers, indentation, whitespace')
    .argument('<paths...>', 'tệp, thư mục, mẫu glob, hoặc - cho đầu vào chuẩn / files, folders, globs, or - for stdin')
    .option('--check', 'không ghi tệp; thoát với mã 1 nếu có tệp chưa định dạng / write nothing; exit 1 when a file is not formatted')
    .option('--stdin-filename <path>', 'đường dẫn dùng cho đầu vào chuẩn / path to report stdin as')
    .option('--lang <language>', 'ngôn ngữ thông báo / message language: vi | en')
    .option(
      '--follow-symlinks',
      'theo cả liên kết tượng trưng khi mở rộng thư mục và mẫu glob, kể cả liên kết ra ngoài / follow symbolic links when expanding folders and globs, even out of the folder',
    )
    .action(async (paths: string[], options: FormatCommandOptions) => {
      setExitCode(await runFormat(paths, options, io));
    });
}

export async function runFormat(paths: string[], options: FormatCommandOptions, io: CliIO): Promise<number> {
  if (options.lang !== undefined && options.lang !== 'vi' && options.lang !== 'en') {
    io.stderr('kehoach: --lang là vi hoặc en / --lang is vi or en\n');
    return EXIT_USAGE;
  }
  const language: Language = options.lang ?? configuredLanguage(paths.includes('-') ? [io.cwd] : paths.map((path) => resolve(io.cwd, path))) ?? 'vi';
  if (paths.includes('-')) {
    if (paths.length > 1) {
      io.stderr('kehoach: "-" (đầu vào chuẩn) không đi cùng tệp khác / "-" (stdin) cannot be combined with other paths\n');
      return EXIT_USAGE;
    }
    return formatStdin(options, io, language);
  }

  const { asked, errors } = expandPaths(paths, io, new Map(), { followSymbolicLinks: Boolean(options.followSymlinks) });
  for (const error of errors) io.stderr(`${error.path}: ${messageIn(error.message, language)}\n`);
  const files = [...new Set(asked)];
  if (files.length === 0 && errors.length === 0) {
    io.stderr('kehoach: không có tệp .kh nào / no .kh files found\n');
    return EXIT_USAGE;
  }

  let failures = errors.length;
  const changed: string[] = [];
  for (const file of files) {
    const path = displayPath(io, file);
    const outcome = formatFile(file, Boolean(options.check));
    if ('error' in outcome) {
      io.stderr(`${path}: ${messageIn(outcome.error, language)}\n`);
      failures++;
    } else if (outcome.changed) {
      changed.push(path);
      io.stdout(`${path}\n`);
    }
  }
  if (options.check && changed.length > 0) io.stderr(`${messageIn(notFormatted(changed.length), language)}\n`);
  if (failures > 0) return EXIT_USAGE;
  return options.check && changed.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** The "language" of the nearest configuration of the first path that has one, as kehoach check takes it. */
function configuredLanguage(paths: readonly string[]): Language | undefined {
  for (const path of paths) {
    let folder = path;
    try {
      if (!statSync(path).isDirectory()) folder = dirname(path);
    } catch {
      folder = dirname(path);
    }
    const root = findConfigDir(folder, nodeDiscoveryFiles);
    const language = root === undefined ? undefined : loadConfig(root, nodeDiscoveryFiles).config.language;
    if (language) return language;
  }
  return undefined;
}

/** Standard input formatted to standard output, or with --check only the verdict. */
async function formatStdin(options: FormatCommandOptions, io: CliIO, language: Language): Promise<number> {
  const name = options.stdinFilename ?? 'stdin.kh';
  const read = decodePlanBytes(await io.readStdin());
  if ('error' in read) {
    io.stderr(`-: ${messageIn(read.error, language)}\n`);
    return EXIT_USAGE;
  }
  const text = read.text;
  const formatted = formatText(text, fileUri(resolve(io.cwd, name)));
  if (!options.check) {
    io.stdout(formatted);
    return EXIT_OK;
  }
  if (formatted === text) return EXIT_OK;
  io.stdout(`${displayPath(io, resolve(io.cwd, name))}\n`);
  io.stderr(`${messageIn(notFormatted(1), language)}\n`);
  return EXIT_PROBLEMS;
}

/**
 * Formats one file in place. It is read again just before the write, and its stamp is compared
 * once more just before the rename: a file that changed on disk during the run is left alone, so
 * nothing typed meanwhile is lost. A byte order mark is kept; so are the file's permissions and
 * group. A file named through a symbolic link is rewritten where the link points, and a read-only
 * file is refused (server/src/node/atomic-write.ts).
 */
function formatFile(path: string, checkOnly: boolean): { changed: boolean } | { error: Message } {
  const read = readPlanText(path);
  if ('error' in read) return read;
  const formatted = formatText(read.text, fileUri(path));
  if (formatted === read.text) return { changed: false };
  if (checkOnly) return { changed: true };
  const again = readPlanText(path);
  if ('error' in again) return again;
  if (again.text !== read.text) {
    return {
      error: {
        vi: 'Tệp đã thay đổi trong lúc định dạng, không ghi đè.',
        en: 'The file changed during the run, not overwritten.',
      },
    };
  }
  try {
    writeFileAtomic(path, `${read.bom ? '\ufeff' : ''}${formatted}`, {
      symbolicLinks: 'write-through',
      ...(again.stamp ? { unchangedSince: again.stamp } : {}),
    });
  } catch (error) {
    const reason = error instanceof WriteError ? error.words() : ioMessage(error);
    return { error: { vi: `Không ghi được tệp: ${reason.vi}`, en: `Cannot write the file: ${reason.en}` } };
  }
  return { changed: true };
}

function notFormatted(count: number): Message {
  return {
    vi: `${count} tệp chưa đúng định dạng; chạy "kehoach format" để định dạng.`,
    en: `${count} ${count === 1 ? 'file is' : 'files are'} not formatted; run "kehoach format" to format ${count === 1 ? 'it' : 'them'}.`,
  };
}
