/**
 * The readers on files LibreOffice writes: the seed plan and five documents of the real corpus
 * are made into Word files (header as a borderless two-column table, body paragraphs justified
 * with a first-line indent), which LibreOffice turns into OpenDocument, back into Word (a DOCX
 * written by LibreOffice from ODT) and prints to PDF. Each reader must give back the words of the
 * document. LibreOffice is installed by scripts/setup-render-tools.sh; without it these tests fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnreadable, type OriginalDocument } from '../../server/src/original/document';
import { readOriginal, type OriginalFileKind } from '../../server/src/original/read/index';
import { SEED_BODY } from '../cite/seed-fixture';
import { buildDocx, paragraph, run, table, TNR } from './docx-builder';

const CORPUS = [
  '001-lang-son-ubnd-2020-phong-chong-han',
  '002-lao-cai-ubnd-2021-mot-ty-cay-xanh',
  '003-tien-giang-ubnd-2022-chuyen-doi-so-nong-thon-moi',
  '004-bac-ninh-ubnd-2017-ho-tich',
  '005-yen-bai-ubnd-2017-pho-bien-giao-duc-phap-luat',
];

const SIZE_13 = `${TNR}<w:sz w:val="26"/>`;
const CENTER = '<w:jc w:val="center"/>';

/** The seed's header, as the Sở laid it out: two columns of a borderless table. */
const SEED_HEADER = [
  ['UBND TỈNH QUẢNG NGÃI', 'SỞ CÔNG THƯƠNG', 'Số: 05/KH-SCT'],
  ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Ngãi, ngày 05 tháng 3 năm 2023'],
];

function wordFile(header: string[][] | undefined, lines: string[]): Uint8Array {
  const cells = header ? table([header.map((column) => column.map((line) => paragraph(run(line, `${SIZE_13}<w:b/>`), CENTER)).join(''))]) : '';
  const body = lines.map((line) => line === 'KẾ HOẠCH' ? paragraph(run(line, `${TNR}<w:b/><w:sz w:val="28"/>`), CENTER) : paragraph(run(line, `${TNR}<w:sz w:val="28"/>`), '<w:ind w:firstLine="567"/><w:spacing w:after="120"/><w:jc w:val="both"/>')).join('');
  return buildDocx({ body: cells + body });
}

function words(text: string): string[] {
  return text.normalize('NFC').split(/\s+/).filter((word) => word.length > 0);
}

/** How many of `expected`'s words, counted with repeats, `actual` has. */
function recall(expected: string[], actual: string[]): number {
  const counts = new Map<string, number>();
  for (const word of actual) counts.set(word, (counts.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of expected) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      found++;
      counts.set(word, left - 1);
    }
  }
  return found / expected.length;
}

function textOf(document: OriginalDocument): string {
  return document.paragraphs.map((p) => (p.label ? `${p.label} ${p.text}` : p.text)).join('\n');
}

function soffice(profile: string, outdir: string, target: string, inputs: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', target, '--outdir', outdir, ...inputs], {
    stdio: 'pipe',
    timeout: 240_000,
  });
}

describe('files written by LibreOffice', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kh-original-'));
  const documents: { name: string; header?: string[][]; lines: string[] }[] = [
    { name: 'seed', header: SEED_HEADER, lines: ['KẾ HOẠCH', ...SEED_BODY.split('\n')] },
    ...CORPUS.map((name) => ({
      name,
      lines: readFileSync(`test/corpus/docs/${name}.txt`, 'utf8')
        .split('\n')
        .filter((line) => line.trim().length > 0),
    })),
  ];

  beforeAll(() => {
    const inputs = documents.map(({ name, header, lines }) => {
      const path = join(folder, `${name}.docx`);
      writeFileSync(path, wordFile(header, lines));
      return path;
    });
    const profile = join(folder, 'profile');
    const odt = join(folder, 'odt');
    const roundTrip = join(folder, 'lo-docx');
    soffice(profile, odt, 'odt', inputs);
    const odts = documents.map(({ name }) => join(odt, `${name}.odt`));
    soffice(profile, roundTrip, 'docx:MS Word 2007 XML', odts);
    soffice(profile, join(folder, 'pdf'), 'pdf', odts);
    soffice(profile, join(folder, 'doc'), 'doc:MS Word 97', [inputs[0]!]);
  }, 300_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const cases: [string, OriginalFileKind, string][] = [];
  for (const { name } of [{ name: 'seed' }, ...CORPUS.map((name) => ({ name }))]) {
    cases.push([name, 'odt', `odt/${name}.odt`], [name, 'docx', `lo-docx/${name}.docx`], [name, 'pdf', `pdf/${name}.pdf`]);
  }

  it.each(cases)('%s as %s gives back its words', async (name, kind, path) => {
    const document = documents.find((each) => each.name === name)!;
    const result = await readOriginal(new Uint8Array(readFileSync(join(folder, path))), kind);
    if (isUnreadable(result)) throw new Error(result.message.en);
    const expected = words([...(document.header?.flat() ?? []), ...document.lines].join('\n'));
    const actual = words(textOf(result));
    expect(recall(expected, actual), 'words of the document that the reader gave').toBeGreaterThanOrEqual(kind === 'pdf' ? 0.98 : 0.999);
    expect(recall(actual, expected), 'words the reader gave that the document has').toBeGreaterThanOrEqual(kind === 'pdf' ? 0.98 : 0.999);
    if (kind !== 'pdf') {
      // Word and OpenDocument keep the paragraphs: the body comes back line for line.
      const body = result.paragraphs.filter((p) => !p.format?.cell).map((p) => p.text);
      expect(body).toEqual(document.lines.map((line) => line.normalize('NFC')));
    }
  });

  it('keeps the header table and its format through LibreOffice', async () => {
    for (const [kind, path] of [
      ['odt', 'odt/seed.odt'],
      ['docx', 'lo-docx/seed.docx'],
    ] as const) {
      const result = await readOriginal(new Uint8Array(readFileSync(join(folder, path))), kind);
      if (isUnreadable(result)) throw new Error(result.message.en);
      const header = result.paragraphs.filter((p) => p.format?.cell);
      expect(header.map((p) => [p.format!.cell!.column, p.text]), kind).toEqual(SEED_HEADER.flatMap((column, i) => column.map((line) => [i, line])));
      expect(header[1]!.runs![0]!.format, kind).toMatchObject({ bold: true, sizePt: 13, fonts: { ascii: 'Times New Roman', hAnsi: 'Times New Roman' } });
      const body = result.paragraphs.find((p) => p.text.startsWith('Thực hiện Kế hoạch số 30'))!;
      expect(body.format, kind).toMatchObject({ alignment: 'justify', firstLineIndentCm: 1, spaceAfterPt: 6 });
      const page = result.page!;
      expect([page.widthCm, page.heightCm, page.marginTopCm, page.marginBottomCm, page.marginLeftCm, page.marginRightCm].map((cm) => Math.round(cm * 10) / 10), kind).toEqual([21, 29.7, 2, 2, 3, 2]);
      expect(page.pageNumbers, kind).toBe(true);
    }
  });

  it('gives the printed header in columns, and pages', async () => {
    const result = await readOriginal(new Uint8Array(readFileSync(join(folder, 'pdf/seed.pdf'))), 'pdf');
    if (isUnreadable(result)) throw new Error(result.message.en);
    // The Quốc hiệu and the date are wider than their cell and wrap; each comes back whole.
    expect(result.paragraphs.slice(0, 7).map((p) => p.text)).toEqual([...SEED_HEADER[0]!, ...SEED_HEADER[1]!, 'KẾ HOẠCH']);
    expect(result.paragraphs.at(-1)!.page).toBeGreaterThan(2);
  });

  it('calls a Word 97 file what it is', async () => {
    const result = await readOriginal(new Uint8Array(readFileSync(join(folder, 'doc/seed.doc'))), 'docx');
    expect(isUnreadable(result) && result.message.en).toMatch(/Word 97–2003/);
  });
});
