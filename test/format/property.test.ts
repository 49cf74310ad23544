/**
 * Properties of the formatter over text no one would write: it never throws, a second run changes
 * nothing, and the plan reads back into the same tree (markers, whitespace and letter encoding
 * aside). Plan-like lines make random text hit the structure; the samples with lines deleted or
 * repeated make broken real plans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../server/src/format/format';
import { shapeOf } from './shape';

const ROOT = join(__dirname, '..', '..');

const HEADS = [
  '', '', '', 'kế hoạch', 'ke hoach', 'văn bản A:', 'văn bản KH 30:', 'đơn vị VP:', 'nhiệm vụ T:', 'nhiệm vụ T: chủ trì @VP; hạn trước 01/6/2023',
  'cơ quan:', 'số:', 'trích yếu:', 'chủ trì:', 'hạn:', 'viết tắt:', 'nơi nhận:', 'ký:', 'I.', 'II.', 'XL.', '1.', '2.', '1.1.', '2.1', '999.', '1000.',
  'a)', 'đ)', 'f)', 'y)', '-', '+', '//', '// kehoach-disable-next-line', '\\', '1.Tăng', '-x', '1.200', '1.5', '2.05',
  'Phần I.', 'PHẦN THỨ NHẤT', 'Phần thứ mười:', 'phan II -', 'Phần lớn', 'phụ đề:',
];
const WORDS = ['', 'Tăng cường', 'triệu đồng', '@VP', '@KH30', '@@KH30', '@{KH30, VP}', '@{KH30', '[hạn T]', '[ hạn  T ]', 'Ke\u0302\u0301 hoạch', '\u00a0', '“x”', '.', ':', 'GIÁM ĐỐC / Nguyễn Văn A', '@', '[', '\\@', '\ufeff', '🙂', '\u0001', '\u007f'];
const BLANKS = ['', ' ', '  ', '   ', '\t', ' \t', '\u00a0'];
const BREAKS = ['\n', '\n', '\n', '\r\n', '\r'];

const LINE = fc
  .tuple(fc.constantFrom(...BLANKS), fc.constantFrom(...HEADS), fc.constantFrom(...BLANKS), fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }), fc.constantFrom(...BLANKS), fc.constantFrom(...BREAKS))
  .map(([indent, head, gap, words, trailing, newline]) => `${indent}${head}${gap}${words.join(' ')}${trailing}${newline}`);

const PLANISH = fc.array(LINE, { maxLength: 30 }).map((lines) => lines.join(''));
const ANY = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...' \t\r\n-+.)Ia1đ:@[\\/'.split('')), maxLength: 80 }));

function expectFormatterProperties(text: string): void {
  const formatted = formatText(text);
  expect(formatText(formatted)).toBe(formatted);
  expect(shapeOf(formatted)).toEqual(shapeOf(text));
}

describe('formatter properties', () => {
  it('holds on random and plan-like text', () => {
    fc.assert(fc.property(fc.oneof(PLANISH, ANY), expectFormatterProperties), { numRuns: 3000 });
  });

  it.each([
    ['a field holding only a control character, before blanks', 'kế hoạch\n  trích yếu: \u0001  \n  số: 05/KH-SCT\n'],
    ['a field ending in a control character before blanks', 'kế hoạch\n  trích yếu: Dân vận\u007f \t\n'],
  ])('holds on %s (a fuzzing finding)', (_name, text) => {
    expectFormatterProperties(text);
  });

  const samples = fg.sync(['samples/**/*.kh', 'test/fixtures/**/*.kh'], { cwd: ROOT }).sort();
  it.each(samples)('holds on %s with lines deleted and repeated', (path) => {
    const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
    const edits = fc.array(fc.tuple(fc.nat({ max: lines.length - 1 }), fc.constantFrom('delete', 'repeat', 'blank')), { maxLength: 12 });
    fc.assert(
      fc.property(edits, (changes) => {
        const changed = [...lines];
        for (const [at, change] of changes) {
          const index = Math.min(at, changed.length - 1);
          if (change === 'delete') changed.splice(index, 1);
          else if (change === 'repeat') changed.splice(index, 0, changed[index] ?? '');
          else changed.splice(index, 0, '  ');
        }
        expectFormatterProperties(changed.join('\n'));
      }),
      { numRuns: 150 },
    );
  });
});
