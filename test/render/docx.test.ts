/**
 * Reads the DOCX back and checks Nghị định 30 Phụ lục I from its XML: page and margins in twips,
 * Times New Roman on all four slots of every run, sizes, bold and italic, alignment, indent and
 * spacing of the body, the borderless header and footer tables, page numbers from page 2, "./.".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../server/src/render/docx';
import { layoutPlan } from '../../server/src/render/layout';
import { attribute, elements, loadSample, loadText, SEED_SAMPLE, textOf, unzipDocx } from './helpers';

const TIMESTAMP = new Date('2023-03-05T08:00:00Z');

let parts: Record<string, string>;
let body: string;
let paragraphs: string[];

/** The paragraphs of the body, outside the header and footer tables. */
function topLevelParagraphs(xml: string): string[] {
  const withoutTables = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return elements(withoutTables, 'w:p');
}

function paragraphWithText(text: string): string {
  const found = paragraphs.find((paragraph) => textOf(paragraph).startsWith(text));
  if (!found) throw new Error(`no paragraph starting with ${text}`);
  return found;
}

function runs(xml: string): string[] {
  return elements(xml, 'w:r');
}

function size(run: string): number | undefined {
  const sz = elements(run, 'w:sz')[0];
  return sz ? Number(attribute(sz, 'w:val')) : undefined;
}

function isOn(run: string, tag: 'w:b' | 'w:i'): boolean {
  const element = elements(run, tag)[0];
  return element !== undefined && attribute(element, 'w:val') !== 'false' && attribute(element, 'w:val') !== '0';
}

beforeAll(async () => {
  const { workspace, file } = loadSample(SEED_SAMPLE);
  parts = unzipDocx(await renderDocx(layoutPlan(workspace, file), { timestamp: TIMESTAMP }));
  body = parts['word/document.xml']!;
  paragraphs = elements(body, 'w:p');
});

describe('page', () => {
  it('is A4 portrait with the default margins (top 20, bottom 20, left 30, right 15 mm)', () => {
    const pgSz = elements(body, 'w:pgSz')[0]!;
    expect(attribute(pgSz, 'w:w')).toBe('11906');
    expect(attribute(pgSz, 'w:h')).toBe('16838');
    expect(attribute(pgSz, 'w:orient')).toBe('portrait');
    const pgMar = elements(body, 'w:pgMar')[0]!;
    expect(attribute(pgMar, 'w:top')).toBe('1134');
    expect(attribute(pgMar, 'w:bottom')).toBe('1134');
    expect(attribute(pgMar, 'w:left')).toBe('1701');
    expect(attribute(pgMar, 'w:right')).toBe('850');
  });

  it('takes margins and the body size from the options', async () => {
    const { workspace, file } = loadSample(SEED_SAMPLE);
    const layout = layoutPlan(workspace, file, { bodySizePt: 13, marginsMm: { top: 25, left: 35, right: 20, bottom: 25 } });
    const xml = unzipDocx(await renderDocx(layout, { timestamp: TIMESTAMP }))['word/document.xml']!;
    const pgMar = elements(xml, 'w:pgMar')[0]!;
    expect([attribute(pgMar, 'w:top'), attribute(pgMar, 'w:left'), attribute(pgMar, 'w:right')]).toEqual(['1417', '1984', '1134']);
    const opening = elements(xml, 'w:p').find((paragraph) => textOf(paragraph).startsWith('Thực hiện Kế hoạch'))!;
    expect(runs(opening).map(size)).toEqual([26]);
  });
});

describe('fonts', () => {
  it('names Times New Roman on all four slots of every run, in the body and the headers', () => {
    const xmlParts = Object.entries(parts).filter(([name]) => /^word\/(document|header\d+)\.xml$/.test(name));
    let count = 0;
    for (const [name, xml] of xmlParts) {
      for (const run of runs(xml)) {
        count++;
        const fonts = elements(run, 'w:rFonts')[0];
        expect(fonts, `${name}: ${run.slice(0, 200)}`).toBeDefined();
        for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) {
          expect(attribute(fonts!, slot), `${name} ${slot} in ${textOf(run)}`).toBe('Times New Roman');
        }
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('sets Times New Roman and 14 pt in the document defaults', () => {
    const defaults = elements(parts['word/styles.xml']!, 'w:docDefaults')[0]!;
    const fonts = elements(defaults, 'w:rFonts')[0]!;
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(attribute(fonts, slot)).toBe('Times New Roman');
    expect(attribute(elements(defaults, 'w:sz')[0]!, 'w:val')).toBe('28');
  });
});

describe('header block', () => {
  it('is a borderless two-column table', () => {
    const table = elements(body, 'w:tbl')[0]!;
    expect(elements(table, 'w:gridCol')).toHaveLength(2);
    const borders = elements(elements(table, 'w:tblBorders')[0]!, 'w:(?:top|left|bottom|right|insideH|insideV)');
    expect(borders).toHaveLength(6);
    for (const border of borders) expect(attribute(border, 'w:val')).toBe('none');
    for (const cellBorders of elements(table, 'w:tcBorders')) {
      for (const border of elements(cellBorders, 'w:(?:top|left|bottom|right)')) expect(attribute(border, 'w:val')).toBe('none');
    }
  });

  it('prints the agencies, the Quốc hiệu and Tiêu ngữ with their sizes and weights', () => {
    const parent = runs(paragraphWithText('UBND TỈNH QUẢNG NGÃI'))[0]!;
    expect([size(parent), isOn(parent, 'w:b')]).toEqual([26, false]);
    const agency = runs(paragraphWithText('SỞ CÔNG THƯƠNG'))[0]!;
    expect([size(agency), isOn(agency, 'w:b')]).toEqual([26, true]);
    const nationalName = runs(paragraphWithText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))[0]!;
    expect([size(nationalName), isOn(nationalName, 'w:b')]).toEqual([24, true]);
    const motto = runs(paragraphWithText('Độc lập - Tự do - Hạnh phúc'))[0]!;
    expect([size(motto), isOn(motto, 'w:b')]).toEqual([26, true]);
  });

  it('draws a line under the agency and under the Tiêu ngữ', () => {
    for (const text of ['SỞ CÔNG THƯƠNG', 'Độc lập - Tự do - Hạnh phúc']) {
      const index = paragraphs.indexOf(paragraphWithText(text));
      const rule = paragraphs[index + 1]!;
      expect(textOf(rule)).toBe('');
      expect(attribute(elements(elements(rule, 'w:pBdr')[0]!, 'w:bottom')[0]!, 'w:val')).toBe('single');
    }
  });

  it('keeps the draft blanks in the number and the date', () => {
    expect(textOf(paragraphWithText('Số:'))).toBe('Số:      /KH-SCT');
    const date = paragraphWithText('Quảng Ngãi, ngày');
    expect(textOf(date)).toBe('Quảng Ngãi, ngày      tháng 02 năm 2023');
    expect(isOn(runs(date)[0]!, 'w:i')).toBe(true);
  });
});

describe('name and body', () => {
  it('centres "KẾ HOẠCH" and the title in bold, with a line under the title', () => {
    const typeName = paragraphWithText('KẾ HOẠCH');
    expect(attribute(elements(typeName, 'w:jc')[0]!, 'w:val')).toBe('center');
    expect(isOn(runs(typeName)[0]!, 'w:b')).toBe(true);
    const title = paragraphWithText('Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023 của Sở Công Thương');
    expect(attribute(elements(title, 'w:jc')[0]!, 'w:val')).toBe('center');
    expect(isOn(runs(title)[0]!, 'w:b')).toBe(true);
    const rule = paragraphs[paragraphs.indexOf(title) + 1]!;
    expect(elements(rule, 'w:pBdr')).toHaveLength(1);
  });

  it('justifies the body, indents the first line 1.27 cm, leaves ≥ 6 pt after, spaces lines 1–1.5', () => {
    const bodyParagraphs = topLevelParagraphs(body).filter((paragraph) => textOf(paragraph) !== '' && attribute(elements(paragraph, 'w:jc')[0] ?? '', 'w:val') === 'both');
    expect(bodyParagraphs.length).toBeGreaterThan(30);
    for (const paragraph of bodyParagraphs) {
      expect(attribute(elements(paragraph, 'w:ind')[0]!, 'w:firstLine')).toBe('720');
      const spacing = elements(paragraph, 'w:spacing')[0]!;
      expect(Number(attribute(spacing, 'w:after'))).toBeGreaterThanOrEqual(120);
      expect(attribute(spacing, 'w:lineRule')).toBe('auto');
      const line = Number(attribute(spacing, 'w:line'));
      expect(line).toBeGreaterThanOrEqual(240);
      expect(line).toBeLessThanOrEqual(360);
      for (const run of runs(paragraph)) expect(size(run)).toBe(28);
    }
  });

  it('prints a mục in caps and bold, a titled khoản bold, an untitled khoản normal', () => {
    expect(isOn(runs(paragraphWithText('I. MỤC ĐÍCH, YÊU CẦU'))[0]!, 'w:b')).toBe(true);
    expect(isOn(runs(paragraphWithText('III. TỔ CHỨC THỰC HIỆN'))[0]!, 'w:b')).toBe(true);
    expect(isOn(runs(paragraphWithText('1. Tăng cường công tác lãnh đạo'))[0]!, 'w:b')).toBe(false);
    expect(isOn(runs(paragraphWithText('- Theo dõi, đôn đốc'))[0]!, 'w:b')).toBe(false);
  });

  it('cites a document in full at its first mention and short afterwards', () => {
    const opening = textOf(paragraphWithText('Thực hiện Kế hoạch'));
    expect(opening).toContain('Kế hoạch số 30/KH-UBND ngày 17/02/2023 của Ủy ban nhân dân tỉnh Thực hiện quy chế dân chủ');
    const all = paragraphs.map(textOf).join('\n');
    // @DA13 is mentioned three times: in full once (its subject is quoted), short twice.
    expect(all.match(/Đề án số 13-ĐA\/TU ngày 10\/10\/2022 của Ban Thường vụ Tỉnh ủy về "Đổi mới/g)).toHaveLength(1);
    expect(all).toContain('Kế hoạch số 987-KH/BCSĐ thực hiện Đề án số 13-ĐA/TU:');
  });

  it('prints deadline references in words', () => {
    const text = textOf(paragraphWithText('1. Văn phòng Sở chủ trì'));
    expect(text).toContain('định kỳ 06 tháng, hằng năm về Ủy ban nhân dân tỉnh');
    expect(text).toContain('gửi trước ngày 01/6/2023');
    expect(text).toContain('gửi trước ngày 15/10/2023');
  });

  it('ends the body with "./."', () => {
    const last = topLevelParagraphs(body).filter((paragraph) => textOf(paragraph) !== '').at(-1)!;
    expect(textOf(last)).toMatch(/năm 2023\.\/\.$/);
    expect(textOf(last)).not.toMatch(/\.\/\.\/\.$/);
  });
});

describe('footer block', () => {
  it('is a borderless two-column table with Nơi nhận on the left and the signer on the right', () => {
    const table = elements(body, 'w:tbl').at(-1)!;
    for (const border of elements(elements(table, 'w:tblBorders')[0]!, 'w:(?:top|left|bottom|right|insideH|insideV)')) {
      expect(attribute(border, 'w:val')).toBe('none');
    }
    const [left, right] = elements(table, 'w:tc');
    const head = runs(elements(left!, 'w:p')[0]!)[0]!;
    expect(textOf(head)).toBe('Nơi nhận:');
    expect([size(head), isOn(head, 'w:b'), isOn(head, 'w:i')]).toEqual([24, true, true]);
    const entries = elements(left!, 'w:p').slice(1).map(textOf);
    expect(entries[0]).toBe('- Ban Dân vận Tỉnh ủy;');
    expect(entries.at(-1)).toBe('- Lưu: VT, VP.');
    for (const paragraph of elements(left!, 'w:p').slice(1)) expect(size(runs(paragraph)[0]!)).toBe(22);
    const signer = elements(right!, 'w:p');
    expect(signer.map(textOf)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Đức Huy']);
    for (const paragraph of signer) expect(isOn(runs(paragraph)[0]!, 'w:b')).toBe(true);
    expect(Number(attribute(elements(signer[2]!, 'w:spacing')[0]!, 'w:before'))).toBeGreaterThanOrEqual(1000);
  });
});

describe('page numbers', () => {
  it('has a distinct first page without a number, and a centred PAGE field on the others', () => {
    const sectPr = elements(body, 'w:sectPr')[0]!;
    expect(elements(sectPr, 'w:titlePg')).toHaveLength(1);
    const references = elements(sectPr, 'w:headerReference');
    const rels = parts['word/_rels/document.xml.rels']!;
    const headerOf = (type: string): string => {
      const id = attribute(references.find((reference) => attribute(reference, 'w:type') === type)!, 'r:id')!;
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      return parts[`word/${target[1] ?? target[2]}`]!;
    };
    const first = headerOf('first');
    const other = headerOf('default');
    expect(first).not.toMatch(/PAGE/);
    expect(other).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE/);
    expect(attribute(elements(other, 'w:jc')[0]!, 'w:val')).toBe('center');
  });
});

describe('annex', () => {
  const plan = `kế hoạch
  cơ quan chủ quản: UBND tỉnh Quảng Ngãi
  cơ quan: Sở Công Thương
  số: 05/KH-SCT
  nơi ban hành: Quảng Ngãi
  ngày: 05/3/2023
  trích yếu: Kiểm tra an toàn thực phẩm năm 2023
  phụ lục: Danh mục nhiệm vụ

đơn vị VP: Văn phòng Sở
đơn vị SNV: Sở Nội vụ

I. Tổ chức thực hiện

1. @VP báo cáo [hạn BC].
   nhiệm vụ BC: Báo cáo kết quả; chủ trì @VP; phối hợp @SNV; sản phẩm Báo cáo; hạn trước 01/6/2023

nơi nhận:
  - @SNV
  - Lưu: VT, VP
ký: GIÁM ĐỐC / Nguyễn Văn A
`;

  it('starts a new section on a new page with its own numbering, heading, reference line and task table', async () => {
    const { workspace, file } = loadText(plan);
    const xml = unzipDocx(await renderDocx(layoutPlan(workspace, file), { timestamp: TIMESTAMP }))['word/document.xml']!;
    const sections = elements(xml, 'w:sectPr');
    expect(sections).toHaveLength(2);
    expect(attribute(elements(sections[1]!, 'w:type')[0]!, 'w:val')).toBe('nextPage');
    expect(attribute(elements(sections[1]!, 'w:pgNumType')[0]!, 'w:start')).toBe('1');
    const texts = elements(xml, 'w:p').map(textOf);
    expect(texts).toContain('Phụ lục');
    expect(texts).toContain('DANH MỤC NHIỆM VỤ');
    expect(texts).toContain('(Kèm theo Kế hoạch số 05/KH-SCT ngày 05/3/2023 của Sở Công Thương)');
    const table = elements(xml, 'w:tbl').find((candidate) => textOf(candidate).includes('Nội dung nhiệm vụ'))!;
    const rows = elements(table, 'w:tr').map((row) => elements(row, 'w:tc').map(textOf));
    expect(rows[0]).toEqual(['STT', 'Nội dung nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Sản phẩm']);
    expect(rows[1]).toEqual(['1', 'Báo cáo kết quả', 'Văn phòng Sở', 'Sở Nội vụ', 'trước ngày 01/6/2023', 'Báo cáo']);
    expect(texts).toContain('Quảng Ngãi, ngày 05 tháng 3 năm 2023');
  });

  it('is absent without a phụ lục field', () => {
    const { workspace, file } = loadSample(SEED_SAMPLE);
    expect(layoutPlan(workspace, file).sections.map((section) => section.role)).toEqual(['main']);
  });
});

describe('reproducibility', () => {
  it('gives the same bytes for the same plan and timestamp', async () => {
    const { workspace, file } = loadSample(SEED_SAMPLE);
    const a = await renderDocx(layoutPlan(workspace, file), { timestamp: TIMESTAMP });
    const b = await renderDocx(layoutPlan(workspace, file), { timestamp: TIMESTAMP });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(unzipDocx(a)['docProps/core.xml']).toContain('2023-03-05T08:00:00Z');
  });
});
