/**
 * The JSON writer of the export: the same text as `JSON.stringify(value, null, 2)` on any value,
 * at any depth, and a plan numbered deeper than the built-in serialiser could write.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyIndented } from '../../server/src/render/json-text';
import { renderJson } from '../../server/src/render/json';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { loadText } from './helpers';

describe('stringifyIndented', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(stringifyIndented(value as object)).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it.each([
    ['fields left undefined are left out of objects, and are null in arrays', { a: undefined, b: [undefined, 1], c: 'x' }],
    ['numbers that JSON cannot hold are null', { nan: Number.NaN, infinite: [Number.POSITIVE_INFINITY] }],
    ['empty containers stay on their line', { a: [], b: {}, c: [[], {}] }],
    ['keys and strings are escaped', { 'khóa "x"\n': 'giá trị\t\u2028\u001b' }],
  ])('%s', (_name, value) => {
    expect(stringifyIndented(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('writes a value nested deeper than the built-in serialiser can go', () => {
    // Indentation makes the text grow with the square of the depth, so the depth stays modest.
    const DEPTH = 6_000;
    let value: unknown[] = [];
    for (let depth = 0; depth < DEPTH; depth++) value = [value];
    expect(() => JSON.stringify(value, null, 2)).toThrow(RangeError);
    const lines = stringifyIndented(value).split('\n');
    expect(lines).toHaveLength(2 * DEPTH + 1);
    expect(lines[DEPTH]).toBe(`${'  '.repeat(DEPTH)}[]`);
    expect(lines[2 * DEPTH]).toBe(']');
  });
});

describe('the JSON export of a deep plan', () => {
  it('exports a plan whose khoản are numbered 2,500 levels deep, each level a child of the one above', () => {
    const items: string[] = [];
    let marker = '';
    for (let depth = 0; depth < 2_500; depth++) {
      marker += '1.';
      items.push(`${marker} Khoản`);
    }
    const { workspace, file } = loadText(items.join('\n'));
    const exported = JSON.parse(renderJson(workspace, file, { calendar: new WorkingCalendar() })) as { items: { children: unknown[] }[] };
    let depth = 0;
    for (let level = exported.items[exported.items.length - 1]; level; level = level.children[0] as typeof level) depth++;
    expect(depth).toBeGreaterThanOrEqual(2_500);
  });
});
