/**
 * Finding and reading `.kh` files on disk, shared by the CLI and the language server so both see
 * the same workspace: the same files left out, the same encodings refused with the same words.
 *
 * Symbolic links: expanding a folder or a glob does not follow them (a linked file or folder is
 * left out, and a loop of links cannot make the walk endless), unless `followSymbolicLinks` asks
 * for it; then every real folder is walked once, so loops end there too. A file the user names
 * itself is read through its link.
 */
import * as fs from 'node:fs';
import { realpathSync } from 'node:fs';
import { relative, join, sep } from 'node:path';
import fg from 'fast-glob';
import ignore from 'ignore';
import type { Message } from '../base/diagnostic';
import { bytePosition, firstInvalidUtf8 } from './byte-position';
import { type FileStamp, readRegularFile } from './regular-file';

export { ioMessage } from './io-messages';

/**
 * Reads a `.kh` file as text, or says in words why it cannot be read. The text comes without its
 * byte order mark; `bom` says whether the file had one, so a rewrite can keep it, and `stamp`
 * identifies the version read, so a rewrite can tell whether the file changed since. Anything but
 * a regular file (a FIFO, a device, a folder) is refused without waiting on it.
 */
export function readPlanText(path: string): PlanText {
  const read = readRegularFile(path);
  if ('error' in read) return read;
  const decoded = decodePlanBytes(read.bytes);
  return 'error' in decoded ? decoded : { ...decoded, stamp: read.stamp };
}

export type PlanText = { text: string; bom: boolean; stamp?: FileStamp } | { error: Message };

/**
 * The text of a plan's bytes, from a file or from standard input alike: binary data and text in
 * another encoding are refused with words a drafter understands, never turned into U+FFFD.
 */
export function decodePlanBytes(bytes: Uint8Array): PlanText {
  const zero = bytes.indexOf(0);
  if (zero >= 0) {
    const { offset, line, column } = bytePosition(bytes, zero);
    return {
      error: {
        vi: `Tệp nhị phân, không phải văn bản (.kh phải là văn bản UTF-8): byte 0x00 đầu tiên ở vị trí ${offset} (dòng ${line}, cột ${column}).`,
        en: `Binary file, not text (.kh files are UTF-8 text): the first 0x00 byte is at offset ${offset} (line ${line}, column ${column}).`,
      },
    };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== undefined) {
    const { offset, line, column } = bytePosition(bytes, invalid);
    const byte = `0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      error: {
        vi: `Tệp không phải UTF-8 (có thể là bảng mã TCVN3 hay VNI cũ): byte ${byte} ở vị trí ${offset} (dòng ${line}, cột ${column}) không đọc được; hãy lưu lại với bảng mã Unicode UTF-8.`,
        en: `The file is not UTF-8 (perhaps a legacy TCVN3 or VNI encoding): byte ${byte} at offset ${offset} (line ${line}, column ${column}) cannot be read; save it as Unicode UTF-8.`,
      },
    };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder('utf-8').decode(bytes), bom };
}

export interface ExpansionOptions {
  /** Descend into linked folders and take linked files, wherever they lead (each real folder once). */
  followSymbolicLinks?: boolean;
}

/**
 * `.kh` files under `dir`, minus `node_modules/`, `.git/`, the `ignore` patterns and the
 * `.gitignore` of `root`; patterns are relative to `root`.
 */
export function planFilesUnder(
  dir: string,
  root: string,
  ignorePatterns: readonly string[],
  options: { recursive?: boolean } & ExpansionOptions = {},
): string[] {
  const filter = ignore().add(['node_modules/', '.git/', ...ignorePatterns]);
  // A .gitignore that cannot be read (a folder, a FIFO, no permission) adds no patterns: the files
  // it would have left out are checked, which is the side to err on.
  const gitignore = readRegularFile(join(root, '.gitignore'));
  if ('bytes' in gitignore) filter.add(gitignore.bytes.toString('utf8'));
  const found = globPlans(options.recursive === false ? '*.kh' : '**/*.kh', dir, options).filter((path) => {
    const fromRoot = relative(root, path);
    return fromRoot.startsWith('..') || !filter.ignores(fromRoot.split(sep).join('/'));
  });
  return uniqueFiles(found).sort();
}

/** The `.kh` files a glob pattern matches from `cwd`, one path per file, outside `node_modules/`. */
export function planFilesMatching(pattern: string, cwd: string, options: ExpansionOptions = {}): string[] {
  return uniqueFiles(globPlans(pattern, cwd, options).filter(isPlanPath));
}

function globPlans(pattern: string, cwd: string, options: ExpansionOptions): string[] {
  const common = { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] };
  if (!options.followSymbolicLinks) return fg.sync(pattern, { ...common, followSymbolicLinks: false });
  return fg.sync(pattern, { ...common, followSymbolicLinks: true, fs: eachRealFolderOnce() });
}

/**
 * A file system for fast-glob that lists each real folder once: following links, a folder reached
 * again (a link back to a parent, a link to itself) is seen as empty, so a loop of links ends.
 */
function eachRealFolderOnce(): Partial<typeof fs> {
  const listed = new Set<string>();
  const readdirSync = ((path: fs.PathLike, options?: unknown) => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return [];
    }
    if (listed.has(real)) return [];
    listed.add(real);
    return fs.readdirSync(path, options as { withFileTypes: true });
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync };
}

/**
 * One path per file: a symbolic link and the file it points to would otherwise be loaded twice,
 * and every declaration in it reported as a duplicate.
 */
export function uniqueFiles(paths: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const path of paths) {
    let real = path;
    try {
      real = realpathSync(path);
    } catch {
      // A path that cannot be resolved is kept as given; reading it will report why.
    }
    if (seen.has(real)) continue;
    seen.add(real);
    result.push(path);
  }
  return result;
}

export function isPlanPath(path: string): boolean {
  return /\.kh$/i.test(path);
}
