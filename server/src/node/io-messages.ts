/**
 * What a failed file operation means, in Vietnamese and in English. Node's own error text
 * ("ELOOP: too many symbolic links encountered, stat '…'") is English and names the system call;
 * a drafter reading a Vietnamese message should get words instead, so every errno code the
 * command line and the language server can meet is said here, and an unknown one is shown only
 * as its code.
 */
import type { Stats } from 'node:fs';
import type { Message } from '../base/diagnostic';

const ERRNO_WORDS: Record<string, Message> = {
  ENOENT: { vi: 'Không tìm thấy tệp hay thư mục.', en: 'No such file or folder.' },
  EACCES: { vi: 'Không có quyền đọc hay ghi.', en: 'Permission denied.' },
  EPERM: {
    vi: 'Hệ thống không cho phép thao tác này (tệp bị khoá hoặc không có quyền).',
    en: 'The operation is not permitted (the file is locked or you lack the rights).',
  },
  EISDIR: { vi: 'Đây là một thư mục, không phải tệp.', en: 'This is a folder, not a file.' },
  ENOTDIR: { vi: 'Một phần của đường dẫn là tệp chứ không phải thư mục.', en: 'A part of the path is a file, not a folder.' },
  ELOOP: {
    vi: 'Quá nhiều liên kết tượng trưng nối nhau (có thể là một vòng liên kết).',
    en: 'Too many symbolic links in a row (perhaps a loop of links).',
  },
  ENAMETOOLONG: { vi: 'Tên tệp hay đường dẫn quá dài.', en: 'The file name or path is too long.' },
  EROFS: { vi: 'Ổ đĩa này chỉ cho đọc, không ghi được.', en: 'The file system is read-only.' },
  ENOSPC: { vi: 'Đĩa đã đầy.', en: 'The disk is full.' },
  EDQUOT: { vi: 'Đã hết hạn mức dung lượng đĩa.', en: 'The disk quota is used up.' },
  EEXIST: { vi: 'Ở đó đã có một tệp.', en: 'A file is already there.' },
  ENOTEMPTY: { vi: 'Thư mục không trống.', en: 'The folder is not empty.' },
  EMFILE: { vi: 'Quá nhiều tệp đang mở cùng lúc; hãy thử lại với ít tệp hơn.', en: 'Too many open files; try again with fewer files.' },
  ENFILE: { vi: 'Hệ thống đang mở quá nhiều tệp; hãy thử lại sau.', en: 'The system has too many open files; try again later.' },
  EBUSY: { vi: 'Tệp đang được một chương trình khác mở.', en: 'The file is busy (open in another program).' },
  ETXTBSY: { vi: 'Tệp đang được dùng làm một chương trình đang chạy.', en: 'The file is in use as a running program.' },
  EIO: { vi: 'Thiết bị lưu trữ báo lỗi đọc ghi.', en: 'The storage device reported an input/output error.' },
  EXDEV: { vi: 'Không chuyển được tệp giữa hai ổ đĩa khác nhau.', en: 'A file cannot be moved across file systems.' },
  ENXIO: { vi: 'Thiết bị không có hoặc chưa sẵn sàng.', en: 'No such device, or it is not ready.' },
  ENODEV: { vi: 'Thiết bị không có hoặc chưa sẵn sàng.', en: 'No such device, or it is not ready.' },
  EAGAIN: { vi: 'Tài nguyên tạm thời bận; hãy thử lại.', en: 'The resource is temporarily busy; try again.' },
  EINVAL: { vi: 'Đường dẫn hay thao tác không hợp lệ.', en: 'The path or the operation is not valid.' },
  EILSEQ: { vi: 'Tên tệp có ký tự mà hệ thống không nhận.', en: 'The file name has a character the system does not accept.' },
  EFBIG: { vi: 'Tệp quá lớn.', en: 'The file is too large.' },
  ERR_FS_FILE_TOO_LARGE: { vi: 'Tệp quá lớn để đọc (trên 2 GB).', en: 'The file is too large to read (over 2 GB).' },
  ENOMEM: { vi: 'Không đủ bộ nhớ.', en: 'Out of memory.' },
  ESTALE: {
    vi: 'Tệp trên ổ mạng không còn hợp lệ; hãy mở lại thư mục.',
    en: 'The file on the network drive is stale; open the folder again.',
  },
  ETIMEDOUT: { vi: 'Hết thời gian chờ ổ đĩa (ổ mạng?).', en: 'Timed out waiting for the drive (a network drive?).' },
  ECONNRESET: { vi: 'Mất kết nối tới ổ mạng.', en: 'The connection to the network drive was lost.' },
};

/** The words for an errno code; an unknown code is named, never explained in English only. */
export function errnoMessage(code: string | undefined): Message {
  if (code === undefined) return { vi: 'Lỗi vào/ra không rõ nguyên nhân.', en: 'An input/output error of unknown cause.' };
  return ERRNO_WORDS[code] ?? { vi: `Lỗi vào/ra (mã ${code}).`, en: `Input/output error (code ${code}).` };
}

/** The words for an error thrown by a file operation. */
export function ioMessage(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return errnoMessage(typeof code === 'string' ? code : undefined);
}

/** What stands at a path that is not a regular file. */
export type SpecialFileKind = 'folder' | 'fifo' | 'socket' | 'device' | 'other';

export function specialKindOf(stats: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isBlockDevice' | 'isCharacterDevice'>): SpecialFileKind {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'device';
  return 'other';
}

const KIND_WORDS: Record<SpecialFileKind, Message> = {
  folder: { vi: 'một thư mục', en: 'a folder' },
  fifo: { vi: 'một ống dẫn có tên (FIFO)', en: 'a named pipe (FIFO)' },
  socket: { vi: 'một socket', en: 'a socket' },
  device: { vi: 'một thiết bị', en: 'a device' },
  other: { vi: 'một đối tượng đặc biệt', en: 'a special file' },
};

/** Why a path that is not a regular file is neither read nor written. */
export function notARegularFile(kind: SpecialFileKind): Message {
  const words = KIND_WORDS[kind];
  return {
    vi: `Đây là ${words.vi}, không phải tệp thường: kehoach chỉ đọc và ghi tệp thường.`,
    en: `This is ${words.en}, not a regular file: kehoach only reads and writes regular files.`,
  };
}
