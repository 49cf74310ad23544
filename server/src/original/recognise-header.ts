/**
 * The head of a real document: the two-column header (cơ quan chủ quản and cơ quan ban hành on
 * the left, Quốc hiệu and Tiêu ngữ on the right, then the number and the place and date), the
 * type line ("KẾ HOẠCH") and the title. Pieces are classified by what they say, not by where they
 * are, so the columns may come side by side, one after the other, or interleaved line by line.
 */
import { foldKey } from '../base/source';
import { cellsOf, isRuleLine, isUpperCase, MAX_CELL_LINE, type Piece } from './cells';
import type { OriginalParagraph, ParagraphRole } from './document';

/** The document types of Phụ lục III whose name stands alone on the type line, folded. */
const TYPE_NAMES: ReadonlyMap<string, string> = new Map(
  [
    'Kế hoạch',
    'Quyết định',
    'Báo cáo',
    'Thông báo',
    'Tờ trình',
    'Đề án',
    'Chương trình',
    'Hướng dẫn',
    'Quy chế',
    'Quy định',
    'Chỉ thị',
    'Nghị quyết',
    'Đề cương',
    'Công điện',
    'Giấy mời',
    'Phương án',
    'Dự án',
    'Biên bản',
    'Thông báo kết luận',
    'Kết luận',
    'Kế hoạch liên tịch',
  ].map((name) => [foldKey(name), name]),
);

/** The abbreviation of a type in a document's symbol (Phụ lục III), for a header with no type line. */
const TYPE_BY_SYMBOL: ReadonlyMap<string, string> = new Map([
  ['KH', 'Kế hoạch'],
  ['QĐ', 'Quyết định'],
  ['BC', 'Báo cáo'],
  ['TB', 'Thông báo'],
  ['TTr', 'Tờ trình'],
  ['ĐA', 'Đề án'],
  ['CTr', 'Chương trình'],
  ['HD', 'Hướng dẫn'],
  ['CT', 'Chỉ thị'],
  ['NQ', 'Nghị quyết'],
]);

/** Words that start the name of a body: where a new agency line begins in the left column. */
const AGENCY_HEADS = [
  'uy ban',
  'ubnd',
  'so ',
  'phong',
  'ban ',
  'truong',
  'bo ',
  'van phong',
  'cuc ',
  'chi cuc',
  'tong cuc',
  'trung tam',
  'hoi dong',
  'dang uy',
  'cong an',
  'vien ',
  'hoc vien',
  'dai hoc',
  'benh vien',
  'kho bac',
  'thanh tra',
  'doan ',
  'hoi ',
  'mat tran',
  'tinh uy',
  'huyen uy',
  'thanh uy',
];

export interface RecognisedHeader {
  /** The pieces of each field, in reading order. */
  parent: Piece[];
  agency: Piece[];
  nationalName: Piece[];
  motto: Piece[];
  number?: Piece;
  /** The number's value when it stands on the line after "Số:". */
  numberValue?: Piece;
  /** The place-and-date line, as one or more pieces ("Lạng Sơn, ngày 13" / "tháng 01 năm 2020"). */
  placeDate: Piece[];
  /** "V/v …", the subject line of a letter. */
  subject: Piece[];
  typeLine?: Piece;
  /** The document's type, from its type line or its symbol; undefined when neither says. */
  type?: string;
  title: Piece[];
  subtitle?: Piece;
  /** Every paragraph of the head, with its role; the body starts after the last. */
  roles: Map<number, ParagraphRole>;
  /** The first paragraph of the body (1-based). */
  bodyStart: number;
}

/** Paragraphs looked at for a header before the document is taken to have none. */
const HEADER_WINDOW = 40;

/** Reads the head of the document; a document without one gives empty fields and `bodyStart` 1. */
export function recogniseHeader(paragraphs: readonly OriginalParagraph[]): RecognisedHeader {
  const header: RecognisedHeader = { parent: [], agency: [], nationalName: [], motto: [], placeDate: [], subject: [], title: [], roles: new Map(), bodyStart: 1 };
  const agencyPieces: Piece[] = [];
  let lastHeaderParagraph = 0;
  let seenHeaderMark = false;
  let pendingPlace: Piece | undefined;
  let lastSeenParagraph = 0;
  let unread = 0;
  let index = 0;
  for (; index < paragraphs.length && index < HEADER_WINDOW; index++) {
    const paragraph = paragraphs[index]!;
    const trimmed = paragraph.text.trim();
    if (trimmed === '' || trimmed === '|') continue;
    if (isRuleLine(trimmed)) {
      header.roles.set(paragraph.index, 'other');
      continue;
    }
    const joined = typeAndTitle(paragraph);
    if (joined) {
      header.type = joined.type;
      header.typeLine = joined.typeLine;
      header.title.push(joined.title);
      header.roles.set(paragraph.index, 'type');
      lastHeaderParagraph = paragraph.index;
      index++;
      break;
    }
    const type = typeNameOf(trimmed);
    if (type) {
      header.type = type;
      header.typeLine = cellsOf(paragraph.index, paragraph.text)[0];
      header.roles.set(paragraph.index, 'type');
      lastHeaderParagraph = paragraph.index;
      index++;
      break;
    }
    if (paragraph.text.length > MAX_CELL_LINE || startsBody(trimmed)) break;
    const pieces = cellsOf(paragraph.index, paragraph.text).flatMap(splitAtAnchors);
    let understood = 0;
    for (const piece of pieces) {
      const datesBefore = header.placeDate.length;
      const role = classify(piece, header);
      if (role === undefined) continue;
      understood++;
      if (role === 'agency') agencyPieces.push(piece);
      if (!header.roles.has(paragraph.index)) header.roles.set(paragraph.index, role);
      // "Tiền" / "Giang, ngày 07 tháng 12 năm 2022": the place's first word was left on the line before.
      if (role === 'place-date' && datesBefore === 0 && pendingPlace && pendingPlace.paragraph === lastSeenParagraph) {
        header.placeDate.unshift(pendingPlace);
        header.roles.set(pendingPlace.paragraph, 'place-date');
      }
    }
    lastSeenParagraph = paragraph.index;
    if (understood === 0) {
      // A long line in capitals after the number and the date is the title of a header with no type line.
      if (seenHeaderMark && isUpperCase(trimmed) && trimmed.length > 30) break;
      // A short capitalised word may be the start of the place, cut from its line ("Cà" / "Mau, ngày …").
      if (pieces.length === 1 && trimmed.length <= 30 && /^\p{Lu}\p{Ll}/u.test(trimmed) && unread < 2) {
        pendingPlace = pieces[0];
        unread++;
        continue;
      }
      if (seenHeaderMark || index > 8) break;
      continue;
    }
    unread = 0;
    pendingPlace = undefined;
    if (header.number || header.placeDate.length > 0 || header.nationalName.length > 0) seenHeaderMark = true;
    lastHeaderParagraph = paragraph.index;
  }
  if (!seenHeaderMark && !header.typeLine) {
    // No Quốc hiệu, number, date or type line: what looked like agency lines were the body's.
    const type = typeOfOpening(paragraphs);
    return { parent: [], agency: [], nationalName: [], motto: [], placeDate: [], subject: [], title: [], roles: new Map(), bodyStart: 1, ...(type ? { type } : {}) };
  }
  splitAgencies(agencyPieces, header);
  const number = `${header.number?.text ?? ''} ${header.numberValue?.text ?? ''}`;
  if (!header.type) header.type = typeOfSymbol(number);
  // A letter (công văn) has no type line and no type in its symbol, and often a "V/v" line.
  if (!header.type && (header.subject.length > 0 || /\//u.test(number))) header.type = 'Công văn';
  index = readTitle(paragraphs, index, header);
  header.bodyStart = Math.max(lastHeaderParagraph + 1, index + 1);
  return header;
}

/**
 * Columns joined by a single blank ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:
 * /KH-UBND Hậu Giang, ngày tháng năm 2022") are cut where the right column's known words start.
 */
function splitAtAnchors(whole: Piece): Piece[] {
  const pieces: Piece[] = [];
  let piece = whole;
  for (;;) {
    const anchor = /\s(?=C(?:Ộ|ộ)NG H(?:Ò|O)(?:A|À) X|Độc lập(?![\p{L}\p{N}]))/u.exec(piece.text);
    // After the number, the place: "Số: /KH-UBND Hậu Giang, ngày …".
    const afterNumber = /^([Ss](?:ố|o|Ố|O)\s*:?\s*\S*)\s(?=\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,3},\s*ngày(?![\p{L}\p{N}]))/u.exec(piece.text);
    const at = afterNumber ? afterNumber[1]!.length : anchor?.index;
    if (at === undefined || at === 0) break;
    let cut = at;
    while (cut < piece.text.length && /\s/u.test(piece.text[cut]!)) cut++;
    pieces.push({ ...piece, end: piece.start + at, text: piece.text.slice(0, at) });
    piece = { ...piece, start: piece.start + cut, text: piece.text.slice(cut) };
  }
  pieces.push(piece);
  return pieces;
}

/** "KẾ HOẠCH Quy hoạch, sắp xếp mạng lưới …": the type line and the title on one line. */
function typeAndTitle(paragraph: OriginalParagraph): { type: string; typeLine: Piece; title: Piece } | undefined {
  const text = paragraph.text;
  const found = /^(\s*)(\p{Lu}+(?:\s\p{Lu}+){0,2})\s+(?=\p{Lu})/u.exec(text.slice(0, 60));
  if (!found) return undefined;
  const words = found[2]!.split(/\s/u);
  // The longest run of capital words that names a type: "BÁO CÁO KẾT QUẢ …" is a Báo cáo titled "KẾT QUẢ …".
  let type: string | undefined;
  let typeWords = 0;
  for (let count = words.length; count > 0 && !type; count--) {
    type = typeNameOf(words.slice(0, count).join(' '));
    if (type) typeWords = count;
  }
  if (!type) return undefined;
  found[2] = words.slice(0, typeWords).join(' ');
  found[0] = `${found[1]}${found[2]}${/^\s*/u.exec(text.slice(found[1]!.length + found[2].length))![0]}`;
  const start = found[1]!.length;
  const titleStart = found[0].length;
  const titleEnd = text.trimEnd().length;
  if (titleEnd <= titleStart || text.length > MAX_CELL_LINE) return undefined;
  return {
    type,
    typeLine: { paragraph: paragraph.index, start, end: start + found[2]!.length, text: found[2]! },
    title: { paragraph: paragraph.index, start: titleStart, end: titleEnd, text: text.slice(titleStart, titleEnd) },
  };
}

/**
 * The type of a document whose header the text lost, from its first line: a letter opens with
 * "Kính gửi", a report or a conclusion with its type's name ("Báo cáo công tác …").
 */
function typeOfOpening(paragraphs: readonly OriginalParagraph[]): string | undefined {
  const first = paragraphs.find((paragraph) => paragraph.text.trim() !== '')?.text.trim().slice(0, 60);
  if (!first) return undefined;
  if (/^kính\s+gửi(?![\p{L}\p{N}])/iu.test(first)) return 'Công văn';
  const folded = foldKey(first);
  for (const [name, type] of TYPE_NAMES) if (folded.startsWith(`${name} `) && type !== 'Kế hoạch') return type;
  return undefined;
}

function typeNameOf(trimmed: string): string | undefined {
  if (trimmed.length > 40) return undefined;
  const folded = foldKey(trimmed.replace(/[.:]+$/u, ''));
  const name = TYPE_NAMES.get(folded);
  // The type line is written in capitals; "Kế hoạch" alone in small letters is a body paragraph.
  return name && isUpperCase(trimmed) ? name : undefined;
}

function typeOfSymbol(number: string): string | undefined {
  const symbol = /\/\s*([\p{L}]+)/u.exec(number);
  return symbol ? TYPE_BY_SYMBOL.get(symbol[1]!) : undefined;
}

/** Lines that can only be the body: a căn cứ, a numbered section, a greeting of a letter. */
function startsBody(trimmed: string): boolean {
  return /^(?:căn cứ|thực hiện|kính gửi|[IVX]+\.\s|\d+\.\s)/iu.test(trimmed);
}

/** The place-and-date line, folded: "…, ngày 14 tháng 01 năm 2026", "ngày … tháng … năm 2023", "Bình Định, ngày" (the rest on the next line). */
const PLACE_DATE = [/(?:^|[ ,])ngay[\s\d.…_/]*thang/u, /thang[\s\d.…_]*nam[\s.…_]*(?:\d{4}|$)/u, /^[^,]{1,40},\s*ngay\b/u];

function classify(piece: Piece, header: RecognisedHeader): ParagraphRole | undefined {
  const folded = foldKey(piece.text);
  if (/cong hoa|chu nghia viet nam|xa hoi chu nghia/u.test(folded)) {
    header.nationalName.push(piece);
    return 'national-name';
  }
  if (/doc lap|tu do|hanh phuc/u.test(folded)) {
    header.motto.push(piece);
    return 'motto';
  }
  if (!header.number && /^so(?![\p{L}])/u.test(folded) && (/[\d/]/u.test(piece.text) || /^so\s*:?$/u.test(folded))) {
    header.number = piece;
    return 'number';
  }
  if (header.number && !header.numberValue && !/[\d/]/u.test(header.number.text) && /^[\d/]/u.test(piece.text)) {
    header.numberValue = piece;
    return 'number';
  }
  const last = header.placeDate[header.placeDate.length - 1];
  if (header.subject.length > 0 && header.placeDate.length === 0 && /^\p{Ll}/u.test(piece.text)) {
    header.subject.push(piece);
    return 'other';
  }
  if (piece.text.length <= 80 && PLACE_DATE.some((pattern) => pattern.test(folded)) && header.placeDate.length === 0) {
    header.placeDate.push(piece);
    return 'place-date';
  }
  if (last && !/nam\s*\d{4}/u.test(foldKey(last.text)) && /^(?:thang|nam|\d)/u.test(folded) && header.placeDate.length < 3) {
    header.placeDate.push(piece);
    return 'place-date';
  }
  if (/^v\s*\/\s*v\b/u.test(folded)) {
    header.subject.push(piece);
    return 'other';
  }
  if (isUpperCase(piece.text) && piece.text.length <= 80 && !header.number && header.placeDate.length === 0) {
    return 'agency';
  }
  if (isUpperCase(piece.text) && piece.text.length <= 80 && startsWithAgencyHead(folded)) return 'agency';
  return undefined;
}

/**
 * The left column's capital lines are the cơ quan chủ quản and then the issuing body. A line that
 * starts with the name of a body ("SỞ", "PHÒNG", "UBND") starts a new one; a line that starts with
 * a place ("TỈNH LẠNG SƠN", "THÀNH PHỐ HỒ CHÍ MINH") goes on the line before it.
 */
function splitAgencies(pieces: Piece[], header: RecognisedHeader): void {
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const current = groups[groups.length - 1];
    if (!current || startsWithAgencyHead(foldKey(piece.text))) groups.push([piece]);
    else current.push(piece);
  }
  if (groups.length === 0) return;
  header.agency = groups[groups.length - 1]!;
  header.parent = groups.slice(0, -1).flat();
  for (const piece of header.parent) header.roles.set(piece.paragraph, header.roles.get(piece.paragraph) === 'agency' ? 'parent-agency' : header.roles.get(piece.paragraph)!);
}

/** Whether a folded line starts with the name of a body; a head with a final blank wants a whole word. */
function startsWithAgencyHead(folded: string): boolean {
  const padded = `${folded} `;
  return AGENCY_HEADS.some((head) => padded.startsWith(head));
}

const SUBTITLE = /^(?:giai đoạn|năm học|thời kỳ|đợt|niên khóa|năm \d{4}\b)/iu;

/** The title: up to four lines after the type line, ended by a rule line, a căn cứ or a citation. */
function readTitle(paragraphs: readonly OriginalParagraph[], from: number, header: RecognisedHeader): number {
  let index = from;
  const limit = Math.min(paragraphs.length, from + 12);
  for (; index < limit; index++) {
    const paragraph = paragraphs[index]!;
    const trimmed = paragraph.text.trim();
    if (trimmed === '' || trimmed === '|') continue;
    if (isRuleLine(trimmed)) {
      header.roles.set(paragraph.index, 'other');
      if (header.title.length > 0) return index + 1;
      continue;
    }
    if (trimmed.length > MAX_CELL_LINE || header.title.length >= 4) return index;
    const upper = isUpperCase(trimmed);
    const lettered = /\p{L}/u.test(trimmed);
    // A title in capitals ends at the first line in small letters; "2020" alone goes on it.
    if (header.title.length > 0 && isUpperCase(header.title[0]!.text) && lettered && !upper) return index;
    if (header.title.length > 0 && /^(?:[A-ZĐ]|[IVX]+|\d+)\.\s/u.test(trimmed)) return index;
    // A title may start with "Thực hiện …"; the body's first line names a document or ends in a colon.
    if (!upper && (/^(?:căn cứ|kính gửi|[IVX]+\.\s|\d+\.\s)/iu.test(trimmed) || /(?<![\p{L}\p{N}])số\s*\d+\s*\//iu.test(trimmed) || /[:;]$/u.test(trimmed))) return index;
    if (paragraph.format?.alignment !== undefined && paragraph.format.alignment !== 'center') return index;
    if (!header.typeLine && !upper) return index;
    if (header.title.length > 0 && /[.!?]$/u.test(header.title[header.title.length - 1]!.text)) return index;
    // A sentence, or a new page, is the body: a title has no full stop and ends on the page it starts.
    if (header.title.length > 0 && (/[.!?]$/u.test(trimmed) || (paragraph.page !== undefined && paragraph.page !== paragraphs[from - 1]?.page))) return index;
    const piece = cellsOf(paragraph.index, paragraph.text).reduce<Piece | undefined>(
      (whole, cell) => (whole ? { ...whole, end: cell.end, text: paragraph.text.slice(whole.start, cell.end) } : cell),
      undefined,
    );
    if (!piece) continue;
    if (header.title.length > 0 && SUBTITLE.test(trimmed)) {
      header.subtitle = piece;
      header.roles.set(paragraph.index, 'subtitle');
      return index + 1;
    }
    if (trimmed.startsWith('(')) return index;
    header.title.push(piece);
    header.roles.set(paragraph.index, 'title');
  }
  return index;
}
