/**
 * Writing a file so that no one ever sees half of it: the bytes go to a temporary file in the same
 * folder (so the rename stays on one file system), are flushed to disk, and the temporary file is
 * renamed over the target in one step. A failure at any point removes the temporary file and leaves
 * the previous target as it was, which matters when the target is a plan being fixed or a document
 * someone has open in Word.
 *
 * Synchronous on purpose: the CLI writes a handful of files one after the other, and a synchronous
 * call cannot be left running behind an error message.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** An error of the file system, with the errno code the caller turns into words. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    cause?: unknown,
  ) {
    super(`${code}: ${path}`, { cause });
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
}

/**
 * Replaces `path` with `data` atomically, keeping the permissions of the file it replaces. Creates
 * the missing folders above it. Refuses (EISDIR) when a folder stands where the file should go,
 * rather than letting the rename fail in a way that differs between systems.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  // Through a symbolic link, the file it points to is what gets replaced; renaming over the link
  // itself would turn it into a copy and leave the real file unchanged.
  let path = target;
  try {
    path = realpathSync(target);
  } catch {
    // A target that does not exist yet is written where it was named.
  }
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new WriteError(folder, codeOf(error), error);
  }
  let existingMode: number | undefined;
  try {
    const existing = statSync(path);
    if (existing.isDirectory()) throw new WriteError(path, 'EISDIR');
    existingMode = existing.mode & 0o7777;
  } catch (error) {
    if (error instanceof WriteError) throw error;
  }

  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', existingMode ?? 0o666);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // The descriptor is already unusable; removing the temporary file below is what matters.
      }
    }
    rmSync(temporary, { force: true });
    throw new WriteError(path, codeOf(error), error);
  }
}
