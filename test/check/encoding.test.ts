/**
 * The legacy encodings on real strings: the national motto and common words as they appear when a
 * TCVN3 (.VnTime) or VNI-Windows document is pasted into a Unicode file.
 */
import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeVni, legacyRuns } from '../../server/src/check/encoding';
import { check, fixAll } from './helpers';

describe('TCVN3 (ABC)', () => {
  it.each([
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Thùc hiÖn KÕ ho¹ch', 'Thực hiện Kế hoạch'],
    ['Së C«ng Th\u00AD¬ng', 'Sở Công Thương'],
    ['Tæng hîp b¸o c¸o', 'Tổng hợp báo cáo'],
  ])('reads "%s" as "%s"', (legacy, unicode) => {
    expect(legacy.split(' ').map((word) => decodeTcvn3(word) ?? word).join(' ')).toBe(unicode);
    const runs = legacyRuns(legacy);
    expect(runs.map((run) => run.encoding)).toEqual(['tcvn3']);
    expect(legacy.slice(0, runs[0]!.start) + runs[0]!.converted + legacy.slice(runs[0]!.end)).toBe(unicode);
  });

  it('upper-cases words from the capitals font', () => {
    expect(decodeTcvn3('HO¹CH')).toBe('HOẠCH');
  });
});

describe('VNI-Windows', () => {
  it.each([
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Keá hoaïch', 'Kế hoạch'],
    ['Sôû Coâng Thöông', 'Sở Công Thương'],
    ['COÄNG HOØA', 'CỘNG HÒA'],
  ])('reads "%s" as "%s"', (legacy, unicode) => {
    const runs = legacyRuns(legacy);
    expect(runs.map((run) => run.encoding)).toEqual(['vni']);
    expect(legacy.slice(0, runs[0]!.start) + runs[0]!.converted + legacy.slice(runs[0]!.end)).toBe(unicode);
  });

  it('rejects byte sequences VNI never writes', () => {
    expect(decodeVni('cña')).toBeUndefined();
    expect(decodeVni('hiÖn')).toBeUndefined();
    expect(decodeVni('ho¹ch')).toBeUndefined();
  });
});

describe('Unicode text', () => {
  it.each([
    'Cộng hòa xã hội chủ nghĩa Việt Nam',
    'Công tác dân vận và cải cách hành chính; Ông Ba; các cơ quan, ý kiến.',
    'hoà, hoá, thuý, quà, tàu',
    'Hợp tác với hãng Citroën và ông Müller',
    '« trích dẫn » © 2023',
  ])('has no legacy run: %s', (text) => {
    expect(legacyRuns(text)).toEqual([]);
  });
});

describe('the check, line by line whatever the line breaks', () => {
  const TEXT = '// Thùc hiÖn\nThùc hiÖn\nKÕ ho¹ch\n';
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('with %s breaks, leaves the comment alone and converts each line on its own', (_name, lineBreak) => {
    const text = TEXT.replace(/\n/g, lineBreak);
    const found = check(text).filter((diagnostic) => diagnostic.code === 'text/legacy-encoding');
    expect(found.map((diagnostic) => diagnostic.location.range.start.line)).toEqual([1, 2]);
    expect(fixAll(text, 'text/legacy-encoding')).toBe(`// Thùc hiÖn${lineBreak}Thực hiện${lineBreak}Kế hoạch${lineBreak}`);
  });
});
