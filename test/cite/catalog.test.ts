/**
 * The built-in catalog (server/src/cite/national-catalog.json): every entry well formed, with the
 * source of its facts and of its status; the generated `.kh` declarations say the same as the
 * data; and where an entry's source is a page of the real corpus, that page cites the document with
 * the catalog's date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { compareDates } from '../../server/src/base/civil-date';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI, BUILTIN_DOCUMENT_CATALOG, NATIONAL_DOCUMENTS } from '../../server/src/cite/builtin-catalog';
import { numberKey, readCatalogDate } from '../../server/src/cite/catalog';
import { findDocumentType } from '../../server/src/cite/doc-types';
import { parseCitationPhrase } from '../../server/src/cite/phrase';

/** The declarations as [id, phrase, field lines], read line by line so this test needs no parser. */
function declarations(): { id: string; phrase: string; fields: string[] }[] {
  const result: { id: string; phrase: string; fields: string[] }[] = [];
  for (const line of BUILTIN_CATALOG.split('\n')) {
    const head = /^văn bản ([A-Za-z0-9_-]+): (.*)$/.exec(line);
    if (head) result.push({ id: head[1]!, phrase: head[2]!, fields: [] });
    else if (/^\s+\S/.test(line)) result.at(-1)!.fields.push(line.trim());
  }
  return result;
}

const STATUSES = ['in-force', 'amended', 'replaced', 'expired'];
const DATE = /^\d{2}\/\d{2}\/\d{4}$/;
const LAW_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);

/**
 * The page addresses in a source field. An address must name a page: one with a path or a query
 * after the host, so "https://vanban.chinhphu.vn" (a portal's front page, where the fact cannot be
 * read back) does not count.
 */
function pageAddresses(source: string): string[] {
  return (source.match(/https?:\/\/[^\s;]+/gu) ?? []).filter((address) => {
    const url = new URL(address.replace(/[).,]+$/u, ''));
    return url.pathname.length > 1 || url.search.length > 1;
  });
}

const CORPUS_DOCS = join(__dirname, '..', 'corpus', 'docs');
/** The corpus pages by their address, with their text collapsed to single spaces. */
const CORPUS_BY_SOURCE = new Map(
  readdirSync(CORPUS_DOCS)
    .filter((name) => name.endsWith('.key.json'))
    .map((name) => {
      const key = JSON.parse(readFileSync(join(CORPUS_DOCS, name), 'utf8')) as { source: string };
      const text = readFileSync(join(CORPUS_DOCS, name.replace(/\.key\.json$/, '.txt')), 'utf8').normalize('NFC').replace(/\s+/g, ' ');
      return [key.source, text] as const;
    }),
);

group('built-in catalog', () => {
  it('has a stable uri and holds at least 150 national documents', () => {
    expect(BUILTIN_CATALOG_URI).toBe('kehoach:builtin/catalog.kh');
    expect(NATIONAL_DOCUMENTS.length).toBeGreaterThanOrEqual(150);
  });

  it('keeps the ids plans already use and holds the documents on document work and what they replaced', () => {
    const ids = new Set(NATIONAL_DOCUMENTS.map((document) => document.id));
    for (const id of ['KL120-TW', 'KL114-TW', 'ND04-2015', 'ND159-2016', 'ND30-2020', 'LUAT10-2022', 'BLLD45-2019']) expect(ids).toContain(id);
    const [decree] = BUILTIN_DOCUMENT_CATALOG.lookup('110/2004/NĐ-CP');
    expect(decree?.status).toBe('replaced');
    expect(decree?.replacedBy).toEqual(['30/2020/NĐ-CP']);
    // No stored page says what ended Thông tư 01/2011/TT-BNV, so it is held with no status.
    const [circular] = BUILTIN_DOCUMENT_CATALOG.lookup('01/2011/TT-BNV');
    expect(circular?.date).toEqual({ year: 2011, month: 1, day: 19 });
    expect(circular?.status).toBeUndefined();
  });

  it.each(NATIONAL_DOCUMENTS.map((document) => [document.id, document] as const))('%s is well formed and names its sources', (id, document) => {
    expect(id).toMatch(/^[A-Z][A-Za-z0-9-]*$/);
    expect(findDocumentType(document.type)?.type.name).toBe(document.type);
    expect(document.date).toMatch(DATE);
    expect(readCatalogDate(document.date), 'a real date').toBeDefined();
    expect(document.issuer.trim()).not.toBe('');
    // A law is cited by its name, any other document by its subject.
    if (LAW_TYPES.has(document.type)) expect(document.name?.trim()).toBeTruthy();
    else expect(document.subject !== undefined || document.name !== undefined).toBe(true);
    // The facts come from pages named by their address, never from a portal's front page.
    expect(pageAddresses(document.sources.citation).length, 'a page address').toBeGreaterThan(0);
    expect(document.sources.citation).toMatch(/^https?:\/\//);
    if (document.status === undefined) {
      expect(document.replacedBy ?? []).toEqual([]);
      expect(document.sources.status).toBeUndefined();
      return;
    }
    expect(STATUSES).toContain(document.status);
    // No status without the page that states it.
    expect(document.sources.status ?? '').toMatch(/^https?:\/\//);
    expect(pageAddresses(document.sources.status!).length, 'a page address').toBeGreaterThan(0);
    if (document.status === 'replaced') expect(document.replacedBy?.length ?? 0).toBeGreaterThan(0);
    if (document.status === 'in-force' || document.status === 'amended') expect(document.statusAsOf).toMatch(DATE);
    const issued = readCatalogDate(document.date)!;
    if (document.replacedOn) {
      expect(document.replacedOn).toMatch(DATE);
      expect(compareDates(readCatalogDate(document.replacedOn)!, issued)).toBeGreaterThan(0);
    }
    for (const number of document.replacedBy ?? []) {
      expect(numberKey(number)).not.toBe(numberKey(document.number ?? ''));
      const [replacement] = BUILTIN_DOCUMENT_CATALOG.lookup(number);
      // A replacement the catalog holds comes after the document it replaces.
      if (replacement?.date) expect(compareDates(replacement.date, issued), `${number} after ${id}`).toBeGreaterThan(0);
    }
  });

  it('has one entry per number and per id', () => {
    const numbers = NATIONAL_DOCUMENTS.flatMap((document) => (document.number ? [numberKey(document.number)] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    const ids = NATIONAL_DOCUMENTS.map((document) => document.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('agrees with the corpus pages it names as sources: each cites the number with the same date', () => {
    let checked = 0;
    for (const document of NATIONAL_DOCUMENTS) {
      for (const [source, text] of CORPUS_BY_SOURCE) {
        if (!document.number || !document.sources.citation.includes(source)) continue;
        const at = text.indexOf(document.number);
        expect(at, `${document.id}: ${source} cites ${document.number}`).toBeGreaterThanOrEqual(0);
        const after = text.slice(at, at + 80);
        const date = /ngày (\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/iu.exec(after);
        expect(date, `${document.id}: a date after the number in ${source}`).not.toBeNull();
        const [day, month, year] = document.date.split('/').map(Number);
        expect([Number(date![1]), Number(date![2]), Number(date![3])], `${document.id} in ${source}`).toEqual([day, month, year]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('declares every document with a clean citation phrase that says what the data says', () => {
    const byId = new Map(NATIONAL_DOCUMENTS.map((document) => [document.id, document]));
    const declared = declarations();
    expect(declared.map((d) => d.id)).toEqual(NATIONAL_DOCUMENTS.map((document) => document.id));
    for (const d of declared) {
      const { citation, problems } = parseCitationPhrase(d.phrase);
      expect(problems, d.id).toEqual([]);
      const document = byId.get(d.id)!;
      expect(citation!.typeName, d.id).toBe(document.type);
      expect(citation!.number?.normalised, d.id).toBe(document.number);
      const date = citation!.date!;
      expect([date.day, date.month, date.year], d.id).toEqual(document.date.split('/').map(Number));
      expect(citation!.issuer, d.id).toBe(document.issuer);
      expect(d.fields.some((f) => f.startsWith('nguồn: ')), d.id).toBe(true);
      expect(d.fields.some((f) => f.startsWith('tình trạng: ')), d.id).toBe(document.status !== undefined);
    }
  });

  it('is NFC text', () => {
    expect(BUILTIN_CATALOG).toBe(BUILTIN_CATALOG.normalize('NFC'));
  });
});
