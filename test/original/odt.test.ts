/**
 * The OpenDocument reader on content written the way LibreOffice writes it: automatic styles over
 * named ones, spans, collapsed blanks with text:s, tabs and line breaks, numbered and bulleted
 * lists, a heading numbered by the outline, tracked changes, notes and comments, a header table
 * and the page layout of the master page.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isUnreadable, type OriginalDocument } from '../../server/src/original/document';
import { readOriginal } from '../../server/src/original/read/index';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

const STYLES = `<office:document-styles ${NS}>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/><style:font-face style:name="Arial" svg:font-family="Arial"/></office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" style:font-name-asian="Times New Roman" style:font-name-complex="Times New Roman"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.27cm" fo:margin-top="0cm" fo:margin-bottom="0.212cm" fo:line-height="115%"/></style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
  <text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/></text:outline-style>
  <text:list-style style:name="Numbers"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/><text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/><text:list-level-style-number text:level="3" style:num-format="a" style:num-suffix=")"/></text:list-style>
  <text:list-style style:name="Dashes"><text:list-level-style-bullet text:level="1" text:bullet-char="-"/></text:list-style>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.27cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.23cm"/></style:header-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p><text:page-number text:select-page="current">1</text:page-number></text:p></style:header></style:master-page></office:master-styles>
</office:document-styles>`;

const CONTENT = `<office:document-content ${NS}>
<office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
  <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties style:font-name="Arial" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
  <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>đã xoá</text:p></text:deletion></text:changed-region></text:tracked-changes>
  <table:table table:name="Header"><table:table-column table:number-columns-repeated="2"/>
    <table:table-row>
      <table:table-cell><text:p text:style-name="P1">SỞ CÔNG THƯƠNG</text:p></table:table-cell>
      <table:table-cell><text:p text:style-name="P1">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p><text:p text:style-name="P2">Hưng Yên, ngày 14 tháng 01 năm 2026</text:p></table:table-cell>
    </table:table-row>
  </table:table>
  <text:h text:style-name="Heading" text:outline-level="1">MỤC ĐÍCH</text:h>
  <text:p text:style-name="Body">Thực hiện   Kế hoạch<text:s text:c="2"/>số 30,<text:tab/>Sở <text:span text:style-name="T1">Công Thương</text:span> chủ trì<text:line-break/>dòng sau.</text:p>
  <text:list text:style-name="Numbers">
    <text:list-item><text:p>Một</text:p>
      <text:list><text:list-item><text:p>Một một</text:p><text:list><text:list-item><text:p>điểm a</text:p></text:list-item><text:list-item><text:p>điểm b</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>Một hai</text:p></text:list-item></text:list>
    </text:list-item>
    <text:list-item><text:p>Hai</text:p></text:list-item>
  </text:list>
  <text:p text:style-name="Body">Chen giữa.</text:p>
  <text:list text:style-name="Numbers" text:continue-numbering="true"><text:list-item><text:p>Ba</text:p></text:list-item></text:list>
  <text:list text:style-name="Dashes"><text:list-item><text:p>gạch đầu dòng</text:p></text:list-item></text:list>
  <text:h text:style-name="Heading" text:outline-level="1">NỘI DUNG</text:h>
  <text:p text:style-name="Body"><text:change text:change-id="c1"/>Giao Văn phòng<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>chú thích</text:p></text:note-body></text:note><office:annotation><dc:creator>B</dc:creator><text:p>góp ý</text:p></office:annotation> chủ trì.</text:p>
  <text:soft-page-break/>
  <text:p text:style-name="Body">Trang hai.</text:p>
  <text:p text:style-name="Body">Khung<draw:frame draw:name="F1"><draw:text-box><text:p>trong khung<draw:frame draw:name="F2"><draw:text-box><text:p>khung lồng</text:p></draw:text-box></draw:frame></text:p></draw:text-box></draw:frame> neo.</text:p>
</office:text></office:body></office:document-content>`;

function odt(content = CONTENT, styles = STYLES): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.text'),
    'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?>${content}`),
    'styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?>${styles}`),
  });
}

async function read(bytes: Uint8Array): Promise<OriginalDocument> {
  const result = await readOriginal(bytes, 'odt');
  if (isUnreadable(result)) throw new Error(result.message.en);
  return result;
}

describe('the OpenDocument reader', () => {
  it('gives the paragraphs, list numbers and accepted text in order', async () => {
    const document = await read(odt());
    expect(document.kind).toBe('odt');
    expect(document.paragraphs.map((p) => [p.label ?? '', p.text, p.page])).toEqual([
      ['', 'SỞ CÔNG THƯƠNG', 1],
      ['', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1],
      ['', 'Hưng Yên, ngày 14 tháng 01 năm 2026', 1],
      ['I.', 'MỤC ĐÍCH', 1],
      ['', 'Thực hiện Kế hoạch  số 30,\tSở Công Thương chủ trì\ndòng sau.', 1],
      ['1.', 'Một', 1],
      ['1.1.', 'Một một', 1],
      ['a)', 'điểm a', 1],
      ['b)', 'điểm b', 1],
      ['1.2.', 'Một hai', 1],
      ['2.', 'Hai', 1],
      ['', 'Chen giữa.', 1],
      ['3.', 'Ba', 1],
      ['-', 'gạch đầu dòng', 1],
      ['II.', 'NỘI DUNG', 1],
      ['', 'Giao Văn phòng chủ trì.', 1],
      ['', 'Trang hai.', 2],
      ['', 'Khung neo.', 2],
      ['', 'trong khung', 2],
      ['', 'khung lồng', 2],
    ]);
    expect(document.paragraphs.slice(0, 3).map((p) => p.format?.cell)).toEqual([
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 1 },
      { table: 0, row: 0, column: 1 },
    ]);
  });

  it('resolves formatting through the default style, parents, automatic styles and spans', async () => {
    const [agency, , date, heading, body] = (await read(odt())).paragraphs;
    const tnr = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Times New Roman', cs: 'Times New Roman' };
    expect(agency!.format).toMatchObject({ alignment: 'center', bottomBorder: true });
    expect(agency!.runs).toEqual([{ start: 0, end: 14, format: { fonts: tnr, sizePt: 13, bold: true } }]);
    expect(date!.runs![0]!.format).toMatchObject({ italic: true, sizePt: 14 });
    expect(heading!.runs![0]!.format).toMatchObject({ bold: true });
    expect(body!.format).toMatchObject({ alignment: 'justify', firstLineIndentCm: 1.27, spaceBeforePt: 0, spaceAfterPt: 6, lineSpacing: 1.15 });
    const span = body!.runs!.find((run) => body!.text.slice(run.start, run.end) === 'Công Thương')!;
    expect(span.format).toEqual({ fonts: { ...tnr, ascii: 'Arial', hAnsi: 'Arial' }, sizePt: 14, bold: true });
  });

  it('reads the page layout with the header band, and the page number field', async () => {
    expect((await read(odt())).page).toEqual({
      widthCm: 21,
      heightCm: 29.7,
      marginTopCm: 2,
      marginBottomCm: 2,
      marginLeftCm: 3,
      marginRightCm: 2,
      pageNumbers: true,
      pageNumbersIn: 'header',
      pageNumberOnFirstPage: true,
    });
  });

  it('names a Word file given as OpenDocument, and an archive with neither', async () => {
    const word = zipSync({ 'word/document.xml': strToU8('<x/>') });
    const refused = await readOriginal(word, 'odt');
    expect(isUnreadable(refused) && refused.message.en).toMatch(/is a Word document/);
    const other = await readOriginal(zipSync({ 'a.txt': strToU8('x') }), 'odt');
    expect(isUnreadable(other) && other.message.en).toMatch(/no OpenDocument text/);
  });
});
