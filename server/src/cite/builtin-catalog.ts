/**
 * The catalog that ships with the tools: national documents that plans cite again and again, so a
 * drafter can write `@ND30-2020` without declaring it, and the checks know which of them are
 * replaced and by what. The facts live in `national-catalog.json`, one object per document, each
 * naming the source of its citation facts and, when it states a status, the source of that status
 * (a status that is wrong would make the superseded-document check lie, while a missing one only
 * keeps it silent).
 *
 * The workspace sees the catalog as `.kh` text, parsed like any catalog file of the workspace, so
 * references, hover and completion treat its documents as declared ones; the checks see it as a
 * `DocumentCatalog` looked up by number.
 */
import { type CivilDate, formatVnDate } from '../base/civil-date';
import { type CatalogEntry, type CatalogStatus, MemoryCatalog, readCatalogDate } from './catalog';
import national from './national-catalog.json';

export const BUILTIN_CATALOG_URI = 'kehoach:builtin/catalog.kh';

/** One document of national-catalog.json. */
export interface NationalDocument {
  id: string;
  type: string;
  number?: string;
  /** dd/mm/yyyy. */
  date: string;
  issuer: string;
  /** The name of a law, code or ordinance, which its citation prints after the type. */
  name?: string;
  subject?: string;
  status?: CatalogStatus;
  replacedBy?: string[];
  replacedOn?: string;
  /** The day up to which an `in-force` or `amended` status is known to hold. */
  statusAsOf?: string;
  note?: string;
  sources: { citation: string; status?: string };
}

export const NATIONAL_DOCUMENTS: readonly NationalDocument[] = (national as { documents: NationalDocument[] }).documents;

const STATUS_WORDS: Record<CatalogStatus, string> = {
  'in-force': 'còn hiệu lực',
  amended: 'còn hiệu lực, được sửa đổi, bổ sung',
  replaced: 'bị thay thế',
  expired: 'hết hiệu lực',
};

function date(text: string | undefined): CivilDate | undefined {
  return text === undefined ? undefined : readCatalogDate(text);
}

export const BUILTIN_ENTRIES: readonly CatalogEntry[] = NATIONAL_DOCUMENTS.filter((document) => document.number).map((document) => {
  const entry: CatalogEntry = {
    number: document.number!,
    type: document.type,
    issuer: document.issuer,
    replacedBy: document.replacedBy ?? [],
    source: document.sources.citation,
    id: document.id,
    origin: 'danh mục kèm theo công cụ',
  };
  const issued = date(document.date);
  if (issued) entry.date = issued;
  const subject = document.name ?? document.subject;
  if (subject) entry.subject = subject;
  if (document.status) entry.status = document.status;
  const since = date(document.replacedOn);
  if (since) entry.replacedOn = since;
  if (document.sources.status) entry.statusSource = document.sources.status;
  return entry;
});

export const BUILTIN_DOCUMENT_CATALOG = new MemoryCatalog('danh mục kèm theo công cụ', BUILTIN_ENTRIES);

/** The built-in id of the document with this number, so a reference can name it. */
const ID_BY_NUMBER = new Map(BUILTIN_ENTRIES.map((entry) => [entry.number, entry.id!]));

/** Field values are one line each: the catalog's texts never break lines, but a stray one must not cut a field. */
const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function statusLine(document: NationalDocument): string | undefined {
  if (!document.status) return undefined;
  const words = STATUS_WORDS[document.status];
  if (document.status === 'replaced' || document.status === 'expired') {
    return document.replacedOn ? `${words} từ ngày ${formatVnDate(date(document.replacedOn)!)}` : words;
  }
  return document.statusAsOf ? `${words} (đến ngày ${formatVnDate(date(document.statusAsOf)!)})` : words;
}

function declaration(document: NationalDocument): string {
  const head = [document.name ?? document.type];
  if (document.number) head.push('số', document.number);
  head.push('ngày', formatVnDate(date(document.date)!), 'của', document.issuer);
  const lines = [`văn bản ${document.id}: ${oneLine(head.join(' '))}`];
  if (document.subject) lines.push(`  trích yếu: ${oneLine(document.subject)}`);
  const status = statusLine(document);
  if (status) lines.push(`  tình trạng: ${status}`);
  const replacements = (document.replacedBy ?? []).map((number) => (ID_BY_NUMBER.has(number) ? `@${ID_BY_NUMBER.get(number)}` : number));
  if (replacements.length > 0) lines.push(`  thay thế bởi: ${replacements.join('; ')}`);
  const sources = [document.sources.citation, document.sources.status ? `tình trạng: ${document.sources.status}` : ''].filter(Boolean);
  lines.push(`  nguồn: ${oneLine(sources.join('; '))}`);
  if (document.note) lines.push(`  ghi chú: ${oneLine(document.note)}`);
  return lines.join('\n');
}

export const BUILTIN_CATALOG = `// Danh mục văn bản trung ương kèm theo công cụ Kế hoạch (sinh từ national-catalog.json).
// Trích yếu viết như các kế hoạch vẫn trích dẫn, kể cả từ nối ("về …").

${NATIONAL_DOCUMENTS.map(declaration).join('\n\n')}
`;
