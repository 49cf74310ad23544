/**
 * The format of a Word or OpenDocument original against Nghị định 30/2020, Phụ lục I: the page,
 * the font in every slot of every run, and the size, weight, slant, capitals and alignment each
 * part must have, which part a paragraph is being the recogniser's role for it. The rules are
 * declared in check/rules/format/ (the checker cannot see an original); their findings are made
 * here, in the original's positions, through `locate`.
 *
 * A document that is wrong in one way is usually wrong the same way everywhere (every body
 * paragraph in 12 pt, every run in Arial): a problem is reported once, at the first paragraph it
 * is found in, saying how many paragraphs share it, rather than once per paragraph.
 */
import type { Finding, Message } from '../base/diagnostic';
import type { Location } from '../base/source';
import type { RuleCode } from '../check/rules/index';
import type { OriginalDocument, OriginalParagraph, OriginalRun, ParagraphFormat, ParagraphRole } from './document';

export type FormatRuleCode = Extract<RuleCode, `format/${string}`>;

/** Columns [start, end) of a paragraph (1-based) as the original's positions are reported. */
export type Locate = (paragraph: number, start: number, end: number) => Location;

interface PartSpec {
  name: Message;
  size: [number, number];
  bold?: boolean;
  italic?: boolean;
  capitals?: boolean;
  alignment?: 'center' | 'justify';
}

const PARTS: Partial<Record<ParagraphRole, PartSpec>> = {
  'parent-agency': { name: { vi: 'tên cơ quan chủ quản', en: 'the parent agency' }, size: [12, 13], bold: false, italic: false, capitals: true, alignment: 'center' },
  agency: { name: { vi: 'tên cơ quan ban hành', en: 'the issuing agency' }, size: [12, 13], bold: true, italic: false, capitals: true, alignment: 'center' },
  'national-name': { name: { vi: 'Quốc hiệu', en: 'the Quốc hiệu' }, size: [12, 13], bold: true, italic: false, capitals: true, alignment: 'center' },
  motto: { name: { vi: 'Tiêu ngữ', en: 'the Tiêu ngữ' }, size: [13, 14], bold: true, italic: false, alignment: 'center' },
  number: { name: { vi: 'số, ký hiệu', en: 'the number and symbol' }, size: [13, 13], italic: false, alignment: 'center' },
  'place-date': { name: { vi: 'địa danh và thời gian ban hành', en: 'the place and date' }, size: [13, 14], italic: true, alignment: 'center' },
  type: { name: { vi: 'tên loại văn bản', en: 'the type name' }, size: [13, 14], bold: true, italic: false, capitals: true, alignment: 'center' },
  title: { name: { vi: 'trích yếu', en: 'the summary' }, size: [13, 14], bold: true, italic: false, alignment: 'center' },
  basis: { name: { vi: 'căn cứ', en: 'a legal basis' }, size: [13, 14], italic: true },
  body: { name: { vi: 'nội dung', en: 'the body' }, size: [13, 14], alignment: 'justify' },
  heading: { name: { vi: 'đề mục', en: 'a heading' }, size: [13, 14] },
  'recipients-heading': { name: { vi: 'chữ "Nơi nhận"', en: 'the "Nơi nhận" heading' }, size: [12, 12], bold: true, italic: true },
  recipient: { name: { vi: 'nơi nhận', en: 'a recipient' }, size: [11, 11], bold: false, italic: false },
  'signer-authority': { name: { vi: 'quyền hạn người ký', en: "the signer's authority" }, size: [13, 14], bold: true, capitals: true, alignment: 'center' },
  'signer-title': { name: { vi: 'chức vụ người ký', en: "the signer's title" }, size: [13, 14], bold: true, capitals: true, alignment: 'center' },
  'signer-name': { name: { vi: 'họ tên người ký', en: "the signer's name" }, size: [13, 14], bold: true, alignment: 'center' },
};

const TIMES = 'times new roman';
/** About 30 lines of 85 characters: a page of Times New Roman 14 pt inside Phụ lục I's margins. */
const CHARACTERS_PER_PAGE = 2600;
const SLOTS = ['ascii', 'hAnsi', 'cs', 'eastAsia'] as const;

/** A problem found in some paragraphs, reported once at the first of them. */
interface Grouped {
  code: FormatRuleCode;
  paragraph: OriginalParagraph;
  start: number;
  end: number;
  message: Message;
  count: number;
}

export function checkFormat(document: OriginalDocument, roles: readonly ParagraphRole[], locate: Locate): Finding[] {
  if (document.kind !== 'docx' && document.kind !== 'odt') return [];
  const findings: Finding[] = [];
  const first = document.paragraphs[0];
  const atStart = first ? locate(first.index, 0, 0) : undefined;
  if (document.page && atStart) pageFindings(document, atStart, findings);

  const groups = new Map<string, Grouped>();
  const group = (key: string, code: FormatRuleCode, paragraph: OriginalParagraph, start: number, end: number, message: Message) => {
    const known = groups.get(`${code}\u0000${key}`);
    if (known) known.count++;
    else groups.set(`${code}\u0000${key}`, { code, paragraph, start, end, message, count: 1 });
  };

  document.paragraphs.forEach((paragraph, i) => {
    const role = roles[i] ?? 'other';
    const visible = visibleRuns(paragraph);
    if (visible.length === 0) return;
    fontFindings(paragraph, visible, group);
    const spec = PARTS[role];
    if (!spec) return;
    partFindings(paragraph, role, role === 'heading' ? headingSpec(paragraph, spec) : spec, visible, group);
    if (role === 'body' && !paragraph.format?.cell && !paragraph.label) bodyFindings(paragraph, group);
  });
  ruleLineFindings(document, roles, group);

  for (const found of groups.values()) {
    const others = found.count - 1;
    const message =
      others > 0
        ? {
            vi: `${found.message.vi.replace(/\.$/u, '')} (cùng lỗi ở ${others} đoạn khác).`,
            en: `${found.message.en.replace(/\.$/u, '')} (the same in ${others} other paragraph${others === 1 ? '' : 's'}).`,
          }
        : found.message;
    findings.push({ code: found.code, message, location: locate(found.paragraph.index, found.start, found.end) });
  }
  return findings;
}

/**
 * Phụ lục I makes a part's heading (Phần, Chương), a mục (I., II.) and a khoản with a title (1.,
 * 1.1.) bold; a điểm (a), b)) and a bullet are in normal weight, so only those headings must be bold.
 */
const BOLD_HEADING = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|phần\s|chương\s)/iu;

function headingSpec(paragraph: OriginalParagraph, spec: PartSpec): PartSpec {
  const marked = `${paragraph.label ?? ''}${paragraph.label ? ' ' : ''}${paragraph.text}`.trimStart();
  return BOLD_HEADING.test(marked) ? { ...spec, bold: true } : spec;
}

type Group = (key: string, code: FormatRuleCode, paragraph: OriginalParagraph, start: number, end: number, message: Message) => void;

/** The runs that draw letters; blanks and tabs have no visible font, size or weight. */
function visibleRuns(paragraph: OriginalParagraph): OriginalRun[] {
  return (paragraph.runs ?? []).filter((run) => /\S/u.test(paragraph.text.slice(run.start, run.end)));
}

const cm = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const cmEn = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });

function pageFindings(document: OriginalDocument, at: Location, findings: Finding[]): void {
  const page = document.page!;
  const report = (code: FormatRuleCode, message: Message) => findings.push({ code, message, location: at });
  if (page.widthCm > page.heightCm + 0.1) {
    report('format/page-size', {
      vi: `Trang đặt nằm ngang (${cm(page.widthCm)} × ${cm(page.heightCm)} cm): văn bản trình bày trên khổ A4 đứng.`,
      en: `The page is landscape (${cmEn(page.widthCm)} × ${cmEn(page.heightCm)} cm): documents are laid out on portrait A4.`,
    });
  } else if (Math.abs(page.widthCm - 21) > 0.1 || Math.abs(page.heightCm - 29.7) > 0.1) {
    report('format/page-size', {
      vi: `Khổ giấy ${cm(page.widthCm)} × ${cm(page.heightCm)} cm, không phải A4 (21 × 29,7 cm).`,
      en: `The paper is ${cmEn(page.widthCm)} × ${cmEn(page.heightCm)} cm, not A4 (21 × 29.7 cm).`,
    });
  }
  const margins: [number, [number, number], Message][] = [
    [page.marginTopCm, [2, 2.5], { vi: 'Lề trên', en: 'The top margin' }],
    [page.marginBottomCm, [2, 2.5], { vi: 'Lề dưới', en: 'The bottom margin' }],
    [page.marginLeftCm, [3, 3.5], { vi: 'Lề trái', en: 'The left margin' }],
    [page.marginRightCm, [1.5, 2], { vi: 'Lề phải', en: 'The right margin' }],
  ];
  for (const [value, [low, high], name] of margins) {
    if (value >= low - 0.02 && value <= high + 0.02) continue;
    report('format/margins', {
      vi: `${name.vi} ${cm(value * 10)} mm, ngoài khoảng ${cm(low * 10)}–${cm(high * 10)} mm.`,
      en: `${name.en} is ${cmEn(value * 10)} mm, outside ${cmEn(low * 10)}–${cmEn(high * 10)} mm.`,
    });
  }
  const pages = document.paragraphs.at(-1)?.page ?? 1;
  // A file that records no page breaks (LibreOffice writes none) still runs over a page when its
  // text does: a page of Phụ lục I's layout holds about 2,600 characters at 14 pt.
  let characters = 0;
  for (const paragraph of document.paragraphs) characters += paragraph.text.length;
  const estimated = Math.ceil(characters / CHARACTERS_PER_PAGE);
  if (!page.pageNumbers && (pages > 1 || estimated > 1)) {
    report(
      'format/page-numbers',
      pages > 1
        ? {
            vi: `Văn bản ${pages} trang mà không đánh số trang: số trang đặt giữa lề trên, từ trang 2.`,
            en: `The document has ${pages} pages and no page numbers: they go centred in the top margin, from page 2.`,
          }
        : {
            vi: `Văn bản khoảng ${estimated} trang mà không đánh số trang: số trang đặt giữa lề trên, từ trang 2.`,
            en: `The document runs to about ${estimated} pages and has no page numbers: they go centred in the top margin, from page 2.`,
          },
    );
  }
  if (page.pageNumbers && page.pageNumbersIn === 'footer') {
    report('format/page-numbers', {
      vi: 'Số trang đặt ở chân trang: số trang đặt giữa lề trên.',
      en: 'The page numbers are in the footer: they go centred in the top margin.',
    });
  }
  if (page.pageNumbers && page.pageNumberOnFirstPage) {
    report('format/page-numbers', {
      vi: 'Trang đầu cũng hiện số trang: trang thứ nhất không hiển thị số trang (trong Word: "Khác trang đầu").',
      en: 'Page 1 shows its number too: the first page shows none (in Word: "Different First Page").',
    });
  }
}

function fontFindings(paragraph: OriginalParagraph, visible: OriginalRun[], group: Group): void {
  for (const run of visible) {
    const wrong = SLOTS.filter((slot) => {
      const font = run.format.fonts?.[slot];
      return font !== undefined && font.trim().toLowerCase() !== TIMES;
    });
    if (wrong.length === 0) continue;
    const fonts = run.format.fonts!;
    const detail = wrong.map((slot) => `${slot}: ${fonts[slot]}`).join(', ');
    group(`${detail}`, 'format/font', paragraph, run.start, run.end, {
      vi: `Chữ không dùng phông Times New Roman ở mọi ô phông (${detail}).`,
      en: `The text is not in Times New Roman in every font slot (${detail}).`,
    });
    return;
  }
}

function partFindings(paragraph: OriginalParagraph, role: ParagraphRole, spec: PartSpec, visible: OriginalRun[], group: Group): void {
  const [low, high] = spec.size;
  const range = low === high ? `${low}` : `${low}–${high}`;
  const badSize = visible.find((run) => run.format.sizePt !== undefined && (run.format.sizePt < low || run.format.sizePt > high));
  if (badSize) {
    group(`${role}\u0000${badSize.format.sizePt}`, 'format/font-size', paragraph, badSize.start, badSize.end, {
      vi: `Cỡ chữ của ${spec.name.vi} là ${cm(badSize.format.sizePt!)}, quy định ${range}.`,
      en: `The size of ${spec.name.en} is ${cmEn(badSize.format.sizePt!)}, where ${range} is required.`,
    });
  }
  const weight = (want: boolean | undefined, has: (run: OriginalRun) => boolean, what: { vi: [string, string]; en: [string, string] }) => {
    if (want === undefined) return;
    const wrong = visible.find((run) => has(run) !== want);
    if (!wrong) return;
    group(`${role}\u0000${what.en[0]}`, 'format/emphasis', paragraph, wrong.start, wrong.end, {
      vi: `${capitalise(spec.name.vi)} phải ${want ? what.vi[0] : what.vi[1]}.`,
      en: `${capitalise(spec.name.en)} must be ${want ? what.en[0] : what.en[1]}.`,
    });
  };
  weight(spec.bold, (run) => run.format.bold === true, { vi: ['in đậm', 'không in đậm'], en: ['bold', 'not bold'] });
  weight(spec.italic, (run) => run.format.italic === true, { vi: ['in nghiêng', 'đứng (không nghiêng)'], en: ['italic', 'upright'] });
  if (spec.capitals) {
    const lowerCase = visible.find((run) => run.format.allCaps !== true && hasSmallLetter(paragraph.text.slice(run.start, run.end)));
    if (lowerCase) {
      group(`${role}\u0000capitals`, 'format/emphasis', paragraph, lowerCase.start, lowerCase.end, {
        vi: `${capitalise(spec.name.vi)} phải viết in hoa.`,
        en: `${capitalise(spec.name.en)} must be in capitals.`,
      });
    }
  }
  if (spec.alignment) {
    const alignment: NonNullable<ParagraphFormat['alignment']> = paragraph.format?.alignment ?? 'left';
    if (alignment !== spec.alignment) {
      const words = { center: ['căn giữa', 'centred'], justify: ['căn đều hai bên', 'justified'], left: ['căn trái', 'left-aligned'], right: ['căn phải', 'right-aligned'] };
      group(`${role}\u0000${alignment}`, 'format/alignment', paragraph, 0, paragraph.text.length, {
        vi: `${capitalise(spec.name.vi)} đang ${words[alignment][0]}, quy định ${words[spec.alignment][0]}.`,
        en: `${capitalise(spec.name.en)} is ${words[alignment][1]}, where ${words[spec.alignment][1]} is required.`,
      });
    }
  }
}

function bodyFindings(paragraph: OriginalParagraph, group: Group): void {
  const format = paragraph.format ?? {};
  const indent = format.firstLineIndentCm ?? 0;
  if (indent < 0.95 || indent > 1.32) {
    group('indent', 'format/body-indent', paragraph, 0, Math.min(paragraph.text.length, 1), {
      vi: `Dòng đầu đoạn nội dung lùi ${cm(indent)} cm, quy định 1 cm hoặc 1,27 cm.`,
      en: `The body paragraph's first line is indented ${cmEn(indent)} cm, where 1 cm or 1.27 cm is required.`,
    });
  }
  const between = (format.spaceBeforePt ?? 0) + (format.spaceAfterPt ?? 0);
  if (between < 5.95) {
    group('between', 'format/body-spacing', paragraph, 0, paragraph.text.length, {
      vi: `Khoảng cách giữa các đoạn nội dung là ${cm(between)} pt, tối thiểu 6 pt.`,
      en: `The space between body paragraphs is ${cmEn(between)} pt, at least 6 pt is required.`,
    });
  }
  const size = paragraph.runs?.find((run) => run.format.sizePt !== undefined)?.format.sizePt ?? 14;
  // Single spacing of Times New Roman is about 1.15 times its size; an exact height is compared with that.
  const lines = format.lineSpacing ?? (format.lineSpacingPt !== undefined ? format.lineSpacingPt / (size * 1.15) : 1);
  if (lines < 0.99 || lines > 1.51) {
    group('lines', 'format/body-spacing', paragraph, 0, paragraph.text.length, {
      vi: `Giãn dòng của đoạn nội dung là ${cm(lines)} dòng, quy định từ 1 đến 1,5 dòng.`,
      en: `The body's line spacing is ${cmEn(lines)} lines, where single to 1.5 lines is required.`,
    });
  }
}

/** A paragraph that is only a rule line: underscores or dashes typed out, or blanks underlined. */
function isRuleParagraph(paragraph: OriginalParagraph | undefined): boolean {
  if (!paragraph) return false;
  if (paragraph.format?.drawnLine || paragraph.format?.bottomBorder) return true;
  const text = paragraph.text.trim();
  if (/^[_\-–—─‾]{3,}$/u.test(text)) return true;
  return text.length === 0 && (paragraph.runs ?? []).some((run) => run.format.underline === true && run.end > run.start);
}

function drawsRule(paragraph: OriginalParagraph): boolean {
  const format = paragraph.format;
  if (format?.bottomBorder || format?.drawnLine) return true;
  // An underlined run of blanks or tabs after the text, the third way drafters draw it.
  return (paragraph.runs ?? []).some((run) => run.format.underline === true && /^[\s_]+$/u.test(paragraph.text.slice(run.start, run.end)));
}

function ruleLineFindings(document: OriginalDocument, roles: readonly ParagraphRole[], group: Group): void {
  const paragraphs = document.paragraphs;
  for (const [role, name] of [
    ['agency', { vi: 'tên cơ quan ban hành', en: 'the issuing agency' }],
    ['motto', { vi: 'Tiêu ngữ', en: 'the Tiêu ngữ' }],
  ] as const) {
    let last = -1;
    roles.forEach((each, i) => {
      if (each === role && last === -1) last = i;
      else if (each === role && last === i - 1) last = i;
    });
    if (last === -1 || !paragraphs[last]) continue;
    const paragraph = paragraphs[last]!;
    const cell = paragraph.format?.cell;
    // Word anchors a drawn line to any paragraph of the cell it sits in; a typed line is the next paragraph.
    const sameCell = cell
      ? paragraphs.filter((other) => other.format?.cell && sameCellAs(other.format.cell, cell))
      : paragraphs.slice(Math.max(0, last - 2), last + 1);
    const drawn = sameCell.some((other) => other.format?.drawnLine) || drawsRule(paragraph) || isRuleParagraph(paragraphs[last + 1]);
    if (drawn) continue;
    group(role, 'format/rule-line', paragraph, 0, paragraph.text.length, {
      vi: `Dưới ${name.vi} thiếu đường kẻ ngang nét liền.`,
      en: `The solid rule line under ${name.en} is missing.`,
    });
  }
}

function sameCellAs(a: NonNullable<ParagraphFormat['cell']>, b: NonNullable<ParagraphFormat['cell']>): boolean {
  return a.table === b.table && a.row === b.row && a.column === b.column;
}

function hasSmallLetter(text: string): boolean {
  return text !== text.toLocaleUpperCase('vi') && /\p{Ll}/u.test(text);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
