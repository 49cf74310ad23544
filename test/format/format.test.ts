/**
 * The formatter, case by case: a plan in, the plan it must become out. Every case is also checked
 * to be stable (formatting the output changes nothing) and to read back into the same tree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/base/diagnostic';
import { toRoman } from '../../server/src/base/roman';
import { formatPlan, formatText } from '../../server/src/format/format';
import { parsePlan } from '../../server/src/syntax/parse';
import { dedent } from '../helpers/markers';
import { shapeOf } from './shape';

/** I … XXXIX, the mục numbers the lexer reads. */
const ROMAN_1_TO_39 = Array.from({ length: 39 }, (_, index) => toRoman(index + 1));

const ROOT = join(__dirname, '..', '..');

interface Case {
  name: string;
  input: string;
  output: string;
}

const CASES: Case[] = [
  {
    name: 'mục are numbered I., II., III. in order',
    input: dedent(`
      I. Mục đích

      II. Nội dung

      II. Tổ chức thực hiện
    `),
    output: dedent(`
      I. Mục đích

      II. Nội dung

      III. Tổ chức thực hiện
    `),
  },
  {
    name: 'phần are renumbered in the way each is written, and the mục of each phần start again at I.',
    input: dedent(`
      Phần I.   Tình hình

      II. Kết quả

      Phần III. Nhiệm vụ

      III. Nhiệm vụ chung

      PHẦN THỨ HAI

      phan thu ba: Kien nghi

      Phần Thứ Tư
    `),
    output: dedent(`
      Phần I. Tình hình

      I. Kết quả

      Phần II. Nhiệm vụ

      I. Nhiệm vụ chung

      PHẦN THỨ BA

      phan thu tu: Kien nghi

      Phần Thứ Năm
    `),
  },
  {
    name: 'an eleventh phần, which has no spelling in words the lexer reads, is left as written',
    input: Array.from({ length: 11 }, () => 'Phần thứ nhất').join('\n'),
    output: [...['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'].map((word) => `Phần thứ ${word}`), 'Phần thứ nhất'].join('\n'),
  },
  {
    name: 'khoản start again at 1. in every mục',
    input: dedent(`
      I. Mục đích
      1. Một.
      3. Hai.
      II. Nội dung
      2. Một.
    `),
    output: dedent(`
      I. Mục đích
      1. Một.
      2. Hai.
      II. Nội dung
      1. Một.
    `),
  },
  {
    name: 'a count that starts over after it went on is kept: a new parent or another level was meant (numbering/duplicate and numbering/level say which)',
    input: dedent(`
      I. Căn cứ
      1. Căn cứ pháp lý.
      2. Căn cứ thực tiễn.
      1. Mục đích
      II. MỤC TIÊU CỤ THỂ
      I. Giám sát chặt chẽ.
    `),
    output: dedent(`
      I. Căn cứ
      1. Căn cứ pháp lý.
      2. Căn cứ thực tiễn.
      1. Mục đích
      II. MỤC TIÊU CỤ THỂ
      I. Giám sát chặt chẽ.
    `),
  },
  {
    name: 'a 40th and 41st mục, which no marker can number, stay as written and are not read as a new count the next time (a fuzzing finding)',
    input: Array.from({ length: 41 }, () => 'I. Mục').join('\n'),
    output: [...ROMAN_1_TO_39.map((roman) => `${roman}. Mục`), 'I. Mục', 'I. Mục'].join('\n') + '\n',
  },
  {
    name: 'prefixed khoản follow their parent, and a missing trailing dot is written',
    input: dedent(`
      1. Một.

      1. Hai:

      1.1. Hai một.

      1.3 Hai hai.
    `),
    output: dedent(`
      1. Một.

      2. Hai:

      2.1. Hai một.

      2.2. Hai hai.
    `),
  },
  {
    name: 'điểm follow the Vietnamese alphabet, without f, j, w, z',
    input: dedent(`
      1. Các việc:
      a) một;
      b) hai;
      d) ba;
      f) bốn;
      f) năm.
    `),
    output: dedent(`
      1. Các việc:
      a) một;
      b) hai;
      c) ba;
      d) bốn;
      đ) năm.
    `),
  },
  {
    name: 'one space after each marker',
    input: 'I.\tMục đích\n1.   Tăng cường.\na)  một;\n-  gạch;\n+\t\tgạch dưới.\n',
    output: 'I. Mục đích\n1. Tăng cường.\na) một;\n- gạch;\n+ gạch dưới.\n',
  },
  {
    name: 'a bullet with no text keeps the blank that makes it a bullet',
    input: 'I. Mục\n-   \n+\t\n',
    output: 'I. Mục\n- \n+ \n',
  },
  {
    name: 'a trailing non-breaking space that keeps "a)" prose stays; the one after a real marker goes',
    input: 'I. Mục\na)\u00a0\nb) \u00a0\n',
    output: 'I. Mục\na)\u00a0\na)\n',
  },
  {
    name: 'a lone CR before an emptied blank line does not join it into one CRLF',
    input: 'Một.\r  \nHai.\n',
    output: 'Một.\r\rHai.\n',
  },
  {
    name: 'a number or a bullet glued to its text is the marker, and gets its space; initials stay prose',
    input: 'I. Mục\n\n1.Tăng cường.\n\n-Lưu ý.\n\nV.I. Lê-nin.\n',
    output: 'I. Mục\n\n1. Tăng cường.\n\n- Lưu ý.\n\nV.I. Lê-nin.\n',
  },
  {
    name: 'numbers that start a wrapped prose line are not markers, so they are not renumbered',
    input: '1. Hỗ trợ cho\n1.200 trẻ em nghèo, kinh phí\n1.5 triệu đồng mỗi em, tổng\n2.05 tỷ đồng.\n',
    output: '1. Hỗ trợ cho\n1.200 trẻ em nghèo, kinh phí\n1.5 triệu đồng mỗi em, tổng\n2.05 tỷ đồng.\n',
  },
  {
    name: 'header and declaration fields are indented two spaces under their head',
    input: dedent(`
      kế hoạch
      cơ quan: Sở Công Thương
          số: /KH-SCT
      \ttrích yếu: Thực hiện quy chế dân chủ

      văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh
         trích yếu: Thực hiện quy chế dân chủ
      đơn vị VP: Văn phòng Sở
      viết tắt: VP
    `),
    output: dedent(`
      kế hoạch
        cơ quan: Sở Công Thương
        số: /KH-SCT
        trích yếu: Thực hiện quy chế dân chủ

      văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh
        trích yếu: Thực hiện quy chế dân chủ
      đơn vị VP: Văn phòng Sở
        viết tắt: VP
    `),
  },
  {
    name: 'task fields are indented under the task head wherever the head stands',
    input: dedent(`
      1. @VP báo cáo [hạn BC].
         nhiệm vụ BC: Báo cáo
         chủ trì: @VP
                 hạn: trước 01/6/2023
      \tnhiệm vụ BN: chủ trì @VP;  hạn trước 15/10/2023
    `),
    output: dedent(`
      1. @VP báo cáo [hạn BC].
         nhiệm vụ BC: Báo cáo
           chủ trì: @VP
           hạn: trước 01/6/2023
      \tnhiệm vụ BN: chủ trì @VP;  hạn trước 15/10/2023
    `),
  },
  {
    name: 'an indented prose line under a declaration is not read, so its indentation stays',
    input: 'đơn vị VP: Văn phòng Sở\n    Văn phòng của Sở\n',
    output: 'đơn vị VP: Văn phòng Sở\n    Văn phòng của Sở\n',
  },
  {
    name: 'recipients are written "  - …"',
    input: dedent(`
      nơi nhận:
      - @SNV;
          -   Đảng ủy Sở;
      \t- Lưu: VT, VP.
      ký: GIÁM ĐỐC / Nguyễn Văn A
    `),
    output: dedent(`
      nơi nhận:
        - @SNV;
        - Đảng ủy Sở;
        - Lưu: VT, VP.
      ký: GIÁM ĐỐC / Nguyễn Văn A
    `),
  },
  {
    name: 'at most one blank line in a row, none at the top or the bottom, one line break at the end',
    input: '\n\n  \nI. Mục đích\n\n\n\n1. Một.\n \t\n\n2. Hai.\n\n\n',
    output: 'I. Mục đích\n\n1. Một.\n\n2. Hai.\n',
  },
  {
    name: 'a file without a final line break gets one',
    input: 'I. Mục đích',
    output: 'I. Mục đích\n',
  },
  {
    name: 'trailing blanks go, non-breaking spaces included',
    input: 'Thực hiện @KH30.   \nI. Nội dung\t\u00a0\n// ghi chú  \n',
    output: 'Thực hiện @KH30.\nI. Nội dung\n// ghi chú\n',
  },
  {
    name: 'letters are composed (NFC); the words stay the same',
    input: `${'Thực hiện kế hoạch.'.normalize('NFD')}\n`,
    output: 'Thực hiện kế hoạch.\n',
  },
  {
    name: 'CRLF line breaks are kept, and the final one is CRLF too',
    input: 'I. Mục đích  \r\n\r\n\r\n1. Một.\r\n1. Hai.',
    output: 'I. Mục đích\r\n\r\n1. Một.\r\n2. Hai.\r\n',
  },
  {
    name: 'comments and prose keep their indentation and their words',
    input: dedent(`
      I. Mục
         // ghi chú  thụt lề
      Văn  xuôi   giữ nguyên.
         tiếp theo của đoạn.
    `),
    output: dedent(`
      I. Mục
         // ghi chú  thụt lề
      Văn  xuôi   giữ nguyên.
         tiếp theo của đoạn.
    `),
  },
  {
    name: 'a file of mixed line breaks ends with the break it uses most',
    input: 'I. Mục đích\n1. Một.\r\n1. Hai.\r\n1. Ba.',
    output: 'I. Mục đích\n1. Một.\r\n2. Hai.\r\n3. Ba.\r\n',
  },
  {
    name: 'a U+FEFF that starts the file once the blank lines above it go stays a character: a byte order mark goes before it',
    input: '\n\n\ufeffThực hiện @KH30.\n',
    output: '\ufeff\ufeffThực hiện @KH30.\n',
  },
  {
    name: 'a U+FEFF after a byte order mark and blank lines stays a character behind the same mark',
    input: '\ufeff\n\ufeffThực hiện @KH30.\n',
    output: '\ufeff\ufeffThực hiện @KH30.\n',
  },
  {
    name: 'an empty file stays empty; a file of blank lines becomes empty',
    input: '\n \n\t\n',
    output: '',
  },
];

/** dedent() drops the final line break; a formatted file ends with exactly one. */
function withFinalNewline(text: string): string {
  return text === '' || /[\r\n]$/.test(text) ? text : `${text}\n`;
}

describe('formatPlan', () => {
  it.each(CASES)('$name', ({ input, output }) => {
    const expected = withFinalNewline(output);
    const formatted = formatText(input);
    expect(formatted).toBe(expected);
    expect(formatText(formatted)).toBe(formatted);
    expect(shapeOf(formatted)).toEqual(shapeOf(input));
  });

  it('gives edits in offsets of the original text, around a byte order mark and decomposed letters', () => {
    const decomposed = 'Thực hiện'.normalize('NFD');
    const input = `\ufeffkế hoạch\n cơ quan: Sở\n${decomposed} @KH30.  \nI. Mục\nII. A\nII. B`;
    const edits = formatPlan(parsePlan('file:///k.kh', input));
    expect(applyEdits(input, edits)).toBe('\ufeffkế hoạch\n  cơ quan: Sở\nThực hiện @KH30.\nI. Mục\nII. A\nIII. B\n');
    // Each edit touches only what changes, so an editor keeps the cursor in the lines around it.
    expect(edits.map((edit) => [input.slice(edit.start, edit.end), edit.newText])).toEqual([
      ['', ' '],
      [`${decomposed.slice(2)} @KH30.  `, 'ực hiện @KH30.'],
      ['. B', 'I. B\n'],
    ]);
  });

  it('leaves a number it cannot write as a marker: a 25th điểm', () => {
    const letters = 'abcdđefghiklmnopqrstuvxy';
    const input = `1. Các việc:\n${[...letters, 'z'].map((letter) => `b) việc ${letter};`).join('\n')}\n`;
    const formatted = formatText(input);
    expect(formatted).toBe(`1. Các việc:\n${[...letters].map((letter) => `${letter}) việc ${letter};`).join('\n')}\nb) việc z;\n`);
    expect(formatText(formatted)).toBe(formatted);
  });
});

describe('the samples and the seed', () => {
  const samples = fg.sync('samples/**/*.kh', { cwd: ROOT }).sort();

  it('finds the samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(samples)('%s is already formatted', (path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    expect(formatText(text)).toBe(text);
  });

  it('the copy of the seed that keeps its defects gets its second "II." renumbered "III.", and nothing else', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/quang-ngai-dan-van-2023-loi/ke-hoach.kh'), 'utf8');
    const formatted = formatText(text);
    expect(formatted).toBe(text.replace('\nII. Tổ chức thực hiện\n', '\nIII. Tổ chức thực hiện\n'));
    expect(formatted).not.toBe(text);
  });
});
