/**
 * The DOCX of each type of document, read back and held against its template of Nghị định 30/2020
 * Phụ lục III: the Quyết định and the Công văn of the samples, and the seed-like plan as the
 * document that decision issues. Each paragraph is read as its alignment and its runs, bold as
 * **…** and italic as _…_, so the expected outline says in one line what the template draws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import type { PlanFile } from '../../server/src/model/ast';
import { Workspace } from '../../server/src/model/workspace';
import { renderDocx } from '../../server/src/render/docx';
import { renderHtml } from '../../server/src/render/html';
import { outgoingMetadata } from '../../server/src/render/outgoing-metadata';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { layoutPlan } from '../../server/src/render/layout';
import { attribute, elements, textOf, unzipDocx } from './helpers';

const FOLDER = join(__dirname, '..', '..', 'samples', 'quang-ngai-dan-van-2023');
const TIMESTAMP = new Date('2023-02-20T08:00:00Z');

/** A file of the sample folder in the folder's workspace, its text changed by `edit` if given. */
function sampleFile(name: string, edit: (text: string) => string = (text) => text): { workspace: Workspace; file: PlanFile } {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  let file: PlanFile | undefined;
  for (const entry of readdirSync(FOLDER).filter((each) => each.endsWith('.kh')).sort()) {
    const text = readFileSync(join(FOLDER, entry), 'utf8');
    const added = workspace.setFile(pathToFileURL(join(FOLDER, entry)).href, entry === name ? edit(text) : text);
    if (entry === name) file = added;
  }
  return { workspace, file: file! };
}

function isOn(run: string, tag: 'w:b' | 'w:i'): boolean {
  const element = elements(run, tag)[0];
  return element !== undefined && attribute(element, 'w:val') !== 'false' && attribute(element, 'w:val') !== '0';
}

/**
 * "center **QUYẾT ĐỊNH**": the paragraph's alignment, then its runs with bold and italic marked,
 * the first `width` characters of its text only, enough to tell the paragraph.
 */
function outline(paragraph: string, width = 48): string {
  const align = attribute(elements(paragraph, 'w:jc')[0] ?? '', 'w:val') ?? 'left';
  let shown = 0;
  const runs = elements(paragraph, 'w:r').flatMap((run) => {
    const text = textOf(run).slice(0, Math.max(0, width - shown));
    shown += text.length;
    if (text === '') return [];
    const bold = isOn(run, 'w:b') ? '**' : '';
    const italic = isOn(run, 'w:i') ? '_' : '';
    return [`${bold}${italic}${text}${italic}${bold}`];
  });
  return `${align} ${runs.join('')}`;
}

interface ReadBack {
  /** The header's cells, left then right, row by row, one outline per paragraph with text. */
  header: string[][];
  /** The paragraphs between the header and the footer. */
  body: string[];
  footer: string[][];
  runs: string[];
}

async function readBack(workspace: Workspace, file: PlanFile): Promise<ReadBack> {
  const xml = unzipDocx(await renderDocx(layoutPlan(workspace, file), { timestamp: TIMESTAMP }))['word/document.xml']!;
  const [header, footer] = elements(xml, 'w:tbl');
  const cells = (table: string): string[][] =>
    elements(table, 'w:tc').map((cell) =>
      elements(cell, 'w:p')
        .filter((paragraph) => textOf(paragraph).trim() !== '')
        .map((paragraph) => outline(paragraph)),
    );
  const between = xml.slice(xml.indexOf(header!) + header!.length, xml.indexOf(footer!));
  return {
    header: cells(header!),
    body: elements(between, 'w:p').filter((paragraph) => textOf(paragraph).trim() !== '').map((paragraph) => outline(paragraph)),
    footer: cells(footer!),
    runs: elements(xml, 'w:r'),
  };
}

describe('the Quyết định issuing the plan (Mẫu 1.3)', async () => {
  const { workspace, file } = sampleFile('quyet-dinh.kh');
  const docx = await readBack(workspace, file);

  it('has the header of every template, its number with QĐ', () => {
    expect(docx.header).toEqual([
      ['center UBND TỈNH QUẢNG NGÃI', 'center **SỞ CÔNG THƯƠNG**'],
      ['center **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', 'center **Độc lập - Tự do - Hạnh phúc**'],
      ['center Số:      /QĐ-SCT'],
      ['center _Quảng Ngãi, ngày      tháng 02 năm 2023_'],
    ]);
  });

  it('has the type name, summary, authority, italic bases and proposal, QUYẾT ĐỊNH: and the articles with their numbers bold', () => {
    expect(docx.body).toEqual([
      'center **QUYẾT ĐỊNH**',
      'center **Ban hành Kế hoạch thực hiện quy chế dân chủ ở cơ**',
      'center **GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI**',
      'both _Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 th_',
      'both _Căn cứ Kế hoạch số 30/KH-UBND ngày 17/02/2023 củ_',
      'both _Theo đề nghị của Chánh Văn phòng Sở._',
      'center **QUYẾT ĐỊNH:**',
      'both **Điều 1.** Ban hành kèm theo Quyết định này Kế hoạc',
      'both **Điều 2.** Quyết định này có hiệu lực kể từ ngày ký',
      'both **Điều 3.** Chánh Văn phòng Sở, Trưởng các phòng chu',
    ]);
  });

  it('ends its last article with "./." and sends it "Như Điều 3" first', () => {
    const articles = layoutPlan(workspace, file).sections[0]!.blocks.filter((block) => block.kind === 'paragraph' && block.role === 'article');
    expect(articles.at(-1)).toMatchObject({ text: expect.stringMatching(/Quyết định này\.\/\.$/u) });
    expect(docx.footer[0]!.slice(0, 3)).toEqual(['left **_Nơi nhận:_**', 'left - Như Điều 3;', 'left - Ủy ban nhân dân tỉnh (để báo cáo);']);
    expect(docx.footer[1]).toEqual(['center **KT. GIÁM ĐỐC**', 'center **PHÓ GIÁM ĐỐC**', 'center **Nguyễn Đức Huy**']);
  });

  it('sets Times New Roman in every font slot of every run', () => {
    for (const run of docx.runs) {
      const fonts = elements(run, 'w:rFonts')[0]!;
      expect(['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'].map((slot) => attribute(fonts, slot))).toEqual(Array(4).fill('Times New Roman'));
    }
  });
});

describe('the Công văn sending the plan (Mẫu 1.5)', async () => {
  const { workspace, file } = sampleFile('cong-van.kh');
  const docx = await readBack(workspace, file);

  it('has no type name: its number without a type abbreviation and "V/v" under it', () => {
    expect(docx.header[2]).toEqual(['center Số:      /SCT-VP', 'center V/v gửi Kế hoạch thực hiện quy chế dân chủ ở cơ ']);
    expect(docx.body.some((paragraph) => /CÔNG VĂN/u.test(paragraph))).toBe(false);
  });

  it('names its addressees after "Kính gửi:", one per line, then its body', () => {
    expect(docx.body.slice(0, 4)).toEqual([
      'left Kính gửi:',
      'left - Ban Dân vận Tỉnh ủy;',
      'left - Sở Nội vụ.',
      'both Thực hiện Kế hoạch số 30/KH-UBND ngày 17/02/2023',
    ]);
    expect(docx.footer[0]!.slice(0, 2)).toEqual(['left **_Nơi nhận:_**', 'left - Như trên;']);
  });

  it('prints one addressee on the line of "Kính gửi:"', async () => {
    const one = sampleFile('cong-van.kh', (text) => text.replace('kính gửi: @BDVTU; @SNV', 'kính gửi: @SNV'));
    expect((await readBack(one.workspace, one.file)).body[0]).toBe('center Kính gửi: Sở Nội vụ.');
  });
});

describe('the plan as the document a Quyết định issues (Mẫu 1.3, attached document)', async () => {
  const withDecision = (text: string) =>
    text.replace('  trích yếu: Thực hiện', '  kèm theo: Quyết định số /QĐ-SCT ngày /02/2023 của Giám đốc Sở Công Thương\n  trích yếu: Thực hiện');
  // As the template has it: the number, place and date are the decision's.
  const issued = (text: string) => withDecision(text).replace(/^  (?:số|nơi ban hành|ngày): .*\n/gmu, '');
  const { workspace, file } = sampleFile('ke-hoach.kh', issued);
  const docx = await readBack(workspace, file);

  it('has no number and no place and date of its own', () => {
    expect(docx.header).toEqual([
      ['center UBND TỈNH QUẢNG NGÃI', 'center **SỞ CÔNG THƯƠNG**'],
      ['center **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', 'center **Độc lập - Tự do - Hạnh phúc**'],
    ]);
  });

  it('checks without asking for the number, place and date the decision gives it', () => {
    const found = checkFile(workspace, file.uri, { calendar: new WorkingCalendar() });
    expect(found.filter((diagnostic) => diagnostic.code.startsWith('header/')).map((d) => d.code)).toEqual([]);
  });

  it('still prints a number and a date written all the same, and asks to remove them', async () => {
    const kept = sampleFile('ke-hoach.kh', withDecision);
    expect((await readBack(kept.workspace, kept.file)).header[2]).toEqual(['center Số:      /KH-SCT']);
    const found = checkFile(kept.workspace, kept.file.uri, { calendar: new WorkingCalendar() }).filter((diagnostic) => diagnostic.code === 'header/issued-with-number');
    expect(found.map((diagnostic) => kept.file.source.original.slice(diagnostic.location.start, diagnostic.location.end))).toEqual(['số', 'ngày']);
  });

  it('says under its summary which decision issues it, in italics', () => {
    expect(docx.body.slice(0, 3)).toEqual([
      'center **KẾ HOẠCH**',
      'center **Thực hiện quy chế dân chủ ở cơ sở và công tác dâ**',
      'center _(Ban hành kèm theo Quyết định số /QĐ-SCT ngày /0_',
    ]);
  });
});

describe('the preview (HTML) of each type draws the same parts', () => {
  it('a decision: its authority line, QUYẾT ĐỊNH: centred and bold, each article number bold', () => {
    const { workspace, file } = sampleFile('quyet-dinh.kh');
    const html = renderHtml(layoutPlan(workspace, file), 'Quyết định');
    expect(html).toMatch(/<p class="authority"[^>]*font-weight:bold[^>]*>GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI<\/p>/u);
    expect(html).toMatch(/<p class="decides"[^>]*text-align:center[^>]*font-weight:bold[^>]*>QUYẾT ĐỊNH:<\/p>/u);
    expect([...html.matchAll(/<p class="article"[^>]*><b>(Điều \d\.)<\/b>/gu)].map((match) => match[1])).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
  });

  it('a letter: V/v under the number, the addressees indented one per line, no type name', () => {
    const { workspace, file } = sampleFile('cong-van.kh');
    const html = renderHtml(layoutPlan(workspace, file), 'Công văn');
    expect(html).toMatch(/<p class="letter-subject"[^>]*>V\/v gửi Kế hoạch/u);
    expect([...html.matchAll(/<p class="addressee"[^>]*padding-left:142pt[^>]*>([^<]*)<\/p>/gu)].map((match) => match[1])).toEqual(['- Ban Dân vận Tỉnh ủy;', '- Sở Nội vụ.']);
    expect(html).not.toContain('class="type-name"');
  });
});

describe('the Phụ lục VI metadata of each type', () => {
  const metadataOf = (name: string) => {
    const { workspace, file } = sampleFile(name);
    return outgoingMetadata(workspace, file, { calendar: new WorkingCalendar(), source: name, file: 'x.pdf', pages: 1, fields: [] });
  };

  it('a letter: its type, its symbol without a type, its subject, and its addressees for "Như trên"', () => {
    expect(metadataOf('cong-van.kh')).toMatchObject({
      TypeName: 'Công văn',
      CodeNotation: 'SCT-VP',
      Subject: 'gửi Kế hoạch thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023',
      To: [{ OrganName: 'Ban Dân vận Tỉnh ủy' }, { OrganName: 'Sở Nội vụ' }, { OrganName: 'Giám đốc, các P. Giám đốc Sở' }],
    });
  });

  it('a decision: its type and QĐ symbol, its recipients as the Nơi nhận lists them', () => {
    const metadata = metadataOf('quyet-dinh.kh');
    expect(metadata).toMatchObject({ TypeName: 'Quyết định', CodeNotation: 'QĐ-SCT' });
    expect(metadata.To.map((to) => to.OrganName)).toEqual(['Như Điều 3', 'Ủy ban nhân dân tỉnh (để báo cáo)', 'Ban Dân vận Tỉnh ủy', 'Sở Nội vụ', 'Giám đốc, các P. Giám đốc Sở']);
  });
});
