import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DECLARATION_KEYWORDS, FIELD_DISPLAY, FIELD_KEYWORDS } from '../../server/src/syntax/keywords';

const grammar = JSON.parse(readFileSync(new URL('../../syntaxes/kehoach.tmLanguage.json', import.meta.url), 'utf8'));

/** A TextMate (Oniguruma) pattern as a JavaScript RegExp; the grammar uses only the shared subset. */
function pattern(source: string): RegExp {
  const caseless = source.startsWith('(?i)');
  return new RegExp(caseless ? source.slice(4) : source, caseless ? 'iu' : 'u');
}

describe('grammar', () => {
  const field = pattern(grammar.repository.field.begin);
  const declaration = pattern(grammar.repository['declaration-head'].match);

  test('matches every field spelling of the language, with and without diacritics, in any case', () => {
    const spellings = [...Object.values(FIELD_KEYWORDS).flat(), ...Object.values(FIELD_DISPLAY)];
    for (const spelling of spellings) {
      expect(`  ${spelling}: x`, spelling).toMatch(field);
      expect(`  ${spelling.toUpperCase()}: x`, spelling).toMatch(field);
    }
  });

  test('matches declaration heads and captures the id', () => {
    for (const keyword of [...Object.values(DECLARATION_KEYWORDS).flat(), 'Văn bản', 'NHIỆM VỤ', 'đơn vị']) {
      expect(declaration.exec(`${keyword} QD-1411: x`)?.[2], keyword).toBe('QD-1411');
    }
  });

  test('tells references from e-mail addresses and finds deadline references and dates', () => {
    const [, deadline, reference, date] = grammar.repository.inline.patterns.map((entry: { match: string }) => pattern(entry.match));
    expect('gửi @VP trước').toMatch(reference);
    expect('vp@quangngai.gov.vn').not.toMatch(reference);
    expect(deadline.exec('gửi [Hạn BC6T].')?.[3]).toBe('BC6T');
    expect(date.exec('trước 01/6/2023')?.[0]).toBe('01/6/2023');
  });
});
