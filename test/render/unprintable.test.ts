/**
 * Characters that XML 1.0 forbids or discourages never reach an output, wherever the plan holds
 * them: every part of the DOCX and the JUnit-like XML readers accept the file (saxes is a strict
 * XML 1.0 parser), and HTML and ICS carry none of them, while the words around them stay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { renderDocx } from '../../server/src/render/docx';
import { renderHtml } from '../../server/src/render/html';
import { renderIcs } from '../../server/src/render/ics';
import { layoutPlan } from '../../server/src/render/layout';
import { xmlError } from '../helpers/xml';
import { loadText, textOf, unzipDocx } from './helpers';

/** Forbidden (C0, U+FFFE, U+FFFF, lone surrogates) and discouraged (C1, noncharacters) characters. */
const BAD = ['\u0001', '\u001b', '\u0085', '\u009b', '\ufffe', '\uffff', '\ufdd0', '\ud800', '\udc00', '\u{1fffe}', '\u{10ffff}'];

function firstBad(text: string): string | undefined {
  const found = [...text].find((ch) => BAD.includes(ch) || /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/.test(ch));
  return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16)}`;
}

const sample = readFileSync('samples/ngan-gon-2025/ke-hoach.kh', 'utf8');

/** Where a plan can hold text that reaches an output, each spoiled with one of the characters. */
const PLACES: { name: string; from: string; to: string; kept: string }[] = [
  { name: 'the title', from: 'trích yếu: Tổ chức', to: 'trích yếu: Tổ\ufffe chức\uffff', kept: 'Tổ chức Hội nghị' },
  { name: 'the agency', from: 'cơ quan: Sở Công Thương', to: 'cơ quan: Sở\u0001 Công\ud800 Thương', kept: 'SỞ CÔNG THƯƠNG' },
  { name: 'a unit name', from: 'đơn vị VP-HT: Văn phòng Sở', to: 'đơn vị VP-HT: Văn\u0085 phòng\u{1fffe} Sở', kept: 'Văn phòng Sở' },
  { name: 'prose', from: 'Phổ biến các quy định', to: 'Phổ\u009b biến\udc00 các\ufdd0 quy định', kept: 'Phổ biến các quy định' },
  { name: 'a task', from: 'Tài liệu tập huấn; chủ trì', to: 'Tài liệu\uffff tập huấn\u0001; chủ trì', kept: 'Tài liệu tập huấn' },
  { name: 'a recipient', from: '  - Giám đốc, các Phó Giám đốc Sở', to: '  - Giám đốc\u{10ffff}, các Phó\u001b Giám đốc Sở', kept: 'Giám đốc, các Phó Giám đốc Sở' },
  { name: 'the signer', from: 'Lê Thị Hoa', to: 'Lê\ufffe Thị\u0085 Hoa', kept: 'Lê Thị Hoa' },
];

const text = PLACES.reduce((plan, place) => {
  expect(plan).toContain(place.from);
  return plan.replace(place.from, place.to);
}, sample.replace('  trích yếu:', '  phụ lục: Danh mục\ufffe nhiệm vụ\n  trích yếu:'));

const calendar = new WorkingCalendar();
const { workspace, file } = loadText(text);
const layout = layoutPlan(workspace, file);

describe('a plan holding unprintable characters everywhere', () => {
  it('builds a DOCX whose every XML part is well-formed and free of them', async () => {
    const parts = unzipDocx(await renderDocx(layout, { timestamp: new Date('2025-03-05T00:00:00Z'), title: 'Tổ\ufffe chức', author: 'Sở\u0001' }));
    for (const [name, xml] of Object.entries(parts).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))) {
      expect(xmlError(xml), name).toBeUndefined();
      expect(firstBad(xml), name).toBeUndefined();
    }
    expect(parts['docProps/core.xml']).toContain('<dc:title>Tổ chức</dc:title>');
    const words = textOf(parts['word/document.xml']!);
    for (const place of PLACES) expect(words, place.name).toContain(place.kept);
    expect(words).toContain('DANH MỤC NHIỆM VỤ');
  });

  it('builds HTML free of them, with the words around them', () => {
    const html = renderHtml(layout, 'Tổ\ufffe chức');
    expect(firstBad(html)).toBeUndefined();
    for (const place of PLACES) expect(html, place.name).toContain(place.kept);
  });

  it('builds a calendar free of them', () => {
    const ics = renderIcs(workspace, file, { calendar, now: new Date('2025-03-05T00:00:00Z') });
    expect(firstBad(ics.replace(/\r\n/g, ''))).toBeUndefined();
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Tài liệu tập huấn — Phòng Kỹ thuật an toàn - Môi trường');
  });
});
