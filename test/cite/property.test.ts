import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../server/src/cite/number';
import { parseCitationPhrase } from '../../server/src/cite/phrase';
import { CITE, SAFE_FIX_CODES } from '../../server/src/cite/rules';
import { findCitations, findLawsCitedByName } from '../../server/src/cite/scan';
import { applyFixes } from './helpers';

/** Characters that make up numbers and their defects, so random strings often come close to one. */
const NUMBERISH = fc.string({
  unit: fc.constantFrom(...'0123456789/-–—− \nKHQĐTgirCUBNDSTWđk,.'.split('')),
  maxLength: 30,
});
const ANY = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), NUMBERISH);
const PHRASEISH = fc
  .tuple(fc.constantFrom('Kế hoạch', 'ke hoach', 'Chương trình phối hợp', 'Luật Lao động', 'Bộ luật Lao động, của Luật', 'Công văn', 'Đề án', ''), fc.constantFrom(' số ', ' số', ' ', ' so '), NUMBERISH, fc.constantFrom('', ',', ' ngày ', ', ngày '), fc.string({ unit: fc.constantFrom(...'0123456789/ '.split('')), maxLength: 12 }), fc.constantFrom('', ' của @UBND', ' giữa A và B', ' về x'))
  .map((parts) => parts.join(''));

/** The official spelling of the miswritten abbreviations the generator below uses. */
const CANONICAL = { kh: 'KH', CTR: 'CTr', qđ: 'QĐ', Ubnd: 'UBND', TTG: 'TTg' };

/** The fixes of a number that only respell it; number-form rewrites the whole number and is tested alone. */
const RESPELLING = new Set<string>([CITE.numberSpacing, CITE.numberDash, CITE.issuerCase]);

group('properties', () => {
  it('parseDocumentNumber, parseCitationPhrase, findCitations and findLawsCitedByName never throw', () => {
    fc.assert(
      fc.property(fc.oneof(ANY, PHRASEISH), (text) => {
        parseDocumentNumber(text);
        parseDocumentNumber(text, { allowBlankSerial: true });
        parseCitationPhrase(text);
        findCitations(text);
        for (const law of findLawsCitedByName(text)) {
          expect(law.span.start).toBeGreaterThanOrEqual(0);
          expect(law.span.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('every problem lies inside the text it was found in', () => {
    fc.assert(
      fc.property(fc.oneof(ANY, PHRASEISH), (text) => {
        const problems = [...parseDocumentNumber(text).problems, ...parseCitationPhrase(text).problems, ...findCitations(text).flatMap((f) => f.problems)];
        for (const p of problems) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeGreaterThanOrEqual(p.start);
          expect(p.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('fixing a number is idempotent and agrees with its normalised form', () => {
    fc.assert(
      fc.property(ANY, (text) => {
        const first = parseDocumentNumber(text);
        const fixed = applyFixes(text, first.problems.filter((p) => RESPELLING.has(p.code)));
        const second = parseDocumentNumber(fixed);
        expect(second.problems.filter((p) => RESPELLING.has(p.code))).toEqual([]);
        expect(second.number.normalised).toBe(first.number.normalised);
        expect(second.number.family).toBe(first.number.family);
      }),
      { numRuns: 3000 },
    );
  });

  it('a well-formed number with typing defects is read as the number itself', () => {
    const separator = fc.constantFrom('-', '–', '—', ' -', '- ', ' – ', '-\n');
    const slash = fc.constantFrom('/', ' /', '/ ', ' / ');
    const abbreviation = fc.constantFrom('KH', 'kh', 'CTr', 'CTR', 'QĐ', 'qđ', 'ĐA', 'HD');
    const issuer = fc.constantFrom('UBND', 'Ubnd', 'SCT', 'TTg', 'TTG', 'NC');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), abbreviation, slash, separator, issuer, (serial, abbr, sl, sep, iss) => {
        const written = `${serial}${sl}${abbr}${sep}${iss}`;
        const { number, problems } = parseDocumentNumber(written);
        expect(number.family).toBe('state');
        const canonicalAbbr = (CANONICAL as Record<string, string>)[abbr] ?? abbr;
        const canonicalIssuer = (CANONICAL as Record<string, string>)[iss] ?? iss;
        expect(number.normalised).toBe(`${serial}/${canonicalAbbr}-${canonicalIssuer}`);
        expect(applyFixes(written, problems)).toBe(number.normalised);
      }),
      { numRuns: 1000 },
    );
  });

  it('applying the safe fixes of a phrase leaves nothing for a second pass', () => {
    fc.assert(
      fc.property(PHRASEISH, (text) => {
        const safe = parseCitationPhrase(text).problems.filter((p) => SAFE_FIX_CODES.has(p.code));
        const fixed = applyFixes(text, safe);
        const again = parseCitationPhrase(fixed).problems.filter((p) => SAFE_FIX_CODES.has(p.code));
        expect(applyFixes(fixed, again)).toBe(fixed);
      }),
      { numRuns: 3000 },
    );
  });
});

group('counterexamples found by the properties', () => {
  it.each(['0/kH', '0/Cđ', '0/ῢ'])('%s: a malformed number offers no respelling whose result would read differently', (text) => {
    const first = parseDocumentNumber(text);
    const fixed = applyFixes(text, first.problems.filter((p) => RESPELLING.has(p.code)));
    expect(parseDocumentNumber(fixed).number.normalised).toBe(first.number.normalised);
  });
});
