/**
 * Properties of the deadline checks over random counts and years: whatever a drafter types, the
 * checks finish quickly, never throw, and every date they suggest is one the parser reads back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { checkDeadlines } from '../../server/src/deadline/check';
import { parseDeadline } from '../../server/src/deadline/parse';
import { parsePlan } from '../../server/src/syntax/parse';

/** Each run checks a plan of three tasks; a run that takes this long has stalled. */
const RUN_LIMIT_MS = 2000;

const calendar = new WorkingCalendar();

const year = fc.oneof(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1890, max: 2210 }));
const date = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), year)
  .map(([day, month, y]) => `${String(day).padStart(2, '0')}/${month}/${y}`);
const amount = fc.oneof(fc.integer({ min: 0, max: 4000 }), fc.bigInt({ min: 0n, max: 10n ** 15n })).map(String);
const unit = fc.constantFrom('ngày', 'ngày làm việc');
const deadline = fc.oneof(
  date.map((written) => `trước ngày ${written}`),
  date.map((written) => `chậm nhất ${written}`),
  fc.tuple(amount, unit).map(([n, u]) => `trong ${n} ${u} kể từ ngày ban hành`),
  fc.tuple(amount, unit, date).map(([n, u, from]) => `trong ${n} ${u} kể từ ngày ${from}`),
  fc.tuple(amount, unit, fc.constantFrom('A', 'B', 'C')).map(([n, u, id]) => `trong ${n} ${u} sau @${id}`),
);

function plan(issued: string, deadlines: string[]): string {
  return [
    'kế hoạch',
    '  cơ quan: Sở Công Thương',
    `  ngày: ${issued}`,
    '',
    'I. Nội dung',
    '1. Một.',
    ...deadlines.map((text, k) => `   nhiệm vụ ${'ABC'[k]}: chủ trì @VP; hạn ${text}`),
    '',
  ].join('\n');
}

describe('checkDeadlines', () => {
  it('never throws, returns promptly and suggests only dates that parse', () => {
    fc.assert(
      fc.property(date, fc.array(deadline, { minLength: 3, maxLength: 3 }), date, (issued, deadlines, asOf) => {
        const file = parsePlan('file:///plan.kh', plan(issued, deadlines));
        const [day, month, y] = asOf.split('/').map(Number) as [number, number, number];
        const started = performance.now();
        const diagnostics = checkDeadlines(file, { calendar, asOf: { year: y, month, day } });
        expect(performance.now() - started).toBeLessThan(RUN_LIMIT_MS);
        for (const diagnostic of diagnostics) {
          for (const edit of diagnostic.fixes?.flatMap((fix) => fix.edits) ?? []) {
            expect(parseDeadline(edit.newText).problems).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
