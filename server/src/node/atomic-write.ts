/**
 * Writing a file so that no one ever sees half of it: the bytes go to a temporary file in the same
 * folder (so the rename stays on one file system), are flushed to disk, and the temporary file is
 * renamed over the target in one step. A failure at any point removes the temporary file and leaves
 * the previous target as it was, which matters when the target is a plan being fixed or a document
 * someone has open in Word.
 *
 * What is never replaced:
 * - a symbolic link, unless the caller asks to write through it (a plan the user named through a
 *   link is rewritten where it really is, and the link stays a link). Folders on the way to the
 *   target are followed as the system follows them; the rename itself never follows a link, so a
 *   link that appears at the last moment is replaced, not written through;
 * - a read-only file (no write permission for anyone, or none for the user running the command),
 *   even where the folder would let the rename replace it, and a file in a folder no one may write
 *   into (which root could otherwise write into);
 * - anything that is not a regular file (a folder, a FIFO, a socket, a device);
 * - a file that changed since the caller read it, when the caller says what it read.
 *
 * A replaced file keeps its permissions, its group and, where the system allows, its owner.
 *
 * Synchronous on purpose: the CLI writes a handful of files one after the other, and a synchronous
 * call cannot be left running behind an error message.
 */
import { randomBytes } from 'node:crypto';
import {
  type Stats,
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Message } from '../base/diagnostic';
import { errnoMessage, notARegularFile, type SpecialFileKind, specialKindOf } from './io-messages';
import { type FileStamp, sameStamp, stampOf } from './regular-file';

/** Why a file was not written. */
export type WriteFailure =
  | { kind: 'errno'; code: string }
  | { kind: 'symbolic-link'; linkTarget: string }
  | { kind: 'read-only' }
  | { kind: 'read-only-folder'; folder: string }
  | { kind: 'special-file'; fileKind: SpecialFileKind }
  | { kind: 'changed' };

/** A file that was not written, and why; `words()` says it for the user. */
export class WriteError extends Error {
  readonly failure: WriteFailure;

  /** `failure` is a WriteFailure, or an errno code such as 'EACCES'. */
  constructor(
    readonly path: string,
    failure: WriteFailure | string,
    cause?: unknown,
  ) {
    const reason = typeof failure === 'string' ? { kind: 'errno' as const, code: failure } : failure;
    super(`${reason.kind === 'errno' ? reason.code : reason.kind}: ${path}`, { cause });
    this.failure = reason;
  }

  /** The errno code, or the kind of refusal. */
  get code(): string {
    return this.failure.kind === 'errno' ? this.failure.code : this.failure.kind;
  }

  words(): Message {
    return writeFailureWords(this.failure);
  }
}

function writeFailureWords(failure: WriteFailure): Message {
  switch (failure.kind) {
    case 'errno':
      return errnoMessage(failure.code);
    case 'symbolic-link':
      return {
        vi: `Đây là một liên kết tượng trưng (tới ${failure.linkTarget}); kehoach không ghi qua liên kết. Hãy xoá liên kết hoặc chọn tệp đích khác.`,
        en: `This is a symbolic link (to ${failure.linkTarget}); kehoach does not write through links. Remove the link or choose another output.`,
      };
    case 'read-only':
      return {
        vi: 'Tệp chỉ cho đọc; kehoach không ghi đè tệp chỉ đọc. Hãy cho phép ghi tệp nếu muốn thay nó.',
        en: 'The file is read-only; kehoach does not replace read-only files. Make it writable to allow that.',
      };
    case 'read-only-folder':
      return {
        vi: `Thư mục ${failure.folder} chỉ cho đọc; kehoach không ghi vào đó. Hãy cho phép ghi thư mục hoặc chọn tệp đích khác.`,
        en: `The folder ${failure.folder} is read-only; kehoach does not write into it. Make it writable or choose another output.`,
      };
    case 'special-file':
      return notARegularFile(failure.fileKind);
    case 'changed':
      return {
        vi: 'Tệp đã thay đổi trong lúc chạy, không ghi đè.',
        en: 'The file changed during the run, not overwritten.',
      };
  }
}

export interface WriteOptions {
  /**
   * 'refuse' (the default): a symbolic link at the target is an error. 'write-through': the file
   * the link points to is replaced and the link is kept, for a file the user named through a link.
   */
  symbolicLinks?: 'refuse' | 'write-through';
  /** The stamp of the target when the caller read it; the write is abandoned if it differs now. */
  unchangedSince?: FileStamp;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
}

/**
 * Where `target` really gets written and what is there now, or the reason it must not be written.
 * `writeFileAtomic` asks this itself; a caller writing several files asks it first for each, so a
 * refusal stops the run before anything is written.
 */
export function writableTarget(target: string, options: WriteOptions = {}): { path: string; existing?: Stats } {
  let path = target;
  let existing: Stats | undefined;
  try {
    existing = lstatSync(target);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw new WriteError(target, codeOf(error), error);
  }
  if (existing?.isSymbolicLink()) {
    if (options.symbolicLinks !== 'write-through') {
      let linkTarget = '?';
      try {
        linkTarget = readlinkSync(target);
      } catch {
        // The link vanished meanwhile; it is still refused, its target just cannot be named.
      }
      throw new WriteError(target, { kind: 'symbolic-link', linkTarget });
    }
    try {
      path = realpathSync(target);
      existing = statSync(path);
    } catch (error) {
      throw new WriteError(target, codeOf(error), error);
    }
  }
  refuseReadOnlyFolder(dirname(path));
  if (existing === undefined) return { path };
  if (existing.isDirectory()) throw new WriteError(path, 'EISDIR');
  if (!existing.isFile()) throw new WriteError(path, { kind: 'special-file', fileKind: specialKindOf(existing) });
  if (isReadOnly(path, existing)) throw new WriteError(path, { kind: 'read-only' });
  return { path, existing };
}

/**
 * A folder with no write permission for anyone: root may still write into it, but someone made it
 * read-only, so nothing is added to it or replaced in it. A folder not there yet is made later.
 */
export function refuseReadOnlyFolder(folder: string): void {
  let stats: Stats;
  try {
    stats = statSync(folder);
  } catch {
    return;
  }
  if (stats.isDirectory() && (stats.mode & 0o222) === 0) throw new WriteError(folder, { kind: 'read-only-folder', folder });
}

/**
 * Read-only for everyone, or not writable by this user. The first matters for root, whom the
 * system lets write anything: a file someone made read-only is still not replaced behind their back.
 */
function isReadOnly(path: string, stats: Stats): boolean {
  if ((stats.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch (error) {
    return codeOf(error) === 'EACCES' || codeOf(error) === 'EPERM' || codeOf(error) === 'EROFS';
  }
}

/**
 * Replaces `target` with `data` atomically, per the rules at the top of this file. Creates the
 * missing folders above it. Throws a WriteError, and leaves the target as it was, on any failure.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string, options: WriteOptions = {}): void {
  const { path, existing } = writableTarget(target, options);
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new WriteError(folder, codeOf(error), error);
  }

  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // Only the owner can read the temporary file until it has the replaced file's permissions;
    // a new file gets the usual ones (0666 less the umask).
    fd = openSync(temporary, 'wx', existing ? 0o600 : 0o666);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    if (existing) keepOwnershipAndMode(fd, existing);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.unchangedSince && !unchanged(path, options.unchangedSince)) throw new WriteError(path, { kind: 'changed' });
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
    throw error instanceof WriteError ? error : new WriteError(path, codeOf(error), error);
  }
}

/**
 * The owner and group first (changing them clears set-id bits), then the permission bits. Only
 * root may give a file away, and a user may only choose a group they belong to: what the system
 * refuses is left as the system made it, and the rest is still kept.
 */
function keepOwnershipAndMode(fd: number, existing: Stats): void {
  try {
    fchownSync(fd, existing.uid, existing.gid);
  } catch {
    try {
      fchownSync(fd, -1, existing.gid);
    } catch {
      // Not a member of the file's group: the new file has the user's group, as any new file would.
    }
  }
  fchmodSync(fd, existing.mode & 0o7777);
}

function unchanged(path: string, stamp: FileStamp): boolean {
  try {
    return sameStamp(stampOf(statSync(path, { bigint: true })), stamp);
  } catch {
    return false;
  }
}
