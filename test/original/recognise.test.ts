/**
 * The recogniser on real headers and footers: the same document with its two columns side by
 * side, one after the other, interleaved line by line, and cut across lines, gives the same header
 * fields; the footer gives Nơi nhận and the signer; every original becomes a plan without a syntax
 * error, whose map leads back to the words it copied.
 */
import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../server/src/model/ast';
import { cellsOf } from '../../server/src/original/cells';
import { readText } from '../../server/src/original/read/txt';
import { recognise } from '../../server/src/original/recognise';
import { parsePlan } from '../../server/src/syntax/parse';
import { checkText } from './helpers';

function headerOf(text: string): Partial<Record<FieldKey, string>> {
  const plan = parsePlan('file:///x.kh', recognise(readText(text).document).plan);
  return Object.fromEntries((plan.header?.fields ?? []).map((field) => [field.key, field.value.text]));
}

const EXPECTED = {
  parentAgency: 'UBND TỈNH HƯNG YÊN',
  agency: 'SỞ CÔNG THƯƠNG',
  number: '10/KH-SCT',
  place: 'Hưng Yên',
  date: 'ngày 14 tháng 01 năm 2026',
  title: 'Thực hiện quy chế dân chủ ở cơ sở năm 2026',
};

const TAIL = 'KẾ HOẠCH\nThực hiện quy chế dân chủ ở cơ sở năm 2026\n\nCăn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n';

const LAYOUTS: [string, string][] = [
  [
    'side by side, as Word copies a table',
    'UBND TỈNH HƯNG YÊN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG           Độc lập - Tự do - Hạnh phúc\n\nSố: 10/KH-SCT        Hưng Yên, ngày 14 tháng 01 năm 2026\n',
  ],
  [
    'one column after the other, with the rule lines and cell bars of a web page',
    'UBND TỈNH HƯNG YÊN\nSỞ CÔNG THƯƠNG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 10/KH-SCT\n|\nHưng Yên, ngày 14\ntháng 01 năm 2026\n|\n',
  ],
  [
    'interleaved line by line, as PDF text gives it',
    'UBND TỈNH HƯNG YÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG\nĐộc lập - Tự do - Hạnh phúc\nSố: 10/KH-SCT\nHưng Yên, ngày 14 tháng 01 năm 2026\n',
  ],
  [
    'the columns joined by single blanks',
    'UBND TỈNH HƯNG YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc\nSố: 10/KH-SCT Hưng Yên, ngày 14 tháng 01 năm 2026\n',
  ],
  [
    'words cut from their lines ("Số:" / "10/KH-SCT", "Hưng" / "Yên, ngày …")',
    'UBND TỈNH HƯNG YÊN\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:\n10/KH-SCT\nHưng\nYên, ngày 14 tháng 01 năm 2026\n',
  ],
];

describe('the header of a real document', () => {
  it.each(LAYOUTS)('is read from its columns %s', (_layout, head) => {
    const fields = headerOf(`${head}${TAIL}`);
    expect(fields).toEqual(EXPECTED);
  });

  it.each(LAYOUTS)('is read the same with CRLF and CR line breaks (%s)', (_layout, head) => {
    for (const lineBreak of ['\r\n', '\r']) expect(headerOf(`${head}${TAIL}`.replace(/\n/g, lineBreak))).toEqual(EXPECTED);
  });

  it('takes the type and title from one line, and a letter with the header of a công văn', () => {
    const plan = recognise(readText('KẾ HOẠCH Quy hoạch mạng lưới trường học giai đoạn 2023-2025\n\nCăn cứ Luật Giáo dục;\n').document);
    expect(plan.type).toBe('Kế hoạch');
    expect(headerOf('KẾ HOẠCH Quy hoạch mạng lưới trường học giai đoạn 2023-2025\n').title).toBe('Quy hoạch mạng lưới trường học giai đoạn 2023-2025');
    const letter = recognise(readText('UBND TỈNH HƯNG YÊN\nSỞ CÔNG THƯƠNG\nSố: 663/SCT-VP\nV/v triển khai kế hoạch\nHưng Yên, ngày 14 tháng 01 năm 2026\nKính gửi: Các phòng.\n').document);
    expect(letter.type).toBe('Công văn');
    expect(letter.planHeader).toBe(true);
    const header = parsePlan('file:///x.kh', letter.plan).header;
    expect(header?.documentType).toBe('cong-van');
    // A letter's summary is its "V/v" line, which the language prints with "V/v" itself.
    expect(Object.fromEntries((header?.fields ?? []).map((field) => [field.key, field.value.text]))).toMatchObject({ number: '663/SCT-VP', title: 'triển khai kế hoạch', place: 'Hưng Yên' });
    expect(letter.plan).toContain('\\Kính gửi: Các phòng.');
  });

  it('holds a letter to the header checks, and does not call its "Kính gửi", kept as prose, missing', () => {
    const head = 'UBND TỈNH HƯNG YÊN\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố : 663 /SCT - VP\nV/v triển khai kế hoạch\nHưng Yên, ngày 14 tháng 01 năm 2026\n';
    const codes = (text: string) => checkText(text).diagnostics.map((d) => `${d.location.range.start.line + 1} ${d.code}`);
    const withAddressees = codes(`${head}Kính gửi: Các phòng thuộc Sở.\nSở đề nghị các phòng triển khai kế hoạch.\n`);
    expect(withAddressees).toEqual(expect.arrayContaining(['5 header/number-form', '5 typography/space-before-punctuation']));
    expect(withAddressees.filter((code) => code.endsWith('letter/addressees'))).toEqual([]);
    expect(codes(`${head}Sở đề nghị các phòng triển khai kế hoạch.\n`)).toContain('1 letter/addressees');
  });

  it('writes a Báo cáo with its header, and leaves a Thông báo, which the language cannot write, as prose', () => {
    const head = 'UBND HUYỆN NGA SƠN\nBAN CHỈ ĐẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 255/BC-BCĐ\nNga Sơn, ngày 13 tháng 11 năm 2020\n';
    const report = recognise(readText(`${head}BÁO CÁO\nKết quả phổ cập giáo dục năm 2020\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n`).document);
    expect(report.planHeader).toBe(true);
    expect(parsePlan('file:///x.kh', report.plan).header?.documentType).toBe('bao-cao');
    const notice = recognise(readText(`${head.replace('/BC-', '/TB-')}THÔNG BÁO\nLịch nghỉ học\n\nI. NỘI DUNG\n`).document);
    expect(notice.type).toBe('Thông báo');
    expect(notice.planHeader).toBe(false);
    expect(notice.plan).toContain('Số: 255/TB-BCĐ');
  });

  it('gives every header paragraph its role', () => {
    const document = readText(`${LAYOUTS[1]![1]}${TAIL}`).document;
    const roles = recognise(document).roles;
    const roleOf = (text: string) => roles[document.paragraphs.findIndex((paragraph) => paragraph.text === text)];
    expect(roleOf('SỞ CÔNG THƯƠNG')).toBe('agency');
    expect(roleOf('UBND TỈNH HƯNG YÊN')).toBe('parent-agency');
    expect(roleOf('CỘNG HÒA XÃ HỘI')).toBe('national-name');
    expect(roleOf('Độc lập - Tự do - Hạnh phúc')).toBe('motto');
    expect(roleOf('Số: 10/KH-SCT')).toBe('number');
    expect(roleOf('tháng 01 năm 2026')).toBe('place-date');
    expect(roleOf('KẾ HOẠCH')).toBe('type');
    expect(roleOf('Thực hiện quy chế dân chủ ở cơ sở năm 2026')).toBe('title');
    expect(roleOf('Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;')).toBe('basis');
    expect(roleOf('I. MỤC ĐÍCH, YÊU CẦU')).toBe('heading');
  });
});

const FOOTERS: [string, string][] = [
  ['one column after the other', 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nNguyễn Đức Huy\n'],
  ['side by side', 'Nơi nhận:  KT. GIÁM ĐỐC\n- Sở Nội vụ;          PHÓ GIÁM ĐỐC\n- Lưu: VT, VP.\n\n\t\tNguyễn Đức Huy\n'],
  ['glued on one line', 'Nơi nhận: - Sở Nội vụ; - Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC Nguyễn Đức Huy\n'],
];

describe('the footer of a real document', () => {
  it.each(FOOTERS)('gives Nơi nhận and the signer, %s', (_layout, foot) => {
    const recognition = recognise(readText(`${LAYOUTS[0]![1]}${TAIL}Tăng cường công tác dân vận.\n${foot}`).document);
    const plan = parsePlan('file:///x.kh', recognition.plan);
    expect(plan.recipients?.entries.map((entry) => entry.value.text)).toEqual(['Sở Nội vụ', 'Lưu: VT, VP']);
    expect(plan.signer?.lines.map((line) => line.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(plan.signer?.name?.text).toBe('Nguyễn Đức Huy');
    expect(recognition.counts.recipients).toBe(2);
  });
});

describe('the map back to the original', () => {
  it('leads every copied word of the plan to the same word of the original', () => {
    const text = `${LAYOUTS[2]![1]}${TAIL}- Sở Công Thương chủ trì, báo cáo trước ngày 15/3/2026 @ mọi kênh.\n${FOOTERS[1]![1]}`;
    const document = readText(text).document;
    const recognition = recognise(document);
    const words = [...recognition.plan.matchAll(/\p{L}{3,}/gu)];
    const leadsBack = (word: RegExpMatchArray) => {
      const place = recognition.map.placeOf(word.index!);
      return document.paragraphs[place.paragraph - 1]!.text.slice(place.column, place.column + word[0].length) === word[0];
    };
    // The words the import adds: the keywords and field keys of the language.
    const keywords = new Set(['hoạch', 'quan', 'quản', 'chủ', 'nơi', 'ban', 'hành', 'ngày', 'trích', 'yếu', 'nhận']);
    expect(words.filter((word) => !leadsBack(word) && !keywords.has(word[0])).map((word) => word[0])).toEqual([]);
    expect(words.filter(leadsBack).length).toBeGreaterThan(40);
    expect(recognition.plan).toContain('\\@ mọi kênh');
  });
});

describe('the cells of a header line', () => {
  it.each([
    ['    XÃ DÂN  LỰC', ['XÃ DÂN  LỰC']],
    ['UBND TỈNH AN GIANG  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ['UBND TỈNH AN GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    ['SỞ CÔNG THƯƠNG           KHẨN', ['SỞ CÔNG THƯƠNG', 'KHẨN']],
    ['Nơi nhận :  GIÁM ĐỐC', ['Nơi nhận :', 'GIÁM ĐỐC']],
  ])('%j gives its columns', (line, cells) => {
    expect(cellsOf(1, line).map((cell) => cell.text)).toEqual(cells);
  });

  it('reports "Nơi nhận :", a bullet glued to its recipient and a double space inside a name of the header where the original has them', () => {
    const text = 'UBND HUYỆN TRIỆU SƠN\nXÃ DÂN  LỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nDân Lực, ngày 18 tháng 02 năm 2021\nKẾ HOẠCH\nTuyên truyền bầu cử\n\nUBND xã ban hành kế hoạch tuyên truyền bầu cử đại biểu Quốc hội như sau.\n\nNơi nhận :\n- UBND huyện;\n-Lưu: VT.\nCHỦ TỊCH\nLê Văn A\n';
    const found = checkText(text).diagnostics.map((d) => `${d.location.range.start.line + 1}:${d.location.range.start.character + 1} ${d.code}`);
    expect(found).toEqual(expect.arrayContaining(['2:7 typography/double-space', '12:9 typography/space-before-punctuation', '14:1 numbering/marker-form']));
    expect(found.filter((place) => place.startsWith('13:'))).toEqual([]);
  });
});

describe('the body of a text original', () => {
  // Lines of a typical length, so the short lines below are short against them.
  const LONG = 'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện công tác rà soát hộ nghèo năm 2022 như sau:';

  it.each([
    ['Căn cứ Quyết định số\n24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ;', 'Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ;'],
    ['Thực hiện Công văn số\n3444/LĐTBXH-VPQGGN của Bộ;', 'Thực hiện Công văn số 3444/LĐTBXH-VPQGGN của Bộ;'],
  ])('joins a short line that ends with "số" to the number on the next: %j', (lines, joined) => {
    const plan = recognise(readText(`${LONG}\n${LONG}\n${lines}\n${LONG}\n`).document).plan;
    expect(plan).toContain(joined);
  });

  it('still ends a short heading before a line that starts with a number', () => {
    const plan = recognise(readText(`${LONG}\n${LONG}\nKết quả đạt được\n2022 là năm đầu tiên triển khai.\n${LONG}\n`).document).plan;
    expect(plan).toContain('Kết quả đạt được\n\n2022 là năm');
  });
});
