/**
 * Locations work out their range when it is first read; read, written out or replaced, a location
 * is the plain { start, end, range } it stands for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/base/source';

const text = fc.string({ unit: fc.constantFrom('a', ' ', '\r', '\n', 'é', '😀'), maxLength: 40 });

describe('LineIndex.location', () => {
  it('has the range of its offsets, the same object at every read', () => {
    fc.assert(
      fc.property(text, fc.nat(50), fc.nat(50), (input, a, b) => {
        const lines = new LineIndex(input);
        const [start, end] = a <= b ? [a, b] : [b, a];
        const location = lines.location(start, end);
        expect(location.range).toEqual({ start: lines.positionAt(start), end: lines.positionAt(end) });
        expect(location.range).toBe(location.range);
      }),
    );
  });

  it('is written out as the plain location, range included', () => {
    const lines = new LineIndex('ab\ncd\r\nef');
    const location = lines.location(4, 8);
    expect(JSON.parse(JSON.stringify({ location }))).toEqual({
      location: { start: 4, end: 8, range: { start: { line: 1, character: 1 }, end: { line: 2, character: 1 } } },
    });
  });

  it('keeps a range given to it', () => {
    const location = new LineIndex('ab\ncd').location(0, 1);
    const range = { start: { line: 7, character: 0 }, end: { line: 7, character: 3 } };
    location.range = range;
    expect(location.range).toBe(range);
  });
});
