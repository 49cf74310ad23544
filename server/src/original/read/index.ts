/**
 * `readOriginal`: bytes of a Word, OpenDocument or PDF file in, an `OriginalDocument` or an
 * `UnreadableOriginal` out. The bytes are looked at before a reader is chosen, so a file whose
 * extension lies (an old .doc renamed .docx, a password-protected Word file, an .odt named .docx)
 * gets a message that says what it is. Nothing here throws: whatever a reader or a library throws
 * on hostile bytes becomes a message.
 */
import type { Message } from '../../base/diagnostic';
import type { ReadResult, UnreadableOriginal } from '../document';
import { readDocx } from './docx';
import { readOdt } from './odt';
import { readPdf } from './pdf';
import { NotThisFormat } from './refusal';

export type OriginalFileKind = 'docx' | 'odt' | 'pdf';

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readOriginal(bytes: Uint8Array, kind: OriginalFileKind): Promise<ReadResult> {
  try {
    if (kind === 'pdf') {
      if (!startsPdf(bytes)) throw new NotThisFormat('pdf-expected');
      return await readPdf(bytes);
    }
    if (startsWith(bytes, OLE_MAGIC)) throw new NotThisFormat(oleKind(bytes));
    if (!startsWith(bytes, ZIP_MAGIC)) throw new NotThisFormat(startsPdf(bytes) ? 'pdf' : 'zip-expected');
    return kind === 'docx' ? readDocx(bytes) : readOdt(bytes);
  } catch (error) {
    return unreadable(error);
  }
}

function unreadable(error: unknown): UnreadableOriginal {
  const reason = (error as { reason?: Message } | null)?.reason;
  if (reason && typeof reason.vi === 'string' && typeof reason.en === 'string') return { unreadable: true, message: reason };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    unreadable: true,
    message: {
      vi: `Không đọc được tệp: ${detail}`,
      en: `The file cannot be read: ${detail}`,
    },
  };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** The PDF header may follow some bytes of junk; readers look for it in the first kilobyte. */
function startsPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * An OLE compound file is a Word 97 document when it has a "WordDocument" stream, and a
 * password-protected Office 2007+ document when it has an "EncryptedPackage" stream (Word wraps
 * the encrypted .docx in OLE); the directory holds stream names in UTF-16LE.
 */
function oleKind(bytes: Uint8Array): 'word-97' | 'encrypted-office' | 'ole' {
  if (containsUtf16(bytes, 'EncryptedPackage')) return 'encrypted-office';
  if (containsUtf16(bytes, 'WordDocument')) return 'word-97';
  return 'ole';
}

function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  const first = needle[0]!;
  outer: for (let at = bytes.indexOf(first); at !== -1 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    for (let i = 1; i < needle.length; i++) if (bytes[at + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}
