/**
 * The layout model as a Word document (Office Open XML) with the `docx` package.
 *
 * Every run names Times New Roman on all four font slots: Word picks the slot per character, and
 * a slot left to the theme makes it switch fonts in the middle of a Vietnamese word (the decree
 * requires Times New Roman throughout). The document defaults say the same for text Word adds
 * itself, such as a page number typed by the user.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IBorderOptions,
  type IContext,
  type ISectionOptions,
  type IXmlableObject,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { withoutUnprintable } from '../base/characters';
import { documentXml, StreamedBlocks, StreamedRows } from './docx-stream';
import type { Align, Block, ColumnsBlock, LayoutParagraph, PlanLayout, TableBlock } from './layout';

const TWIPS_PER_PT = 20;
const TWIPS_PER_MM = 1440 / 25.4;

/** 1.27 cm, the first-line indent of the body (Phụ lục I allows 1 or 1.27 cm). */
export const FIRST_LINE_INDENT_TWIPS = 720;

/** Distance of the page number from the top edge: inside the 20 mm top margin. */
const HEADER_DISTANCE_MM = 10;

const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);
const pt = (value: number): number => Math.round(value * TWIPS_PER_PT);

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const THIN_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

export interface DocxOptions {
  /**
   * The time written into the document properties (created, modified) and the archive entries.
   * The caller passes it, so rendering stays a pure function and the same input gives the same bytes.
   */
  timestamp: Date;
  /** The document properties' title and author. */
  title?: string;
  author?: string;
  /**
   * Marks the signer's name with the bookmark SIGNER_NAME_BOOKMARK, for the PDF build: LibreOffice
   * exports it as a named destination, which gives the place of the signature block on the page
   * as laid out. A bookmark changes nothing on the page.
   */
  markSigner?: boolean;
}

/** The bookmark on the signer's name (letters only: LibreOffice rewrites other characters in destination names). */
export const SIGNER_NAME_BOOKMARK = 'KehoachTenNguoiKy';

class DocxWriter {
  constructor(
    private readonly layout: PlanLayout,
    private readonly markSigner = false,
  ) {}

  private get font() {
    const name = this.layout.page.font;
    return { ascii: name, hAnsi: name, cs: name, eastAsia: name };
  }

  private get textWidthTwips(): number {
    const { widthMm, marginsMm } = this.layout.page;
    return mm(widthMm - marginsMm.left - marginsMm.right);
  }

  /** The one place text becomes runs: what XML cannot carry is left out here (base/characters.ts). */
  run(text: string, sizePt: number, bold: boolean, italic: boolean): TextRun {
    return new TextRun({ text: withoutUnprintable(text), font: this.font, size: sizePt * 2, sizeComplexScript: sizePt * 2, bold, italics: italic });
  }

  /** The paragraph, and the line under it as its own paragraph, centred at its own width. */
  paragraphs(paragraph: LayoutParagraph, widthTwips: number): Paragraph[] {
    const lead = paragraph.boldLead ?? 0;
    const runs =
      lead > 0 && !paragraph.bold
        ? [this.run(paragraph.text.slice(0, lead), paragraph.sizePt, true, paragraph.italic), this.run(paragraph.text.slice(lead), paragraph.sizePt, false, paragraph.italic)]
        : [this.run(paragraph.text, paragraph.sizePt, paragraph.bold, paragraph.italic)];
    const marked = this.markSigner && paragraph.role === 'signer-name';
    const indent = {
      ...(paragraph.firstLineIndent && { firstLine: FIRST_LINE_INDENT_TWIPS }),
      ...(paragraph.leftIndentPt !== undefined && { left: pt(paragraph.leftIndentPt) }),
    };
    const out = [
      new Paragraph({
        alignment: ALIGNMENT[paragraph.align],
        indent: Object.keys(indent).length > 0 ? indent : undefined,
        spacing: {
          before: pt(paragraph.spaceBeforePt),
          // With a line under it, the space after goes under the line.
          after: paragraph.ruleBelow ? 0 : pt(paragraph.spaceAfterPt),
          line: Math.round(240 * paragraph.lineSpacing),
          lineRule: LineRuleType.AUTO,
        },
        keepNext: paragraph.keepWithNext,
        // The paragraph mark takes the run style too, so an empty line keeps the font and size.
        run: { font: this.font, size: paragraph.sizePt * 2 },
        children: marked ? [new Bookmark({ id: SIGNER_NAME_BOOKMARK, children: runs })] : runs,
      }),
    ];
    if (paragraph.ruleBelow) {
      const side = Math.max(0, Math.round((widthTwips - pt(paragraph.ruleBelow.widthPt)) / 2));
      out.push(
        new Paragraph({
          indent: { left: side, right: side },
          spacing: { before: 0, after: pt(paragraph.spaceAfterPt), line: 60, lineRule: LineRuleType.EXACT },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
          run: { font: this.font, size: 2 },
        }),
      );
    }
    return out;
  }

  /** A borderless two-column table: the header and footer of every template of Phụ lục I. */
  columns(block: ColumnsBlock): Table {
    const total = this.textWidthTwips;
    const widths = block.widths.map((fraction) => Math.round(total * fraction));
    return new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      // The cells start at the margin, as a column typed in Word would.
      indent: { size: 0, type: WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      rows: block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: block.role === 'footer',
            children: row.map(
              (cell, index) =>
                new TableCell({
                  width: { size: widths[index]!, type: WidthType.DXA },
                  borders: NO_BORDERS,
                  children: cell.length > 0 ? cell.flatMap((paragraph) => this.paragraphs(paragraph, widths[index]!)) : [new Paragraph({ run: { font: this.font } })],
                }),
            ),
          }),
      ),
    });
  }

  /**
   * The annex's task table. Its rows are written one at a time: each is formatted in a table of its
   * own, made with the same options, so the package sizes its cells as in the whole table, and only
   * the row is kept.
   */
  table(block: TableBlock): Table {
    const total = this.textWidthTwips;
    const widths = block.columns.map((column) => Math.round(total * column.width));
    const cell = (text: string, index: number, bold: boolean): TableCell =>
      new TableCell({
        width: { size: widths[index]!, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        children: [
          new Paragraph({
            alignment: ALIGNMENT[bold ? 'center' : block.columns[index]!.align],
            spacing: { before: pt(3), after: pt(3) },
            run: { font: this.font, size: block.sizePt * 2 },
            children: [this.run(text, block.sizePt, bold, false)],
          }),
        ],
      });
    const tableOf = (rows: TableRow[]): Table =>
      new Table({
        width: { size: total, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: THIN_BORDERS,
        margins: { left: pt(3), right: pt(3) },
        rows,
      });
    const header = new TableRow({
      tableHeader: true,
      height: { value: pt(20), rule: HeightRule.ATLEAST },
      children: block.columns.map((column, index) => cell(column.title, index, true)),
    });
    const taskRow = (row: TableBlock['rows'][number], at: IContext): IXmlableObject => {
      const alone = tableOf([new TableRow({ cantSplit: true, children: row.cells.map((text, index) => cell(text, index, false)) })]);
      return lastChildOf(alone.prepForXml(at), 'w:tbl');
    };
    return tableOf([header, new StreamedRows(block.rows, taskRow)]);
  }

  elements(block: Block): (Paragraph | Table)[] {
    if (block.kind === 'paragraph') return this.paragraphs(block, this.textWidthTwips);
    if (block.kind === 'columns') return [this.columns(block)];
    return [this.table(block)];
  }

  /**
   * A section of the skeleton: a placeholder for its blocks but the last, then the last. That one
   * stays, because the package writes the properties of a section into its last paragraph.
   */
  sectionChildren(blocks: Block[]): FileChild[] {
    const last = blocks[blocks.length - 1];
    if (!last) return [];
    return [new StreamedBlocks(blocks.slice(0, -1), (block: Block) => this.elements(block)), ...this.elements(last)];
  }

  /**
   * Page numbers centred in the top margin from page 2 on: a distinct first-page header (titlePg)
   * that has no PAGE field, and a default header that has one.
   */
  headers(): ISectionOptions['headers'] {
    const font = this.font;
    const size = this.layout.page.pageNumberSizePt * 2;
    return {
      first: new Header({ children: [new Paragraph({ run: { font, size } })] }),
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            run: { font, size },
            children: [new TextRun({ children: [PageNumber.CURRENT], font, size })],
          }),
        ],
      }),
    };
  }

  /** The document as a skeleton (docx-stream.ts): its blocks are built as they are written. */
  document(): Document {
    const { page } = this.layout;
    const properties = {
      titlePage: true,
      page: {
        size: { width: mm(page.widthMm), height: mm(page.heightMm), orientation: PageOrientation.PORTRAIT },
        margin: {
          top: mm(page.marginsMm.top),
          bottom: mm(page.marginsMm.bottom),
          left: mm(page.marginsMm.left),
          right: mm(page.marginsMm.right),
          header: mm(HEADER_DISTANCE_MM),
          footer: mm(HEADER_DISTANCE_MM),
        },
        // Each section (the plan, then the annex) counts its own pages (Phụ lục I §2.9).
        pageNumbers: { start: 1 },
      },
    };
    return new Document({
      styles: {
        default: {
          document: {
            run: { font: this.font, size: page.bodySizePt * 2, language: { value: 'vi-VN', eastAsia: 'vi-VN' } },
          },
        },
      },
      sections: this.layout.sections.map((section) => ({
        properties: section.role === 'main' ? properties : { ...properties, type: SectionType.NEXT_PAGE },
        headers: this.headers(),
        children: this.sectionChildren(section.blocks),
      })),
    });
  }
}

function escapeXml(text: string): string {
  return withoutUnprintable(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** docProps/core.xml with the caller's time, in place of the one `docx` stamps with the clock. */
function coreProperties(options: DocxOptions): string {
  const stamp = options.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const optional = (tag: string, value: string | undefined): string => (value ? `<${tag}>${escapeXml(value)}</${tag}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    optional('dc:title', options.title) +
    optional('dc:creator', options.author) +
    optional('cp:lastModifiedBy', options.author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Rewrites the modification time of every entry of a zip archive, in the local headers and in the
 * central directory, without touching the compressed data (the CRC does not cover the time).
 */
function stampZipEntries(zip: Uint8Array, time: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosTime = (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | (time.getUTCSeconds() >> 1);
  const dosDate = ((Math.max(1980, time.getUTCFullYear()) - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate();
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('docx: the package has no zip end record');
  const entries = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(entry, true) !== 0x02014b50) throw new Error('docx: broken zip central directory');
    view.setUint16(entry + 12, dosTime, true);
    view.setUint16(entry + 14, dosDate, true);
    const local = view.getUint32(entry + 42, true);
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
}

/**
 * An entry time fflate accepts (it refuses years before 1980); `stampZipEntries` writes the
 * caller's time over it.
 */
const ZIP_EPOCH = new Date(1980, 0, 1);

/** The child of a formatted element that comes last, such as the row of a one-row table. */
function lastChildOf(formatted: IXmlableObject | undefined, name: string): IXmlableObject {
  const children: unknown = formatted?.[name];
  const last: unknown = Array.isArray(children) ? children[children.length - 1] : undefined;
  if (typeof last !== 'object' || last === null) throw new Error(`docx: a formatted ${name} without children`);
  return last as IXmlableObject;
}

/** The package's compiler, which writes the parts of a document for Packer to zip. */
interface PackageCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly { path: string; data: string }[]): Map<string, string | Uint8Array>;
}

/**
 * Every part of the package the `docx` package writes for a document, by path, in the order it
 * zips them, with `overrides` in the place of the parts they name. Packer would zip them with its
 * own copy of fflate, only for this writer to inflate the archive again and put document.xml in;
 * taking the parts from Packer's compiler skips both (a fifth of a small plan's DOCX, and in a
 * fresh process the second copy of deflate it would compile). The compiler is Packer's own, not
 * part of the package's types, so its absence is said plainly, and the tests would meet it first.
 */
function packageParts(document: Document, overrides: readonly { path: string; data: string }[]): Record<string, Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: this version of the docx package has no Packer.compiler to write the parts with');
  const parts: Record<string, Uint8Array> = {};
  for (const [path, data] of (compiler as PackageCompiler).compile(document, undefined, overrides)) parts[path] = typeof data === 'string' ? strToU8(data) : data;
  return parts;
}

/**
 * Packs the layout into a .docx. document.xml is streamed from a skeleton (docx-stream.ts); the
 * `docx` package writes every other part from the same skeleton, whose placeholders it passes by:
 * formatted again, it gives the parts a second skeleton built afresh gave, as
 * test/render/docx-bytes.test.ts holds them to their digests. The package stamps the document
 * properties and the archive entries with the current time; both get the caller's timestamp
 * instead, so the bytes depend on the input alone and rendering never reads the clock. The parts
 * are zipped as the package zips them (fflate, its defaults, in its order), so the bytes are the
 * package's own.
 */
export async function renderDocx(layout: PlanLayout, options: DocxOptions): Promise<Uint8Array> {
  const writer = new DocxWriter(layout, options.markSigner);
  const skeleton = writer.document();
  const body = documentXml(skeleton.Document.View, { file: skeleton, viewWrapper: skeleton.Document, stack: [] });
  const parts = packageParts(skeleton, [{ path: 'docProps/core.xml', data: coreProperties(options) }]);
  parts['word/document.xml'] = body;
  const zip = zipSync(parts, { mtime: ZIP_EPOCH });
  stampZipEntries(zip, options.timestamp);
  return zip;
}
