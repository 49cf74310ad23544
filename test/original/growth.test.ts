/**
 * Hostile originals: text shapes that would make a careless recogniser or check of an original
 * slow (one giant line, thousands of header-like or footer-like lines, runs of blanks where the
 * columns are cut, dashes glued to recipients, letter numbers without end) take time in proportion
 * to their size, as test/robustness/growth.test.ts holds every phase of a plan to: eight times the
 * input may cost at most thirty times the time (linear is eight, quadratic sixty-four), best of
 * three runs after a warm-up, and never more than ten seconds. Binary bytes read as text never throw.
 */
import { describe, expect, it } from 'vitest';
import { bestCpuMs } from '../helpers/timing';
import { checkText } from './helpers';

const SMALL = 8_000;
const LARGE = 64_000;
const MAX_GROWTH = 30;
const NOISE_MS = 25;
const LIMIT_MS = 10_000;

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const SHAPES: [string, (size: number) => string][] = [
  ['one giant line', (size) => repeat('Thực hiện Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh, ', size)],
  ['a giant line of blanks between two cells', (size) => `UBND TỈNH A${' '.repeat(size)}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n`],
  ['header lines over and over', (size) => repeat('Số:\nHưng\nYên, ngày\nCỘNG HÒA\nĐộc lập – Tự do – Hạnh phúc\n', size)],
  ['type lines over and over', (size) => repeat('KẾ HOẠCH\n', size)],
  ['recipients glued on one line', (size) => `Nơi nhận: ${repeat('- Sở Nội vụ; ', size)}\nKT. GIÁM ĐỐC\n`],
  ['many footers', (size) => repeat('Nơi nhận:\n- Lưu VT;\nKT. GIÁM ĐỐC\n', size)],
  ['letter numbers without end', (size) => repeat('Công văn số 1/SCT ', size)],
  ['glued dates and type names', (size) => repeat('ngày 07/9/2009của tạiCông văn ', size)],
  ['blank lines only', (size) => repeat('\n', size)],
  ['capitals only', (size) => repeat('ỦY BAN NHÂN DÂN TỈNH ', size)],
  ['lines of blanks and bars', (size) => repeat('   |   \t|\n', size)],
  ['mottos of dashes', (size) => repeat('Độc lập -– Tự do -–', size)],
];

describe('hostile originals', () => {
  it.each(SHAPES)('%s: checked in time linear in its size', (_name, build) => {
    const small = build(SMALL);
    const large = build(LARGE);
    checkText(small);
    const smallTime = bestCpuMs(() => checkText(small));
    let largeTime = bestCpuMs(() => checkText(large));
    if (largeTime > MAX_GROWTH * smallTime + NOISE_MS) largeTime = bestCpuMs(() => checkText(large));
    expect(largeTime).toBeLessThan(LIMIT_MS);
    expect(largeTime, `${LARGE} characters took ${largeTime.toFixed(0)} ms, ${SMALL} took ${smallTime.toFixed(0)} ms`).toBeLessThan(
      MAX_GROWTH * smallTime + NOISE_MS,
    );
  });

  it('reads binary bytes decoded as text without throwing, and reports no internal error', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256);
    const { diagnostics } = checkText(new TextDecoder('latin1').decode(bytes));
    expect(diagnostics.filter((d) => d.code.startsWith('internal/'))).toEqual([]);
  });
});
