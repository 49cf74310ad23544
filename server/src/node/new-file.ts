/**
 * Writes a file that must be new: `kehoach import` creates the plan it was asked for and never
 * replaces anything already at that path, even a file created while it ran. The data goes to a
 * temporary file in the same folder, which is then linked to the target name: a hard link fails
 * when the name is taken, so nothing is overwritten and no half-written file is ever seen there.
 */
import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { refuseReadOnlyFolder, WriteError } from './atomic-write';

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
}

/** Creates `target` with `data`; throws a WriteError ('EEXIST' when something is there) and leaves no file behind on failure. */
export function writeNewFile(target: string, data: string | Uint8Array): void {
  try {
    lstatSync(target);
    throw new WriteError(target, 'EEXIST');
  } catch (error) {
    if (error instanceof WriteError) throw error;
    if (codeOf(error) !== 'ENOENT') throw new WriteError(target, codeOf(error), error);
  }
  const folder = dirname(target);
  refuseReadOnlyFolder(folder);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new WriteError(folder, codeOf(error), error);
  }
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o666);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    linkSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    throw error instanceof WriteError ? error : new WriteError(target, codeOf(error), error);
  } finally {
    rmSync(temporary, { force: true });
  }
}
