/**
 * Catalogs exported from legal databases: a UTF-8 CSV file with a header row (number, type, date,
 * issuer, subject, status, replacedBy) or JSON Lines with the same keys, indexed once so a check
 * looks documents up by number without loading the export. The index is bytes: a JSON header line
 * (the source's stamp, its columns, its row count and the problems of its rows), then one
 * fixed-width record per row, sorted by number key, giving the row's place in the source. Looking
 * a number up is a binary search over the records, reading a few hundred bytes, then the rows it
 * names.
 *
 * No IO here: the caller reads the source, writes the index, and gives a `read(position, length)`
 * for each file; see cli/catalogs.ts.
 */
import type { Message } from '../base/diagnostic';
import { type CatalogEntry, type DocumentCatalog, numberKey, readCatalogDate, readStatus } from './catalog';

export type CatalogFormat = 'csv' | 'jsonl';

export const COLUMNS = ['number', 'type', 'date', 'issuer', 'subject', 'status', 'replacedBy'] as const;
type Column = (typeof COLUMNS)[number];

/** A problem of the source, at its 1-based line (0 for the file as a whole). */
export interface CatalogProblem {
  line: number;
  message: Message;
}

/** Problems kept in the index, so they are reported each time without reading the source again. */
const KEPT_PROBLEMS = 200;

const KEY_BYTES = 64;
const OFFSET_DIGITS = 11;
const LENGTH_DIGITS = 7;
const LINE_DIGITS = 9;
export const RECORD_BYTES = KEY_BYTES + OFFSET_DIGITS + LENGTH_DIGITS + LINE_DIGITS + 1;
const INDEX_VERSION = 1;

export interface IndexHeader {
  version: number;
  /** What the source was when it was indexed (size and modification time); a change rebuilds. */
  stamp: string;
  format: CatalogFormat;
  /** For CSV, the position of each known column in a row (-1 when the header lacks it). */
  columns: Record<Column, number>;
  rows: number;
  problems: CatalogProblem[];
  /** How many problems there were, of which `problems` keeps the first. */
  problemCount: number;
  /** The key of every BLOCK-th record, so a lookup reads one block of records. */
  sample: string[];
}

/** Records per block: a lookup reads one block (about 12 KB) after a search in the sample. */
const BLOCK = 128;

interface Row {
  key: Uint8Array;
  offset: number;
  length: number;
  line: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// ------------------------------------------------------------------------------------ reading rows

/** The fields of one CSV record starting at `start`: RFC 4180 quoting, a doubled quote inside a quoted field. */
function csvRecord(bytes: Uint8Array, start: number): { fields: string[]; end: number; next: number; lines: number } {
  const fields: string[] = [];
  let at = start;
  let lines = 1;
  for (;;) {
    if (bytes[at] === 0x22) {
      // A quoted field runs to the quote that is not doubled; it may hold commas and line breaks.
      const open = at + 1;
      let close = open;
      let doubled = false;
      for (;;) {
        while (close < bytes.length && bytes[close] !== 0x22) {
          if (bytes[close] === 0x0a) lines++;
          close++;
        }
        if (bytes[close + 1] === 0x22) {
          doubled = true;
          close += 2;
          continue;
        }
        break;
      }
      const value = decoder.decode(bytes.subarray(open, Math.min(close, bytes.length)));
      fields.push(doubled ? value.replaceAll('""', '"') : value);
      at = close + 1;
      // Anything between the closing quote and the separator is kept out, as spreadsheets do.
      while (at < bytes.length && bytes[at] !== 0x2c && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
    } else {
      const from = at;
      while (at < bytes.length && bytes[at] !== 0x2c && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
      fields.push(decoder.decode(bytes.subarray(from, at)));
    }
    if (at >= bytes.length) return { fields, end: at, next: at, lines };
    if (bytes[at] === 0x2c) {
      at++;
      continue;
    }
    const next = bytes[at] === 0x0d && bytes[at + 1] === 0x0a ? at + 2 : at + 1;
    return { fields, end: at, next, lines };
  }
}

/** The end of the line starting at `start` and where the next one starts. */
function lineEnd(bytes: Uint8Array, start: number): { end: number; next: number } {
  let at = start;
  while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
  const next = at < bytes.length && bytes[at] === 0x0d && bytes[at + 1] === 0x0a ? at + 2 : at + 1;
  return { end: at, next };
}

function jsonValues(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(';');
  return value === undefined || value === null ? '' : String(value);
}

/** A row's values by column; for JSON Lines, undefined when the line is not a JSON object. */
function valuesOf(header: Pick<IndexHeader, 'format' | 'columns'>, rowText: string, fields?: string[]): Record<Column, string> | undefined {
  if (header.format === 'jsonl') {
    const object = jsonValues(rowText);
    if (!object) return undefined;
    return Object.fromEntries(COLUMNS.map((column) => [column, text(object[column])])) as Record<Column, string>;
  }
  const cells = fields ?? csvRecord(encoder.encode(rowText), 0).fields;
  return Object.fromEntries(COLUMNS.map((column) => [column, header.columns[column] >= 0 ? (cells[header.columns[column]] ?? '').trim() : ''])) as Record<Column, string>;
}

function entryOf(values: Record<Column, string>, origin: string): CatalogEntry {
  const entry: CatalogEntry = {
    number: values.number,
    type: values.type,
    replacedBy: values.replacedBy
      .split(';')
      .map((number) => number.trim())
      .filter((number) => number !== ''),
    origin,
    source: origin,
  };
  const date = readCatalogDate(values.date);
  if (date) entry.date = date;
  if (values.issuer) entry.issuer = values.issuer;
  if (values.subject) entry.subject = values.subject;
  const status = readStatus(values.status);
  if (status) entry.status = status;
  return entry;
}

// --------------------------------------------------------------------------------------- building

const say = (vi: string, en: string): Message => ({ vi, en });

/** The first byte that is not UTF-8, or -1. */
function firstBadByte(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    let low = 0;
    let high = bytes.length;
    // The shortest prefix that fails to decode ends at the bad byte, give or take a sequence.
    while (low < high) {
      const middle = (low + high) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle + 1), { stream: true });
        low = middle + 1;
      } catch {
        high = middle;
      }
    }
    // An ASCII byte fails only as the end of a sequence its lead byte left open: name the lead byte.
    let start = low;
    while (start > 0 && (bytes[start]! < 0x80 || (bytes[start]! & 0xc0) === 0x80) && bytes[start - 1]! >= 0x80) start--;
    return start;
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset && at < bytes.length; at++) if (bytes[at] === 0x0a) line++;
  return line;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let at = 0; at < length; at++) if (a[at] !== b[at]) return a[at]! - b[at]!;
  return a.length - b.length;
}

function padded(digits: number, value: number): string {
  return String(value).padStart(digits, '0');
}

export interface BuiltIndex {
  /** The index bytes to write beside the source; undefined when the source cannot be used at all. */
  index?: Uint8Array;
  header: IndexHeader | undefined;
  problems: CatalogProblem[];
}

/**
 * Reads a whole export and makes its index. Bad rows (a missing number, a date that is not
 * dd/mm/yyyy, a number given twice, a line that is not JSON) are reported with their line and left
 * out; a file that is not UTF-8 or lacks the number column is reported and not indexed.
 */
export function buildIndex(bytes: Uint8Array, format: CatalogFormat, stamp: string): BuiltIndex {
  const problems: CatalogProblem[] = [];
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.push({ line: 0, message: say('Tệp danh mục mã hóa UTF-16: hãy lưu lại dưới dạng UTF-8.', 'The catalog is UTF-16: save it as UTF-8.') });
    return { header: undefined, problems };
  }
  const bad = firstBadByte(bytes);
  if (bad >= 0) {
    problems.push({
      line: lineAt(bytes, bad),
      message: say(
        `Tệp danh mục không phải UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} ở vị trí ${bad}): hãy xuất lại dưới dạng UTF-8.`,
        `The catalog is not UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}): export it again as UTF-8.`,
      ),
    });
    return { header: undefined, problems };
  }
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;
  const columns = Object.fromEntries(COLUMNS.map((column) => [column, -1])) as Record<Column, number>;
  if (format === 'csv') {
    const head = csvRecord(bytes, at);
    head.fields.forEach((name, position) => {
      const column = COLUMNS.find((known) => known.toLowerCase() === name.trim().toLowerCase());
      if (column && columns[column] < 0) columns[column] = position;
    });
    const missing = COLUMNS.filter((column) => columns[column] < 0);
    if (columns.number < 0) {
      problems.push({
        line: 1,
        message: say(
          `Dòng tiêu đề của danh mục thiếu cột "number" (các cột: ${COLUMNS.join(', ')}); tệp không được dùng.`,
          `The catalog's header row lacks the "number" column (columns: ${COLUMNS.join(', ')}); the file is not used.`,
        ),
      });
      return { header: undefined, problems };
    }
    if (missing.length > 0) {
      problems.push({
        line: 1,
        message: say(`Dòng tiêu đề của danh mục thiếu cột ${missing.join(', ')}: các thông tin ấy coi như không có.`, `The catalog's header row lacks ${missing.join(', ')}: those facts are taken as unknown.`),
      });
    }
    at = head.next;
    line += head.lines;
  }
  const header: IndexHeader = { version: INDEX_VERSION, stamp, format, columns, rows: 0, problems: [], problemCount: 0, sample: [] };
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  while (at < bytes.length) {
    const start = at;
    const rowLine = line;
    let values: Record<Column, string> | undefined;
    let end: number;
    if (format === 'csv') {
      const record = csvRecord(bytes, at);
      end = record.end;
      at = record.next;
      line += record.lines;
      if (end === start) continue;
      values = valuesOf(header, '', record.fields)!;
    } else {
      const span = lineEnd(bytes, at);
      end = span.end;
      at = span.next;
      line++;
      const rowText = decoder.decode(bytes.subarray(start, end));
      if (rowText.trim() === '') continue;
      values = valuesOf(header, rowText);
      if (!values) {
        problems.push({ line: rowLine, message: say('Dòng không phải một đối tượng JSON; bỏ qua.', 'The line is not a JSON object; skipped.') });
        continue;
      }
    }
    if (!values) continue;
    const problem = rowProblem(values);
    if (problem) {
      problems.push({ line: rowLine, message: problem });
      continue;
    }
    const key = numberKey(values.number);
    const keyBytes = encoder.encode(key);
    if (keyBytes.length > KEY_BYTES) {
      problems.push({ line: rowLine, message: say(`Số văn bản dài quá ${KEY_BYTES} byte; bỏ qua.`, `The number is longer than ${KEY_BYTES} bytes; skipped.`) });
      continue;
    }
    const identity = `${key}\u0000${values.date}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      problems.push({
        line: rowLine,
        message: say(`Văn bản số ${values.number} ngày ${values.date} đã có ở dòng ${earlier}; bỏ qua dòng này.`, `Document ${values.number} of ${values.date} is already on line ${earlier}; this line is skipped.`),
      });
      continue;
    }
    seen.set(identity, rowLine);
    rows.push({ key: keyBytes, offset: start, length: end - start, line: rowLine });
  }
  rows.sort((a, b) => compareBytes(a.key, b.key) || a.offset - b.offset);
  header.rows = rows.length;
  header.problems = problems.slice(0, KEPT_PROBLEMS);
  header.problemCount = problems.length;
  for (let at = 0; at < rows.length; at += BLOCK) header.sample.push(decoder.decode(rows[at]!.key));
  const head = encoder.encode(`${JSON.stringify(header)}\n`);
  const index = new Uint8Array(head.length + rows.length * RECORD_BYTES);
  index.set(head, 0);
  const space = 0x20;
  rows.forEach((row, k) => {
    const base = head.length + k * RECORD_BYTES;
    index.fill(space, base, base + KEY_BYTES);
    index.set(row.key, base);
    index.set(encoder.encode(padded(OFFSET_DIGITS, row.offset) + padded(LENGTH_DIGITS, row.length) + padded(LINE_DIGITS, row.line)), base + KEY_BYTES);
    index[base + RECORD_BYTES - 1] = 0x0a;
  });
  return { index, header, problems };
}

function rowProblem(values: Record<Column, string>): Message | undefined {
  if (values.number === '') return say('Dòng không có số văn bản (cột "number"); bỏ qua.', 'The row has no number (column "number"); skipped.');
  if (values.date !== '' && !readCatalogDate(values.date)) {
    return say(`Ngày "${values.date}" không phải ngày dd/mm/yyyy; bỏ qua dòng này.`, `The date "${values.date}" is not a dd/mm/yyyy date; the row is skipped.`);
  }
  if (values.status !== '' && !readStatus(values.status) && !/^(?:chưa|không) (?:xác định|rõ)|^unknown$/iu.test(values.status)) {
    return say(`Tình trạng "${values.status}" không đọc được (còn hiệu lực, hết hiệu lực, bị thay thế …); bỏ qua dòng này.`, `The status "${values.status}" cannot be read (in force, expired, replaced …); the row is skipped.`);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------- reading

/** Reads `length` bytes at `position` of a file; fewer at its end. */
export type ReadAt = (position: number, length: number) => Uint8Array;

/** The header of an index, or undefined when the bytes are not an index of this version. */
export function readIndexHeader(read: ReadAt): { header: IndexHeader; recordsAt: number } | undefined {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const chunk = read(length, 256 * 1024);
    const newline = chunk.indexOf(0x0a);
    if (newline >= 0) {
      chunks.push(chunk.subarray(0, newline));
      length += newline;
      break;
    }
    if (chunk.length === 0 || length > 64 * 1024 * 1024) return undefined;
    chunks.push(chunk);
    length += chunk.length;
  }
  const line = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    line.set(chunk, at);
    at += chunk.length;
  }
  const parsed = jsonValues(decoder.decode(line));
  if (!parsed || parsed['version'] !== INDEX_VERSION || typeof parsed['stamp'] !== 'string' || !Array.isArray(parsed['sample'])) return undefined;
  return { header: parsed as unknown as IndexHeader, recordsAt: length + 1 };
}

/**
 * A catalog answered from an index and its source, reading only the records a lookup needs and the
 * rows they name. `name` is how the catalog is named in messages (its path as the user wrote it).
 */
export class IndexedCatalog implements DocumentCatalog {
  constructor(
    readonly name: string,
    private readonly header: IndexHeader,
    private readonly recordsAt: number,
    private readonly readIndex: ReadAt,
    private readonly readSource: ReadAt,
  ) {}

  /** Lookups already answered: a check asks for the same numbers again (a citation, its replacement). */
  private readonly answered = new Map<string, readonly CatalogEntry[]>();

  /** The key bytes of record `at` of a block, without the padding. */
  private keyBytes(bytes: Uint8Array, at: number): Uint8Array {
    const base = at * RECORD_BYTES;
    let end = base + KEY_BYTES;
    while (end > base && bytes[end - 1] === 0x20) end--;
    return bytes.subarray(base, end);
  }

  private place(bytes: Uint8Array, at: number): { offset: number; length: number; line: number } {
    const base = at * RECORD_BYTES;
    const digits = decoder.decode(bytes.subarray(base + KEY_BYTES, base + RECORD_BYTES - 1));
    return {
      offset: Number(digits.slice(0, OFFSET_DIGITS)),
      length: Number(digits.slice(OFFSET_DIGITS, OFFSET_DIGITS + LENGTH_DIGITS)),
      line: Number(digits.slice(OFFSET_DIGITS + LENGTH_DIGITS)),
    };
  }

  /**
   * The records from the first whose key is not below `key` while their key passes `take`
   * (compared as bytes, as the index is sorted): the sample in memory names the block to read, and
   * the run may go on into the blocks after it.
   */
  private records(key: string, take: (recordKey: Uint8Array, target: Uint8Array) => boolean, limit: number): { offset: number; length: number; line: number }[] {
    const { sample, rows } = this.header;
    const target = encoder.encode(key);
    let low = 0;
    let high = sample.length;
    // The first block whose first key is not below the key; the run may start in the block before.
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareBytes(encoder.encode(sample[middle]!), target) < 0) low = middle + 1;
      else high = middle;
    }
    const found: { offset: number; length: number; line: number }[] = [];
    for (let block = Math.max(0, low - 1); block * BLOCK < rows && found.length < limit; block++) {
      const count = Math.min(BLOCK, rows - block * BLOCK);
      const bytes = this.readIndex(this.recordsAt + block * BLOCK * RECORD_BYTES, count * RECORD_BYTES);
      for (let at = 0; at < count; at++) {
        const recordKey = this.keyBytes(bytes, at);
        if (compareBytes(recordKey, target) < 0) continue;
        if (!take(recordKey, target)) return found;
        found.push(this.place(bytes, at));
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  private entryAt(record: { offset: number; length: number; line: number }): CatalogEntry | undefined {
    const rowText = decoder.decode(this.readSource(record.offset, record.length));
    const values = valuesOf(this.header, rowText);
    return values ? entryOf(values, `${this.name}:${record.line}`) : undefined;
  }

  lookup(number: string): readonly CatalogEntry[] {
    const key = numberKey(number);
    const known = this.answered.get(key);
    if (known) return known;
    const found = this.records(key, (recordKey, target) => compareBytes(recordKey, target) === 0, Number.MAX_SAFE_INTEGER).flatMap((record) => this.entryAt(record) ?? []);
    // A server keeps a catalog open for hours: the memory of past answers stays bounded.
    if (this.answered.size >= 10_000) this.answered.clear();
    this.answered.set(key, found);
    return found;
  }

  complete(prefix: string, limit: number): readonly CatalogEntry[] {
    const key = numberKey(prefix);
    return this.records(key, (recordKey, target) => recordKey.length >= target.length && compareBytes(recordKey.subarray(0, target.length), target) === 0, limit).flatMap((record) => this.entryAt(record) ?? []);
  }
}
