/**
 * The documents a drafter already has, as `kehoach check` and `kehoach import` take them: a Word
 * (.docx), OpenDocument (.odt), PDF or text (.txt) file, named on the command line, matched by a
 * glob that names its extension, or given on standard input with `--stdin-filename`. Folders are
 * not searched for them: a folder of plans often holds the Word files and PDFs they were printed to,
 * and a `.txt` beside a plan is rarely a plan, so an original is checked only when the user names it.
 *
 * A Word 97 `.doc` is named too, so that it gets the message that says what to do with it.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import fg from 'fast-glob';
import type { Message } from '../base/diagnostic';
import { isUnreadable, type OriginalDocument } from '../original/document';
import { paragraphLocator, type Locate } from '../original/check-original';
import { readOriginal } from '../original/read/index';
import { readText } from '../original/read/txt';
import { recognise, type Recognition, type RecogniseOptions } from '../original/recognise';
import { decodePlanBytes } from '../node/plan-files';
import { readRegularFile } from '../node/regular-file';

export type OriginalFileType = 'txt' | 'docx' | 'odt' | 'pdf' | 'doc';

const TYPES: ReadonlySet<string> = new Set(['txt', 'docx', 'odt', 'pdf', 'doc']);

/** The type of original a path names by its extension, or undefined for a plan or anything else. */
export function originalTypeOf(path: string): OriginalFileType | undefined {
  const extension = extname(path).slice(1).toLowerCase();
  return TYPES.has(extension) ? (extension as OriginalFileType) : undefined;
}

/** A glob whose last part names an original's extension ("docs/*.docx", "**\/*.{pdf,txt}"). */
export function isOriginalGlob(pattern: string): boolean {
  const last = pattern.split('/').pop() ?? '';
  return /\.(?:txt|docx|odt|pdf|doc)$/iu.test(last) || /\.\{[^}]*(?:txt|docx|odt|pdf|doc)[^}]*\}$/iu.test(last);
}

/** The originals a glob matches, in a stable order; links are left out unless asked for. */
export function originalFilesMatching(pattern: string, cwd: string, followSymbolicLinks: boolean): string[] {
  return fg
    .sync(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'], followSymbolicLinks })
    .filter((path) => originalTypeOf(path) !== undefined)
    .sort();
}

/** Whether a path names an existing regular file that is an original (so a missing one is reported as a plan path is). */
export function isOriginalFile(absolute: string): boolean {
  if (originalTypeOf(absolute) === undefined) return false;
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}

export interface ReadOriginal {
  recognition: Recognition;
  /** From a paragraph's columns to the location a report shows: line:column for text, paragraph:column otherwise. */
  locate: Locate;
}

/** Reads an original's bytes with the reader its type names and recognises it; never throws. */
export async function readOriginalBytes(bytes: Uint8Array, type: OriginalFileType, options: RecogniseOptions = {}): Promise<ReadOriginal | { error: Message }> {
  let document: OriginalDocument;
  let locate: Locate;
  if (type === 'txt') {
    const decoded = decodePlanBytes(bytes);
    if ('error' in decoded) return decoded;
    const text = readText(decoded.text);
    document = text.document;
    locate = text.locate;
  } else {
    // A .doc goes to the Word reader, which tells a Word 97 file by its bytes and says to save it as .docx.
    // Node gives a Buffer; the PDF library takes only a plain Uint8Array, so the readers get a view of the same bytes.
    const plain = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const read = await readOriginal(plain, type === 'doc' ? 'docx' : type);
    if (isUnreadable(read)) return { error: read.message };
    document = read;
    locate = paragraphLocator(document);
  }
  if (document.paragraphs.length === 0) {
    return { error: { vi: 'Văn bản không có đoạn nào để kiểm tra.', en: 'The document has no paragraph to check.' } };
  }
  return { recognition: recognise(document, options), locate };
}

/** Reads an original from the disk (regular files only, as plans are read). */
export async function readOriginalFile(absolute: string, options: RecogniseOptions = {}): Promise<ReadOriginal | { error: Message }> {
  const type = originalTypeOf(absolute);
  if (!type) return { error: { vi: 'Không phải văn bản .docx, .odt, .pdf hay .txt.', en: 'Not a .docx, .odt, .pdf or .txt document.' } };
  const read = readRegularFile(absolute);
  if ('error' in read) return read;
  return readOriginalBytes(read.bytes, type, options);
}
