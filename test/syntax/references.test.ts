/**
 * The inline forms of a reference beyond `@ID`: `@@ID` (a citation in full at any mention) and the
 * group `@{ID1, ID2}` (documents cited together), where each id lands and what stays prose.
 */
import { describe, expect, it } from 'vitest';
import type { Inline, Reference } from '../../server/src/model/ast';
import { parsePlan } from '../../server/src/syntax/parse';
import { extractMarkers } from '../helpers/markers';
import { inlineText } from '../helpers/outline';

function openingOf(marked: string): { inlines: Inline[]; ranges: { start: number; end: number }[] } {
  const { text, ranges } = extractMarkers(marked);
  const file = parsePlan('file:///test.kh', `${text}\n`);
  return { inlines: file.opening[0]?.inlines ?? [], ranges };
}

function references(inlines: Inline[]): Reference[] {
  return inlines.filter((inline): inline is Reference => inline.kind === 'ref');
}

describe('@@ID', () => {
  it('is a reference asked for in full, its id after both at signs', () => {
    const { inlines, ranges } = openingOf('Nhắc lại @@<|KH30|>, và @<|VP|>.');
    expect(inlineText(inlines)).toBe('Nhắc lại {@@KH30}, và {@VP}.');
    expect(references(inlines).map((reference) => [reference.id, reference.full ?? false, reference.idLoc.start, reference.idLoc.end])).toEqual([
      ['KH30', true, ranges[0]!.start, ranges[0]!.end],
      ['VP', false, ranges[1]!.start, ranges[1]!.end],
    ]);
  });

  it('without an id after it is prose', () => {
    expect(inlineText(openingOf('Ký hiệu @@ KH30').inlines)).toBe('Ký hiệu @@ KH30');
  });
});

describe('@{ID1, ID2}', () => {
  it('gives a reference for each id, at its id, sharing one group, with the separators as written between them', () => {
    const { text, ranges } = extractMarkers('Căn cứ <|@{<|QD645|>, <|QD1813|>;<|QD319|>}|>;');
    const { inlines } = openingOf('Căn cứ <|@{<|QD645|>, <|QD1813|>;<|QD319|>}|>;');
    expect(inlineText(inlines)).toBe('Căn cứ {@{QD645, QD1813;QD319}};');
    const members = references(inlines);
    expect(members.map((member) => [member.id, member.idLoc.start, member.idLoc.end])).toEqual([
      ['QD645', ranges[1]!.start, ranges[1]!.end],
      ['QD1813', ranges[2]!.start, ranges[2]!.end],
      ['QD319', ranges[3]!.start, ranges[3]!.end],
    ]);
    const group = members[0]!.group!;
    expect(members.every((member) => member.group === group && !member.full)).toBe(true);
    expect([group.size, text.slice(group.loc.start, group.loc.end)]).toEqual([3, '@{QD645, QD1813;QD319}']);
  });

  it('@@{…} asks for every member in full', () => {
    const members = references(openingOf('@@{ QD645 ,QD1813 }').inlines);
    expect(members.map((member) => [member.id, member.full])).toEqual([
      ['QD645', true],
      ['QD1813', true],
    ]);
  });

  it.each([
    ['Căn cứ @{QD645 QD1813};', 'Căn cứ @{QD645 QD1813};'],
    ['Căn cứ @{QD645, };', 'Căn cứ @{QD645, };'],
    ['Căn cứ @{QD645, QD1813;', 'Căn cứ @{QD645, QD1813;'],
    ['Căn cứ @{Quyết định 645}.', 'Căn cứ @{Quyết định 645}.'],
    ['Căn cứ @{}.', 'Căn cứ @{}.'],
  ])('%s is prose, printed as written', (line, expected) => {
    const { inlines } = openingOf(line);
    expect(inlineText(inlines)).toBe(expected);
    expect(references(inlines)).toEqual([]);
  });
});

describe('long input', () => {
  it('reads a group of 100,000 ids, and an unclosed one after 100,000 blanks, in linear time', () => {
    const ids = Array.from({ length: 100000 }, (_, i) => `A${i}`).join(', ');
    const started = performance.now();
    const file = parsePlan('file:///test.kh', `Căn cứ @{${ids}};\n\n@{A${' '.repeat(100000)}x\n\n@{A,${'A,'.repeat(100000)}\n`);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(references(file.opening[0]!.inlines)).toHaveLength(100000);
    expect(references(file.opening[1]!.inlines)).toEqual([]);
    expect(references(file.opening[2]!.inlines)).toEqual([]);
  });
});
