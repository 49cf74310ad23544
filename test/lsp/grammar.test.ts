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

  const inline = grammar.repository.inline.patterns as { match?: string; begin?: string; patterns?: { match: string }[] }[];
  const [, deadline, , reference, date] = inline.map((entry) => pattern(entry.match ?? entry.begin!));

  test('tells references from e-mail addresses and finds deadline references and dates', () => {
    expect('gửi @VP trước').toMatch(reference);
    expect(reference.exec('nhắc lại @@KH30.')?.slice(1)).toEqual(['@@', 'KH30']);
    expect('vp@quangngai.gov.vn').not.toMatch(reference);
    expect(deadline.exec('gửi [Hạn BC6T].')?.[3]).toBe('BC6T');
    expect(date.exec('trước 01/6/2023')?.[0]).toBe('01/6/2023');
  });

  test('opens a group of references only where the language reads one, and colours each id in it', () => {
    const group = inline[2]!;
    const begin = pattern(group.begin!);
    expect(begin.exec('Căn cứ @{QD645, QD1813; QD319};')?.slice(1)).toEqual(['@', '{']);
    expect(begin.exec('Căn cứ @@{QD645,QD1813}')?.slice(1)).toEqual(['@@', '{']);
    for (const prose of ['Căn cứ @{QD645 QD1813}', 'Căn cứ @{Quyết định 645}', '@{QD645, ', 'vp@{QD645}']) expect(prose).not.toMatch(begin);
    const [id, separator] = group.patterns!.map((entry) => pattern(entry.match));
    expect('QD-1411').toMatch(id!);
    expect(';').toMatch(separator!);
  });

  test('marks a Phần only where the language reads one', () => {
    const part = pattern(grammar.repository.marker.patterns[0].match);
    for (const line of ['Phần I.', 'PHẦN THỨ NHẤT', 'PHẦN THỨ HAI. PHƯƠNG HƯỚNG', 'Phần thứ tư: Tổ chức', 'phan thu ba', 'Phần IV - Kết quả']) {
      expect(part.exec(line)?.[1], line).toBe(line.replace(/[ ]*[.:-].*$/, ''));
    }
    for (const prose of ['Phần lớn các xã', 'Phần I của Đề án', 'Phần thứ nhất của báo cáo']) expect(prose).not.toMatch(part);
  });
});
