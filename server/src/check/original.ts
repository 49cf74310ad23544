/**
 * The checks only a document the drafter already has can fail: its date line, its Tiêu ngữ, its
 * recipients and signer as typed, words glued by a copy. (A "Lưu" without its colon is
 * recipients/missing-luu's, which reads the recipients the import copies.) A plan in the language cannot break them
 * (its compiler writes these parts), so they read the original itself, as the recogniser
 * (server/src/original) describes it: every piece of the header, body and footer with its role.
 *
 * The recogniser lives above the checker, so it hands the original in through the check options
 * (`CheckOptions.original`) in the shape declared here; the findings carry locations in the
 * original's own positions, which the recogniser gives (`locate`), and are reported as they are.
 * The same view gives the typography and numbering analyses what the plan writes in words of its
 * own (the labels "Số :" and "Nơi nhận :", a recipient's bullet), found where the original has it.
 */
import type { Finding, Message } from '../base/diagnostic';
import type { Location } from '../base/source';
import type { CheckContext } from './context';

/** What a paragraph or piece is in the document (original/document.ts names it `ParagraphRole`). */
export type OriginalRole =
  | 'parent-agency'
  | 'agency'
  | 'national-name'
  | 'motto'
  | 'number'
  | 'place-date'
  | 'type'
  | 'title'
  | 'subtitle'
  | 'basis'
  | 'heading'
  | 'body'
  | 'recipients-heading'
  | 'recipient'
  | 'signer-authority'
  | 'signer-title'
  | 'signer-name'
  | 'other';

/** A stretch of one paragraph of the original with its role: columns [start, end) of paragraph `paragraph` (1-based). */
export interface OriginalPiece {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  role: OriginalRole;
}

export interface OriginalView {
  pieces: readonly OriginalPiece[];
  /** The text of paragraph `paragraph` (1-based). */
  paragraphText(paragraph: number): string;
  /** The location, as the original's positions are reported, of columns [start, end) of a paragraph. */
  locate(paragraph: number, start: number, end: number): Location;
}

/** The codes of the rules below: their findings are already in the original's positions. */
export const ORIGINAL_RULE_CODES = [
  'header/date-padding',
  'header/motto-form',
  'recipients/glued',
  'signer/run-in-name',
  'spelling/glued-word',
  'citation/incomplete-symbol',
] as const;

type OriginalRuleCode = (typeof ORIGINAL_RULE_CODES)[number];

/** Reads the original once for all of its rules; a plain plan has no original and gives nothing. */
export function originalAnalysis(context: CheckContext): Finding[] {
  const original = context.options.original;
  if (!original) return [];
  const findings: Finding[] = [];
  const report = (code: OriginalRuleCode, piece: { paragraph: number }, start: number, end: number, message: Message) =>
    findings.push({ code, message, location: original.locate(piece.paragraph, start, end) });
  for (const piece of original.pieces) {
    if (piece.role === 'place-date') datePadding(piece, report);
    else if (piece.role === 'motto') mottoForm(piece, report);
    else if (piece.role === 'body' || piece.role === 'basis' || piece.role === 'heading' || piece.role === 'title') {
      gluedWords(piece, report);
      incompleteSymbols(piece, report);
    }
  }
  gluedRecipients(original, report);
  runInNames(original.pieces, report);
  return findings;
}

type Report = (code: OriginalRuleCode, piece: { paragraph: number }, start: number, end: number, message: Message) => void;

/**
 * The bullets glued to their recipient ("-Lưu VT;"), in the original's positions: the plan writes
 * every recipient after its own "  - ", so the marker check cannot see them there.
 */
export function gluedRecipientBullets(original: OriginalView): Location[] {
  const bullets: Location[] = [];
  for (const piece of original.pieces) {
    if (piece.role !== 'recipient' || piece.start === 0) continue;
    if (/[-–—+•]/u.test(original.paragraphText(piece.paragraph)[piece.start - 1] ?? '')) bullets.push(original.locate(piece.paragraph, piece.start - 1, piece.start));
  }
  return bullets;
}

/** The labels the plan writes as its own keywords: the number's "Số:" and the footer's "Nơi nhận:". */
const LABELS: Partial<Record<OriginalRole, RegExp>> = {
  number: /^s(?:ố|o)([ \t]+):/iu,
  'recipients-heading': /^n(?:ơ|o)i\s+nh(?:ậ|a)n([ \t]+):/iu,
};

/**
 * The blanks before the colon of a label ("Số : 4144/GDĐT-VP", "Nơi nhận :"), in the original's
 * positions: the plan writes the label as its own "số:" or "nơi nhận:", so the prose's typography
 * check cannot see them there.
 */
export function labelBlanks(original: OriginalView): Location[] {
  const blanks: Location[] = [];
  for (const piece of original.pieces) {
    const label = LABELS[piece.role]?.exec(piece.text);
    if (label) blanks.push(original.locate(piece.paragraph, piece.start + label[0].length - 1 - label[1]!.length, piece.start + label[0].length - 1));
  }
  return blanks;
}

// ------------------------------------------------------------------------------ date line

const DAY = /ng(?:à|a)y\s*(\d{1,2})(?!\d)/iu;
const MONTH = /th(?:á|a)ng\s*(\d{1,2})(?!\d)/iu;

/**
 * Nghị định 30, Phụ lục I, II.4: in the date line, days below 10 and the months 1 and 2 take a
 * leading zero, and no other does ("ngày 06 tháng 02 năm 2023", "ngày 14 tháng 3 năm 2023").
 */
function datePadding(piece: OriginalPiece, report: Report): void {
  for (const [pattern, unit] of [
    [DAY, 'day'],
    [MONTH, 'month'],
  ] as const) {
    const found = pattern.exec(piece.text);
    if (!found) continue;
    const written = found[1]!;
    const value = Number(written);
    if (value === 0) continue;
    const padded = unit === 'day' ? value < 10 : value <= 2;
    const expected = padded ? String(value).padStart(2, '0') : String(value);
    if (written === expected) continue;
    const start = piece.start + found.index + found[0].length - written.length;
    const name = unit === 'day' ? { vi: 'Ngày', en: 'The day' } : { vi: 'Tháng', en: 'The month' };
    const rule =
      unit === 'day'
        ? { vi: 'ngày từ 1 đến 9 có số 0 ở trước', en: 'days 1–9 take a leading zero' }
        : { vi: 'chỉ tháng 1 và 2 có số 0 ở trước', en: 'only the months 1 and 2 take a leading zero' };
    report('header/date-padding', piece, start, start + written.length, {
      vi: `${name.vi} trong dòng địa danh, ngày tháng viết "${expected}", không phải "${written}": ${rule.vi} (Nghị định 30, Phụ lục I).`,
      en: `${name.en} in the place-and-date line is written "${expected}", not "${written}": ${rule.en} (Decree 30, Annex I).`,
    });
  }
}

// ------------------------------------------------------------------------------ Tiêu ngữ

const MOTTO_WORDS = ['Độc lập', 'Tự do', 'Hạnh phúc'];

/** Nghị định 30, Phụ lục I, II.1.b: "Độc lập - Tự do - Hạnh phúc", each phrase capitalised, hyphens with a blank each side. */
function mottoForm(piece: OriginalPiece, report: Report): void {
  const found = /(\S+\s+\S+?)(\s*[-–—‐]\s*)(\S+\s+\S+?)(\s*[-–—‐]\s*)(\S+\s+\S+)/u.exec(piece.text.slice(0, 120));
  if (!found) return;
  const phrases = [found[1]!, found[3]!, found[5]!.replace(/[.;,]+$/u, '')];
  const separators = [found[2]!, found[4]!];
  let at = piece.start + found.index;
  const offsets = [at, (at += phrases[0]!.length + separators[0]!.length), at + phrases[1]!.length + separators[1]!.length];
  phrases.forEach((phrase, i) => {
    const expected = MOTTO_WORDS[i]!;
    if (phrase.normalize('NFC') !== expected && phrase.normalize('NFC').toLowerCase() === expected.toLowerCase()) {
      report('header/motto-form', piece, offsets[i]!, offsets[i]! + phrase.length, {
        vi: `Tiêu ngữ viết "${expected}", không phải "${phrase}": chỉ chữ đầu mỗi cụm viết hoa (Nghị định 30, Phụ lục I, mục II.1.b).`,
        en: `The motto reads "${expected}", not "${phrase}": only the first letter of each phrase is a capital (Decree 30, Annex I, II.1.b).`,
      });
    }
  });
  separators.forEach((separator, i) => {
    if (separator === ' - ') return;
    const start = offsets[i]! + phrases[i]!.length;
    report('header/motto-form', piece, start, start + separator.length, {
      vi: `Giữa các cụm của Tiêu ngữ là gạch nối "-" có một khoảng trắng mỗi bên ("Độc lập - Tự do - Hạnh phúc"), không phải "${separator.trim() || ' '}"${separator.trim() === '-' ? ' thiếu khoảng trắng' : ''} (Nghị định 30, Phụ lục I, mục II.1.b).`,
      en: `The motto's phrases are joined by a hyphen "-" with a blank on each side ("Độc lập - Tự do - Hạnh phúc"), not "${separator}" (Decree 30, Annex I, II.1.b).`,
    });
  });
}

// ------------------------------------------------------------------------------ recipients

/** Several recipients typed on one line ("- Như trên; - Lưu: VT."): each recipient has its own line. */
function gluedRecipients(original: OriginalView, report: Report): void {
  const seen = new Set<number>();
  for (const piece of original.pieces) {
    if (piece.role !== 'recipient' || seen.has(piece.paragraph)) continue;
    seen.add(piece.paragraph);
    const onLine = original.pieces.filter((other) => other.paragraph === piece.paragraph && other.role === 'recipient');
    if (onLine.length < 2) continue;
    const second = onLine[1]!;
    report('recipients/glued', second, second.start, second.end, {
      vi: `${onLine.length} nơi nhận viết liền trên một dòng: mỗi nơi nhận một dòng, bắt đầu bằng dấu gạch ngang (Nghị định 30, Phụ lục I, mục II.8).`,
      en: `${onLine.length} recipients are typed on one line: each recipient has its own line, starting with a dash (Decree 30, Annex I, II.8).`,
    });
  }
}

// ------------------------------------------------------------------------------ signer

/** The signer's title and name on one line ("PHÓ GIÁM ĐỐC Nguyễn Văn A"): the name goes under the signature. */
function runInNames(pieces: readonly OriginalPiece[], report: Report): void {
  for (let i = 1; i < pieces.length; i++) {
    const name = pieces[i]!;
    const title = pieces[i - 1]!;
    if (name.role !== 'signer-name' || (title.role !== 'signer-title' && title.role !== 'signer-authority')) continue;
    if (title.paragraph !== name.paragraph || name.start - title.end > 1) continue;
    report('signer/run-in-name', name, title.start, name.end, {
      vi: `Chức vụ và họ tên người ký viết liền một dòng: họ tên đặt riêng dưới chữ ký (Nghị định 30, Phụ lục I, mục II.7).`,
      en: `The signer's title and name are run into one line: the name stands on its own under the signature (Decree 30, Annex I, II.7).`,
    });
  }
}

// ------------------------------------------------------------------------------ glued words

/** The names of document types that a lost blank glues to the word before ("tạiCông văn"). */
const TYPE_NAMES = 'Công văn|Kế hoạch|Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Luật|Thông báo|Báo cáo|Chương trình|Đề án|Hướng dẫn|Kết luận';
/** A word glued to a date before or after it ("07/9/2009của"), or a small-letter word glued to a type name. */
const GLUED = new RegExp(`(?<=\\d{1,2}\\/\\d{1,2}\\/\\d{4})(\\p{Ll}+)|(?<=\\p{Ll}{2})(${TYPE_NAMES})(?![\\p{L}])|(?<=\\p{Ll})(\\d{1,2}\\/\\d{1,2}\\/\\d{4})`, 'gu');

function gluedWords(piece: OriginalPiece, report: Report): void {
  GLUED.lastIndex = 0;
  for (let found = GLUED.exec(piece.text); found; found = GLUED.exec(piece.text)) {
    const start = piece.start + found.index;
    report('spelling/glued-word', piece, start, start + found[0].length, {
      vi: `Thiếu khoảng trắng: "${found[0]}" dính liền với chữ bên cạnh.`,
      en: `A blank is missing: "${found[0]}" is glued to the word beside it.`,
    });
  }
}

// ------------------------------------------------------------------------------ symbols

/**
 * "Công văn số 663/SCT": a công văn's symbol is the issuer's abbreviation and the drafting unit's
 * (Nghị định 30, Phụ lục I, Mẫu 1.5: "Số: …/UBND-VP"), so one with the issuer alone is incomplete.
 */
const LETTER_NUMBER = /c(?:ô|o)ng\s+văn\s+số\s*(\d+\s*\/\s*[\p{Lu}Đ&]+)(?![\p{L}\p{N}&-])/giu;

function incompleteSymbols(piece: OriginalPiece, report: Report): void {
  LETTER_NUMBER.lastIndex = 0;
  for (let found = LETTER_NUMBER.exec(piece.text); found; found = LETTER_NUMBER.exec(piece.text)) {
    const start = piece.start + found.index + found[0].length - found[1]!.length;
    report('citation/incomplete-symbol', piece, start, start + found[1]!.length, {
      vi: `Ký hiệu công văn "${found[1]}" chỉ có cơ quan ban hành: ký hiệu công văn gồm chữ viết tắt của cơ quan và của đơn vị soạn thảo, như "…/UBND-VP" (Nghị định 30, Phụ lục III).`,
      en: `The letter's symbol "${found[1]}" names the issuer only: a letter's symbol is the issuer's and the drafting unit's abbreviations, as in "…/UBND-VP" (Decree 30, Annex III).`,
    });
  }
}
