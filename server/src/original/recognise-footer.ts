/**
 * The foot of a real document: "Nơi nhận:" and its recipients in the left column, the signer's
 * authority, title and name in the right one. As in the header, text extraction puts the two
 * columns side by side on one line or one after the other, so each piece is read for what it says.
 */
import { cellsOf, isRuleLine, isUpperCase, MAX_CELL_LINE, type Piece } from './cells';
import type { OriginalParagraph, ParagraphRole } from './document';

export interface RecognisedFooter {
  /** The first paragraph of the footer (1-based); the body ends before it. */
  start: number;
  /** The paragraph after the footer's last: anything from there on is not the footer's. */
  end: number;
  heading?: Piece;
  /** One piece per recipient: its text without the leading dash. */
  recipients: Piece[];
  /** The pieces that hold recipients glued on one line ("- Như trên; - Lưu: VT."). */
  gluedRecipients: Piece[];
  /** The authority ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"), titles and the name, in order. */
  signer: { piece: Piece; role: ParagraphRole }[];
  roles: Map<number, ParagraphRole>;
}

const AUTHORITY = /^(?:TM|KT|Q|TL|TUQ)\s*\./u;
const BULLET = /^[-–—+•*]\s*/u;
const SIGNED_MARK = /^\((?:đã\s+ký|ký|chữ\s+ký)/iu;
/** A personal name: two to six words, each starting with a capital and going on in small letters. */
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
/** A title in capitals with a personal name after it on the same line. */
const TITLE_THEN_NAME = /^(\p{Lu}[\p{Lu}.]*(?:\s\p{Lu}[\p{Lu}.]*)*)\s(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}*){1,5})$/u;

/**
 * Finds the footer: from the last "Nơi nhận" line of the document's second half (or, without one,
 * the last line that starts a signer's authority) to the signer's name.
 */
export function recogniseFooter(paragraphs: readonly OriginalParagraph[], bodyStart: number): RecognisedFooter | undefined {
  let start = -1;
  for (let index = paragraphs.length - 1; index >= Math.max(bodyStart - 1, 0); index--) {
    const text = paragraphs[index]!.text.trimStart();
    if (text.length <= MAX_CELL_LINE && /^n(?:ơ|o)i\s+nh(?:ậ|a)n(?![\p{L}\p{N}])/iu.test(text)) {
      start = index;
      break;
    }
  }
  if (start < 0) {
    for (let index = paragraphs.length - 1; index >= Math.max(bodyStart - 1, paragraphs.length - 30, 0); index--) {
      const text = paragraphs[index]!.text.trim();
      if (text.length <= 80 && AUTHORITY.test(text) && isUpperCase(text)) {
        start = index;
        break;
      }
    }
  }
  if (start < 0) return undefined;
  const footer: RecognisedFooter = { start: paragraphs[start]!.index, end: paragraphs[start]!.index, recipients: [], gluedRecipients: [], signer: [], roles: new Map() };
  let index = start;
  for (; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    const trimmed = paragraph.text.trim();
    if (trimmed === '' || trimmed === '|' || isRuleLine(trimmed)) continue;
    if (paragraph.text.length > MAX_CELL_LINE) break;
    const pieces = cellsOf(paragraph.index, paragraph.text);
    let understood = 0;
    for (const piece of pieces) {
      const role = readPiece(piece, footer);
      if (!role) continue;
      understood++;
      if (!footer.roles.has(paragraph.index)) footer.roles.set(paragraph.index, role);
    }
    if (understood === 0) break;
    footer.end = paragraph.index + 1;
    if (footer.signer.some((part) => part.role === 'signer-name')) {
      index++;
      break;
    }
  }
  return footer;
}

function readPiece(piece: Piece, footer: RecognisedFooter): ParagraphRole | undefined {
  const text = piece.text;
  const heading = /^n(?:ơ|o)i\s+nh(?:ậ|a)n\s*:?\s*/iu.exec(text);
  if (heading && !footer.heading) {
    footer.heading = { ...piece, end: piece.start + heading[0].trimEnd().length, text: heading[0].trimEnd() };
    const rest = text.slice(heading[0].length);
    if (rest.length > 0) addRecipients({ ...piece, start: piece.start + heading[0].length, text: rest }, footer);
    return 'recipients-heading';
  }
  if (BULLET.test(text) || /^lưu(?![\p{L}\p{N}])/iu.test(text) || /^như\s+trên(?![\p{L}\p{N}])/iu.test(text)) {
    if (footer.signer.length > 0 && footer.recipients.length === 0 && !footer.heading) return undefined;
    addRecipients(piece, footer);
    return 'recipient';
  }
  if (SIGNED_MARK.test(text)) return 'other';
  if (AUTHORITY.test(text) && isUpperCase(text)) {
    footer.signer.push({ piece, role: 'signer-authority' });
    return 'signer-authority';
  }
  if (isUpperCase(text) && text.length <= 80) {
    footer.signer.push({ piece, role: footer.signer.length === 0 ? 'signer-authority' : 'signer-title' });
    return 'signer-title';
  }
  const runIn = TITLE_THEN_NAME.exec(text);
  if (runIn && footer.signer.length > 0) {
    // "PHÓ GIÁM ĐỐC Nguyễn Đức Huy": the title and the name on one line, read as two parts.
    const title = runIn[1]!;
    const nameStart = text.length - runIn[2]!.length;
    footer.signer.push({ piece: { ...piece, end: piece.start + title.length, text: title }, role: 'signer-title' });
    footer.signer.push({ piece: { ...piece, start: piece.start + nameStart, text: runIn[2]! }, role: 'signer-name' });
    return 'signer-title';
  }
  if (PERSON_NAME.test(text) && footer.signer.length > 0) {
    footer.signer.push({ piece, role: 'signer-name' });
    return 'signer-name';
  }
  // A recipient that goes on to the next line ("- Các phòng, ban, đơn vị" / "thuộc Sở;").
  const last = footer.recipients[footer.recipients.length - 1];
  if (last && footer.signer.length === 0 && /^\p{Ll}/u.test(text)) {
    footer.recipients.push(piece);
    return 'recipient';
  }
  return undefined;
}

/** Adds the recipients of a piece, splitting one line that holds several ("- Như trên; - Lưu: VT."). */
function addRecipients(piece: Piece, footer: RecognisedFooter): void {
  const starts: number[] = [];
  const glued = /(?:^|[;.,]\s*)([-–—+•]\s*)(?=\S)/gu;
  for (let found = glued.exec(piece.text); found; found = glued.exec(piece.text)) {
    starts.push(found.index + found[0].length - found[1]!.length);
  }
  if (starts.length === 0 || starts[0] !== 0) starts.unshift(0);
  if (starts.length > 1) footer.gluedRecipients.push(piece);
  starts.forEach((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1]! : piece.text.length;
    let text = piece.text.slice(from, to);
    const bullet = BULLET.exec(text);
    const skip = bullet ? bullet[0].length : 0;
    text = text.slice(skip).trimEnd();
    if (text.length > 0) footer.recipients.push({ paragraph: piece.paragraph, start: piece.start + from + skip, end: piece.start + from + skip + text.length, text });
  });
}

