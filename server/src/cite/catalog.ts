/**
 * Catalogs of documents looked up by number: the built-in catalog of national documents and the
 * exports of legal databases a workspace names in `kehoach.config.json`. A catalog states what a
 * document is (type, date, issuer, subject) and whether it is still in force; the checks compare
 * the plan's citations with it. Reading an export from disk is the caller's business: the core
 * only sees the `DocumentCatalog` interface, so a catalog of 300,000 rows can answer from an index
 * file without ever being loaded whole.
 */
import { type CivilDate, compareDates, isValidDate } from '../base/civil-date';
import { foldKey } from '../base/source';

/**
 * - `in-force`: in force, as far as the catalog's source says.
 * - `amended`: in force, but partly replaced or amended by another document.
 * - `replaced`: wholly replaced; `replacedBy` names the documents that replace it.
 * - `expired`: no longer in force (its term ended, or it was repealed without a replacement).
 */
export type CatalogStatus = 'in-force' | 'amended' | 'replaced' | 'expired';

export interface CatalogEntry {
  /** The number and symbol as the catalog gives it: "30/2020/NĐ-CP". */
  number: string;
  /** The document type: "Nghị định". */
  type: string;
  date?: CivilDate;
  issuer?: string;
  /** The subject (trích yếu); for a law, its name ("Luật Tổ chức chính quyền địa phương"). */
  subject?: string;
  status?: CatalogStatus;
  /** The numbers of the replacing documents. */
  replacedBy: readonly string[];
  /** From when the replacement applies; without it, the date of the replacing document counts. */
  replacedOn?: CivilDate;
  /** Where the facts of the entry were taken from. */
  source?: string;
  /** Where the status was taken from. */
  statusSource?: string;
  /** The id under which the built-in catalog declares it, so a fix can write `@ID`. */
  id?: string;
  /** Where the entry is: "built-in catalog", or "export.csv:1234". */
  origin: string;
}

export interface DocumentCatalog {
  /** How the catalog is named to the user: "danh mục kèm theo công cụ", a file path. */
  readonly name: string;
  /** The entries whose number is this one, compared by `numberKey`. */
  lookup(number: string): readonly CatalogEntry[];
  /** Up to `limit` entries whose number starts with `prefix`, for completion. */
  complete(prefix: string, limit: number): readonly CatalogEntry[];
  /**
   * The laws, codes and ordinances of this type whose name is this one, compared by `lawNameKey`,
   * for a law cited by name without its number. A catalog that is looked up by number only (an
   * export's index) has none.
   */
  lookupLawName?(type: string, name: string): readonly CatalogEntry[];
}

/** Types cited by their name ("Luật Hộ tịch"), whose catalog subject is that name. */
const NAMED_TYPES: ReadonlySet<string> = new Set(['luat', 'bo luat', 'phap lenh']);

/**
 * The form a law's name is compared in: its type and name folded, punctuation and the type's words
 * in front of the name left out, so "Luật Phòng, chống tham nhũng", "Phòng chống tham nhũng" and
 * "LUẬT PHÒNG, CHỐNG THAM NHŨNG" are one key.
 */
export function lawNameKey(type: string, name: string): string {
  const folded = (text: string): string => foldKey(text).replace(/[^a-z0-9]+/gu, ' ').trim();
  const kind = folded(type);
  const words = folded(name);
  return `${kind}|${words.startsWith(`${kind} `) ? words.slice(kind.length + 1) : words}`;
}

/**
 * The form numbers are compared in: NFC, no blanks, capitals, any dash a hyphen, "Đ" kept apart
 * from "D" (ĐA is Đề án, DA is Dự án). "30/2020/nđ-cp", "30/2020/NĐ - CP" and "30/2020/NĐ-CP" are
 * one key.
 */
export function numberKey(number: string): string {
  return number
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu, '-')
    .replace(/\s+/gu, '')
    .toUpperCase();
}

/** A catalog held in memory: the built-in one, and small ones in tests. */
export class MemoryCatalog implements DocumentCatalog {
  private readonly byNumber = new Map<string, CatalogEntry[]>();
  private readonly byLawName = new Map<string, CatalogEntry[]>();
  private readonly sortedKeys: string[];

  constructor(
    readonly name: string,
    entries: readonly CatalogEntry[],
  ) {
    for (const entry of entries) {
      addTo(this.byNumber, numberKey(entry.number), entry);
      if (entry.subject && NAMED_TYPES.has(foldKey(entry.type))) addTo(this.byLawName, lawNameKey(entry.type, entry.subject), entry);
    }
    this.sortedKeys = [...this.byNumber.keys()].sort();
  }

  lookupLawName(type: string, name: string): readonly CatalogEntry[] {
    return this.byLawName.get(lawNameKey(type, name)) ?? [];
  }

  lookup(number: string): readonly CatalogEntry[] {
    return this.byNumber.get(numberKey(number)) ?? [];
  }

  complete(prefix: string, limit: number): readonly CatalogEntry[] {
    const key = numberKey(prefix);
    const found: CatalogEntry[] = [];
    let low = 0;
    let high = this.sortedKeys.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sortedKeys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < this.sortedKeys.length && found.length < limit && this.sortedKeys[at]!.startsWith(key); at++) {
      found.push(...this.byNumber.get(this.sortedKeys[at]!)!.slice(0, limit - found.length));
    }
    return found;
  }
}

function addTo(map: Map<string, CatalogEntry[]>, key: string, entry: CatalogEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** The entries of every catalog with this number, the first catalog first. */
export function lookupAll(catalogs: readonly DocumentCatalog[], number: string): CatalogEntry[] {
  return catalogs.flatMap((catalog) => catalog.lookup(number));
}

const STATUS_WORDS: readonly [string, CatalogStatus][] = [
  // Longer phrases first: "het hieu luc mot phan" is not "het hieu luc".
  ['het hieu luc mot phan', 'amended'],
  ['hieu luc mot phan', 'amended'],
  ['con hieu luc mot phan', 'amended'],
  ['bi thay the mot phan', 'amended'],
  ['duoc sua doi', 'amended'],
  ['sua doi', 'amended'],
  ['amended', 'amended'],
  ['partly', 'amended'],
  ['con hieu luc', 'in-force'],
  ['dang co hieu luc', 'in-force'],
  ['co hieu luc', 'in-force'],
  ['in force', 'in-force'],
  ['in-force', 'in-force'],
  ['het hieu luc toan bo', 'replaced'],
  ['bi thay the', 'replaced'],
  ['da bi thay the', 'replaced'],
  ['replaced', 'replaced'],
  ['superseded', 'replaced'],
  ['het hieu luc', 'expired'],
  ['ngung hieu luc', 'expired'],
  ['bi bai bo', 'expired'],
  ['expired', 'expired'],
];

/**
 * The status a legal database writes ("Còn hiệu lực", "Hết hiệu lực toàn bộ", "Hết hiệu lực một
 * phần", "in-force" …), or undefined for words that say nothing certain ("Chưa xác định").
 */
export function readStatus(text: string): CatalogStatus | undefined {
  const folded = foldKey(text);
  if (folded === '') return undefined;
  for (const [words, status] of STATUS_WORDS) if (folded.startsWith(words)) return status;
  return undefined;
}

/** "05/03/2020" or "5/3/2020" as a date, or undefined when it is not one. */
export function readCatalogDate(text: string): CivilDate | undefined {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/u.exec(text);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** Whether the entry stopped being in force on or before `date` (or at all, without a date). */
export function noLongerInForce(entry: CatalogEntry, date: CivilDate | undefined, replacementDate?: CivilDate): boolean {
  if (entry.status !== 'replaced' && entry.status !== 'expired') return false;
  const since = entry.replacedOn ?? replacementDate;
  if (!date || !since) return true;
  return compareDates(since, date) <= 0;
}
