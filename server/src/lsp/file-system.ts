/**
 * What the server needs from the disk, as an interface: the Node implementation is used in VS Code,
 * and tests give an in-memory one, so a multi-file workspace is a few strings in a test.
 */
import { existsSync } from 'node:fs';
import { watch } from 'chokidar';
import { writableTarget, writeFileAtomic } from '../node/atomic-write';
import type { Message } from '../base/diagnostic';
import { writeNewFile } from '../node/new-file';
import { planFilesUnder, readPlanText } from '../node/plan-files';
import { readRegularFile } from '../node/regular-file';

export interface FileSystem {
  exists(path: string): boolean;
  /** The text of a UTF-8 file, or undefined when it is missing, binary or in another encoding. */
  readText(path: string): string | undefined;
  /** The bytes of a regular file (a document to import), or why it cannot or must not be read. */
  readBytes(path: string): { bytes: Uint8Array } | { error: Message };
  /**
   * `.kh` files under `dir` (only those directly in it unless `recursive`), minus `node_modules/`,
   * `.git/`, the `ignore` patterns and the `.gitignore` of `root`, which are relative to `root`.
   */
  planFilesUnder(dir: string, root: string, ignorePatterns: readonly string[], options: { recursive: boolean }): string[];
  /** Writes the whole file or nothing: a half-written DOCX must never replace a good one. */
  writeAtomic(path: string, data: Uint8Array): Promise<void>;
  /**
   * Throws the WriteError `writeAtomic` would throw for a target it refuses (a link, a read-only
   * file, a folder…), without writing: a build of several files asks it for each before writing any.
   */
  checkWritable?(path: string): void;
  /**
   * Creates a file that must be new (a report the drafter will write into): throws a WriteError,
   * 'EEXIST' when anything is at the path, even a file created a moment ago.
   */
  writeNew(path: string, data: Uint8Array): Promise<void>;
  /**
   * Calls `onChange` with the path of each file created, changed or deleted under `dir`, at any
   * depth, until the watch is closed (and of the files there as it starts). The server watches by itself only for editors that do not
   * watch files for it (Neovim before 0.9, Helix); a file system without it watches nothing.
   */
  watch?(dir: string, onChange: (path: string) => void): { close(): void };
}

export const nodeFileSystem: FileSystem = {
  exists: (path) => existsSync(path),

  readText(path) {
    const read = readPlanText(path);
    return 'text' in read ? read.text : undefined;
  },

  readBytes(path) {
    const read = readRegularFile(path);
    return 'error' in read ? read : { bytes: read.bytes };
  },

  planFilesUnder,

  async writeAtomic(path, data) {
    writeFileAtomic(path, data);
  },

  checkWritable(path) {
    writableTarget(path);
  },

  async writeNew(path, data) {
    writeNewFile(path, data);
  },

  watch(dir, onChange) {
    // chokidar watches folder by folder and leaves out the folders the workspace never reads, where
    // Node's recursive watch on Linux would put an inotify watch on every folder of node_modules and .git.
    // The files found while the watch starts are reported too: one created during that first scan
    // would otherwise count as already there and never be seen, and re-reading a file whose text
    // did not change costs no parse.
    const watcher = watch(dir, {
      ignoreInitial: false,
      persistent: false,
      ignored: (path, stats) => /[\\/](node_modules|\.git)$/.test(path) || (stats?.isFile() === true && !/(\.kh|[\\/]kehoach\.config\.json)$/i.test(path)),
    });
    for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (path: string) => onChange(path));
    // A folder deleted or unreadable ends the watch; the editor keeps working on what it has.
    watcher.on('error', () => void watcher.close());
    return { close: () => void watcher.close() };
  },
};
