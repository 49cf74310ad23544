/**
 * Decomposed (NFD) files, as some keyboards and Mac file systems write Vietnamese: every position
 * the tools report must cover whole letters of the file as written (a base letter and all of its
 * combining marks), so a fix applied to the decomposed file says what the same fix says on the
 * composed file.
 */
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { applyFixes } from '../../server/src/check/fixes';
import { check, plan } from '../check/helpers';

const COMBINING_MARK = /[\u0300-\u036f]/;

const CASES: { name: string; text: string }[] = [
  { name: 'a signer in lower case, whose fix upper-cases it', text: plan('1. Một.', { signer: 'ký: KT. Giám đốc sở / Phó giám đốc / Nguyễn Văn A' }) },
  { name: 'an invalid id that ends in a marked letter', text: 'đơn vị 30KHỞ: Văn phòng Sở\nvăn bản KH 3Ở: Kế hoạch số 3/KH-UBND ngày 01/02/2023 của UBND tỉnh\n' },
  { name: 'prose with typography problems after marked letters', text: plan('1. Tăng cường công tác dân vận ở  cơ sở ,tỉnh Quảng Ngãi.') },
  ...fg.sync(['samples/*/*.kh', 'test/fixtures/**/*.kh']).sort().map((path) => ({ name: path, text: readFileSync(path, 'utf8') })),
];

/** True when `offset` does not fall between a letter and one of its combining marks. */
function atClusterBoundary(text: string, offset: number): boolean {
  return offset >= text.length || !COMBINING_MARK.test(text[offset]!);
}

/** Code and line: columns differ between the two forms, since a marked letter has more code units in NFD. */
function describeDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.code} line ${diagnostic.location.range.start.line}`;
}

describe('decomposed input', () => {
  it.each(CASES)('$name: every range covers whole letters', ({ text }) => {
    const decomposed = text.normalize('NFD');
    expect(decomposed).not.toBe(text.normalize('NFC'));
    for (const diagnostic of check(decomposed)) {
      const ranges = [diagnostic.location, ...(diagnostic.fixes ?? []).flatMap((fix) => fix.edits)];
      for (const { start, end } of ranges) {
        expect(atClusterBoundary(decomposed, start), `${describeDiagnostic(diagnostic)} starts inside a letter`).toBe(true);
        expect(atClusterBoundary(decomposed, end), `${describeDiagnostic(diagnostic)} ends inside a letter`).toBe(true);
      }
    }
  });

  it.each(CASES)('$name: each fix gives the same text as on the composed file', ({ text }) => {
    const composed = text.normalize('NFC');
    const decomposed = text.normalize('NFD');
    // The decomposed file also gets the report that it is not in NFC; everything else must match.
    const onDecomposed = check(decomposed).filter((diagnostic) => diagnostic.code !== 'text/not-nfc');
    const onComposed = check(composed);
    expect(onDecomposed.map(describeDiagnostic)).toEqual(onComposed.map(describeDiagnostic));
    onDecomposed.forEach((diagnostic, index) => {
      const fixes = diagnostic.fixes ?? [];
      const composedFixes = onComposed[index]!.fixes ?? [];
      expect(fixes.length).toBe(composedFixes.length);
      fixes.forEach((fix, fixIndex) => {
        const fixedDecomposed = applyFixes(decomposed, [fix]).text.normalize('NFC');
        const fixedComposed = applyFixes(composed, [composedFixes[fixIndex]!]).text.normalize('NFC');
        expect(fixedDecomposed, `${describeDiagnostic(diagnostic)}: ${fix.title.en}`).toBe(fixedComposed);
      });
    });
  });
});
