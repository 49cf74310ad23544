import { describe as group, expect, it } from 'vitest';
import { canonicalAbbreviation, DOCUMENT_TYPES, findDocumentType } from '../../server/src/cite/doc-types';

/** [name as written, canonical type, qualifier]. */
const NAMES: [string, string, string | undefined][] = [
  ['Kế hoạch', 'Kế hoạch', undefined],
  ['ke hoach', 'Kế hoạch', undefined],
  ['KẾ HOẠCH', 'Kế hoạch', undefined],
  ['Ke  Hoach', 'Kế hoạch', undefined],
  ['Chương trình phối hợp', 'Chương trình', 'phối hợp'],
  ['chuong trinh phoi hop', 'Chương trình', 'phoi hop'],
  ['Thông tư liên tịch', 'Thông tư liên tịch', undefined],
  ['Thông tư', 'Thông tư', undefined],
  ['Luật Thực hiện dân chủ ở cơ sở', 'Luật', 'Thực hiện dân chủ ở cơ sở'],
  ['Bộ luật Lao động', 'Bộ luật', 'Lao động'],
  ['Đề án', 'Đề án', undefined],
  ['De an', 'Đề án', undefined],
  ['Dự án', 'Dự án', undefined],
  ['Quy định', 'Quy định', undefined],
  ['Quyết định', 'Quyết định', undefined],
  ['Công văn', 'Công văn', undefined],
  ['Bản thoả thuận', 'Bản thỏa thuận', undefined],
  ['Ke\u0301 hoa\u0323ch', 'Kế hoạch', undefined],
];

group('document types', () => {
  it.each(NAMES)('%j', (written, name, qualifier) => {
    const match = findDocumentType(written);
    expect(match?.type.name).toBe(name);
    expect(match?.qualifier).toBe(qualifier);
  });

  it('does not take a longer word for a type name', () => {
    expect(findDocumentType('Kế hoạchxyz')).toBeUndefined();
    expect(findDocumentType('Luậtsư')).toBeUndefined();
    expect(findDocumentType('Văn phòng')).toBeUndefined();
  });

  it('has the abbreviations of Phụ lục III and Hướng dẫn 36-HD/VPTW', () => {
    const abbreviation = (name: string) => DOCUMENT_TYPES.find((t) => t.name === name);
    expect(abbreviation('Kế hoạch')).toMatchObject({ state: 'KH', party: 'KH' });
    expect(abbreviation('Quy định')).toMatchObject({ state: 'QyĐ', party: 'QĐi' });
    expect(abbreviation('Tờ trình')).toMatchObject({ state: 'TTr' });
    expect(abbreviation('Công văn')?.state).toBeUndefined();
    expect(abbreviation('Công văn')?.party).toBe('CV');
    expect(abbreviation('Luật')?.lawLike).toBe(true);
    expect(new Set(DOCUMENT_TYPES.map((t) => t.name)).size).toBe(DOCUMENT_TYPES.length);
  });

  it('matches abbreviations in any case but keeps the stroke of Đ', () => {
    expect(canonicalAbbreviation('ctr', 'state')).toBe('CTr');
    expect(canonicalAbbreviation('QĐI', 'party')).toBe('QĐi');
    expect(canonicalAbbreviation('DA', 'state')).toBe('DA');
    expect(canonicalAbbreviation('ĐA', 'state')).toBe('ĐA');
    expect(canonicalAbbreviation('UBND', 'state')).toBeUndefined();
  });
});
