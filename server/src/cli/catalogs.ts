/**
 * The catalogs a configuration names (`"catalogs": ["path/to/export.csv"]`), opened for the checks:
 * each export is indexed once into `<export>.kehoach-index` beside it, and indexed again when its
 * size or modification time changes; lookups then read the index and the rows it names, never the
 * whole export. Shared by the CLI and the language server. Problems of the rows are notices: the
 * catalog is used without those rows, and a catalog that cannot be used at all is left out.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import type { Message } from '../base/diagnostic';
import type { DocumentCatalog } from '../cite/catalog';
import { buildIndex, type CatalogFormat, type CatalogProblem, IndexedCatalog, type ReadAt, readIndexHeader } from '../cite/catalog-index';
import { WriteError, writeFileAtomic } from '../node/atomic-write';
import { ioMessage } from '../node/io-messages';

export const INDEX_SUFFIX = '.kehoach-index';

export interface CatalogNotice {
  /** The export, as the configuration names it. */
  path: string;
  line: number;
  message: Message;
}

export interface OpenedCatalogs {
  catalogs: DocumentCatalog[];
  notices: CatalogNotice[];
}

function formatOf(path: string): CatalogFormat {
  return /\.(?:jsonl|ndjson)$/iu.test(path) ? 'jsonl' : 'csv';
}

/** Reads from a file descriptor kept open for the life of the process (a catalog is read on every check). */
function reader(fd: number): ReadAt {
  return (position, length) => {
    const buffer = new Uint8Array(length);
    const read = readSync(fd, buffer, 0, length, position);
    return buffer.subarray(0, read);
  };
}

/** Opened indexes by export path, so a server checking on every keystroke opens each once. */
const OPEN = new Map<string, { stamp: string; catalog: DocumentCatalog; problems: CatalogProblem[]; problemCount: number }>();

/**
 * Opens the catalogs named in a configuration found in `root`. Paths are relative to `root`.
 */
export function openCatalogs(root: string, paths: readonly string[]): OpenedCatalogs {
  const catalogs: DocumentCatalog[] = [];
  const notices: CatalogNotice[] = [];
  for (const named of paths) {
    const path = isAbsolute(named) ? named : join(root, named);
    const shown = isAbsolute(named) ? relative(root, named) || named : named;
    let stamp: string;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) {
        notices.push({ path: shown, line: 0, message: { vi: 'Danh mục không phải một tệp.', en: 'The catalog is not a file.' } });
        continue;
      }
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch (error) {
      notices.push({ path: shown, line: 0, message: ioMessage(error) });
      continue;
    }
    const opened = OPEN.get(path);
    if (opened && opened.stamp === stamp) {
      catalogs.push(opened.catalog);
      notices.push(...noticesOf(shown, opened.problems, opened.problemCount));
      continue;
    }
    try {
      const result = openOne(path, shown, stamp);
      if (result.catalog) {
        OPEN.set(path, { stamp, catalog: result.catalog, problems: result.problems, problemCount: result.problemCount });
        catalogs.push(result.catalog);
      }
      notices.push(...noticesOf(shown, result.problems, result.problemCount));
    } catch (error) {
      notices.push({ path: shown, line: 0, message: ioMessage(error) });
    }
  }
  return { catalogs, notices };
}

function noticesOf(path: string, problems: readonly CatalogProblem[], count: number): CatalogNotice[] {
  const notices = problems.map((problem) => ({ path, line: problem.line, message: problem.message }));
  if (count > problems.length) {
    notices.push({
      path,
      line: 0,
      message: { vi: `… và ${count - problems.length} dòng lỗi khác.`, en: `… and ${count - problems.length} more bad rows.` },
    });
  }
  return notices;
}

function openOne(path: string, shown: string, stamp: string, attempt = 1): { catalog?: DocumentCatalog; problems: CatalogProblem[]; problemCount: number } {
  const indexPath = `${path}${INDEX_SUFFIX}`;
  const existing = tryOpenIndex(indexPath, stamp);
  if (!existing) {
    const built = buildIndex(readFileSync(path), formatOf(path), stamp);
    if (!built.index || !built.header) return { problems: built.problems, problemCount: built.problems.length };
    // Only a missing index or one kehoach wrote is replaced: a user's file of that name, a link, a
    // folder or a read-only file is left as it is and said, and the catalog left out this time.
    // Written whole under a random name and renamed (writeFileAtomic), so a reader never sees half
    // an index and a failure leaves no temporary file.
    const refusal = indexRefusal(indexPath);
    if (refusal) return { problems: [{ line: 0, message: refusal }], problemCount: 1 };
    try {
      writeFileAtomic(indexPath, built.index);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      return { problems: [{ line: 0, message: cannotWriteIndex(indexPath, error.words()) }], problemCount: 1 };
    }
  }
  const index = existing ?? tryOpenIndex(indexPath, stamp);
  if (!index) return { problems: [], problemCount: 0 };
  const sourceFd = openSync(path, 'r');
  // The export may change between the stamp and the open: then the index no longer describes it.
  const now = fstatSync(sourceFd);
  if (`${now.size}:${now.mtimeMs}` !== stamp) {
    closeSync(sourceFd);
    closeSync(index.fd);
    if (attempt < 3) return openOne(path, shown, `${now.size}:${now.mtimeMs}`, attempt + 1);
    const changing = { vi: 'Tệp danh mục thay đổi trong lúc đọc; bỏ qua lần này.', en: 'The catalog changed while it was read; left out this time.' };
    return { problems: [{ line: 0, message: changing }], problemCount: 1 };
  }
  const catalog = new IndexedCatalog(shown, index.header, index.recordsAt, reader(index.fd), reader(sourceFd));
  return { catalog, problems: index.header.problems, problemCount: index.header.problemCount };
}

function cannotWriteIndex(indexPath: string, words: Message): Message {
  return {
    vi: `Không ghi được chỉ mục ${basename(indexPath)} cạnh danh mục: ${words.vi} Bỏ qua danh mục lần này.`,
    en: `Cannot write the index ${basename(indexPath)} beside the catalog: ${words.en} The catalog is left out this time.`,
  };
}

/** Why the index path must not be written: something that is not an index kehoach wrote is there. */
function indexRefusal(indexPath: string): Message | undefined {
  let fd: number;
  try {
    // Never follows a link and never waits on a FIFO; what is not a regular file is refused below.
    fd = openSync(indexPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    // Nothing there, or a link (ELOOP under O_NOFOLLOW): writeFileAtomic says the rest in its words.
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const head = reader(fd)(0, INDEX_MARK.length);
    if (Buffer.from(head).toString('latin1') === INDEX_MARK) return undefined;
  } finally {
    closeSync(fd);
  }
  return cannotWriteIndex(indexPath, {
    vi: 'đã có một tệp cùng tên mà kehoach không viết ra; không ghi đè. Hãy đổi tên hoặc xoá nó.',
    en: 'a file of that name is there that kehoach did not write; not overwritten. Rename or delete it.',
  });
}

/** How every index kehoach writes begins (its header is JSON with the version first). */
const INDEX_MARK = '{"version":';

function tryOpenIndex(indexPath: string, stamp: string): { fd: number; header: NonNullable<ReturnType<typeof readIndexHeader>>['header']; recordsAt: number } | undefined {
  let fd: number;
  try {
    // Only a regular file is read: a link is not followed, and a FIFO is never waited on.
    if (!lstatSync(indexPath).isFile()) return undefined;
    fd = openSync(indexPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      return undefined;
    }
  } catch {
    return undefined;
  }
  const read = readIndexHeader(reader(fd));
  if (!read || read.header.stamp !== stamp) {
    closeSync(fd);
    return undefined;
  }
  return { fd, header: read.header, recordsAt: read.recordsAt };
}
