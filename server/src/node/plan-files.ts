/**
 * Finding and reading `.kh` files on disk, shared by the CLI and the language server so both see
 * the same workspace: the same files left out, the same encodings refused with the same words.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { relative, join, sep } from 'node:path';
import fg from 'fast-glob';
import ignore from 'ignore';
import type { Message } from '../base/diagnostic';
import { bytePosition, firstInvalidUtf8 } from './byte-position';

/**
 * Reads a `.kh` file as text, or says in words why it cannot be read. The text comes without its
 * byte order mark; `bom` says whether the file had one, so a rewrite can keep it.
 */
export function readPlanText(path: string): PlanText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: ioMessage(error) };
  }
  return decodePlanBytes(bytes);
}

export type PlanText = { text: string; bom: boolean } | { error: Message };

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

export function ioMessage(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { vi: 'Không tìm thấy tệp hay thư mục.', en: 'No such file or folder.' };
    case 'EACCES':
    case 'EPERM':
      return { vi: 'Không có quyền đọc hay ghi.', en: 'Permission denied.' };
    case 'EISDIR':
      return { vi: 'Đây là một thư mục, không phải tệp.', en: 'This is a folder, not a file.' };
    case 'EBUSY':
      return { vi: 'Tệp đang được một chương trình khác mở.', en: 'The file is busy (open in another program).' };
    default:
      return {
        vi: `Lỗi vào/ra: ${(error as Error)?.message ?? String(error)}`,
        en: `I/O error: ${(error as Error)?.message ?? String(error)}`,
      };
  }
}

/**
 * `.kh` files under `dir`, minus `node_modules/`, `.git/`, the `ignore` patterns and the
 * `.gitignore` of `root`; patterns are relative to `root`.
 */
export function planFilesUnder(dir: string, root: string, ignorePatterns: readonly string[], options: { recursive?: boolean } = {}): string[] {
  const filter = ignore().add(['node_modules/', '.git/', ...ignorePatterns]);
  const gitignore = join(root, '.gitignore');
  if (existsSync(gitignore)) filter.add(readFileSync(gitignore, 'utf8'));
  const found = fg
    .sync(options.recursive === false ? '*.kh' : '**/*.kh', { cwd: dir, absolute: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })
    .filter((path) => {
      const fromRoot = relative(root, path);
      return fromRoot.startsWith('..') || !filter.ignores(fromRoot.split(sep).join('/'));
    });
  return uniqueFiles(found).sort();
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
