/**
 * Reading a file only when it is a regular file. Opening a named pipe (FIFO) for reading waits
 * for a writer that may never come, and a device can be endless or have side effects, so the path
 * is looked at before it is opened; and because what stands at a path can change between the look
 * and the open, the file is opened without blocking and looked at again through its descriptor.
 *
 * What was read carries a stamp (which file, its size and modification time), so a later rewrite
 * can tell whether the file changed in between.
 */
import { type BigIntStats, closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import type { Message } from '../base/diagnostic';
import { ioMessage, notARegularFile, specialKindOf } from './io-messages';

/** Which file, at which size and modification time: enough to notice that it was replaced or edited. */
export interface FileStamp {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

export function stampOf(stats: BigIntStats): FileStamp {
  return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

export type RegularFileRead = { bytes: Buffer; stamp: FileStamp } | { error: Message };

/**
 * O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; it changes
 * nothing for a regular file. Windows has no FIFOs to open and no such flag.
 */
const OPEN_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of `path` (following symbolic links), or why it cannot or must not be read. */
export function readRegularFile(path: string): RegularFileRead {
  let fd: number | undefined;
  try {
    const before = statSync(path);
    if (!before.isFile()) return { error: notARegularFile(specialKindOf(before)) };
    fd = openSync(path, OPEN_WITHOUT_WAITING);
    const opened = fstatSync(fd, { bigint: true });
    if (!opened.isFile()) return { error: notARegularFile(specialKindOf(opened)) };
    return { bytes: readFileSync(fd), stamp: stampOf(opened) };
  } catch (error) {
    return { error: ioMessage(error) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // The bytes are already read (or the error already said); a failed close loses nothing.
      }
    }
  }
}
