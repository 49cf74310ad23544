/**
 * The editor's "Import from Word/PDF" command: the plan `kehoach import` writes from a Word,
 * OpenDocument, PDF or text document (server/src/original, read and recognised as the command line
 * does), as a new `.kh` beside the document. A file already at that name is never replaced: the plan
 * goes to the first free name of `<name>.kh`, `<name>-2.kh`, `<name>-3.kh`…, and a file created there
 * while the import ran is not replaced either.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Language, Message } from '../base/diagnostic';
import { IMPORT_RECOGNITION, recognisedSummary } from '../cli/import';
import { originalTypeOf, readOriginalBytes } from '../cli/originals';
import { WriteError } from '../node/atomic-write';
import type { ImportStructure } from '../original/recognise';
import type { FileSystem } from './file-system';

/** Names tried beside the document before the import gives up and says so. */
const FREE_NAMES = 100;

export type ImportOutcome = { path: string; summary: Message } | { error: Message };

/** `<name>.kh`, then `<name>-2.kh` …: the names a plan imported from `original` may take, in order. */
export function planNamesFor(original: string): string[] {
  const stem = join(dirname(original), basename(original, extname(original)));
  return Array.from({ length: FREE_NAMES }, (_, index) => (index === 0 ? `${stem}.kh` : `${stem}-${index + 1}.kh`));
}

/**
 * Imports `original` beside it. `known` is what the workspace the plan joins declares
 * (original/known-declarations.ts): its tasks name those units and documents by their ids, and
 * no id the import makes is one of them.
 */
export async function importOriginal(original: string, fs: FileSystem, known?: ImportStructure): Promise<ImportOutcome> {
  const type = originalTypeOf(original);
  // A Word 97 .doc is read far enough to say it must be saved as .docx first.
  if (!type) return { error: { vi: `${original}: nhập được văn bản .docx, .odt, .pdf hoặc .txt.`, en: `${original}: a .docx, .odt, .pdf or .txt document can be imported.` } };
  const read = fs.readBytes(original);
  if ('error' in read) return { error: prefixed(original, read.error) };
  const recognised = await readOriginalBytes(read.bytes, type, { ...IMPORT_RECOGNITION, ...(known ? { structure: known } : {}) });
  if ('error' in recognised) return { error: prefixed(original, recognised.error) };
  const plan = new TextEncoder().encode(recognised.recognition.plan);
  for (const path of planNamesFor(original)) {
    if (fs.exists(path)) continue;
    try {
      await fs.writeNew(path, plan);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      // Taken since it was looked at: the next name, as for a name already taken.
      if (error.code === 'EEXIST') continue;
      return { error: prefixed(path, error.words()) };
    }
    const summary = (language: Language): string => recognisedSummary(recognised.recognition.counts, language);
    return {
      path,
      summary: {
        vi: `Đã nhập ${basename(original)} vào ${basename(path)}: nhận ra ${summary('vi')}.`,
        en: `Imported ${basename(original)} into ${basename(path)}: recognised ${summary('en')}.`,
      },
    };
  }
  return {
    error: {
      vi: `Cạnh ${basename(original)} đã có ${FREE_NAMES} kế hoạch cùng tên (đến ${basename(planNamesFor(original).at(-1)!)}); không ghi đè tệp nào.`,
      en: `${FREE_NAMES} plans named after ${basename(original)} are already beside it (up to ${basename(planNamesFor(original).at(-1)!)}); nothing was overwritten.`,
    },
  };
}

function prefixed(path: string, message: Message): Message {
  return { vi: `${path}: ${message.vi}`, en: `${path}: ${message.en}` };
}
