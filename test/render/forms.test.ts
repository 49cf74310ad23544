/**
 * The forms of forms.ts read back from the DOCX and the HTML: the subtitle and the Phần are
 * centred and bold with no first-line indent, the line under the name block moves under the
 * subtitle, grouped and full citations print their words, and an empty date prints the template's
 * blanks, never a dangling "ngày ".
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../server/src/render/docx';
import { renderHtml } from '../../server/src/render/html';
import { layoutPlan } from '../../server/src/render/layout';
import { FORMS } from './forms';
import { attribute, elements, loadText, textOf, unzipDocx } from './helpers';

const TIMESTAMP = new Date('2024-02-05T08:00:00Z');

async function docxParagraphs(name: string): Promise<string[]> {
  const { workspace, file } = loadText(FORMS[name]!);
  const xml = unzipDocx(await renderDocx(layoutPlan(workspace, file), { timestamp: TIMESTAMP }))['word/document.xml']!;
  return elements(xml, 'w:p');
}

function html(name: string): string {
  const { workspace, file } = loadText(FORMS[name]!);
  return renderHtml(layoutPlan(workspace, file), name);
}

/** Alignment, bold and first-line indent of a DOCX paragraph, as Word reads them. */
function style(paragraph: string): { align: string | undefined; bold: boolean; indent: string | undefined } {
  const run = elements(paragraph, 'w:r')[0] ?? '';
  const bold = elements(run, 'w:b')[0];
  return {
    align: attribute(elements(paragraph, 'w:jc')[0] ?? '', 'w:val'),
    bold: bold !== undefined && attribute(bold, 'w:val') !== 'false' && attribute(bold, 'w:val') !== '0',
    indent: attribute(elements(paragraph, 'w:ind')[0] ?? '', 'w:firstLine'),
  };
}

function withText(paragraphs: string[], text: string): string {
  const found = paragraphs.find((paragraph) => textOf(paragraph) === text);
  if (!found) throw new Error(`no paragraph "${text}" in ${paragraphs.map(textOf).filter(Boolean).join(' | ')}`);
  return found;
}

describe('the DOCX', () => {
  it('sets the subtitle centred and bold under the title, and the short line under the subtitle', async () => {
    const paragraphs = await docxParagraphs('parts-and-citations');
    const title = withText(paragraphs, 'Thực hiện Đề án về chống hàng giả và bảo vệ người tiêu dùng trong thương mại điện tử');
    const subtitle = withText(paragraphs, 'Giai đoạn 2024 – 2025');
    expect(style(subtitle)).toEqual({ align: 'center', bold: true, indent: undefined });
    expect(paragraphs.indexOf(subtitle)).toBe(paragraphs.indexOf(title) + 1);
    // The rule is an empty paragraph with a bottom border, after the last line of the name block.
    const rule = paragraphs[paragraphs.indexOf(subtitle) + 1]!;
    expect([textOf(rule), elements(rule, 'w:bottom').length]).toEqual(['', 1]);
  });

  it('sets each Phần on its own centred bold line, its title in capitals under it, not indented', async () => {
    const paragraphs = await docxParagraphs('parts-and-citations');
    for (const text of ['PHẦN THỨ NHẤT', 'ĐÁNH GIÁ KẾT QUẢ', 'Phần thứ hai', 'NHIỆM VỤ NĂM 2024']) {
      expect(style(withText(paragraphs, text)), text).toEqual({ align: 'center', bold: true, indent: undefined });
    }
    const texts = paragraphs.map(textOf);
    expect(texts.indexOf('ĐÁNH GIÁ KẾT QUẢ')).toBe(texts.indexOf('PHẦN THỨ NHẤT') + 1);
    expect(texts.indexOf('I. KẾT QUẢ ĐẠT ĐƯỢC')).toBe(texts.indexOf('ĐÁNH GIÁ KẾT QUẢ') + 1);
  });

  it('prints a group of documents as one citation, and a later mention in full where asked', async () => {
    const texts = (await docxParagraphs('parts-and-citations')).map(textOf);
    expect(texts).toContain(
      'Căn cứ các Quyết định của Thủ tướng Chính phủ: số 645/QĐ-TTg ngày 15/5/2020 về phê duyệt Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021-2025; số 1813/QĐ-TTg ngày 28/10/2021 về việc phê duyệt Đề án phát triển thanh toán không dùng tiền mặt tại Việt Nam giai đoạn 2021-2025;',
    );
    expect(texts.find((text) => text.startsWith('1. Tiếp tục'))).toBe(
      '1. Tiếp tục thực hiện các Quyết định số 645/QĐ-TTg, số 1813/QĐ-TTg; Văn phòng Sở theo dõi việc thực hiện Kế hoạch số 97/KH-UBND ngày 25/3/2023 của UBND tỉnh về triển khai Đề án phát triển thanh toán không dùng tiền mặt./.',
    );
  });

  it('prints an empty date as the template line with every part blank', async () => {
    const texts = (await docxParagraphs('empty-date')).map(textOf);
    expect(texts).toContain('Phú Yên, ngày      tháng      năm      ');
    expect(texts.some((text) => /ngày $/.test(text))).toBe(false);
  });
});

describe('the HTML', () => {
  it('draws the subtitle and the Phần centred and bold, the rule under the subtitle', () => {
    const page = html('parts-and-citations');
    expect(page).toMatch(/<p class="subtitle"[^>]*style="text-align:center;[^"]*font-weight:bold;[^"]*">Giai đoạn 2024 – 2025<\/p><div class="rule"/);
    expect(page).toMatch(/<p class="title"[^>]*>Thực hiện Đề án[^<]*<\/p>\n<p class="subtitle"/);
    expect(page).toMatch(/<p class="phan"[^>]*style="text-align:center;[^"]*font-weight:bold;[^"]*text-indent:0[^"]*">PHẦN THỨ NHẤT<\/p>/);
    expect(page).toMatch(/<p class="phan-title"[^>]*>NHIỆM VỤ NĂM 2024<\/p>/);
  });

  it('keeps the blanks of a draft date in words, and of an empty date', () => {
    expect(html('draft-date-words')).toContain('>Hạ Long, ngày      tháng      năm 2024<');
    expect(html('empty-date')).toContain('>Phú Yên, ngày      tháng      năm      <');
  });

  it('tags a Phần with the offsets of its marker, for the preview to follow the cursor', () => {
    const text = FORMS['parts-and-citations']!;
    const tagged = [...html('parts-and-citations').matchAll(/class="phan" data-loc="(\d+)-(\d+)"/g)];
    expect(tagged.map((match) => text.slice(Number(match[1]), Number(match[2])))).toEqual(['PHẦN THỨ NHẤT.', 'Phần thứ hai']);
  });
});
