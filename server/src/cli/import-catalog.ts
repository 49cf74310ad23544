/**
 * The catalog file `kehoach import --catalog danh-muc.kh` declares the cited documents in. It is
 * the user's file: the import only appends to it, and every byte already there stays as it was
 * (a byte order mark, the line breaks, a last line without its break). A symbolic link, a file
 * that is not a regular one or is read-only, a catalog with syntax errors and a plan are refused
 * before anything is written; a catalog that changes while the import runs is not written, as
 * `kehoach format` does not write a plan that changed (server/src/cli/format-command.ts). A
 * catalog not there yet is created as a new file, never over one made meanwhile.
 */
import { lstatSync, readlinkSync } from 'node:fs';
import type { Message } from '../base/diagnostic';
import { ruleByCode } from '../check/rules/index';
import type { PlanFile } from '../model/ast';
import { WriteError, writableTarget, writeFileAtomic } from '../node/atomic-write';
import { ioMessage } from '../node/io-messages';
import { writeNewFile } from '../node/new-file';
import { decodePlanBytes } from '../node/plan-files';
import { type FileStamp, readRegularFile } from '../node/regular-file';
import type { DeclaredDocument } from '../original/recognise';
import { parsePlan } from '../syntax/parse';
import { fileUri } from './workspace';

/** The catalog as it was read: its bytes and stamp (absent for a catalog not there yet) and its text. */
export interface ImportCatalog {
  path: string;
  existing?: { bytes: Buffer; stamp: FileStamp };
  text: string;
  /** The line break the catalog writes most, which the added lines take. */
  lineBreak: string;
  file: PlanFile;
}

/** Reads the catalog the import will append to, or says why it must not be written. */
export function openImportCatalog(path: string): ImportCatalog | { error: Message } {
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return { error: new WriteError(path, { kind: 'symbolic-link', linkTarget: linkTargetOf(path) }).words() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { error: ioMessage(error) };
    return opened(path, '', undefined);
  }
  try {
    writableTarget(path);
  } catch (error) {
    return { error: error instanceof WriteError ? error.words() : ioMessage(error) };
  }
  const read = readRegularFile(path);
  if ('error' in read) return read;
  const decoded = decodePlanBytes(read.bytes);
  if ('error' in decoded) return decoded;
  return opened(path, decoded.text, { bytes: read.bytes, stamp: read.stamp });
}

function opened(path: string, text: string, existing: ImportCatalog['existing']): ImportCatalog | { error: Message } {
  const file = parsePlan(fileUri(path), text);
  const errors = file.syntaxFindings.filter((finding) => ruleByCode(finding.code)?.defaultSeverity === 'error');
  if (errors.length > 0) {
    const line = errors[0]!.location.range.start.line + 1;
    return {
      error: {
        vi: `Danh mục có ${errors.length} lỗi cú pháp (lỗi đầu ở dòng ${line}); hãy sửa trước khi nhập vào đó ("kehoach check" cho biết từng lỗi).`,
        en: `The catalog has ${errors.length} syntax error(s) (the first on line ${line}); fix them before importing into it ("kehoach check" lists each).`,
      },
    };
  }
  if (!file.isCatalog) {
    return {
      error: {
        vi: 'Tệp này là một kế hoạch (có phần đầu hay thân văn bản), không phải danh mục: danh mục chỉ có khai báo "văn bản" và "đơn vị".',
        en: 'This file is a plan (it has a header or a body), not a catalog: a catalog holds only "văn bản" and "đơn vị" declarations.',
      },
    };
  }
  return { path, text, lineBreak: file.source.lineBreak, file, ...(existing ? { existing } : {}) };
}

function linkTargetOf(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

/** The lines the import adds to the catalog: a blank line after what is there, then one declaration per document. */
export function catalogAddition(catalog: ImportCatalog, documents: readonly DeclaredDocument[]): string {
  if (documents.length === 0) return '';
  const lineBreak = catalog.lineBreak;
  let text = '';
  if (catalog.text.length > 0 && !/[\r\n]$/u.test(catalog.text)) text += lineBreak;
  if (catalog.text.trim().length > 0) text += lineBreak;
  for (const document of documents) text += `văn bản ${document.id}: ${document.phrase}${lineBreak}`;
  return text;
}

/**
 * Appends `addition` to the catalog: its bytes as read, then the new lines. The file is read again
 * first and its bytes and stamp compared, and the stamp once more just before the rename.
 * Throws a WriteError ('changed' when the catalog is not what was read).
 */
export function appendToCatalog(catalog: ImportCatalog, addition: string): void {
  if (addition === '') return;
  if (!catalog.existing) {
    try {
      writeNewFile(catalog.path, addition);
    } catch (error) {
      // A catalog created while the import ran is the user's: it is left as it is.
      if (error instanceof WriteError && error.code === 'EEXIST') throw new WriteError(catalog.path, { kind: 'changed' });
      throw error;
    }
    return;
  }
  const again = readRegularFile(catalog.path);
  if ('error' in again || !again.bytes.equals(catalog.existing.bytes)) throw new WriteError(catalog.path, { kind: 'changed' });
  writeFileAtomic(catalog.path, Buffer.concat([catalog.existing.bytes, Buffer.from(addition, 'utf8')]), { unchangedSince: catalog.existing.stamp });
}
