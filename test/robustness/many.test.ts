/**
 * Lists as long as the input allows: a quarter of a million references on one wrapped line, double
 * spaces in one paragraph, paragraphs, khoản with one number, unused declarations. Appending such a
 * list with push(...list) passes every element as an argument and overflows the stack, which the
 * parser and the rules then report as internal errors; reading and checking must go through.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import type { PlanFile } from '../../server/src/model/ast';
import { Workspace } from '../../server/src/model/workspace';

const COUNT = 250_000;
const URI = 'file:///many/ke-hoach.kh';

/** Each case with the list it grows, counted in what the parser built or the rules reported. */
const CASES: { name: string; text: string; length(file: PlanFile, diagnostics: Diagnostic[]): number }[] = [
  {
    name: 'references on a wrapped line',
    text: `đơn vị VP: Văn phòng\n\nI. Mục\n\nCác đơn vị:\n${'@VP '.repeat(COUNT)}\n`,
    length: (file) => file.items[0]!.paragraphs[0]!.inlines.filter((inline) => inline.kind === 'ref').length,
  },
  {
    name: 'double spaces in one paragraph',
    text: `I. Mục\n\n${'a  '.repeat(COUNT)}b\n`,
    length: (_, diagnostics) => diagnostics.filter((diagnostic) => diagnostic.code === 'typography/double-space').length,
  },
  { name: 'paragraphs under one mục', text: `I. Mục\n\n${'x\n\n'.repeat(COUNT)}`, length: (file) => file.items[0]!.paragraphs.length },
  { name: 'khoản that all carry the number 1.', text: `I. Mục\n\n${'1. K\n'.repeat(COUNT)}`, length: (file) => file.items[0]!.children.length },
  {
    name: 'unit declarations nothing refers to',
    text: `${Array.from({ length: COUNT }, (_, i) => `đơn vị U${i}: A`).join('\n')}\n\nI. Mục\n`,
    length: (_, diagnostics) => diagnostics.filter((diagnostic) => diagnostic.code === 'ref/unused').length,
  },
];

describe('lists as long as the input', () => {
  it(`are long enough to overflow push(...list) here`, () => {
    // The premise of the cases below: were a list of COUNT spread into a call, it would throw.
    expect(() => [].push(...new Array<never>(COUNT))).toThrow(RangeError);
  });

  // The check reports the parser's problems too, an internal error of reading the file among them.
  it.each(CASES)('$name are read and checked without an internal error', ({ text, length }) => {
    const workspace = new Workspace();
    const file = workspace.setFile(URI, text);
    const diagnostics = checkFile(workspace, URI, { calendar: new WorkingCalendar() });
    expect(diagnostics.filter((diagnostic) => diagnostic.code.startsWith('internal/')).map((diagnostic) => diagnostic.message.en)).toEqual([]);
    expect(length(file, diagnostics)).toBe(COUNT);
  }, 60_000);
});
