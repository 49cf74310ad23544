/**
 * The Phần level above mục: which lines are its marker and which stay prose, how it nests and
 * takes its title, and how its number is read and rewritten in the way it was written.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../server/src/syntax/parse';
import { partMarkerFor, readPartMarker } from '../../server/src/syntax/parts';
import { dedent } from '../helpers/markers';
import { outline } from '../helpers/outline';

function parse(text: string) {
  return parsePlan('file:///test.kh', text);
}

describe('a Phần marker', () => {
  it.each([
    ['Phần I.', 'Phần I.', 1],
    ['Phần II', 'Phần II', 2],
    ['PHẦN III: KẾT QUẢ', 'PHẦN III:', 3],
    ['Phần IV - Tổ chức thực hiện', 'Phần IV -', 4],
    ['Phần thứ nhất', 'Phần thứ nhất', 1],
    ['PHẦN THỨ NHẤT.', 'PHẦN THỨ NHẤT.', 1],
    ['PHẦN THỨ HAI. PHƯƠNG HƯỚNG', 'PHẦN THỨ HAI.', 2],
    ['Phần thứ tư:', 'Phần thứ tư:', 4],
    ['Phần thứ bảy', 'Phần thứ bảy', 7],
    ['Phần thứ mười', 'Phần thứ mười', 10],
    ['phan thu ba', 'phan thu ba', 3],
    ['Phan XXXIX.', 'Phan XXXIX.', 39],
  ])('%s', (line, marker, number) => {
    const item = parse(`${line}\n`).items[0]!;
    expect([item.kind, item.marker, item.numbers]).toEqual(['phan', marker, [number]]);
  });

  it.each([
    'Phần lớn các xã đã hoàn thành.',
    'Phần I của Đề án quy định rõ.',
    'Phần thứ nhất của báo cáo nêu kết quả.',
    'Phần I.Tình hình',
    'Phần thứ II',
    'Phần ii.',
    'Phần IIII.',
    'Phần thứ mười một',
    'Phần kinh phí: 20 triệu đồng',
  ])('%s stays prose', (line) => {
    const file = parse(`${line}\n`);
    expect(file.items).toEqual([]);
    expect(file.opening.length).toBe(1);
  });

  it('is written at the start of a line only; indentation does not change it', () => {
    expect(parse('Xem Phần I.\n').items).toEqual([]);
    expect(parse('   Phần I.\n').items[0]?.kind).toBe('phan');
  });
});

describe('the Phần level', () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    {
      name: 'holds mục, khoản and their points; a second Phần closes them all',
      input: `
        PHẦN THỨ NHẤT. ĐÁNH GIÁ KẾT QUẢ

        I. Kết quả
        1. Thực hiện tốt.
        a) điểm.
        PHẦN THỨ HAI
        PHƯƠNG HƯỚNG, NHIỆM VỤ
        NĂM 2024

        I. Nhiệm vụ`,
      expected: [
        'phan PHẦN THỨ NHẤT. [title] ĐÁNH GIÁ KẾT QUẢ',
        '  muc I. [title] Kết quả',
        '    khoan 1.',
        '      | Thực hiện tốt.',
        '      diem a)',
        '        | điểm.',
        'phan PHẦN THỨ HAI [title] PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
        '  muc I. [title] Nhiệm vụ',
      ],
    },
    {
      name: 'takes khoản straight under it, as reports without mục have them',
      input: `
        Phần I
        Quá trình thực hiện
        1. Đặc điểm tình hình
        1.1. Vị trí địa lý`,
      expected: ['phan Phần I [title] Quá trình thực hiện', '  khoan 1. [title] Đặc điểm tình hình', '    khoan 1.1.', '      | Vị trí địa lý'],
    },
    {
      name: 'a Phần with no title yet is a marker alone',
      input: `
        Phần II.

        I. Mục`,
      expected: ['phan Phần II.', '  muc I. [title] Mục'],
    },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    expect(outline(parse(dedent(input)))).toEqual(expected);
  });

  it('says so when the text under a Phần title on its line would be joined into the title', () => {
    const file = parse('Phần I. Tình hình\nTrong năm qua, các xã đã hoàn thành.\n');
    expect(file.syntaxFindings.map((finding) => finding.code)).toEqual(['syntax/joined-heading']);
  });
});

describe('the number of a Phần, read and written', () => {
  it('reads the parts of a marker', () => {
    expect(readPartMarker('PHẦN THỨ HAI. PHƯƠNG HƯỚNG')).toEqual({ prefix: 'PHẦN THỨ ', written: 'HAI', value: 2, ordinal: true, separator: '.', length: 13 });
    expect(readPartMarker('xx Phần IV -  A', 3)).toEqual({ prefix: 'Phần ', written: 'IV', value: 4, ordinal: false, separator: ' -', length: 9 });
  });

  it.each([
    ['Phần I.', 3, 'Phần III.'],
    ['PHẦN II', 4, 'PHẦN IV'],
    ['Phần IX:', 40, undefined],
    ['PHẦN THỨ NHẤT', 2, 'PHẦN THỨ HAI'],
    ['Phần thứ nhất.', 4, 'Phần thứ tư.'],
    ['Phần Thứ Ba', 6, 'Phần Thứ Sáu'],
    ['phan thu nhat', 5, 'phan thu nam'],
    ['Phần thứ chín', 10, 'Phần thứ mười'],
    ['Phần thứ chín', 11, undefined],
  ])('%s numbered %d is %s', (marker, value, expected) => {
    const written = partMarkerFor(marker, value);
    expect(written).toBe(expected);
    if (written !== undefined) expect(readPartMarker(written)?.value).toBe(value);
  });
});
