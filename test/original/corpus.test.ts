/**
 * `kehoach check` on the real corpus as the drafter has it, as text (test/corpus/docs/*.txt and
 * the seed plan): every text becomes a plan without a syntax error, the header is recognised
 * wherever the text has one (so it is never called "missing" for a field it shows), and every keyed
 * defect of a rule in the catalogue is found on its line, but for the few listed below with the
 * reason the rules cannot see them in an original yet. The list only shrinks: a listed defect that
 * is found fails the test until its entry is removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../server/src/base/civil-date';
import { ALL_RULES } from '../../server/src/check/rules-catalogue';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { checkOriginal, paragraphLocator } from '../../server/src/original/check-original';
import { isUnreadable } from '../../server/src/original/document';
import { readOriginal } from '../../server/src/original/read/index';
import { recognise } from '../../server/src/original/recognise';
import { parsePlan } from '../../server/src/syntax/parse';
import { buildDocx, paragraph, run, TNR } from './docx-builder';
import { checkText } from './helpers';

const DOCS = join(__dirname, '../corpus/docs');
const SEED = join(__dirname, '../fixtures/original/seed-plan.txt');

interface Key {
  date: string | null;
  number: string | null;
  place: string | null;
  defects: { line: number; text: string; rule: string }[];
}

const IMPLEMENTED = new Set<string>(ALL_RULES.map((rule) => rule.code));

/** Keyed defects the checks of an original do not find yet, by document, rule and text, with why. */
const KNOWN_MISSES: Record<string, string> = {
  '001 capitalisation/inconsistent vụ đông Xuân 2019 - 2020': 'written once, half capitalised: the rule compares a name written two ways, and a crop season is neither an agency nor a name defined with an abbreviation',
  '016 citation/symbol-type Căn cứ các Thông tư của Bộ trưởng Bộ Giáo dục và Đào tạo: Số 03/VBHN-BGDĐT': 'a grouped citation: the type name and the symbols are far apart',
  '050 spelling/glued-word lâm nghiệpngư nghiệp': 'two Vietnamese words glued together need a dictionary',
  '066 prose/stale-year đánh giá thực hiện kế hoạch năm 2022, dự kiến kế hoạch năm 2023': 'the text lost its header, so the plan has no year',
  '070 prose/stale-year và triển khai Kế hoạch năm 2022, trước mắt': 'the text lost its header, so the plan has no year',
};

const documents = readdirSync(DOCS)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({
    name: file.slice(0, 3),
    text: readFileSync(join(DOCS, file), 'utf8'),
    key: JSON.parse(readFileSync(join(DOCS, file.replace(/\.txt$/, '.key.json')), 'utf8')) as Key,
  }));

function checked(document: (typeof documents)[number]) {
  const asOf = document.key.date ? parseIsoDate(document.key.date) : undefined;
  return checkText(document.text, asOf ? { asOf } : {});
}

const compact = (text: string) => text.normalize('NFC').replace(/\s+/gu, '');

describe('checking the real corpus as text', () => {
  it('has the corpus and the seed', () => {
    expect(documents.length).toBeGreaterThan(60);
    expect(readFileSync(SEED, 'utf8').length).toBeGreaterThan(10_000);
  });

  it.each([...documents.map((document) => [document.name, document.text] as const), ['seed', readFileSync(SEED, 'utf8')] as const])(
    '%s becomes a plan without a syntax error',
    (_name, text) => {
      const { diagnostics } = checkText(text);
      expect(diagnostics.filter((d) => d.code.startsWith('syntax/') || d.code.startsWith('internal/')).map((d) => `${d.code}: ${d.message.en}`)).toEqual([]);
    },
  );

  it.each(documents.map((document) => [document.name, document] as const))('%s: the header fields the text shows are recognised', (_name, document) => {
    const head = document.text.split('\n').slice(0, 40).join('\n');
    const { recognition } = checked(document);
    if (!recognition.planHeader) return;
    const fields = Object.fromEntries((parsePlan('file:///x.kh', recognition.plan).header?.fields ?? []).map((field) => [field.key, compact(field.value.text)]));
    if (document.key.number && compact(head).includes(compact(document.key.number))) expect(fields['number']).toContain(compact(document.key.number));
    if (document.key.place && compact(head).includes(compact(`${document.key.place},`))) expect(fields['place']).toBe(compact(document.key.place));
    const missing = checked(document).diagnostics.filter((d) => d.code === 'header/missing');
    for (const diagnostic of missing) {
      if (fields['number'] !== undefined) expect(diagnostic.message.en).not.toContain('"số"');
      if (fields['agency'] !== undefined) expect(diagnostic.message.en).not.toContain('"cơ quan" (issuing');
    }
  });

  const cases = documents.flatMap((document) =>
    document.key.defects.filter((defect) => IMPLEMENTED.has(defect.rule)).map((defect) => [`${document.name} ${defect.rule} ${defect.text}`, document, defect] as const),
  );

  it('keys enough defects of the catalogue to measure', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('%s', (label, document, defect) => {
    const { diagnostics } = checked(document);
    const found = diagnostics.some(
      (d) => d.code === defect.rule && d.location.range.start.line + 1 <= defect.line && d.location.range.end.line + 1 >= defect.line,
    );
    if (KNOWN_MISSES[label] !== undefined) expect(found, `${label} is found now: remove it from KNOWN_MISSES`).toBe(false);
    else expect(found, `${label}: not reported on line ${defect.line}`).toBe(true);
  });

  it('lists no miss that is not a keyed defect', () => {
    const labels = new Set<string>(cases.map(([label]) => label));
    expect([...Object.keys(KNOWN_MISSES), ...Object.keys(CUT_IN_WORD)].filter((label) => !labels.has(label))).toEqual([]);
  });
});

/** Five documents of the corpus typed into Word one line a paragraph, as a drafter's file holds them. */
const AS_WORD = ['001', '013', '022', '031', '036'];

/**
 * Keyed defects the text finds but the Word file cannot: a Word paragraph is never joined to the
 * next, and typing the text one line a paragraph cuts these citations from their type or date.
 */
const CUT_IN_WORD: Record<string, string> = {
  '022 citation/after-plan ngày 21/3/2023 của Thủ tướng Chính phủ về việc tăng cường công tác truyền thông':
    'the date is a paragraph apart from "Chỉ thị số 07/CT-TTg", which is reported, from the catalog, on its own paragraph',
  '022 citation/after-plan 765/QĐ-BTTTT ngày 28/4/2023': 'the number is a paragraph apart from "Quyết định số"',
};

describe('checking real documents as Word files', () => {
  const chosen = documents.filter((document) => AS_WORD.includes(document.name));

  it('has the documents', () => {
    expect(chosen.map((document) => document.name)).toEqual(AS_WORD);
  });

  it.each(chosen.map((document) => [document.name, document] as const))('%s: finds each keyed defect on its paragraph, as file:P:C', async (_name, document) => {
    const lines = document.text.split('\n');
    const bytes = buildDocx({ body: lines.map((line) => paragraph(line === '' ? '' : run(line, TNR))).join('') });
    const read = await readOriginal(bytes, 'docx');
    if (isUnreadable(read)) throw new Error(read.message.en);
    // The reader numbers the body's paragraphs; the one that holds a line's text is that line's.
    const paragraphOfLine = (line: number) => read.paragraphs.find((p) => p.text === lines[line - 1]!.normalize('NFC'))?.index;
    const recognition = recognise(read);
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile('file:///ws/van-ban.docx', recognition.plan);
    const asOf = document.key.date ? parseIsoDate(document.key.date) : undefined;
    const { diagnostics } = checkOriginal(workspace, 'file:///ws/van-ban.docx', recognition, paragraphLocator(read), {
      calendar: WorkingCalendar.withUserOverrides([]),
      ...(asOf ? { asOf } : {}),
    });
    for (const defect of document.key.defects.filter((defect) => IMPLEMENTED.has(defect.rule))) {
      const label = `${document.name} ${defect.rule} ${defect.text}`;
      if (KNOWN_MISSES[label] !== undefined || CUT_IN_WORD[label] !== undefined) continue;
      const paragraphIndex = paragraphOfLine(defect.line);
      const found = diagnostics.some((d) => d.code === defect.rule && d.location.range.start.line + 1 === paragraphIndex);
      expect(found, `${label}: not reported on paragraph ${paragraphIndex}`).toBe(true);
    }
    expect(diagnostics.filter((d) => d.code.startsWith('syntax/'))).toEqual([]);
  });
});
