/**
 * Citations against the catalogs: a document replaced or expired by the plan's date, a date, an
 * issuer or a subject that disagrees with the catalog, and a document cited before it existed; the
 * built-in catalog and a catalog given in the options alike.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../server/src/base/civil-date';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { type CatalogEntry, type DocumentCatalog, MemoryCatalog } from '../../server/src/cite/catalog';
import { applyFixes } from '../../server/src/check/fixes';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { HEADER_LINES, plan } from './helpers';

const URI = 'file:///ke-hoach.kh';
const calendar = new WorkingCalendar();

function headerDated(date: string): string {
  return HEADER_LINES.map((line) => (line.startsWith('  ngày:') ? `  ngày: ${date}` : line)).join('\n');
}

function check(text: string, options: { catalogs?: DocumentCatalog[]; builtin?: boolean; asOf?: CivilDate } = {}): Diagnostic[] {
  const workspace = new Workspace();
  if (options.builtin ?? true) workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  workspace.setFile(URI, text);
  return checkFile(workspace, URI, { calendar, ...(options.catalogs ? { catalogs: options.catalogs } : {}), ...(options.asOf ? { asOf: options.asOf } : {}) });
}

const CODES = ['citation/superseded', 'citation/date-mismatch', 'citation/issuer-mismatch', 'citation/subject-mismatch', 'citation/after-plan'];

function found(text: string, options: Parameters<typeof check>[1] = {}): { code: string; words: string; message: string }[] {
  return check(text, options)
    .filter((diagnostic) => CODES.includes(diagnostic.code))
    .map((diagnostic) => ({ code: diagnostic.code, words: text.slice(diagnostic.location.start, diagnostic.location.end), message: diagnostic.message.vi }));
}

describe('a cited document replaced or expired', () => {
  it('is reported in prose as of the plan date, naming the replacement, with a fix when it is one document', () => {
    const text = plan('Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;', { header: headerDated('10/3/2021') });
    const [finding, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'citation/superseded', words: 'Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ' });
    expect(finding!.message).toContain('Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ');
    const diagnostic = check(text).find((d) => d.code === 'citation/superseded')!;
    expect(applyFixes(text, diagnostic.fixes!).text).toContain('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;');
  });

  it('is not reported for a plan dated before the replacement', () => {
    expect(found(plan('Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;', { header: headerDated('10/3/2019') }))).toEqual([]);
  });

  it('is reported through a reference to a document the user declared, with the built-in id as the fix', () => {
    const body = 'văn bản ND110: Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ\n\nThực hiện @ND110.';
    const text = plan(body, { header: headerDated('01/6/2022') });
    const diagnostic = check(text).find((d) => d.code === 'citation/superseded')!;
    expect(text.slice(diagnostic.location.start, diagnostic.location.end)).toBe('ND110');
    expect(applyFixes(text, diagnostic.fixes!).text).toContain('Thực hiện @ND30-2020.');
  });

  it('is reported through a reference to the built-in catalog, and not when the plan predates the replacement', () => {
    expect(found(plan('Thực hiện @LUAT77-2015.', { header: headerDated('01/6/2025') })).map((f) => f.code)).toEqual(['citation/superseded']);
    expect(found(plan('Thực hiện @LUAT77-2015.', { header: headerDated('01/6/2024') }))).toEqual([]);
  });

  it('names every replacement and offers no fix when there are several', () => {
    // The built-in catalog holds no document with two replacements a stored page names, so the user's catalog says it.
    const body = [
      'văn bản L23: Luật Giao thông đường bộ số 23/2008/QH12 ngày 13/11/2008 của Quốc hội',
      '  tình trạng: bị thay thế từ ngày 01/01/2025',
      '  thay thế bởi: 35/2024/QH15; 36/2024/QH15',
      '',
      'Căn cứ @L23.',
    ].join('\n');
    const text = plan(body, { header: headerDated('15/3/2025') });
    const diagnostic = check(text).find((d) => d.code === 'citation/superseded')!;
    expect(diagnostic.message.vi).toContain('35/2024/QH15');
    expect(diagnostic.message.vi).toContain('36/2024/QH15');
    expect(diagnostic.fixes ?? []).toEqual([]);
  });

  it('leaves a document the user says is in force to the user', () => {
    const body = 'văn bản TT01: Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ\n  tình trạng: còn hiệu lực\n\nThực hiện @TT01.';
    expect(found(plan(body, { header: headerDated('01/6/2022') }))).toEqual([]);
  });
});

describe('a citation that disagrees with the catalog', () => {
  it('"Nghị quyết số 76/NQ-CP ngày 15/7/2025" with the subject of the 2021 programme is a wrong date', () => {
    const text = plan('Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2025 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;', { header: headerDated('01/8/2025') });
    const [finding] = found(text);
    expect(finding?.code).toBe('citation/date-mismatch');
    expect(finding?.message).toContain('15/7/2021');
    const diagnostic = check(text).find((d) => d.code === 'citation/date-mismatch')!;
    expect(applyFixes(text, diagnostic.fixes!).text).toContain('Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ');
  });

  it('a yearless number of another year with another subject is another document', () => {
    expect(found(plan('Thực hiện Nghị quyết số 76/NQ-CP ngày 15/5/2023 của Chính phủ về phiên họp Chính phủ thường kỳ tháng 4 năm 2023;', { header: headerDated('01/6/2023') }))).toEqual([]);
  });

  it('reports a wrong date of a legal-normative number', () => {
    const [finding] = found(plan('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ về công tác văn thư;', { header: headerDated('01/6/2022') }));
    expect(finding?.code).toBe('citation/date-mismatch');
  });

  it('reports another issuer, and accepts the office for the body', () => {
    expect(found(plan('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Bộ Nội vụ về công tác văn thư;')).map((f) => f.code)).toEqual(['citation/issuer-mismatch']);
    expect(found(plan('Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ trưởng Bộ Nội vụ hướng dẫn thể thức;', { header: headerDated('01/6/2019') }))).toEqual([]);
  });

  it('reports a subject copied from another document, and accepts an abridged one', () => {
    const wrong = found(plan('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về quản lý, sử dụng đất trồng lúa;'));
    expect(wrong.map((f) => [f.code, f.words])).toEqual([['citation/subject-mismatch', 'về quản lý, sử dụng đất trồng lúa']]);
    expect(found(plan('Căn cứ Nghị định số 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ về tuyển dụng, quản lý công chức;'))).toEqual([]);
  });

  it('reports the wrong name of a law', () => {
    expect(found(plan('Căn cứ Luật Tổ chức Chính phủ số 77/2015/QH13 ngày 19/6/2015 của Quốc hội;', { header: headerDated('01/6/2019') })).map((f) => f.code)).toEqual([
      'citation/subject-mismatch',
    ]);
  });

  it('compares a declaration of the file with the catalog too', () => {
    const body = 'văn bản ND30: Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ\n  trích yếu: về công tác văn thư\n\nThực hiện @ND30.';
    expect(found(plan(body, { header: headerDated('01/6/2022') })).map((f) => f.code)).toEqual(['citation/date-mismatch']);
  });

  it('says nothing without the built-in catalog in the workspace', () => {
    expect(found(plan('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ về công tác văn thư;'), { builtin: false })).toEqual([]);
  });
});

describe('a document cited before its own date', () => {
  it('is reported from the date written in prose', () => {
    const [finding] = found(plan('Thực hiện Công văn số 12/UBND-NC ngày 20/3/2023 của UBND tỉnh;'));
    expect(finding?.code).toBe('citation/after-plan');
  });

  it('is reported from the catalog when the prose gives no date', () => {
    expect(found(plan('Thực hiện Quyết định số 923/QĐ-TTg của Thủ tướng Chính phủ;')).map((f) => f.code)).toEqual(['citation/after-plan']);
  });
});

describe('a catalog given in the options', () => {
  const entry: CatalogEntry = {
    number: '12/2022/QĐ-UBND',
    type: 'Quyết định',
    date: { year: 2022, month: 4, day: 5 },
    issuer: 'UBND tỉnh Quảng Ngãi',
    subject: 'ban hành Quy chế làm việc',
    status: 'replaced',
    replacedBy: ['03/2023/QĐ-UBND'],
    replacedOn: { year: 2023, month: 1, day: 10 },
    origin: 'export.csv:2',
  };
  const catalog = new MemoryCatalog('export.csv', [entry]);

  it('is consulted like the built-in one, and names where the entry is', () => {
    const text = plan('Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 05/4/2022 của UBND tỉnh Quảng Ngãi ban hành Quy chế làm việc;');
    const [finding] = found(text, { catalogs: [catalog] });
    expect(finding?.code).toBe('citation/superseded');
    expect(finding?.message).toContain('03/2023/QĐ-UBND');
    expect(found(text.replace('05/4/2022', '06/4/2022'), { catalogs: [catalog] }).map((f) => [f.code, f.message.includes('export.csv:2')])).toEqual([
      ['citation/date-mismatch', true],
      ['citation/superseded', false],
    ]);
  });
});

/**
 * Laws, codes and ordinances cited by name and date, without a number, against the catalog entry
 * of the same name: [words of the plan, the date reported (or null), the date after the fix].
 */
const LAWS_BY_NAME: [string, string | null, string | null][] = [
  // Corpus 061: the year is wrong; the catalog holds the 2015 and the 2025 law of this name, and only the 2015 one is of 22 June.
  ['Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật ngày 22 tháng 6 năm 2016;', '22 tháng 6 năm 2016', '22 tháng 6 năm 2015'],
  ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2016;', '22/6/2016', '22/6/2015'],
  // The day is wrong, the year right.
  ['Căn cứ Bộ luật Lao động ngày 21 tháng 11 năm 2019;', '21 tháng 11 năm 2019', '20 tháng 11 năm 2019'],
  ['Căn cứ Luật Phòng, chống tham nhũng ngày 02 tháng 11 năm 2018;', '02 tháng 11 năm 2018', '20 tháng 11 năm 2018'],
  // Right dates, of either law of one name.
  ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;', null, null],
  ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;', null, null],
  ['Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008 và Luật Viên chức ngày 15 tháng 11 năm 2010;', null, null],
  // A date no law of the name is near: another law, or one the catalog does not hold.
  ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 03 tháng 6 năm 2008;', null, null],
  ['Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;', null, null],
  // The amending law's date, after the names of the laws it amends, is not theirs.
  [
    'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    null,
    null,
  ],
  // Lower-case "luật" in prose, and a law with its number, which the numbered checks judge.
  ['theo pháp luật ngày 22 tháng 6 năm 2016;', null, null],
  ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015;', null, null],
];

describe('a law cited by name', () => {
  it.each(LAWS_BY_NAME)('in prose: %j', (body, reported, fixed) => {
    const text = plan(body);
    const dates = found(text).filter((f) => f.code === 'citation/date-mismatch');
    expect(dates.map((f) => f.words)).toEqual(reported === null ? [] : [reported]);
    if (reported === null) return;
    expect(dates[0]!.message).toMatch(/^Theo danh mục kèm theo công cụ, (?:Luật|Bộ luật) .* \(số \d+\/\d{4}\/QH\d+\) ban hành ngày/);
    const diagnostic = check(text).find((d) => d.code === 'citation/date-mismatch')!;
    expect(diagnostic.severity).toBe('warning');
    expect(diagnostic.message.en).toContain('According to the built-in catalog');
    expect(applyFixes(text, diagnostic.fixes!).text).toContain(body.replace(reported, fixed!));
  });

  it('in a declaration by name, the same as in prose, and not without the built-in catalog', () => {
    const text = plan('văn bản LBHVB: Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2016\n\nCăn cứ @LBHVB.');
    expect(found(text).map((f) => [f.code, f.words])).toEqual([['citation/date-mismatch', '22 tháng 6 năm 2016']]);
    expect(found(text, { builtin: false })).toEqual([]);
  });

  it('reads the same over LF, CRLF and CR line breaks', () => {
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const text = plan('Căn cứ Luật Ban hành văn bản\nquy phạm pháp luật ngày 22 tháng 6 năm 2016;').replace(/\n/g, lineBreak);
      expect(found(text).map((f) => [f.code, f.words]), JSON.stringify(lineBreak)).toEqual([['citation/date-mismatch', '22 tháng 6 năm 2016']]);
    }
  });
});

describe('the decrees on public officials that Nghị định 138/2020/NĐ-CP repealed', () => {
  /** [the citation, the plan's date, what the finding says or null when there is none]. */
  const CASES: [string, string, string | null][] = [
    ['Nghị định số 24/2010/NĐ-CP ngày 15/3/2010 của Chính phủ', '10/01/2021', 'đã bị thay thế từ ngày 01/12/2020 bởi Nghị định số 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ'],
    ['Nghị định số 93/2010/NĐ-CP ngày 31/8/2010 của Chính phủ', '10/01/2021', 'đã hết hiệu lực từ ngày 01/12/2020; văn bản kế tiếp: Nghị định số 138/2020/NĐ-CP'],
    ['Nghị định số 24/2010/NĐ-CP ngày 15/3/2010 của Chính phủ', '10/11/2020', null],
    // Partly repealed: still in force.
    ['Nghị định số 06/2010/NĐ-CP ngày 25/01/2010 của Chính phủ', '10/01/2021', null],
  ];
  it.each(CASES)('%s in a plan of %s', (citation, date, expected) => {
    const text = plan(`Căn cứ ${citation} quy định về công chức;`, { header: headerDated(date) });
    const superseded = found(text).filter((f) => f.code === 'citation/superseded');
    if (expected === null) {
      expect(superseded).toEqual([]);
      return;
    }
    expect(superseded.map((f) => f.words)).toEqual([citation]);
    expect(superseded[0]!.message).toContain(expected);
    const diagnostic = check(text).find((d) => d.code === 'citation/superseded')!;
    expect(applyFixes(text, diagnostic.fixes!).text).toContain('Căn cứ Nghị định số 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ quy định về công chức;');
  });
});

describe('numbers with a letter after the serial, ordinances and Party numbers in a plan', () => {
  /** [the plan's words, the findings as "code@words"]. */
  const CASES: [string, string[]][] = [
    ['Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;', []],
    // Another year: another document of the same number, unless the subject is the catalog's (as here).
    [
      'Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2012 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;',
      ['citation/date-mismatch@Nghị quyết số 30c/NQ-CP ngày 08/11/2012 của Chính phủ'],
    ],
    ['Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2012 của Chính phủ;', []],
    ['Căn cứ Nghị quyết số 30c/NQ-CP ngày 18/11/2011 của Chính phủ;', ['citation/date-mismatch@Nghị quyết số 30c/NQ-CP ngày 18/11/2011 của Chính phủ']],
    ['Căn cứ Nghị quyết số 30C/NQ-CP ngày 08/11/2011 của Bộ Nội vụ;', ['citation/issuer-mismatch@Nghị quyết số 30C/NQ-CP ngày 08/11/2011 của Bộ Nội vụ']],
    ['Căn cứ Nghị quyết số 30cc/NQ-CP ngày 08/11/2011 của Chính phủ;', ['citation/malformed-number@cc']],
    ['Căn cứ Luật số 04/2012/PL-UBTVQH13 ngày 16/7/2012;', ['citation/symbol-type@PL']],
    ['Căn cứ Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội;', []],
    [
      'Quán triệt Kết luận số 120-KL/TW ngày 07/01/2015 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở;',
      ['citation/date-mismatch@Kết luận số 120-KL/TW ngày 07/01/2015 của Bộ Chính trị'],
    ],
    ['Quán triệt Kết luận số 120-KL/TW ngày 07/01/2016 của Ban Bí thư;', ['citation/issuer-mismatch@Kết luận số 120-KL/TW ngày 07/01/2016 của Ban Bí thư']],
  ];
  it.each(CASES)('%s', (body, expected) => {
    const text = plan(body);
    const codes = [...CODES, 'citation/malformed-number', 'citation/symbol-type'];
    const findings = check(text).filter((d) => codes.includes(d.code));
    expect(findings.map((d) => `${d.code}@${text.slice(d.location.start, d.location.end)}`)).toEqual(expected);
  });
});

describe('a law cited by name against the workspace declaring it by name', () => {
  const DECLARED = 'văn bản LTCCQDP: Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015';

  it('reports a date of the prose that is not the declaration, as an error pointing at the declaration, with a fix', () => {
    const text = plan(`${DECLARED}\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2016;`);
    const diagnostic = check(text).find((d) => d.code === 'citation/date-mismatch')!;
    expect(text.slice(diagnostic.location.start, diagnostic.location.end)).toBe('19 tháng 6 năm 2016');
    expect(diagnostic.severity).toBe('error');
    expect(diagnostic.message.vi).toContain('được khai báo (LTCCQDP) với ngày 19/6/2015');
    expect(diagnostic.related?.[0]?.message.en).toBe('Declaration');
    expect(applyFixes(text, diagnostic.fixes!).text).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
  });

  it('leaves the declared date alone, and another law of the name that no date points at', () => {
    expect(found(plan(`${DECLARED}\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;`))).toEqual([]);
    expect(found(plan(`${DECLARED}\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;`))).toEqual([]);
  });

  it('wins over the catalog: a declaration with the wrong year is reported once, at the declaration', () => {
    const text = plan('văn bản L: Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2016\n\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2016;');
    expect(found(text).map((f) => [f.code, f.words])).toEqual([['citation/date-mismatch', '22/6/2016']]);
    const [diagnostic] = check(text).filter((d) => d.code === 'citation/date-mismatch');
    expect(diagnostic!.location.range.start.line).toBe(text.split('\n').findIndex((line) => line.startsWith('văn bản L:')));
  });
});
