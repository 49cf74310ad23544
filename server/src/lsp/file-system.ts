/**
 * What the server needs from the disk, as an interface: the Node implementation is used in VS Code,
 * and tests give an in-memory one, so a multi-file workspace is a few strings in a test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import fg from 'fast-glob';
import ignore from 'ignore';

export interface FileSystem {
  exists(path: string): boolean;
  /** The text of a UTF-8 file, or undefined when it is missing, binary or in another encoding. */
  readText(path: string): string | undefined;
  /**
   * `.kh` files under `dir`, minus `node_modules/`, `.git/`, the `ignore` patterns and the
   * `.gitignore` of `root`, which are relative to `root`.
   */
  planFilesUnder(dir: string, root: string, ignorePatterns: readonly string[]): string[];
  /** Writes the whole file or nothing: a half-written DOCX must never replace a good one. */
  writeAtomic(path: string, data: Uint8Array): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  exists: (path) => existsSync(path),

  readText(path) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    if (bytes.includes(0)) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  },

  planFilesUnder(dir, root, ignorePatterns) {
    const filter = ignore().add(['node_modules/', '.git/', ...ignorePatterns]);
    const gitignore = join(root, '.gitignore');
    if (existsSync(gitignore)) filter.add(readFileSync(gitignore, 'utf8'));
    return fg
      .sync('**/*.kh', { cwd: dir, absolute: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })
      .filter((path) => {
        const fromRoot = relative(root, path);
        return fromRoot.startsWith('..') || !filter.ignores(fromRoot.split(sep).join('/'));
      })
      .sort();
  },

  async writeAtomic(path, data) {
    // A temporary file in the same folder, renamed over the target: rename is atomic on one volume.
    const temporary = join(dirname(path), `.${process.pid}.${Date.now()}.kehoach-tmp`);
    try {
      await writeFile(temporary, data);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  },
};
