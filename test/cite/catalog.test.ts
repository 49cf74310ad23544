import { describe as group, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { parseCitationPhrase } from '../../server/src/cite/phrase';

/** The declarations as [id, phrase, field lines], read line by line so this test needs no parser. */
function declarations(): { id: string; phrase: string; fields: string[] }[] {
  const result: { id: string; phrase: string; fields: string[] }[] = [];
  for (const line of BUILTIN_CATALOG.split('\n')) {
    const head = /^văn bản ([A-Za-z0-9_-]+): (.*)$/.exec(line);
    if (head) result.push({ id: head[1]!, phrase: head[2]!, fields: [] });
    else if (/^\s+\S/.test(line)) result.at(-1)!.fields.push(line.trim());
  }
  return result;
}

/** [id, type, normalised number, date, issuer] of every entry. */
const ENTRIES: [string, string, string, string, string][] = [
  ['KL120-TW', 'Kết luận', '120-KL/TW', '7/1/2016', 'Bộ Chính trị'],
  ['KL114-TW', 'Kết luận', '114-KL/TW', '14/7/2015', 'Ban Bí thư'],
  ['CT33-TTg', 'Chỉ thị', '33/CT-TTg', '26/11/2021', 'Thủ tướng Chính phủ'],
  ['ND04-2015', 'Nghị định', '04/2015/NĐ-CP', '9/1/2015', 'Chính phủ'],
  ['ND159-2016', 'Nghị định', '159/2016/NĐ-CP', '29/11/2016', 'Chính phủ'],
  ['ND30-2020', 'Nghị định', '30/2020/NĐ-CP', '5/3/2020', 'Chính phủ'],
  ['LUAT10-2022', 'Luật', '10/2022/QH15', '10/11/2022', 'Quốc hội'],
  ['BLLD45-2019', 'Bộ luật', '45/2019/QH14', '20/11/2019', 'Quốc hội'],
];

group('built-in catalog', () => {
  it('has a stable uri', () => {
    expect(BUILTIN_CATALOG_URI).toBe('kehoach:builtin/catalog.kh');
  });

  it('declares exactly the expected documents, each with a clean citation phrase', () => {
    const parsed = declarations().map((d) => {
      const { citation, problems } = parseCitationPhrase(d.phrase);
      expect(problems).toEqual([]);
      const c = citation!;
      return [d.id, c.typeName, c.number?.normalised, `${c.date!.day}/${c.date!.month}/${c.date!.year}`, c.issuer];
    });
    expect(parsed).toEqual(ENTRIES);
  });

  it('gives every entry a source, and a subject unless it is a law', () => {
    for (const d of declarations()) {
      expect(d.fields.some((f) => f.startsWith('nguồn: '))).toBe(true);
      const lawLike = parseCitationPhrase(d.phrase).citation!.type.lawLike === true;
      expect(d.fields.some((f) => f.startsWith('trích yếu: '))).toBe(!lawLike);
    }
  });

  it('is NFC text', () => {
    expect(BUILTIN_CATALOG).toBe(BUILTIN_CATALOG.normalize('NFC'));
  });
});
