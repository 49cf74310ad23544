/**
 * A file that is not UTF-8 text is refused with the place of its first bad byte: the offset in
 * bytes and the line and column an editor shows, whatever line breaks the file has.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../server/src/node/byte-position';
import { decodePlanBytes } from '../../server/src/node/plan-files';
import { runCli, tempWorkspace } from '../helpers/cli';

const utf8 = (text: string): number[] => [...Buffer.from(text, 'utf8')];
const bytes = (...parts: (string | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? utf8(part) : part)));

function errorOf(input: Uint8Array): { vi: string; en: string } {
  const read = decodePlanBytes(input);
  if (!('error' in read)) throw new Error('expected the bytes to be refused');
  return read.error;
}

describe('the first byte that is not UTF-8', () => {
  it.each([
    // [name, bytes, the byte, offset, line, column]
    ['a TCVN3 letter on the second line', bytes('kế hoạch\n  cơ quan: S', [0xe9], ' C\n'), '0xE9', 26, 2, 13],
    ['Vietnamese letters before it count one column each', bytes('Kế hoạch', [0xff]), '0xFF', 12, 1, 9],
    ['CRLF line breaks', bytes('a\r\nb\r\nc', [0xb8]), '0xB8', 7, 3, 2],
    ['lone CR line breaks', bytes('a\rb\rcd', [0xb8]), '0xB8', 6, 3, 3],
    ['after a byte order mark', bytes([0xef, 0xbb, 0xbf], [0xc0, 0x80]), '0xC0', 3, 1, 1],
    ['a sequence cut at the end', bytes('abc', [0xe1, 0xba]), '0xE1', 3, 1, 4],
    ['an encoded surrogate', bytes('x\n', [0xed, 0xa0, 0x80]), '0xED', 2, 2, 1],
    ['a code point above U+10FFFF', bytes('x', [0xf4, 0x90, 0x80, 0x80]), '0xF4', 1, 1, 2],
  ])('%s', (_name, input, byte, offset, line, column) => {
    const error = errorOf(input);
    expect(error.vi).toContain(`byte ${byte} ở vị trí ${offset} (dòng ${line}, cột ${column})`);
    expect(error.en).toContain(`byte ${byte} at offset ${offset} (line ${line}, column ${column})`);
  });

  it.each([
    ['a zero byte in the second line', bytes('ab\ncd', [0x00], 'ef'), 5, 2, 3],
    ['a zero byte first', bytes([0x00, 0x01]), 0, 1, 1],
  ])('%s makes a binary file', (_name, input, offset, line, column) => {
    const error = errorOf(input);
    expect(error.vi).toContain(`Tệp nhị phân`);
    expect(error.vi).toContain(`vị trí ${offset} (dòng ${line}, cột ${column})`);
    expect(error.en).toContain(`offset ${offset} (line ${line}, column ${column})`);
  });

  it('agrees with the strict UTF-8 decoder on every byte sequence', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }).map(utf8), fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const input = Uint8Array.from(pieces.flat());
        const bad = firstInvalidUtf8(input);
        const strict = new TextDecoder('utf-8', { fatal: true });
        if (bad === undefined) {
          expect(() => strict.decode(input)).not.toThrow();
        } else {
          expect(() => strict.decode(input)).toThrow();
          expect(() => strict.decode(input.subarray(0, bad))).not.toThrow();
          // The sequence that starts at the bad byte cannot be completed by any bytes that follow.
          expect(() => strict.decode(input.subarray(0, bad + 1))).toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('names the place on standard error of check', async () => {
    const root = tempWorkspace({ 'c.kh': bytes('Kế hoạch\nThùc hi', [0xd6], 'n\n') });
    const run = await runCli(['check', '--lang', 'en', 'c.kh'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('c.kh: The file is not UTF-8 (perhaps a legacy TCVN3 or VNI encoding): byte 0xD6 at offset 21 (line 2, column 8) cannot be read');
  });
});
