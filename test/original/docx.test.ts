/**
 * The Word reader on documents made the way Word makes them: a borderless two-column header
 * table, bold and centring set by hand, soft line breaks and tabs, numbers typed by hand and
 * numbers from Word's list definitions, fields, tracked changes and comments.
 */
import { describe, expect, it } from 'vitest';
import { isUnreadable, type OriginalDocument } from '../../server/src/original/document';
import { readOriginal } from '../../server/src/original/read/index';
import { buildDocx, paragraph, run, table, TNR } from './docx-builder';

const BOLD = `${TNR}<w:b/><w:sz w:val="26"/>`;
const CENTER = '<w:jc w:val="center"/>';

const NUMBERING = `
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;

const numbered = (numId: number, level: number, text: string) =>
  paragraph(run(text, TNR), `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`);

const HEADER = table([
  [
    paragraph(run('UBND TỈNH HƯNG YÊN', `${TNR}<w:sz w:val="26"/>`), CENTER) +
      paragraph(run('SỞ CÔNG THƯƠNG', BOLD), `${CENTER}<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>`),
    paragraph(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', BOLD), CENTER) +
      paragraph(
        run('Độc lập - Tự do - Hạnh phúc', `${TNR}<w:b/><w:sz w:val="28"/>`) +
          '<w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>',
        CENTER,
      ),
  ],
  [paragraph(run('Số: 10/KH-SCT', `${TNR}<w:sz w:val="26"/>`), CENTER), paragraph(run('Hưng Yên, ngày 14 tháng 01 năm 2026', `${TNR}<w:i/><w:sz w:val="28"/>`), CENTER)],
]);

const BODY =
  HEADER +
  paragraph(run('KẾ HOẠCH', BOLD), CENTER) +
  // A title broken by hand with a soft line break, as drafters do.
  paragraph(`${run('Triển khai chuyển đổi số', BOLD)}<w:r><w:br/></w:r>${run('năm 2026', BOLD)}`, CENTER) +
  paragraph(run('I. MỤC ĐÍCH, YÊU CẦU', BOLD), '<w:ind w:firstLine="567"/>') +
  numbered(1, 0, 'NHIỆM VỤ') +
  numbered(1, 1, 'Nhiệm vụ chung') +
  numbered(1, 2, 'Rà soát') +
  numbered(1, 2, 'Báo cáo') +
  numbered(1, 3, 'Sở Công Thương chủ trì') +
  numbered(1, 3, 'Các phòng phối hợp') +
  numbered(1, 4, 'thực hiện thường xuyên') +
  numbered(1, 1, 'Nhiệm vụ cụ thể') +
  numbered(1, 2, 'Tổng hợp') +
  numbered(1, 0, 'TỔ CHỨC THỰC HIỆN') +
  numbered(2, 0, 'một') +
  numbered(2, 0, 'hai') +
  numbered(3, 0, 'năm') +
  paragraph(`${run('Thời hạn:', TNR)}<w:r><w:tab/></w:r>${run('trước ngày 30/6/2026', TNR)}`) +
  // A date field: its result is the text; the instruction is not.
  paragraph(
    `${run('Cập nhật ngày ', TNR)}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('14/01/2026', TNR)}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('.', TNR)}`,
  ) +
  paragraph(`<w:fldSimple w:instr=" REF hanchot "><w:r><w:t>ngày 15</w:t></w:r></w:fldSimple>${run(' là hạn chót', TNR)}`) +
  // Tracked changes: the accepted text keeps the insertion and drops the deletion.
  paragraph(
    `${run('Giao ', TNR)}<w:del w:id="1" w:author="A"><w:r><w:delText>Phòng Kế hoạch</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${run('Văn phòng Sở', TNR)}</w:ins>${run(' chủ trì.', TNR)}`,
  ) +
  paragraph(`<w:moveFrom w:id="3" w:author="A">${run('đoạn chuyển đi ', TNR)}</w:moveFrom>${run('Còn lại', TNR)}<w:moveTo w:id="4" w:author="A">${run(' đoạn chuyển đến', TNR)}</w:moveTo>`) +
  // A comment: its range and reference add nothing to the text.
  paragraph(
    `<w:commentRangeStart w:id="0"/>${run('Nội dung có góp ý', TNR)}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`,
    '<w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="120" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/>',
  ) +
  // A paragraph whose mark was deleted joins the next one when the change is accepted.
  paragraph(run('Đoạn nối ', TNR), '<w:rPr><w:del w:id="5" w:author="A"/></w:rPr>') +
  paragraph(run('với đoạn sau.', TNR));

const COMMENTS = '<w:comment w:id="0" w:author="B"><w:p><w:r><w:t>Góp ý không thuộc văn bản</w:t></w:r></w:p></w:comment>';

async function read(bytes: Uint8Array): Promise<OriginalDocument> {
  const result = await readOriginal(bytes, 'docx');
  if (isUnreadable(result)) throw new Error(result.message.en);
  return result;
}

describe('the Word reader', () => {
  const bytes = buildDocx({ body: BODY, numbering: NUMBERING, comments: COMMENTS });

  it('gives every paragraph of the body in order, those of the header table with their cell', async () => {
    const document = await read(bytes);
    expect(document.kind).toBe('docx');
    const texts = document.paragraphs.map((p) => [p.label ?? '', p.text]);
    expect(texts).toEqual([
      ['', 'UBND TỈNH HƯNG YÊN'],
      ['', 'SỞ CÔNG THƯƠNG'],
      ['', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['', 'Độc lập - Tự do - Hạnh phúc'],
      ['', 'Số: 10/KH-SCT'],
      ['', 'Hưng Yên, ngày 14 tháng 01 năm 2026'],
      ['', 'KẾ HOẠCH'],
      ['', 'Triển khai chuyển đổi số\nnăm 2026'],
      ['', 'I. MỤC ĐÍCH, YÊU CẦU'],
      ['I.', 'NHIỆM VỤ'],
      ['1.', 'Nhiệm vụ chung'],
      ['1.1.', 'Rà soát'],
      ['1.2.', 'Báo cáo'],
      ['a)', 'Sở Công Thương chủ trì'],
      ['b)', 'Các phòng phối hợp'],
      ['-', 'thực hiện thường xuyên'],
      ['2.', 'Nhiệm vụ cụ thể'],
      ['2.1.', 'Tổng hợp'],
      ['II.', 'TỔ CHỨC THỰC HIỆN'],
      ['1.', 'một'],
      ['2.', 'hai'],
      ['5.', 'năm'],
      ['', 'Thời hạn:\ttrước ngày 30/6/2026'],
      ['', 'Cập nhật ngày 14/01/2026.'],
      ['', 'ngày 15 là hạn chót'],
      ['', 'Giao Văn phòng Sở chủ trì.'],
      ['', 'Còn lại đoạn chuyển đến'],
      ['', 'Nội dung có góp ý'],
      ['', 'Đoạn nối với đoạn sau.'],
    ]);
    expect(document.paragraphs.map((p) => p.index)).toEqual(document.paragraphs.map((_, i) => i + 1));
    expect(document.paragraphs.slice(0, 6).map((p) => p.format?.cell)).toEqual([
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 1 },
      { table: 0, row: 0, column: 1 },
      { table: 0, row: 1, column: 0 },
      { table: 0, row: 1, column: 1 },
    ]);
    expect(document.paragraphs[6]!.format?.cell).toBeUndefined();
  });

  it('gives the formatting set by hand, and the rule lines', async () => {
    const [parent, agency, national, motto, , date, type] = (await read(bytes)).paragraphs;
    expect(parent!.runs).toEqual([{ start: 0, end: 18, format: { fonts: tnr(), sizePt: 13 } }]);
    expect(agency!.runs![0]!.format).toEqual({ fonts: tnr(), sizePt: 13, bold: true });
    expect(agency!.format).toMatchObject({ alignment: 'center', bottomBorder: true });
    expect(national!.format?.bottomBorder).toBeUndefined();
    expect(motto!.format?.drawnLine).toBe(true);
    expect(motto!.runs![0]!.format).toMatchObject({ sizePt: 14, bold: true });
    expect(date!.runs![0]!.format).toMatchObject({ italic: true, sizePt: 14 });
    expect(type!.format?.alignment).toBe('center');
  });

  it('gives indents in centimetres and spacing in points', async () => {
    const document = await read(bytes);
    const commented = document.paragraphs.find((p) => p.text === 'Nội dung có góp ý')!;
    expect(commented.format).toMatchObject({ firstLineIndentCm: 1.27, spaceBeforePt: 6, spaceAfterPt: 6, lineSpacing: 1.5, alignment: 'justify' });
  });

  it('reads the page set-up and the page number field of the header', async () => {
    const document = await read(bytes);
    expect(document.page).toEqual({
      widthCm: 21.001,
      heightCm: 29.7,
      marginTopCm: 2,
      marginBottomCm: 2,
      marginLeftCm: 3,
      marginRightCm: 2,
      pageNumbers: true,
      pageNumbersIn: 'header',
      pageNumberOnFirstPage: false,
    });
  });

  it('resolves fonts through document defaults, the style chain and theme fonts, slot by slot', async () => {
    const styles = `
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:ind w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/><w:i/></w:rPr></w:style>`;
    const body =
      paragraph(run('thân')) +
      paragraph(run('đề mục'), '<w:pStyle w:val="Heading"/>') +
      paragraph(run('nhấn', '<w:rStyle w:val="Strong"/><w:b w:val="0"/>')) +
      paragraph(run('riêng', '<w:rFonts w:cs="Arial"/><w:sz w:val="26"/>'), '<w:pStyle w:val="Heading"/><w:jc w:val="left"/>');
    const fontScheme = '<a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface="SimSun"/><a:cs typeface="Arial"/></a:minorFont>';
    const [body1, heading, strong, own] = (await read(buildDocx({ body, styles, fontScheme }))).paragraphs;
    const mixed = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Arial' };
    expect(body1!.runs![0]!.format).toEqual({ fonts: mixed, sizePt: 14 });
    expect(body1!.format?.alignment).toBe('justify');
    expect(heading!.runs![0]!.format).toEqual({ fonts: mixed, sizePt: 14, bold: true });
    expect(heading!.format).toMatchObject({ alignment: 'center', firstLineIndentCm: 1 });
    expect(strong!.runs![0]!.format).toMatchObject({ bold: false, italic: true });
    expect(own!.runs![0]!.format).toEqual({ fonts: { ...mixed, cs: 'Arial' }, sizePt: 13, bold: true });
    expect(own!.format?.alignment).toBe('left');
  });

  it('counts pages from the breaks Word rendered', async () => {
    const body =
      paragraph(run('một')) + paragraph(`<w:r><w:lastRenderedPageBreak/><w:t>hai</w:t></w:r>`) + paragraph(`${run('ba ')}<w:r><w:lastRenderedPageBreak/><w:t>tiếp</w:t></w:r>`) + paragraph(run('bốn'));
    expect((await read(buildDocx({ body }))).paragraphs.map((p) => p.page)).toEqual([1, 2, 2, 3]);
    const explicit = paragraph(run('một')) + paragraph(`${run('hết trang')}<w:r><w:br w:type="page"/></w:r>`) + paragraph(run('hai'));
    expect((await read(buildDocx({ body: explicit }))).paragraphs.map((p) => p.page)).toEqual([1, 1, 2]);
  });

  it('keeps numbering from a paragraph style and restarts lower levels', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="List"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body =
      paragraph(run('A'), '<w:pStyle w:val="List"/>') +
      paragraph(run('B'), '<w:pStyle w:val="List"/><w:numPr><w:ilvl w:val="1"/></w:numPr>') +
      paragraph(run('C'), '<w:pStyle w:val="List"/>') +
      paragraph(run('D'), '<w:pStyle w:val="List"/><w:numPr><w:ilvl w:val="1"/></w:numPr>') +
      paragraph(run('E'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>');
    const labels = (await read(buildDocx({ body, styles, numbering: NUMBERING }))).paragraphs.map((p) => p.label);
    expect(labels).toEqual(['I.', '1.', 'II.', '1.', undefined]);
  });

  it('reads the paragraphs of a text box after the paragraph it is anchored in, once', async () => {
    const box = (text: string) => `<w:txbxContent>${paragraph(run(text, TNR), CENTER)}</w:txbxContent>`;
    const shape =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>' +
      box('SỞ CÔNG THƯƠNG') +
      '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' +
      box('SỞ CÔNG THƯƠNG') +
      '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>';
    const body = paragraph(run('Trước ', TNR) + shape + run('sau', TNR)) + paragraph(run('Tiếp theo', TNR));
    expect((await read(buildDocx({ body }))).paragraphs.map((p) => [p.index, p.text])).toEqual([
      [1, 'Trước sau'],
      [2, 'SỞ CÔNG THƯƠNG'],
      [3, 'Tiếp theo'],
    ]);
  });

  it('has no page when the file states no section', async () => {
    const document = await read(buildDocx({ body: paragraph(run('x')), sectPr: '' }));
    expect(document.page).toBeUndefined();
  });
});

function tnr() {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'Times New Roman' };
}
