/**
 * The layout model: a plan laid out as Nghị định 30/2020/NĐ-CP Phụ lục I prescribes for a Kế
 * hoạch (Mẫu 1.4), in blocks that carry their role and their style. The DOCX writer and the HTML
 * preview both draw this model, so the rules of the decree (sizes, caps, bold, the lines under the
 * agency and the title, "./." at the end of the body) are decided once, here.
 *
 * Sizes are in points and lengths in millimetres or points, as the decree states them; each writer
 * converts to its own units.
 */
import type { Message } from '../base/diagnostic';
import type { Field, FieldKey, Item, Paragraph, PlanFile, TaskDecl } from '../model/ast';
import { type DocumentType, documentTypeOf } from '../model/document-types';
import { fieldOf } from '../model/walk';
import type { Workspace } from '../model/workspace';
import { PlanText } from './resolve';
import { numberText, placeDateLine, shortIssueDate, upperVi, numberLine } from './words';

export type Align = 'left' | 'center' | 'right' | 'justify';

export type ParagraphRole =
  // header (two columns)
  | 'parent-agency'
  | 'agency'
  | 'number'
  | 'national-name'
  | 'motto'
  | 'place-date'
  /** A Công văn's summary under its number: "V/v …" (Mẫu 1.5, ô 5b). */
  | 'letter-subject'
  // name of the document
  | 'type-name'
  | 'title'
  | 'subtitle'
  /** Under the summary of a document a Quyết định issues: "(Ban hành kèm theo Quyết định số …)". */
  | 'issued-with'
  /** A Quyết định's authority line: "GIÁM ĐỐC SỞ CÔNG THƯƠNG" (Mẫu 1.3, ô 5b). */
  | 'authority'
  /** "Kính gửi:" and its addressees, one per line when there are several (ô 9a). */
  | 'addressees'
  | 'addressee'
  // body
  | 'basis'
  | 'opening'
  /** A Quyết định's "QUYẾT ĐỊNH:", centred and bold between its legal bases and its Điều. */
  | 'decides'
  /** A paragraph that opens with "Điều 1.": the article's number in bold. */
  | 'article'
  /** "Phần I" on its own line, then its title. */
  | 'phan'
  | 'phan-title'
  | 'muc'
  | 'khoan-title'
  | 'khoan'
  | 'diem'
  | 'dash'
  | 'plus'
  /** A further paragraph of an item, after the one that carries its marker. */
  | 'body'
  // footer (two columns)
  | 'recipients-head'
  | 'recipient'
  | 'signer-title'
  | 'signer-name'
  // annex
  | 'annex-head'
  | 'annex-title'
  | 'annex-ref';

/** A span of the source as the user wrote it, for the preview to follow the cursor. */
export interface SourceSpan {
  start: number;
  end: number;
}

export interface LayoutParagraph {
  kind: 'paragraph';
  role: ParagraphRole;
  /** The text as printed: caps, markers and references already applied. */
  text: string;
  align: Align;
  sizePt: number;
  bold: boolean;
  italic: boolean;
  /** First-line indent of the body (1.27 cm). */
  firstLineIndent: boolean;
  /** Indent of every line from the left margin, in points (the addressees of a Công văn). */
  leftIndentPt?: number;
  /** How many characters at the start are bold in a paragraph that is not: "Điều 1." of an article. */
  boldLead?: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Line spacing as a multiple of single spacing (the decree allows 1 to 1.5). */
  lineSpacing: number;
  /** Keep with the next paragraph, so a heading never ends a page. */
  keepWithNext: boolean;
  /** A solid line centred under the paragraph (under the agency, the Tiêu ngữ and the title). */
  ruleBelow?: { widthPt: number };
  loc?: SourceSpan;
}

/** Two columns without borders: the header and the footer of every template of Phụ lục I. */
export interface ColumnsBlock {
  kind: 'columns';
  role: 'header' | 'footer';
  /** Fractions of the text width, summing to 1. */
  widths: [number, number];
  /** Each row is a left cell and a right cell, so lines that face each other stay level. */
  rows: [LayoutParagraph[], LayoutParagraph[]][];
}

export interface TableColumn {
  title: string;
  /** Fraction of the text width. */
  width: number;
  align: Align;
}

/** The annex's task table: STT, Nội dung nhiệm vụ, Chủ trì, Phối hợp, Thời hạn, Sản phẩm. */
export interface TableBlock {
  kind: 'table';
  role: 'tasks';
  sizePt: number;
  columns: TableColumn[];
  rows: { cells: string[]; loc?: SourceSpan }[];
}

export type Block = LayoutParagraph | ColumnsBlock | TableBlock;

/** The annex starts on a new page and numbers its own pages (Phụ lục I §2.9). */
export interface LayoutSection {
  role: 'main' | 'annex';
  blocks: Block[];
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PageSetup {
  /** A4 portrait. */
  widthMm: number;
  heightMm: number;
  marginsMm: Margins;
  font: string;
  bodySizePt: number;
  /** Size of the page numbers in the top margin (13–14). */
  pageNumberSizePt: number;
}

export interface PlanLayout {
  page: PageSetup;
  sections: LayoutSection[];
}

export interface LayoutOptions {
  /** Body size: 14 pt by default, 13 allowed (Phụ lục I: 13–14). */
  bodySizePt?: number;
  /** Margins in millimetres; each within the decree's range. */
  marginsMm?: Partial<Margins>;
}

export const DEFAULT_MARGINS_MM: Margins = { top: 20, bottom: 20, left: 30, right: 15 };

/** Phụ lục I: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
export const MARGIN_RANGES_MM: Record<keyof Margins, [number, number]> = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
};

const MARGIN_NAMES: Record<keyof Margins, Message> = {
  top: { vi: 'Lề trên', en: 'The top margin' },
  bottom: { vi: 'Lề dưới', en: 'The bottom margin' },
  left: { vi: 'Lề trái', en: 'The left margin' },
  right: { vi: 'Lề phải', en: 'The right margin' },
};

/** What is wrong with the options, in both languages; empty when they are within the decree. */
export function validateLayoutOptions(options: LayoutOptions): Message[] {
  const problems: Message[] = [];
  const size = options.bodySizePt;
  if (size !== undefined && size !== 13 && size !== 14) {
    problems.push({
      vi: `Cỡ chữ phần nội dung phải là 13 hoặc 14 (Nghị định 30), không phải ${size}.`,
      en: `The body size must be 13 or 14 pt (Decree 30), not ${size}.`,
    });
  }
  for (const side of Object.keys(MARGIN_RANGES_MM) as (keyof Margins)[]) {
    const value = options.marginsMm?.[side];
    if (value === undefined) continue;
    const [low, high] = MARGIN_RANGES_MM[side];
    if (!Number.isFinite(value) || value < low || value > high) {
      problems.push({
        vi: `${MARGIN_NAMES[side].vi} phải từ ${low} đến ${high} mm (Nghị định 30), không phải ${value} mm.`,
        en: `${MARGIN_NAMES[side].en} must be ${low}–${high} mm (Decree 30), not ${value} mm.`,
      });
    }
  }
  return problems;
}

const MM_PER_PT = 25.4 / 72;

/**
 * Average advance widths of Times New Roman as a fraction of the size, by kind of character,
 * measured on the metric-compatible Liberation Serif. Only the lengths of the lines under the
 * agency, the Tiêu ngữ and the title depend on it, and the decree gives those as ranges.
 */
const ADVANCE = {
  regular: { upper: 0.7, lower: 0.47, digit: 0.5, space: 0.25, other: 0.33 },
  bold: { upper: 0.74, lower: 0.5, digit: 0.5, space: 0.25, other: 0.36 },
};

/** Estimated printed width of a single line of text, in points. */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? ADVANCE.bold : ADVANCE.regular;
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') em += table.space;
    else if (/\p{Lu}/u.test(ch)) em += table.upper;
    else if (/\p{Ll}/u.test(ch)) em += table.lower;
    else if (/\d/.test(ch)) em += table.digit;
    else em += table.other;
  }
  return em * sizePt;
}

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The annex table's columns (nd30-format §5). */
const TASK_COLUMNS: TableColumn[] = [
  { title: 'STT', width: 0.07, align: 'center' },
  { title: 'Nội dung nhiệm vụ', width: 0.3, align: 'left' },
  { title: 'Chủ trì', width: 0.15, align: 'center' },
  { title: 'Phối hợp', width: 0.17, align: 'center' },
  { title: 'Thời hạn', width: 0.15, align: 'center' },
  { title: 'Sản phẩm', width: 0.16, align: 'left' },
];

/** Space for the handwritten signature and the seal between the title and the name. */
const SIGNATURE_SPACE_PT = 72;

/** Lines of the body: between the decree's single and 1.5. */
const BODY_LINE_SPACING = 1.15;

function span(loc: { start: number; end: number } | undefined): SourceSpan | undefined {
  return loc && { start: loc.start, end: loc.end };
}

type Style = Partial<Omit<LayoutParagraph, 'kind' | 'role' | 'text'>>;

/** A paragraph of the header, footer or name blocks: single spacing, no indent, centred. */
function line(role: ParagraphRole, text: string, sizePt: number, style: Style = {}): LayoutParagraph {
  return {
    kind: 'paragraph',
    role,
    text,
    align: 'center',
    sizePt,
    bold: false,
    italic: false,
    firstLineIndent: false,
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: 1,
    keepWithNext: false,
    ...style,
  };
}

/** "Điều 1." at the start of a paragraph of a Quyết định: the article's number, printed bold. */
const ARTICLE_LEAD = /^Điều\s+\d+\s*\./u;

/** "QUYẾT ĐỊNH:" alone: the line between a decision's legal bases and its articles. */
const DECIDES = /^quyết\s+định\s*:$/iu;

/** The legal bases a Quyết định (or a plan) opens with, and the proposal that closes them, in italics. */
const BASIS = /^(?:căn cứ|theo đề nghị của)(?![\p{L}\p{N}])/iu;

/** Where the addressees of a Công văn stand under "Kính gửi:" when there are several. */
const ADDRESSEE_INDENT_PT = 142;

class LayoutBuilder {
  private readonly text: PlanText;
  private readonly page: PageSetup;
  private readonly body: LayoutParagraph[] = [];
  private readonly type: DocumentType;

  constructor(
    workspace: Workspace,
    private readonly file: PlanFile,
    options: LayoutOptions,
  ) {
    this.text = new PlanText(workspace, file);
    this.type = documentTypeOf(file);
    this.page = {
      widthMm: 210,
      heightMm: 297,
      marginsMm: { ...DEFAULT_MARGINS_MM, ...options.marginsMm },
      font: 'Times New Roman',
      bodySizePt: options.bodySizePt ?? 14,
      pageNumberSizePt: 14,
    };
  }

  build(): PlanLayout {
    const header = [this.header(), ...this.name(), ...this.addressees()];
    this.opening();
    this.items(this.file.items);
    this.endBody();
    // An array literal, not push(...): a body of 100,000 paragraphs is more arguments than a call takes.
    const main: Block[] = [...header, ...this.body, this.footer()];
    const sections: LayoutSection[] = [{ role: 'main', blocks: main }];
    const annex = this.annex();
    if (annex) sections.push({ role: 'annex', blocks: annex });
    return { page: this.page, sections };
  }

  private get textWidthPt(): number {
    const { left, right } = this.page.marginsMm;
    return (this.page.widthMm - left - right) / MM_PER_PT;
  }

  private headerField(key: FieldKey): Field | undefined {
    return this.file.header ? fieldOf(this.file.header, key) : undefined;
  }

  private headerText(key: FieldKey): string | undefined {
    const field = this.headerField(key);
    return field && this.text.inlines(field.inlines);
  }

  /**
   * Left: parent agency (caps, not bold), issuing agency (caps, bold, short line under it), then
   * "Số: …". Right: Quốc hiệu (caps, bold, 12), Tiêu ngữ (bold, 13, a line as long as it), then the
   * italic place and date, level with "Số".
   */
  private header(): ColumnsBlock {
    const agencySize = 13;
    const left: LayoutParagraph[] = [];
    const parent = this.headerField('parentAgency');
    if (parent) left.push(line('parent-agency', upperVi(this.text.inlines(parent.inlines)), agencySize, { loc: span(parent.loc) }));
    const agency = this.headerField('agency');
    if (agency) {
      const name = upperVi(this.text.inlines(agency.inlines));
      const columnPt = this.textWidthPt * 0.4;
      const widthPt = Math.min(textWidthPt(name, agencySize, true), columnPt) * 0.45;
      left.push(line('agency', name, agencySize, { bold: true, ruleBelow: { widthPt }, loc: span(agency.loc) }));
    }
    const right = [
      line('national-name', NATIONAL_NAME, 12, { bold: true }),
      line('motto', MOTTO, 13, { bold: true, ruleBelow: { widthPt: textWidthPt(MOTTO, 13, true) } }),
    ];
    const numberField = this.headerField('number');
    const number = line('number', numberLine(numberField?.value.text), agencySize, { spaceBeforePt: 6, loc: span(numberField?.loc) });
    const dateField = this.headerField('date');
    const placeDate = line('place-date', placeDateLine(this.headerText('place'), dateField?.value.text), this.page.bodySizePt, {
      italic: true,
      spaceBeforePt: 6,
      loc: span(dateField?.loc ?? this.headerField('place')?.loc),
    });
    const underNumber = [number];
    const subject = this.type.form === 'letter' ? this.headerField('title') : undefined;
    if (subject) {
      // Mẫu 1.5, ô 5b: "V/v …" in normal case, 12, centred under the number, 6 pt below it.
      underNumber.push(line('letter-subject', `V/v ${this.text.inlines(subject.inlines)}`, 12, { spaceBeforePt: 6, loc: span(subject.loc) }));
    }
    // A document a Quyết định issues has no number and no place and date of its own (Mẫu 1.3);
    // one written all the same is printed (header/issued-with-number asks to remove it).
    const issued = this.headerField('issuedWith') !== undefined && !numberField && !dateField && !this.headerField('place');
    return {
      kind: 'columns',
      role: 'header',
      widths: [0.4, 0.6],
      rows: issued ? [[left, right]] : [[left, right], [underNumber, [placeDate]]],
    };
  }

  /**
   * "KẾ HOẠCH" and the trích yếu, centred and bold, then the `phụ đề` line ("Giai đoạn 2021 –
   * 2025") centred and bold as the summary it completes, with the short line under the last of
   * them: the decree draws it under the summary, and the subtitle is part of the summary. A
   * document of another type, built only by forcing past its diagnostic, keeps its own type name.
   */
  private name(): LayoutParagraph[] {
    // A Công văn has no type name; its summary is the "V/v" line of the header (Mẫu 1.5).
    if (this.type.form === 'letter' && !this.file.unsupportedType) return [];
    const size = this.page.bodySizePt;
    const typeName = (this.file.unsupportedType ?? this.type.name).toLocaleUpperCase('vi');
    const blocks = [line('type-name', typeName, size, { bold: true, spaceBeforePt: 18, keepWithNext: true })];
    const named: { role: ParagraphRole; field: Field; text: string; bold: boolean }[] = (['title', 'subtitle'] as const).flatMap((key) => {
      const field = this.headerField(key);
      return field ? [{ role: key, field, text: this.text.inlines(field.inlines), bold: true }] : [];
    });
    const widest = Math.max(0, ...named.map(({ text }) => textWidthPt(text, size, true)));
    // Mẫu 1.3's attached document: "(Kèm theo Quyết định số …)" under its summary, the short line under that.
    const issuedWith = this.headerField('issuedWith');
    if (issuedWith) named.push({ role: 'issued-with', field: issuedWith, text: `(Ban hành kèm theo ${this.text.inlines(issuedWith.inlines)})`, bold: false });
    named.forEach(({ role, field, text, bold }, index) => {
      const last = index === named.length - 1;
      const end: Style = last ? { spaceAfterPt: 12, ruleBelow: { widthPt: Math.min(widest, this.textWidthPt) * 0.35 } } : { keepWithNext: true };
      blocks.push(line(role, text, size, { bold, italic: role === 'issued-with', ...end, loc: span(field.loc) }));
    });
    const authority = this.type.form === 'decision' ? this.headerField('authority') : undefined;
    if (authority) {
      // Mẫu 1.3, ô 5b: the authority that issues it, centred, in capitals, bold, before the legal bases.
      blocks.push(line('authority', upperVi(this.text.inlines(authority.inlines)), size, { bold: true, spaceBeforePt: 6, spaceAfterPt: 12, keepWithNext: true, loc: span(authority.loc) }));
    }
    return blocks;
  }

  /**
   * "Kính gửi:" (ô 9a, normal case, upright): one addressee on its line ("Kính gửi: Bộ Nội vụ."),
   * several one per line under it, each "- …;" and the last ending ".". The addressees are the
   * `kính gửi` field's value, parted by ";".
   */
  private addressees(): LayoutParagraph[] {
    const field = this.headerField('addressees');
    if (!field) return [];
    const size = this.page.bodySizePt;
    const names = this.text
      .inlines(field.inlines)
      .split(';')
      .map((name) => name.trim().replace(/\.$/u, ''))
      .filter((name) => name !== '');
    const loc = span(field.loc);
    if (names.length <= 1) return [line('addressees', `Kính gửi: ${names[0] ?? ''}.`, size, { spaceBeforePt: 12, spaceAfterPt: 12, loc })];
    return [
      line('addressees', 'Kính gửi:', size, { align: 'left', leftIndentPt: ADDRESSEE_INDENT_PT - 70, spaceBeforePt: 12, keepWithNext: true, loc }),
      ...names.map((name, index) => {
        const last = index === names.length - 1;
        return line('addressee', `- ${name}${last ? '.' : ';'}`, size, { align: 'left', leftIndentPt: ADDRESSEE_INDENT_PT, spaceAfterPt: last ? 12 : 0, keepWithNext: !last, loc });
      }),
    ];
  }

  private bodyParagraph(role: ParagraphRole, text: string, loc: SourceSpan | undefined, style: Style = {}): void {
    if (this.type.form === 'decision' && (role === 'opening' || role === 'body')) {
      // A decision's "QUYẾT ĐỊNH:" stands centred and bold, and each article's number is bold (Mẫu 1.3).
      if (DECIDES.test(text.trim())) {
        role = 'decides';
        text = text.trim();
        style = { ...style, align: 'center', bold: true, firstLineIndent: false, spaceBeforePt: 6, keepWithNext: true };
      } else {
        const lead = ARTICLE_LEAD.exec(text);
        if (lead) {
          role = 'article';
          style = { ...style, boldLead: lead[0].length };
        }
      }
    }
    this.body.push({
      kind: 'paragraph',
      role,
      text,
      align: 'justify',
      sizePt: this.page.bodySizePt,
      bold: false,
      italic: false,
      firstLineIndent: true,
      spaceBeforePt: 0,
      spaceAfterPt: 6,
      lineSpacing: BODY_LINE_SPACING,
      keepWithNext: false,
      loc,
      ...style,
    });
  }

  /**
   * Legal bases ("Căn cứ …;") and the proposal after them ("Theo đề nghị của …") are italic
   * (Phụ lục I §2.6, Mẫu 1.3); a "Thực hiện …" opening is not.
   */
  private opening(): void {
    for (const paragraph of this.file.opening) {
      const text = this.text.inlines(paragraph.inlines);
      const basis = BASIS.test(text.trimStart());
      this.bodyParagraph(basis ? 'basis' : 'opening', text, span(paragraph.loc), { italic: basis });
    }
  }

  private items(items: Item[]): void {
    for (const item of items) {
      this.item(item);
      this.items(item.children);
    }
  }

  /**
   * Mục titles in caps and bold; a titled khoản bold; everything else normal. The marker is kept
   * as written in front of the item's first paragraph.
   */
  private item(item: Item): void {
    if (item.kind === 'phan') return this.part(item);
    const loc = (paragraph: Paragraph | undefined): SourceSpan => ({
      start: item.markerLoc.start,
      end: paragraph?.loc.end ?? item.markerLoc.end,
    });
    if (item.title) {
      const title = this.text.inlines(item.title.inlines);
      const muc = item.kind === 'muc';
      const bold = muc || item.kind === 'khoan';
      const role = muc ? 'muc' : bold ? 'khoan-title' : this.roleOf(item);
      this.bodyParagraph(role, `${item.marker} ${muc ? upperVi(title) : title}`, loc(item.title), {
        bold,
        keepWithNext: true,
      });
      for (const paragraph of item.paragraphs) this.bodyParagraph('body', this.text.inlines(paragraph.inlines), span(paragraph.loc));
      return;
    }
    const [first, ...rest] = item.paragraphs;
    const firstText = first ? this.text.inlines(first.inlines) : '';
    this.bodyParagraph(this.roleOf(item), firstText ? `${item.marker} ${firstText}` : item.marker, loc(first), { bold: item.kind === 'muc' });
    for (const paragraph of rest) this.bodyParagraph('body', this.text.inlines(paragraph.inlines), span(paragraph.loc));
  }

  /**
   * A Phần as Phụ lục I lays it out: "Phần I" on its own line, centred and bold, then its title
   * under it in capitals, bold. The marker keeps its wording ("PHẦN THỨ NHẤT" stays in words) but
   * not the "." or ":" that parted it from the title on one line of the source, since the page
   * sets them on two.
   */
  private part(item: Item): void {
    const centred: Style = { align: 'center', firstLineIndent: false, bold: true, keepWithNext: true };
    const heading = item.marker.replace(/[ \t]*[.:\-–—]$/u, '');
    this.bodyParagraph('phan', heading, span(item.markerLoc), { ...centred, spaceBeforePt: 12, spaceAfterPt: item.title ? 0 : 12 });
    if (item.title) {
      this.bodyParagraph('phan-title', upperVi(this.text.inlines(item.title.inlines)), span(item.title.loc), { ...centred, spaceAfterPt: 12 });
    }
    for (const paragraph of item.paragraphs) this.bodyParagraph('body', this.text.inlines(paragraph.inlines), span(paragraph.loc));
  }

  private roleOf(item: Item): ParagraphRole {
    return item.kind === 'muc' ? 'muc' : item.kind;
  }

  /** Every template of Phụ lục III ends the body with "./.". */
  private endBody(): void {
    const last = this.body[this.body.length - 1];
    if (!last) return;
    const text = last.text.trimEnd();
    if (text.endsWith('./.')) last.text = text;
    else if (text.endsWith('.')) last.text = `${text}/.`;
    else last.text = `${text.replace(/[;:,]$/, '')}./.`;
  }

  /**
   * Left: "Nơi nhận:" (bold italic 12) with entries (11, "- …;", the last "- Lưu: VT, VP.").
   * Right: authority and titles (caps, bold), room for the signature, then the name (bold).
   */
  private footer(): ColumnsBlock {
    const size = this.page.bodySizePt;
    const left: LayoutParagraph[] = [];
    const recipients = this.file.recipients;
    if (recipients) {
      left.push(line('recipients-head', 'Nơi nhận:', 12, { align: 'left', bold: true, italic: true, spaceBeforePt: 12, loc: span(recipients.headLoc) }));
      recipients.entries.forEach((entry, index) => {
        const end = index === recipients.entries.length - 1 ? '.' : ';';
        // Matching only from where the final run starts keeps a long run of blanks linear.
        const text = this.text.inlines(entry.inlines).replace(/(?<![;.,\s])[;.,\s]+$/u, '');
        left.push(line('recipient', `- ${text}${end}`, 11, { align: 'left', loc: span(entry.loc) }));
      });
    }
    const right: LayoutParagraph[] = [];
    const signer = this.file.signer;
    if (signer) {
      signer.lines.forEach((title, index) => {
        // The first line stands level with "Nơi nhận:".
        const spaceBeforePt = index === 0 ? 12 : 0;
        right.push(line('signer-title', upperVi(title.text), size, { bold: true, spaceBeforePt, loc: span(title.loc) }));
      });
      if (signer.name) {
        right.push(line('signer-name', signer.name.text, size, { bold: true, spaceBeforePt: SIGNATURE_SPACE_PT, loc: span(signer.name.loc) }));
      }
    }
    return { kind: 'columns', role: 'footer', widths: [0.45, 0.55], rows: [[left, right]] };
  }

  /** The annex exists when the header names it (`phụ lục: <title>`). */
  private annex(): Block[] | undefined {
    const annexField = this.headerField('annex');
    if (!annexField) return undefined;
    const size = this.page.bodySizePt;
    const agency = this.headerText('agency');
    const reference = [
      `Kèm theo ${this.type.name} số ${numberText(this.headerField('number')?.value.text)}`,
      `ngày ${shortIssueDate(this.headerField('date')?.value.text)}`,
      agency ? `của ${agency}` : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
    const tasks = this.file.declarations.filter((declaration): declaration is TaskDecl => declaration.kind === 'task');
    return [
      line('annex-head', 'Phụ lục', size, { bold: true, keepWithNext: true }),
      line('annex-title', upperVi(this.text.inlines(annexField.inlines)), size, { bold: true, keepWithNext: true, loc: span(annexField.loc) }),
      line('annex-ref', `(${reference})`, size, { italic: true, spaceAfterPt: 12, keepWithNext: true }),
      {
        kind: 'table',
        role: 'tasks',
        sizePt: 12,
        columns: TASK_COLUMNS,
        rows: tasks.map((task, index) => ({ cells: this.taskRow(task, index + 1), loc: span(task.loc) })),
      },
    ];
  }

  private taskRow(task: TaskDecl, position: number): string[] {
    const content = fieldOf(task, 'content');
    const deliverable = fieldOf(task, 'deliverable');
    return [
      String(position),
      content ? this.text.inlines(content.inlines) : this.text.taskName(task),
      this.text.unitList(task, 'lead'),
      this.text.unitList(task, 'helpers'),
      this.text.deadlineOf(task).words ?? '',
      deliverable ? this.text.inlines(deliverable.inlines) : '',
    ];
  }
}

/** Lays out a plan of the workspace; the options must have passed validateLayoutOptions. */
export function layoutPlan(workspace: Workspace, file: PlanFile, options: LayoutOptions = {}): PlanLayout {
  return new LayoutBuilder(workspace, file, options).build();
}
