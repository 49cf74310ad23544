/**
 * The samples are the language's showcase and the CI's main input (`kehoach check samples`): every
 * file there must parse without a syntax problem. The faithful rewrite of the seed plan is also a
 * fixture for the model: its counts pin what the parser builds from a real plan. The broken files
 * under test/fixtures/broken pin the exact position of each syntax diagnostic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../server/src/cite/builtin-catalog';
import type { Inline, Item, PlanFile, TaskDecl } from '../../server/src/model/ast';
import { parsePlan } from '../../server/src/syntax/parse';
import { ruleByCode } from '../../server/src/check/rules';

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'samples');
const FIXTURES = join(ROOT, 'test', 'fixtures');

function khFiles(dir: string): string[] {
  const result: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) result.push(...khFiles(path));
    else if (entry.name.endsWith('.kh')) result.push(path);
  }
  return result.sort();
}

function parse(path: string): PlanFile {
  return parsePlan(`file://${path}`, readFileSync(path, 'utf8'));
}

function summary(file: PlanFile): string[] {
  return file.syntaxFindings.map(
    (d) => `${d.code} ${d.location.range.start.line}:${d.location.range.start.character} ${d.message.en}`,
  );
}

/** Every inline of the body: the opening, then items depth first (titles included). */
function bodyInlines(file: PlanFile): Inline[] {
  const result: Inline[] = [];
  for (const paragraph of file.opening) result.push(...paragraph.inlines);
  const walk = (items: Item[]) => {
    for (const item of items) {
      if (item.title) result.push(...item.title.inlines);
      for (const paragraph of item.paragraphs) result.push(...paragraph.inlines);
      walk(item.children);
    }
  };
  walk(file.items);
  return result;
}

function refIds(inlines: Inline[]): string[] {
  return inlines.flatMap((inline) => (inline.kind === 'ref' ? [inline.id] : []));
}

function allTasks(items: Item[]): TaskDecl[] {
  return items.flatMap((item) => [...item.tasks, ...allTasks(item.children)]);
}

function fieldValue(task: TaskDecl, key: string): string | undefined {
  return task.fields.find((field) => field.key === key)?.value.text;
}

const sampleFiles = khFiles(SAMPLES);

describe('samples parse cleanly', () => {
  it('finds the samples', () => {
    expect(sampleFiles.map((path) => relative(SAMPLES, path))).toEqual(
      expect.arrayContaining([
        'quang-ngai-dan-van-2023/ke-hoach.kh',
        'quang-ngai-dan-van-2023/danh-muc.kh',
        'cai-cach-hanh-chinh-2024/ke-hoach.kh',
        'cai-cach-hanh-chinh-2024/danh-muc.kh',
        'ngan-gon-2025/ke-hoach.kh',
      ]),
    );
  });

  it.each(sampleFiles.map((path) => [relative(ROOT, path), path]))('%s has no syntax diagnostic', (_name, path) => {
    expect(summary(parse(path))).toEqual([]);
  });

  // The copy that keeps the seed's defects carries only defects the checks report, not syntax ones.
  it.each(khFiles(join(FIXTURES, 'quang-ngai-dan-van-2023-loi')).map((path) => [relative(ROOT, path), path]))(
    '%s has no syntax diagnostic',
    (_name, path) => {
      expect(summary(parse(path))).toEqual([]);
    },
  );

  it('catalog files are catalogs and plans are plans', () => {
    for (const path of sampleFiles) {
      const file = parse(path);
      expect(file.isCatalog, relative(ROOT, path)).toBe(path.endsWith('danh-muc.kh'));
    }
  });
});

describe('the faithful seed plan', () => {
  const dir = join(SAMPLES, 'quang-ngai-dan-van-2023');
  const plan = parse(join(dir, 'ke-hoach.kh'));
  const catalog = parse(join(dir, 'danh-muc.kh'));
  const builtin = parsePlan('kehoach:builtin/catalog.kh', BUILTIN_CATALOG);

  it('has the header of the lost first page', () => {
    expect(plan.header?.fields.map((field) => [field.key, field.value.text])).toEqual([
      ['parentAgency', 'UBND tỉnh Quảng Ngãi'],
      ['agency', 'Sở Công Thương'],
      ['number', '/KH-SCT'],
      ['place', 'Quảng Ngãi'],
      ['date', '/02/2023'],
      ['title', 'Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023 của Sở Công Thương'],
    ]);
    expect(plan.opening).toHaveLength(1);
    expect(refIds(plan.opening[0]!.inlines)).toEqual(['KH30']);
  });

  it('has three mục, the last renumbered from the seed\'s second "II."', () => {
    expect(plan.items.map((item) => [item.kind, item.marker])).toEqual([
      ['muc', 'I.'],
      ['muc', 'II.'],
      ['muc', 'III.'],
    ]);
    expect(plan.items.map((item) => item.title && refIds(item.title.inlines))).toEqual([[], [], []]);
    expect(plan.items.map((item) => (item.title?.inlines[0] as { text?: string }).text)).toEqual([
      'Mục đích, yêu cầu',
      'Nội dung thực hiện',
      'Tổ chức thực hiện',
    ]);
  });

  it('has the khoản, sub-khoản and bullets of the seed', () => {
    const [muc1, muc2, muc3] = plan.items;
    expect(muc1!.children.map((item) => item.marker)).toEqual(['1.', '2.', '3.', '4.']);
    expect(muc2!.children.map((item) => item.marker)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(muc3!.children.map((item) => item.marker)).toEqual(['1.', '2.', '3.']);
    // No khoản of the seed is titled: each ends with punctuation or stands alone.
    const khoan = [...muc1!.children, ...muc2!.children, ...muc3!.children];
    expect(khoan.every((item) => item.title === undefined)).toBe(true);
    expect(muc2!.children[0]!.children.map((item) => item.kind)).toEqual(Array(5).fill('dash'));
    expect(muc2!.children[1]!.children.map((item) => item.marker)).toEqual(['2.1.', '2.2.']);
    expect(muc2!.children[2]!.children.map((item) => item.kind)).toEqual(Array(8).fill('dash'));
  });

  it('refers to 25 documents (31 mentions), 22 from its catalog and 3 from the built-in one, each declared once', () => {
    const documentIds = new Set(
      [...catalog.declarations, ...builtin.declarations].filter((d) => d.kind === 'document').map((d) => d.id),
    );
    const unitIds = new Set(catalog.declarations.filter((d) => d.kind === 'unit').map((d) => d.id));
    const refs = refIds(bodyInlines(plan));
    const documentRefs = refs.filter((id) => documentIds.has(id));
    const unitRefs = refs.filter((id) => unitIds.has(id));
    // Every reference in the body resolves to a declared document or unit.
    expect(refs.filter((id) => !documentIds.has(id) && !unitIds.has(id))).toEqual([]);
    expect(documentRefs).toHaveLength(31);
    expect(new Set(documentRefs).size).toBe(25);
    expect(unitRefs).toEqual(['VP', 'UBND', 'SNV', 'CPDV', 'VP', 'VP', 'SNV', 'UBND', 'SNV']);

    const catalogDocuments = catalog.declarations.filter((d) => d.kind === 'document').map((d) => d.id);
    expect(catalogDocuments).toHaveLength(22);
    expect(new Set(catalogDocuments).size).toBe(22);
    // Every document of the catalog is cited by the plan, and the plan cites these three national ones.
    expect(catalogDocuments.filter((id) => !documentRefs.includes(id))).toEqual([]);
    expect([...new Set(documentRefs)].filter((id) => !catalogDocuments.includes(id)).sort()).toEqual([
      'KL114-TW',
      'ND04-2015',
      'ND159-2016',
    ]);
    // Declared once in the workspace, and the plan declares none. The one id the catalog shares with
    // the built-in catalog is Kết luận 120-KL/TW: the seed cites it by a shortened subject, which the
    // workspace's declaration keeps (it takes the place of the built-in entry's full subject).
    expect(catalogDocuments.filter((id) => builtin.declarations.some((d) => d.id === id))).toEqual(['KL120-TW']);
    const kl120 = catalog.declarations.find((d) => d.id === 'KL120-TW');
    expect(kl120?.fields.find((field) => field.key === 'title')?.value.text).toBe(
      'về xây dựng và thực hiện Quy chế dân chủ ở cơ sở',
    );
    expect(plan.declarations.filter((d) => d.kind !== 'task')).toEqual([]);
  });

  it('declares seven units, used as issuers with `của @ID` in the catalog', () => {
    const units = catalog.declarations.filter((d) => d.kind === 'unit');
    expect(units.map((unit) => unit.id)).toEqual(['VP', 'SNV', 'UBND', 'BDVTU', 'BTVTU', 'BCSD', 'CPDV']);
    const issuerRefs = catalog.declarations.flatMap((d) => (d.kind === 'document' ? refIds(d.phraseInlines) : []));
    expect(new Set(issuerRefs)).toEqual(new Set(['UBND', 'BTVTU', 'BDVTU', 'BCSD']));
  });

  it('writes the corrected numbers in the catalog', () => {
    const phrase = (id: string) => catalog.declarations.find((d) => d.id === id && d.kind === 'document');
    const phrases = Object.fromEntries(
      ['CT08', 'CTR31', 'CV4418', 'KH160', 'QD1411', 'QD396', 'DA13', 'CV5451'].map((id) => {
        const declaration = phrase(id);
        return [id, declaration?.kind === 'document' ? declaration.phrase.text : undefined];
      }),
    );
    expect(phrases.CT08).toContain('số 08-CT/TU ngày');
    expect(phrases.CTR31).toContain('số 31-CTr/BDVTU-BCSĐUBND ngày');
    expect(phrases.CV4418).toContain('số 4418/UBND-NC ngày');
    expect(phrases.KH160).toContain('số 160-KH/TU ngày');
    expect(phrases.QD1411).toBe('Quyết định số 1411/QĐ-SCT ngày 08/7/2022');
    for (const id of ['QD396', 'DA13', 'CV5451']) expect(phrases[id]).not.toContain(', ngày');
  });

  it('has six tasks in "Tổ chức thực hiện" with their deadlines', () => {
    const [, , muc3] = plan.items;
    expect(muc3!.children.map((item) => item.tasks.map((task) => task.id))).toEqual([
      ['BCDK', 'BC6T', 'BCN'],
      ['DKMH', 'DKSO', 'BCMH'],
      [],
    ]);
    const tasks = allTasks(plan.items);
    expect(tasks).toHaveLength(6);
    expect(tasks.map((task) => [task.id, fieldValue(task, 'lead'), fieldValue(task, 'receiver'), fieldValue(task, 'deadline')])).toEqual([
      ['BCDK', '@VP', '@SNV', 'định kỳ 06 tháng, hằng năm'],
      ['BC6T', '@VP', '@SNV', 'trước 01/6/2023'],
      ['BCN', '@VP', '@SNV', 'trước 15/10/2023'],
      ['DKMH', '@CPDV', '@VP', 'trước 15/3/2023'],
      ['DKSO', '@VP', '@SNV', 'trước 01/4/2023'],
      ['BCMH', '@VP', '@SNV', 'khi có yêu cầu'],
    ]);
    expect(fieldValue(tasks[4]!, 'dependsOn')).toBe('@DKMH');
    // Each deadline is written once, on its task; the prose refers to it.
    const deadlineRefs = bodyInlines(plan).flatMap((inline) => (inline.kind === 'deadline-ref' ? [inline.taskId] : []));
    expect(deadlineRefs).toEqual(['BCDK', 'BC6T', 'BCN', 'DKMH', 'DKSO', 'BCMH']);
  });

  it('silences the weekend warning on the two seed dates, and only there', () => {
    const lines = plan.source.text.split('\n');
    expect(plan.suppressions.map((s) => [s.scope, s.rules, lines[s.line!]!.trim()])).toEqual([
      ['next-line', ['deadline/non-working-day'], 'hạn: trước 15/10/2023'],
      ['next-line', ['deadline/non-working-day'], 'hạn: trước 01/4/2023'],
    ]);
  });

  it('has the eight recipients and the signer of the seed', () => {
    const entries = plan.recipients!.entries;
    expect(entries).toHaveLength(8);
    expect(entries.map((entry) => entry.value.text)).toEqual([
      '@BDVTU',
      '@SNV',
      'Giám đốc, các P. Giám đốc Sở',
      'Đảng ủy Sở',
      'Công đoàn, Chi đoàn',
      'Ban TTND',
      'Các phòng, ĐVTT',
      'Lưu: VT, VP',
    ]);
    expect(plan.signer!.lines.map((line) => line.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(plan.signer!.name?.text).toBe('Nguyễn Đức Huy');
  });
});

describe('the copy that keeps the seed\'s defects', () => {
  const dir = join(FIXTURES, 'quang-ngai-dan-van-2023-loi');
  const plan = parse(join(dir, 'ke-hoach.kh'));
  const catalog = parse(join(dir, 'danh-muc.kh'));

  it('keeps the duplicate "II." and no suppression', () => {
    expect(plan.items.map((item) => item.marker)).toEqual(['I.', 'II.', 'II.']);
    expect(plan.suppressions).toEqual([]);
  });

  it('declares the defective numbers itself, and its catalog does not repeat them', () => {
    const phrases = plan.declarations.flatMap((d) => (d.kind === 'document' ? [d.phrase.text] : []));
    for (const defect of ['120 -KL/TW', '114 -KL/TW', '08 -CT/TU', '31–CTr/', '160 –KH/TU', '4418 /UBND-NC', 'số1411/QĐ-SCT', '396-QĐ/TU, ngày', '13-ĐA/TU, ngày', '5451/UBND-CNXD, ngày']) {
      expect(phrases.filter((phrase) => phrase.includes(defect)), defect).toHaveLength(1);
    }
    const planIds = plan.declarations.map((d) => d.id);
    expect(catalog.declarations.filter((d) => planIds.includes(d.id))).toEqual([]);
  });

  it('keeps the prose deadlines, the stale year and the repeated citations', () => {
    const text = bodyInlines(plan)
      .map((inline) => (inline.kind === 'text' ? inline.text : ''))
      .join('');
    for (const kept of ['trước ngày 01/6/2023', 'trước ngày 15/10/2023', 'trước ngày 15/3/2023', 'trước ngày 01/4/2023', 'quy chế dân chủ năm 2022', 'Kế hoạch số 159/KH-SCT ngày 19/01/2023', 'Kế hoạch số 987-KH/BCSĐ ngày 16/12/2022']) {
      expect(text, kept).toContain(kept);
    }
    expect(allTasks(plan.items)).toHaveLength(6);
    expect(plan.recipients!.entries).toHaveLength(8);
  });
});

describe('the other samples', () => {
  it('the administrative-reform plan has twelve tasks of every deadline kind and an annex', () => {
    const plan = parse(join(SAMPLES, 'cai-cach-hanh-chinh-2024', 'ke-hoach.kh'));
    expect(plan.header!.fields.find((field) => field.key === 'annex')?.value.text).toBe(
      'Danh mục nhiệm vụ cải cách hành chính năm 2024',
    );
    const tasks = allTasks(plan.items);
    expect(tasks).toHaveLength(12);
    expect(tasks.every((task) => fieldValue(task, 'lead') !== undefined && fieldValue(task, 'deadline') !== undefined)).toBe(true);
    expect(tasks.map((task) => fieldValue(task, 'deadline'))).toEqual([
      'chậm nhất 29/3/2024',
      'trong quý III/2024',
      'trong 10 ngày làm việc sau @RSTTHC',
      'thường xuyên',
      'trong 15 ngày kể từ ngày 04/3/2024',
      'trong tháng 10/2024',
      'trong năm 2024',
      'trong 10 ngày làm việc kể từ ngày ban hành',
      'hằng quý',
      'trước 20/6/2024',
      'đến ngày 15/11/2024',
      'trước 10/12/2024',
    ]);
    const kinds = new Set(plan.items.flatMap(function kindsOf(item): string[] {
      return [item.kind, ...item.children.flatMap(kindsOf)];
    }));
    expect(kinds).toEqual(new Set(['muc', 'khoan', 'diem', 'dash', 'plus']));
  });

  it('the short plan has three tasks', () => {
    const plan = parse(join(SAMPLES, 'ngan-gon-2025', 'ke-hoach.kh'));
    expect(allTasks(plan.items).map((task) => task.id)).toEqual(['TL', 'BCKQ', 'GM']);
  });
});

/** [code, line, character], zero-based as in `location.range.start`. */
type Expected = [string, number, number];

const BROKEN: Record<string, Expected[]> = {
  'cu-phap.kh': [
    ['syntax/misplaced-field', 13, 2],
    ['syntax/duplicate-header', 14, 0],
    ['syntax/invalid-id', 16, 8],
    ['syntax/misplaced-field', 18, 2],
    ['syntax/expected-field', 19, 2],
    ['syntax/missing-value', 20, 0],
    ['syntax/missing-value', 21, 0],
    ['syntax/misplaced-field', 23, 2],
  ],
  'noi-nhan-nguoi-ky.kh': [
    ['syntax/expected-newline', 19, 10],
    ['syntax/expected-recipient', 21, 2],
    ['syntax/missing-value', 22, 2],
    ['syntax/expected-recipient', 24, 0],
    ['syntax/duplicate-recipients', 25, 0],
    ['syntax/content-after-end', 27, 0],
    ['syntax/content-after-end', 28, 0],
    ['syntax/duplicate-signer', 29, 0],
  ],
  'nhiem-vu.kh': [
    ['syntax/unknown-task-field', 16, 76],
    ['syntax/unknown-task-field', 17, 52],
    ['syntax/invalid-id', 18, 12],
    ['syntax/misplaced-field', 21, 5],
    ['syntax/expected-field', 22, 5],
    ['syntax/missing-value', 23, 5],
  ],
  'tham-chieu.kh': [
    ['syntax/invalid-id', 18, 8],
    ['syntax/unknown-task-field', 25, 72],
  ],
};

describe('broken fixtures', () => {
  const dir = join(FIXTURES, 'broken');

  it('covers every broken file', () => {
    expect(khFiles(dir).map((path) => relative(dir, path))).toEqual(Object.keys(BROKEN).sort());
  });

  it.each(Object.entries(BROKEN))('%s reports each problem at its place', (name, expected) => {
    const file = parse(join(dir, name));
    const actual = file.syntaxFindings.map(
      (d): Expected => [d.code, d.location.range.start.line, d.location.range.start.character],
    );
    expect(actual).toEqual(expected);
  });

  it('the recipient-line warning is a warning, the rest are errors', () => {
    const file = parse(join(dir, 'noi-nhan-nguoi-ky.kh'));
    expect(file.syntaxFindings.map((d) => d.severity ?? ruleByCode(d.code)!.defaultSeverity)).toEqual([
      'error',
      'error',
      'warning',
      'error',
      'error',
      'error',
      'error',
      'error',
    ]);
  });

  it('the text at each position is what the diagnostic is about', () => {
    const at = (name: string, line: number, character: number, length: number) =>
      readFileSync(join(dir, name), 'utf8').split('\n')[line]!.slice(character, character + length);
    expect(at('cu-phap.kh', 16, 8, 4)).toBe('30KH');
    expect(at('nhiem-vu.kh', 16, 76, 14)).toBe('hoàn thành sớm');
    expect(at('nhiem-vu.kh', 17, 52, 12)).toBe('nộp bản giấy');
    expect(at('nhiem-vu.kh', 18, 12, 2)).toBe('6T');
    expect(at('tham-chieu.kh', 18, 8, 3)).toBe('KHĐ');
    expect(at('tham-chieu.kh', 25, 72, 8)).toBe('xong sớm');
    expect(at('noi-nhan-nguoi-ky.kh', 19, 10, 12)).toBe('Sở Tài chính');
  });

  // Unknown references are not syntax errors: the parser keeps them as references for the checks to
  // resolve. Pin where they are, so the checks' tests can rely on this file.
  it('tham-chieu.kh keeps its unknown references, at their places', () => {
    const file = parse(join(dir, 'tham-chieu.kh'));
    const refs: [string, string, number, number][] = [];
    const add = (inlines: Inline[]) => {
      for (const inline of inlines) {
        if (inline.kind === 'ref') refs.push(['ref', inline.id, inline.idLoc.range.start.line, inline.idLoc.range.start.character]);
        if (inline.kind === 'deadline-ref') {
          refs.push(['deadline-ref', inline.taskId, inline.idLoc.range.start.line, inline.idLoc.range.start.character]);
        }
      }
    };
    for (const declaration of file.declarations) {
      if (declaration.kind === 'document') add(declaration.phraseInlines);
      for (const field of declaration.fields) add(field.inlines);
    }
    add(bodyInlines(file));
    expect(refs).toEqual([
      ['ref', 'UBNDX', 17, 58],
      ['ref', 'PKHONGCO', 25, 27],
      ['ref', 'KHONGCO', 25, 42],
      ['ref', 'KHONGCO', 20, 11],
      ['deadline-ref', 'XYZ', 24, 33],
    ]);
    // "vp@congthuong.gov.vn", "\@" and "[hạn]" are prose.
    const prose = bodyInlines(file)
      .map((inline) => (inline.kind === 'text' ? inline.text : ''))
      .join('');
    expect(prose).toContain('qua vp@congthuong.gov.vn, ghi @ trong tiêu đề; thời hạn [hạn] chưa ghi.');
  });
});
