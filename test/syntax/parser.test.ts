import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../server/src/syntax/parse';
import { dedent, extractMarkers } from '../helpers/markers';
import { outline } from '../helpers/outline';

function parse(text: string) {
  return parsePlan('file:///test.kh', text);
}

describe('structure', () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    {
      name: 'header, declarations, opening, items, tasks, recipients, signer',
      input: `
        kế hoạch
          cơ quan chủ quản: UBND tỉnh Quảng Ngãi
          cơ quan: Sở Công Thương
          số: /KH-SCT
          ngày: /02/2023
        văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @UBND
          trích yếu: Thực hiện quy chế dân chủ
        đơn vị VP: Văn phòng Sở

        Thực hiện @KH30, Sở Công Thương
        xây dựng kế hoạch như sau:

        I. Mục đích, yêu cầu
        1. Mục đích

        Tăng cường công tác.
        2. Theo dõi tình hình:
        - gạch đầu dòng
        + cấp dưới
        II. Tổ chức thực hiện
        1. @VP chủ trì, gửi [hạn BC6T].
           nhiệm vụ BC6T: Báo cáo 06 tháng
             chủ trì: @VP
             hạn: trước 01/6/2023
        nơi nhận:
          - Sở Nội vụ;
          - Lưu: VT, VP.
        ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Đức Huy`,
      expected: [
        'header',
        '  parentAgency: UBND tỉnh Quảng Ngãi',
        '  agency: Sở Công Thương',
        '  number: /KH-SCT',
        '  date: /02/2023',
        'opening: Thực hiện {@KH30}, Sở Công Thương xây dựng kế hoạch như sau:',
        'muc I. [title] Mục đích, yêu cầu',
        '  khoan 1. [title] Mục đích',
        '    | Tăng cường công tác.',
        '  khoan 2.',
        '    | Theo dõi tình hình:',
        '    dash -',
        '      | gạch đầu dòng',
        '      plus +',
        '        | cấp dưới',
        'muc II. [title] Tổ chức thực hiện',
        '  khoan 1.',
        '    | {@VP} chủ trì, gửi {hạn BC6T}.',
        '    task BC6T',
        'document KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @UBND',
        '  title: Thực hiện quy chế dân chủ',
        'unit VP: Văn phòng Sở',
        'task BC6T: Báo cáo 06 tháng',
        '  lead: @VP',
        '  deadline: trước 01/6/2023',
        'recipient: Sở Nội vụ',
        'recipient: Lưu: VT, VP',
        'signer: KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC || Nguyễn Đức Huy',
      ],
    },
    {
      name: 'keywords without diacritics, in any case, and English aliases',
      input: `
        KE HOACH
          Co Quan: Sở Tư pháp
          date: 05/3/2024
        document ND30: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ
        Don Vi VP: Văn phòng
        task T1: lead @VP; due trước 01/6/2024; deliverable Báo cáo
        nhiem vu T2: chu tri @VP; han trước 01/7/2024; sau @T1
        recipients:
          - Lưu: VT
        signer: GIÁM ĐỐC / Trần Văn B`,
      expected: [
        'header',
        '  agency: Sở Tư pháp',
        '  date: 05/3/2024',
        'document ND30: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ',
        'unit VP: Văn phòng',
        'task T1: ',
        '  lead: @VP',
        '  deadline: trước 01/6/2024',
        '  deliverable: Báo cáo',
        'task T2: ',
        '  lead: @VP',
        '  deadline: trước 01/7/2024',
        '  dependsOn: @T1',
        'recipient: Lưu: VT',
        'signer: GIÁM ĐỐC || Trần Văn B',
      ],
    },
    {
      name: 'keywords mid-line, e-mail addresses and escapes stay prose',
      input: `
        Văn phòng Sở chủ trì: phối hợp với vp@sct.gov.vn, giá \\@ 5.
        \\Nhiệm vụ chung: tổ chức thực hiện.`,
      expected: ['opening: Văn phòng Sở chủ trì: phối hợp với vp@sct.gov.vn, giá @ 5. Nhiệm vụ chung: tổ chức thực hiện.'],
    },
    {
      name: 'sub-khoản and điểm nest by their markers, not by indentation',
      input: `
        II. Nội dung
        2. Về công tác dân vận:
        2.1. Thực hiện kế hoạch.
        2.2. Thực hiện đối thoại.
        a) điểm một;
        b) điểm hai.
        3. Khoản ba.`,
      expected: [
        'muc II. [title] Nội dung',
        '  khoan 2.',
        '    | Về công tác dân vận:',
        '    khoan 2.1.',
        '      | Thực hiện kế hoạch.',
        '    khoan 2.2.',
        '      | Thực hiện đối thoại.',
        '      diem a)',
        '        | điểm một;',
        '      diem b)',
        '        | điểm hai.',
        '  khoan 3.',
        '    | Khoản ba.',
      ],
    },
  ];

  cases.push({
    name: 'a number or a bullet glued to its text is still the marker ("1.1.Vị trí", "-Lưu VT;"), but initials are prose',
    input: `
      1. Đặc điểm
      1.1.Vị trí địa lý
      -Đánh giá công tác.
      V.I. Lê-nin viết.
      nơi nhận:
        -Lưu VT;`,
    expected: [
      'khoan 1. [title] Đặc điểm',
      '  khoan 1.1. [title] Vị trí địa lý',
      '    dash -',
      '      | Đánh giá công tác. V.I. Lê-nin viết.',
      'recipient: Lưu VT',
    ],
  });

  it.each(cases)('$name', ({ input, expected }) => {
    const file = parse(dedent(input));
    expect(file.syntaxFindings.map((d) => d.code)).toEqual([]);
    expect(outline(file)).toEqual(expected);
  });

  it('a file with only declarations is a catalog', () => {
    const file = parse('đơn vị VP: Văn phòng Sở\nvăn bản KH1: Kế hoạch số 1/KH-UBND ngày 02/01/2023 của UBND tỉnh\n');
    expect(file.isCatalog).toBe(true);
    expect(parse('I. Mục\n').isCatalog).toBe(false);
  });
});

describe('syntax errors are reported at their place, several per file', () => {
  const cases: { name: string; input: string; codes: string[] }[] = [
    {
      name: 'invalid id, missing phrase, misplaced and unknown fields',
      input: `
        văn bản <|30KH|>: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh
        <|đơn vị VP:|>
        văn bản KH1: Kế hoạch số 1/KH-UBND ngày 02/01/2023 của UBND tỉnh
          <|chủ trì:|> @VP
          <|dòng văn xuôi thụt lề|>`,
      codes: ['syntax/invalid-id', 'syntax/missing-value', 'syntax/misplaced-field', 'syntax/expected-field'],
    },
    {
      name: 'an id with a space, a field without indentation, fields under a second header',
      input: `
        kế hoạch
        <|cơ quan:|> Sở Công Thương
        văn bản <|KH 30|>: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh
        <|kế hoạch|>
          số: /KH-SCT
        Nhiệm vụ trọng tâm: tổ chức thực hiện.`,
      codes: ['syntax/field-indentation', 'syntax/invalid-id', 'syntax/duplicate-header'],
    },
    {
      name: 'duplicate header, unknown one-line task field, content after the signer',
      input: `
        kế hoạch
          số: /KH-SCT
        <|kế hoạch|>
        nhiệm vụ T1: chủ trì @VP; <|làm gì đó|>
        nơi nhận:
          <|Sở Nội vụ|>
          - Lưu: VT
        ký: GIÁM ĐỐC / Nguyễn Văn A
        <|I.|> Mục mới`,
      codes: ['syntax/duplicate-header', 'syntax/unknown-task-field', 'syntax/expected-recipient', 'syntax/content-after-end'],
    },
    {
      name: 'a heading with its text on the next line, and the next point with its ")" lost, as pasted from Word',
      input: `
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        <|Triển khai thực hiện có hiệu quả Kế hoạch.|>
        2. Yêu cầu
        a) Bảo đảm đúng tiến độ
        <|b|>
        Bảo đảm tiết kiệm.
        c) Một nội dung viết
        trên hai dòng.
        <|d.|> Nội dung thứ tư.`,
      codes: ['syntax/joined-heading', 'syntax/lost-marker', 'syntax/lost-marker'],
    },
    {
      name: 'another type of document says so once, and the lines under it raise nothing',
      input: `
        <|thông báo|>
          cơ quan: UBND tỉnh Quảng Ngãi
          số: 12/TB-UBND
        Nội dung thông báo.`,
      codes: ['syntax/unsupported-document-type'],
    },
  ];

  it('names an unknown header field and the fields there are, instead of calling it prose', () => {
    const [finding] = parse('kế hoạch\n  loại: Quyết định\n').syntaxFindings;
    expect(finding?.code).toBe('syntax/expected-field');
    expect(finding?.message.vi).toMatch(/^"loại" không phải trường của phần đầu kế hoạch; các trường có: "cơ quan chủ quản"/);
    expect(parse('kế hoạch\n  dòng văn xuôi thụt lề\n').syntaxFindings[0]?.message.vi).toMatch(/^Dòng thụt lề/);
  });

  it.each([13, 40, 5000])('reads "kế hoạch" followed by %i blanks as the header, as the formatter, removing them, would', (blanks) => {
    const file = parse(`kế hoạch${' '.repeat(blanks)}\n  số: 01/KH-UBND\n`);
    expect(file.header?.fields.map((field) => field.key)).toEqual(['number']);
    expect(parse(`kế hoạch ${'x'.repeat(blanks)}\n`).header).toBeUndefined();
  });

  it.each([
    // A sentence broken over lines, a long first line, an indented continuation, a closing stop,
    // a bullet, and a letter that is not the next point's: all ordinary joins.
    '1. Tăng cường công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác\nĐảng viên và quần chúng.',
    '1. Mục đích\n   Triển khai thực hiện có hiệu quả.',
    '1. Mục đích:\nTriển khai thực hiện có hiệu quả.',
    '- Một nội dung\nViết tiếp.',
    '1. Tổ chức hội nghị\ntrong quý I.',
    'a) Nội dung thứ nhất\nc\nkhông phải điểm b.',
    'Báo cáo\n\nkế hoạch\n  số: 1/KH-UBND',
  ])('leaves an ordinary join alone: %j', (input) => {
    expect(parse(input).syntaxFindings.map((d) => d.code)).toEqual([]);
  });

  it.each(cases)('$name', ({ input, codes }) => {
    const { text, ranges } = extractMarkers(dedent(input));
    const file = parse(text);
    const found = file.syntaxFindings.map((d) => ({ code: d.code, start: d.location.start, end: d.location.end }));
    expect(found).toEqual(codes.map((code, i) => ({ code, start: ranges[i]!.start, end: ranges[i]!.end })));
  });
});

describe('positions', () => {
  it('maps decomposed (non-NFC) input back to the original offsets', () => {
    const decomposed = 'văn bản <|30KH|>: x\n'.normalize('NFD');
    const { text, ranges } = extractMarkers(decomposed);
    const file = parse(text);
    expect(file.source.wasNormalised).toBe(true);
    const diagnostic = file.syntaxFindings[0]!;
    expect(diagnostic.code).toBe('syntax/invalid-id');
    expect([diagnostic.location.start, diagnostic.location.end]).toEqual([ranges[0]!.start, ranges[0]!.end]);
    // Keywords typed decomposed still count as keywords.
    expect(file.declarations[0]?.kind).toBe('document');
  });

  it('accepts a BOM and CRLF and counts lines and UTF-16 columns as LSP does', () => {
    const file = parse('\uFEFFđơn vị VP: Văn phòng\r\n\r\nGửi @VP và 𝔸 @X.\r\n');
    const unit = file.declarations[0]!;
    // Positions count the text as given, BOM included; editors and the CLI decoder drop it first.
    expect(unit.idLoc.range.start).toEqual({ line: 0, character: 8 });
    expect(unit.idLoc.start).toBe(8);
    const refs = file.opening[0]!.inlines.filter((inline) => inline.kind === 'ref');
    expect(refs.map((ref) => ref.loc.range.start)).toEqual([
      { line: 2, character: 4 },
      // 𝔸 is two UTF-16 code units.
      { line: 2, character: 14 },
    ]);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const file = parse(text);
        expect(Array.isArray(file.syntaxFindings)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on lines built from the language’s own pieces', () => {
    const piece = fc.constantFrom(
      'kế hoạch', '  số: /KH-SCT', 'văn bản A:', 'văn bản A: Kế hoạch số 1/KH-X ngày 1/1/2023', 'đơn vị B: x', '  chủ trì: @B',
      'nhiệm vụ T: hạn; ;', 'I.', '1.', '2.1', 'a)', '- ', '+ x', 'nơi nhận:', '  - Lưu', 'ký: / /', '@', '[hạn T]', '[hạn', '\\', '//', '   ', '',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        parse(lines.join(eol));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on truncations of the samples', () => {
    const samples = fg.sync('samples/**/*.kh');
    expect(samples.length).toBeGreaterThan(0);
    for (const path of samples) {
      const text = readFileSync(path, 'utf8');
      for (let cut = 0; cut <= text.length; cut += Math.max(1, Math.floor(text.length / 60))) parse(text.slice(0, cut));
    }
  });
});

describe('one-line task segments', () => {
  it('"Tổ chức …" after a field is not read as an English field name', () => {
    const file = parse('nhiệm vụ T: chủ trì @VP; Tổ chức hội nghị\n');
    const task = file.declarations[0]!;
    expect(task.fields.map((field) => field.key)).toEqual(['lead']);
    expect(file.syntaxFindings.map((d) => d.code)).toEqual(['syntax/unknown-task-field']);
  });
});
