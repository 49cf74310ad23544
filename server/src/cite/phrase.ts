/**
 * Citation phrases: "Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh".
 *
 * The same reader serves declarations (`văn bản KH30: <phrase>`, where the whole value must be one
 * citation) and free prose (scan.ts, where a citation is a stretch of a sentence and the reader must
 * know where it stops). Text is expected in NFC, as the syntax tree stores it; offsets of the result
 * are offsets in that text.
 */
import type { CivilDate } from '../base/civil-date';
import { isValidDate } from '../base/civil-date';
import type { LocalProblem, Message } from '../base/diagnostic';
import { stringFromCodeUnits } from '../base/code-units';
import type { DocumentType } from './doc-types';
import { findDocumentType, FOLDED_TYPE_NAMES } from './doc-types';
import type { ParsedNumber, Span } from './number';
import { isLawIssuer, isPartyIssuer, isStateIssuer, isSteeringCommittee, PARTY_FORM_TITLE, parseDocumentNumber, toPartyForm } from './number';
import { CITE } from './rules';

export interface Citation {
  /** The canonical type name ("Quyết định"), whatever case or diacritics were written. */
  typeName: string;
  type: DocumentType;
  typeSpan: Span;
  /** Words between the type and the number: "phối hợp", or the name of a law. */
  qualifier?: string;
  qualifierSpan?: Span;
  /**
   * The number and symbol. Absent only for laws, codes, ordinances and the constitution cited by
   * name (Nghị định 30: a law is cited by its type and name, "Luật Hộ tịch năm 2014").
   */
  number?: ParsedNumber;
  /** The number as written, without surrounding white space. */
  numberSpan?: Span;
  /** The year of a law cited by name and year: "Luật Hộ tịch năm 2014" → 2014. */
  year?: number;
  /** Where "năm 2014" is. */
  yearSpan?: Span;
  date?: CivilDate;
  dateSpan?: Span;
  /**
   * A date the drafter wrote in words ("19 tháng 6 năm 2015"), white space collapsed: printed as
   * written, where a date in figures prints in the usual "17/02/2023" form.
   */
  dateInWords?: string;
  /** "của" for one issuer, "giữa" for the parties of a joint document. */
  connector?: 'của' | 'giữa';
  /** The issuer as written, inline references (`@UBND`) included; the caller resolves them. */
  issuer?: string;
  issuerSpan?: Span;
  /** The whole citation, from the type name to its last part. */
  span: Span;
}

/** A citation with a number: every citation written out in prose is one. */
export type NumberedCitation = Citation & { number: ParsedNumber; numberSpan: Span };

export interface CitationParse {
  citation?: Citation;
  /** Offsets are relative to the text given. */
  problems: LocalProblem[];
}

const EXPECTED_FORM: Message = {
  vi: 'Không đọc được cụm trích dẫn. Viết theo dạng "<loại văn bản> số <số/ký hiệu> ngày <dd/mm/yyyy> của <cơ quan>", ví dụ: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh.',
  en: 'The citation cannot be read. Write "<type> số <number> ngày <dd/mm/yyyy> của <issuer>", for example: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh.',
};

/** Parses a declaration's phrase; the whole text must be one citation. Never throws. */
export function parseCitationPhrase(text: string): CitationParse {
  const view = new TextView(text);
  let start = 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  const typeMatch = matchTypeAt(view, start);
  const read = typeMatch && readCitation(view, typeMatch.start, typeMatch.end, { prose: false, limit: text.length });
  return read ?? { problems: [unrecognised(EXPECTED_FORM, { start: 0, end: text.length })] };
}

function unrecognised(message: Message, span: Span): LocalProblem {
  return { code: CITE.unrecognised, message, start: span.start, end: span.end };
}

/**
 * The text three ways, all of the same length so offsets agree: as given, in lower case (for "số",
 * "ngày", "của", where diacritics matter: "số" is not "sở"), and folded without diacritics (for type
 * names, which drafters sometimes type without them).
 */
export class TextView {
  readonly lower: string;
  readonly folded: string;

  constructor(readonly text: string) {
    // Both views keep the text's length, so they are filled in code units and made strings once.
    const lower = new Uint16Array(text.length);
    const folded = new Uint16Array(text.length);
    for (let at = 0; at < text.length; ) {
      const code = text.charCodeAt(at);
      if (code < 0xd800 || code > 0xdfff) {
        // A character of one code unit, the whole of Vietnamese: read from the tables, no string made.
        if (FOLD_KNOWN[code] === 0) learnFold(code);
        lower[at] = LOWER_UNIT[code]!;
        folded[at] = FOLDED_UNIT[code]!;
        at++;
        continue;
      }
      const pair = code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
      const ch = pair ? text.slice(at, at + 2) : text[at]!;
      const [l, f] = foldChar(ch);
      for (let k = 0; k < ch.length; k++) {
        lower[at + k] = l.charCodeAt(k);
        folded[at + k] = f.charCodeAt(k);
      }
      at += ch.length;
    }
    this.lower = stringFromCodeUnits(lower);
    this.folded = stringFromCodeUnits(folded);
  }
}

/**
 * The lower case and fold of each one-unit character, filled as characters are first met: a
 * look-up in typed arrays costs no string and no hashing, where a check folds every character of
 * its prose.
 */
const LOWER_UNIT = new Uint16Array(0x10000);
const FOLDED_UNIT = new Uint16Array(0x10000);
const FOLD_KNOWN = new Uint8Array(0x10000);

function learnFold(code: number): void {
  const [l, f] = foldChar(String.fromCharCode(code));
  LOWER_UNIT[code] = l.charCodeAt(0);
  FOLDED_UNIT[code] = f.charCodeAt(0);
  FOLD_KNOWN[code] = 1;
}

/** Per-character lower case and fold, memoised because prose repeats a small alphabet. */
const FOLD_CACHE = new Map<string, readonly [string, string]>();

function foldChar(ch: string): readonly [string, string] {
  let entry = FOLD_CACHE.get(ch);
  if (!entry) {
    const low = ch.toLowerCase();
    // Characters whose lower case changes length ("İ") stay as they are, so offsets keep agreeing.
    const l = low.length === ch.length ? low : ch;
    const base = l === 'đ' ? 'd' : l.normalize('NFD')[0]!;
    entry = [l, base.length === l.length ? base : l];
    if (FOLD_CACHE.size < 4096) FOLD_CACHE.set(ch, entry);
  }
  return entry;
}

const TYPE_NAME_SOURCE = `(?<![\\p{L}\\p{N}])(?:${FOLDED_TYPE_NAMES.map((name) => name.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`;

/** Every type name in the folded text, for the scanner. */
export const TYPE_NAME_PATTERN = new RegExp(TYPE_NAME_SOURCE, 'gu');

function matchTypeAt(view: TextView, at: number): Span | undefined {
  const sticky = new RegExp(TYPE_NAME_SOURCE, 'uy');
  sticky.lastIndex = at;
  const match = sticky.exec(view.folded);
  return match ? { start: at, end: at + match[0].length } : undefined;
}

export interface ReadOptions {
  /** In prose a citation ends where the sentence moves on; in a declaration it ends with the text. */
  prose: boolean;
  /** The reader never looks at or past this offset (the next type name, in prose). */
  limit: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DASH = /[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const PUNCTUATION = /[,;.:!?()“”"'…[\]]/u;
const MAX_QUALIFIER_WORDS = 12;
const MAX_ISSUER_WORDS = 16;

/**
 * Words that end an issuer in prose: the sentence goes on with what the document is about
 * ("về …", "triển khai …") or with another clause.
 */
const ISSUER_STOP_WORDS = [
  'về',
  'triển khai',
  'thực hiện',
  'tổ chức',
  'ban hành',
  'quy định',
  'hướng dẫn',
  'phối hợp',
  'xây dựng',
  'nêu',
  'để',
  'theo',
  'tại',
  'đối với',
  'trong',
  'với',
  'từ',
  'đến',
  'nhằm',
  'gắn',
  'số',
];
const ISSUER_STOP = new RegExp(`(?:${ISSUER_STOP_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'uy');
const SO_WORD = /(?:số|so)(?!\p{L})/uy;
const DAY_WORD = /(?:ngày|ngay)(?![\p{L}\p{N}])/uy;
const CONNECTOR_WORD = /(?:của|cua|giữa|giua)(?![\p{L}\p{N}])/uy;

/** The end of a match of the sticky `pattern` at `at`, or `at` when it does not match there or crosses `limit`. */
function lookingAt(pattern: RegExp, text: string, at: number, limit: number): number {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match && at + match[0].length <= limit ? at + match[0].length : at;
}

/**
 * Reads the rest of a citation after its type name: [qualifier] [số] number [,] [ngày date]
 * [của|giữa issuer]. Returns undefined when no number follows (in prose, when nothing that looks
 * like a document number follows), so ordinary uses of "kế hoạch" are not citations.
 */
export function readCitation(view: TextView, typeStart: number, typeEnd: number, options: ReadOptions): CitationParse | undefined {
  const { text, lower } = view;
  const limit = Math.min(options.limit, text.length);
  const problems: LocalProblem[] = [];
  const typeText = text.slice(typeStart, typeEnd);
  const type = findDocumentType(typeText)!.type;
  const skipSpace = (at: number): number => {
    while (at < limit && /\s/.test(text[at]!)) at++;
    return at;
  };

  // Qualifier words up to "số" or the first token that starts with a digit. A law cited by name
  // has none of those: its name ends at "năm <year>", at "ngày <date>" or with the declaration.
  let i = skipSpace(typeEnd);
  const qualifierStart = i;
  let qualifierEnd = typeEnd;
  let words = 0;
  let soSpan: Span | undefined;
  const byName = type.lawLike && !options.prose;
  for (;;) {
    if (byName && ((i >= limit && i > qualifierStart) || startsLawDating(view, i, limit))) {
      return readLawByName(view, { typeStart, typeEnd, type }, { start: qualifierStart, end: qualifierEnd }, i, limit, problems);
    }
    if (i >= limit) return undefined;
    const so = lookingAt(SO_WORD, lower, i, limit);
    if (so > i && /\d/.test(text[skipSpace(so)] ?? '')) {
      soSpan = { start: i, end: so };
      break;
    }
    if (/\d/.test(text[i]!)) break;
    if (options.prose && (PUNCTUATION.test(text[i]!) || words >= MAX_QUALIFIER_WORDS)) return undefined;
    // In prose a word ends at punctuation too, so "mới, phát triển" stops the qualifier at the comma.
    let j = i + 1;
    while (j < limit && !/\s/.test(text[j]!) && !(options.prose && PUNCTUATION.test(text[j]!))) j++;
    qualifierEnd = j;
    words++;
    i = skipSpace(j);
  }
  let numberStart = i;
  if (soSpan) {
    numberStart = soSpan.end;
    if (numberStart < limit && /\d/.test(text[numberStart]!)) {
      const written = text.slice(soSpan.start, soSpan.end);
      problems.push({
        code: CITE.missingSpace,
        message: { vi: `Thiếu khoảng trắng sau "${written}".`, en: `A space is missing after "${written}".` },
        start: soSpan.start,
        end: soSpan.end,
        replacement: `${written} `,
        fixTitle: { vi: 'Chèn khoảng trắng', en: 'Insert a space' },
      });
    } else {
      numberStart = skipSpace(numberStart);
    }
  }

  const numberEnd = scanNumberEnd(text, numberStart, limit);
  const parsed = parseDocumentNumber(text.slice(numberStart, numberEnd));
  const number = parsed.number;
  if (options.prose && (number.family === 'unknown' || number.serial === undefined)) return undefined;
  for (const p of parsed.problems) problems.push({ ...p, start: p.start + numberStart, end: p.end + numberStart });
  const shift = (span: Span): Span => ({ start: span.start + numberStart, end: span.end + numberStart });

  const citation: Citation = {
    typeName: type.name,
    type,
    typeSpan: { start: typeStart, end: typeEnd },
    number,
    numberSpan: shift(number.span),
    span: { start: typeStart, end: numberEnd },
  };
  if (qualifierEnd > qualifierStart) {
    citation.qualifier = text.slice(qualifierStart, qualifierEnd).replace(/\s+/g, ' ');
    citation.qualifierSpan = { start: qualifierStart, end: qualifierEnd };
  }

  // [,] ngày <date>
  i = skipSpace(numberEnd);
  let commaAt = -1;
  if (text[i] === ',') {
    commaAt = i;
    i = skipSpace(i + 1);
  }
  const dayWordEnd = lookingAt(DAY_WORD, lower, i, limit);
  if (dayWordEnd > i) {
    const dateAt = skipSpace(dayWordEnd);
    const date = readDate(text, dateAt, limit);
    if (date) {
      if (commaAt >= 0) {
        problems.push({
          code: CITE.commaBeforeDate,
          message: { vi: 'Không đặt dấu phẩy giữa số văn bản và "ngày".', en: 'No comma between the number and "ngày".' },
          start: commaAt,
          end: i,
          replacement: ' ',
          fixTitle: { vi: 'Bỏ dấu phẩy', en: 'Remove the comma' },
        });
      }
      const dateSpan = { start: dateAt, end: dateAt + date.length };
      // A date broken in a declaration ("16/7/20 21") runs on to "của": one problem covers it all.
      if (!date.value && !options.prose) dateSpan.end = garbledDateEnd(view, dateSpan.end, limit);
      placeDate(text, citation, dateSpan, date, problems);
      i = skipSpace(dateSpan.end);
    } else {
      // "ngày" then something that starts like a date but is not one ("17-02-2023"); anything else
      // after "ngày" is left to the caller, since "ngày" is also an ordinary word.
      let tokenEnd = dateAt;
      while (tokenEnd < limit && !/[\s,;]/.test(text[tokenEnd]!)) tokenEnd++;
      if (!options.prose) tokenEnd = garbledDateEnd(view, tokenEnd, limit);
      if (/\d/.test(text[dateAt] ?? '')) {
        problems.push({
          code: CITE.invalidDate,
          message: {
            vi: `"${text.slice(dateAt, tokenEnd)}" không phải ngày dạng dd/mm/yyyy.`,
            en: `"${text.slice(dateAt, tokenEnd)}" is not a date of the form dd/mm/yyyy.`,
          },
          start: dateAt,
          end: tokenEnd,
        });
        citation.span.end = tokenEnd;
        i = skipSpace(tokenEnd);
      }
    }
  }

  readIssuerAndRest(view, citation, i, limit, options, problems);
  checkConsistency(citation, problems);
  return { citation, problems };
}

/** Puts the date read at `dateSpan` into the citation, or reports it when it is not a real date. */
function placeDate(text: string, citation: Citation, dateSpan: Span, date: ReadDate, problems: LocalProblem[]): void {
  const written = text.slice(dateSpan.start, dateSpan.end);
  citation.dateSpan = dateSpan;
  if (date.inWords) citation.dateInWords = written.replace(/\s+/g, ' ');
  citation.span.end = dateSpan.end;
  if (date.value) {
    citation.date = date.value;
    return;
  }
  problems.push({
    code: CITE.invalidDate,
    message: {
      vi: `Ngày "${written}" không có thật hoặc sai dạng (dd/mm/yyyy, năm đủ 4 chữ số).`,
      en: `The date "${written}" does not exist or is malformed (dd/mm/yyyy, four-digit year).`,
    },
    ...dateSpan,
  });
}

/**
 * Where a garbled date of a declaration ends ("26 ngày 8 tháng 2021", "16/7/20 21"): at the words
 * "của" or "giữa" that bring the issuer, or at the end. Reported as one invalid date, the rest is
 * not reported again as words that are not a citation.
 */
function garbledDateEnd(view: TextView, from: number, limit: number): number {
  const { text, lower } = view;
  let end = from;
  let i = from;
  while (i < limit) {
    while (i < limit && /\s/.test(text[i]!)) i++;
    if (i >= limit || lookingAt(CONNECTOR_WORD, lower, i, limit) > i) break;
    while (i < limit && !/\s/.test(text[i]!)) i++;
    end = i;
  }
  return end;
}

/** "của|giữa <issuer>" at `i`, and in a declaration nothing else after it. */
function readIssuerAndRest(view: TextView, citation: Citation, i: number, limit: number, options: ReadOptions, problems: LocalProblem[]): void {
  const { text, lower } = view;
  const connectorEnd = lookingAt(CONNECTOR_WORD, lower, i, limit);
  if (connectorEnd > i) {
    let issuerStart = connectorEnd;
    while (issuerStart < limit && /\s/.test(text[issuerStart]!)) issuerStart++;
    const issuerEnd = options.prose ? scanIssuerEnd(view, issuerStart, limit) : trimEnd(text, issuerStart, limit);
    if (issuerEnd > issuerStart) {
      citation.connector = lower[i] === 'c' ? 'của' : 'giữa';
      citation.issuer = text.slice(issuerStart, issuerEnd).replace(/\s+/g, ' ');
      citation.issuerSpan = { start: issuerStart, end: issuerEnd };
      citation.span.end = issuerEnd;
    }
  }

  if (!options.prose) {
    let restStart = citation.span.end;
    while (restStart < limit && /\s/.test(text[restStart]!)) restStart++;
    const restEnd = trimEnd(text, restStart, limit);
    if (restEnd > restStart) {
      problems.push(
        unrecognised(
          {
            vi: 'Sau số và ngày chỉ viết "của <cơ quan>" (hoặc "giữa <các cơ quan>"); nội dung văn bản viết ở trường "trích yếu".',
            en: 'After the number and the date write only "của <issuer>" (or "giữa <parties>"); the subject goes in the "trích yếu" field.',
          },
          { start: restStart, end: restEnd },
        ),
      );
    }
  }
}

const YEAR_OF_LAW = /(?:năm|nam)\s+(\d{4})(?![\p{L}\p{N}])/uy;

/** Whether a law's name ends at `at`: "năm 2014", or "ngày" and a date, follow. */
function startsLawDating(view: TextView, at: number, limit: number): boolean {
  if (lookingAt(YEAR_OF_LAW, view.lower, at, limit) > at) return true;
  const dayEnd = lookingAt(DAY_WORD, view.lower, at, limit);
  if (dayEnd === at) return false;
  let dateAt = dayEnd;
  while (dateAt < limit && /\s/.test(view.text[dateAt]!)) dateAt++;
  return readDate(view.text, dateAt, limit) !== undefined;
}

/**
 * A law, code, ordinance or the constitution cited by name: "Luật Hộ tịch năm 2014", "Bộ luật Lao
 * động năm 2019", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật Hộ tịch".
 */
function readLawByName(
  view: TextView,
  typePart: { typeStart: number; typeEnd: number; type: DocumentType },
  name: Span,
  at: number,
  limit: number,
  problems: LocalProblem[],
): CitationParse {
  const { text, lower } = view;
  const { typeStart, typeEnd, type } = typePart;
  const citation: Citation = {
    typeName: type.name,
    type,
    typeSpan: { start: typeStart, end: typeEnd },
    span: { start: typeStart, end: name.end },
  };
  // The constitution has no name of its own: "Hiến pháp năm 2013".
  if (name.end > name.start) {
    citation.qualifier = text.slice(name.start, name.end).replace(/\s+/g, ' ');
    citation.qualifierSpan = name;
  }
  let i = at;
  YEAR_OF_LAW.lastIndex = i;
  const year = i < limit ? YEAR_OF_LAW.exec(lower) : null;
  if (year && i + year[0].length <= limit) {
    citation.year = Number(year[1]);
    citation.yearSpan = { start: i, end: i + year[0].length };
    citation.span.end = citation.yearSpan.end;
    i = citation.yearSpan.end;
  } else if (i < limit) {
    let dateAt = lookingAt(DAY_WORD, lower, i, limit);
    while (dateAt < limit && /\s/.test(text[dateAt]!)) dateAt++;
    const date = readDate(text, dateAt, limit)!;
    const dateSpan = { start: dateAt, end: dateAt + date.length };
    placeDate(text, citation, dateSpan, date, problems);
    i = dateSpan.end;
  }
  while (i < limit && /\s/.test(text[i]!)) i++;
  readIssuerAndRest(view, citation, i, limit, { prose: false, limit }, problems);
  return { citation, problems };
}

/** The most words a law's name takes in prose: the longest names of the catalog have about twenty. */
const MAX_LAW_NAME_WORDS = 24;

/**
 * A law, code or ordinance cited by name and date in prose, after its type name: "Luật Ban hành
 * văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015". The name is the words up to "ngày" and a
 * date, at most `MAX_LAW_NAME_WORDS`, starting with a capital (a name, not "luật ngày càng …"); it
 * may hold commas ("Luật Cán bộ, công chức") but no other punctuation, and no word that starts with
 * a digit, so a citation with a number ("… số 10/2022/QH15") is left to `readCitation`. Returns
 * undefined when no such name and date follow before `limit`.
 */
export function readLawNameInProse(view: TextView, typeStart: number, typeEnd: number, limit: number): Citation | undefined {
  const { text, lower } = view;
  const end = Math.min(limit, text.length);
  const type = findDocumentType(text.slice(typeStart, typeEnd))?.type;
  if (!type?.lawLike) return undefined;
  const skipSpace = (at: number): number => {
    while (at < end && /\s/.test(text[at]!)) at++;
    return at;
  };
  let i = skipSpace(typeEnd);
  if (i === typeEnd || !/\p{Lu}/u.test(text[i] ?? '')) return undefined;
  const nameStart = i;
  let nameEnd = i;
  for (let words = 0; words < MAX_LAW_NAME_WORDS && i < end; words++) {
    const dayEnd = words > 0 ? lookingAt(DAY_WORD, lower, i, end) : i;
    if (dayEnd > i) {
      const dateAt = skipSpace(dayEnd);
      const date = readDate(text, dateAt, end);
      if (!date?.value) return undefined;
      const citation: Citation = {
        typeName: type.name,
        type,
        typeSpan: { start: typeStart, end: typeEnd },
        qualifier: text.slice(nameStart, nameEnd).replace(/\s+/g, ' '),
        qualifierSpan: { start: nameStart, end: nameEnd },
        span: { start: typeStart, end: dateAt + date.length },
      };
      placeDate(text, citation, { start: dateAt, end: dateAt + date.length }, date, []);
      return citation;
    }
    if (/\d/.test(text[i]!)) return undefined;
    let j = i;
    while (j < end && !/\s/.test(text[j]!) && !PUNCTUATION.test(text[j]!)) j++;
    if (j === i) return undefined;
    nameEnd = j;
    // A comma goes on inside a name ("Phòng, chống tham nhũng"); any other punctuation ends the clause.
    if (text[j] === ',') j++;
    else if (j < end && PUNCTUATION.test(text[j]!)) return undefined;
    i = skipSpace(j);
  }
  return undefined;
}

/**
 * Where a number ends. White space belongs to the number only next to a separator that is glued
 * to the rest of the symbol ("120 -KL/TW", "4418 /UBND-NC", "5451/UBND-\nCNXD"), and only when what
 * follows looks like a symbol part (a capital or a digit). A dash with space on both sides is
 * punctuation after a whole number ("30/KH-UBND - Nội dung …"), but joins a serial that has no
 * "/" yet ("57 - NQ/TW"), since a number never ends there; a lower-case word is prose ("0/ về …").
 * A single blank inside the issuer's code ("01/2016/TT-BGD ĐT ngày 15/01/2016") joins the capitals
 * after it only when the citation's date follows them, since a code never ends in the middle and
 * prose after a number is not in capitals followed by "ngày".
 * The decision never depends on the white space it would remove, so fixing a number does not move
 * its end.
 */
function scanNumberEnd(text: string, start: number, limit: number): number {
  const symbolStart = (at: number): boolean => at < limit && /[\p{Lu}\p{N}]/u.test(text[at]!);
  const skip = (at: number): number => {
    while (at < limit && /\s/.test(text[at]!)) at++;
    return at;
  };
  let i = start;
  let end = start;
  while (i < limit) {
    const ch = text[i]!;
    const joinsWords = ch === '&' && WORD_CHAR.test(text[i - 1] ?? '') && WORD_CHAR.test(text[i + 1] ?? '');
    if (WORD_CHAR.test(ch) || ch === '/' || DASH.test(ch) || joinsWords) {
      i++;
      end = i;
      continue;
    }
    if (!/\s/.test(ch) || end === start) break;
    const j = skip(i);
    const before = text[i - 1]!;
    const after = text[j] ?? '';
    const serialOnly = !text.slice(start, i).includes('/');
    let joins: boolean;
    if (before === '/') joins = symbolStart(j);
    else if (DASH.test(before)) joins = symbolStart(j) && (serialOnly || !/\s/.test(text[i - 2] ?? ' '));
    else if (after === '/') joins = symbolStart(skip(j + 1));
    else if (DASH.test(after)) joins = serialOnly ? symbolStart(skip(j + 1)) : symbolStart(j + 1);
    else joins = j === i + 1 && /\p{Lu}/u.test(before) && splitIssuerCode(text, start, i, limit);
    if (!joins) break;
    i = j;
  }
  return end;
}

/** The code after a blank that goes on the issuer's code before it: 1–4 capitals, then "ngày" and a date. */
const CODE_BEFORE_DATE = /\p{Lu}{1,4}\s{1,3}ng(?:à|a)y\s{1,3}\d/uy;

/** Whether the blank at `blank` splits the issuer's code of a number started at `start`: "…/TT-BGD ĐT ngày". */
function splitIssuerCode(text: string, start: number, blank: number, limit: number): boolean {
  const written = text.slice(start, blank);
  const lastSlash = written.lastIndexOf('/');
  if (lastSlash < 0 || !written.slice(lastSlash).includes('-')) return false;
  CODE_BEFORE_DATE.lastIndex = blank + 1;
  const match = CODE_BEFORE_DATE.exec(text);
  return match !== null && blank + 1 + match[0].length <= limit;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** An issuer in prose: a few words, up to punctuation or a word that starts the next clause. */
function scanIssuerEnd(view: TextView, start: number, limit: number): number {
  const { text, lower } = view;
  let i = start;
  let end = start;
  for (let words = 0; words < MAX_ISSUER_WORDS && i < limit; words++) {
    if (PUNCTUATION.test(text[i]!) || lookingAt(ISSUER_STOP, lower, i, limit) > i) break;
    let j = i;
    while (j < limit && !/\s/.test(text[j]!) && !PUNCTUATION.test(text[j]!)) j++;
    end = j;
    while (j < limit && /\s/.test(text[j]!)) j++;
    i = j;
  }
  return end;
}

interface ReadDate {
  length: number;
  value?: CivilDate;
  /** Written "17 tháng 02 năm 2023" rather than "17/02/2023". */
  inWords: boolean;
}

const SLASH_DATE = /(\d*)\s*\/\s*(\d+)\s*\/\s*(\d+)(?![\p{L}\p{N}])/uy;
const WORDED_DATE = /(\d+)\s+tháng\s+(\d+)\s+năm\s+(\d+)(?![\p{L}\p{N}])/iuy;

/** "17/02/2023" or "17 tháng 02 năm 2023" at `at`; `value` is absent when the date is impossible or malformed. */
function readDate(text: string, at: number, limit: number): ReadDate | undefined {
  SLASH_DATE.lastIndex = at;
  WORDED_DATE.lastIndex = at;
  const slash = SLASH_DATE.exec(text);
  const match = slash ?? WORDED_DATE.exec(text);
  if (!match || at + match[0].length > limit) return undefined;
  const inWords = slash === null;
  const [dayText, monthText, yearText] = [match[1]!, match[2]!, match[3]!];
  const [day, month, year] = [Number(dayText), Number(monthText), Number(yearText)];
  const shapeOk = dayText.length >= 1 && dayText.length <= 2 && monthText.length <= 2 && yearText.length === 4;
  return shapeOk && isValidDate(year, month, day) ? { length: match[0].length, value: { year, month, day }, inWords } : { length: match[0].length, inWords };
}

/** Checks that need more than the number: the type name, the date and the issuer. */
function checkConsistency(citation: Citation, problems: LocalProblem[]): void {
  const { number, type, numberSpan } = citation;
  if (!number || !numberSpan) return;
  // The number's own spans are relative to the number; move them into the citation's text.
  const offset = numberSpan.start - number.span.start;
  const typeSpan = number.typeSpan && { start: number.typeSpan.start + offset, end: number.typeSpan.end + offset };
  const mismatch = symbolTypeMismatch(type, number);
  if (mismatch) {
    const at = typeSpan ?? numberSpan;
    problems.push({
      code: CITE.symbolType,
      message: mismatch.message,
      ...at,
      ...(mismatch.expected !== undefined && typeSpan
        ? { replacement: mismatch.expected, fixTitle: { vi: `Sửa ký hiệu thành "${mismatch.expected}"`, en: `Change the symbol to "${mismatch.expected}"` } }
        : {}),
    });
  }

  if (number.family === 'legal' && number.year !== undefined && citation.date && number.year !== citation.date.year && number.yearSpan) {
    problems.push({
      code: CITE.yearMismatch,
      message: {
        vi: `Số văn bản ghi năm ${number.year} nhưng văn bản ban hành năm ${citation.date.year}.`,
        en: `The number carries the year ${number.year} but the document is dated ${citation.date.year}.`,
      },
      start: number.yearSpan.start + offset,
      end: number.yearSpan.end + offset,
    });
  }

  // A state-form number on a document of a Party body, when the number itself did not already say
  // so and does not name a state body as its issuer (then the words of the issuer are what is off).
  const alreadyReported = problems.some((p) => p.code === CITE.numberForm);
  const stateNumber = number.issuers.length > 0 && isStateIssuer(number.issuers[0]!);
  if (!alreadyReported && !stateNumber && citation.issuer && isPartyBody(citation.issuer) && (number.family === 'state' || number.family === 'legal')) {
    const partyForm = toPartyForm(number);
    problems.push({
      code: CITE.numberForm,
      message: {
        vi: `Văn bản của ${citation.issuer} là văn bản của Đảng, đánh số theo dạng "số-LOẠI/CƠ QUAN" (Hướng dẫn 36-HD/VPTW), ví dụ 120-KL/TW.`,
        en: `A document of ${citation.issuer} is a Party document, numbered "number-TYPE/ISSUER" (Hướng dẫn 36-HD/VPTW), e.g. 120-KL/TW.`,
      },
      ...numberSpan,
      ...(partyForm !== undefined ? { replacement: partyForm, fixTitle: PARTY_FORM_TITLE } : {}),
    });
  }
}

interface Mismatch {
  message: Message;
  /** The abbreviation the symbol should carry, when there is one. */
  expected?: string;
}

/** Whether the symbol's type abbreviation fits the type name, family by family. */
export function symbolTypeMismatch(type: DocumentType, number: ParsedNumber): Mismatch | undefined {
  if (type.generic) return undefined;
  const written = number.typeAbbreviation;
  const name = type.name;
  const lawForm: Message =
    type.lawLike && type.state !== undefined
      ? {
          vi: `${name} được đánh số dạng "02/2020/UBTVQH14" hay "34/2007/${type.state}-UBTVQH11": số, năm, rồi Ủy ban Thường vụ Quốc hội, có thể sau "${type.state}-".`,
          en: `A ${name} is numbered like "02/2020/UBTVQH14" or "34/2007/${type.state}-UBTVQH11": number, year, then the Standing Committee of the National Assembly, possibly after "${type.state}-".`,
        }
      : {
          vi: `${name} được đánh số dạng "10/2022/QH15": số, năm, rồi Quốc hội hay Ủy ban Thường vụ Quốc hội, không có chữ viết tắt tên loại.`,
          en: `A ${name} is numbered like "10/2022/QH15": number, year, then the National Assembly or its Standing Committee, without a type abbreviation.`,
        };
  switch (number.family) {
    case 'party': {
      if (type.party === written) return undefined;
      if (type.party === undefined) {
        return {
          message: {
            vi: `${name} không phải loại văn bản của Đảng, nhưng số "${number.normalised}" viết theo dạng của Đảng.`,
            en: `${name} is not a Party document type, but "${number.normalised}" is written in the Party form.`,
          },
        };
      }
      return wrongAbbreviation(name, written, type.party);
    }
    case 'state':
    case 'legal': {
      const byLawIssuer = number.issuers.length > 0 && isLawIssuer(number.issuers[0]!);
      const lawIssued = written === undefined && byLawIssuer;
      // An ordinance may carry its own "PL" before the Standing Committee (34/2007/PL-UBTVQH11).
      if (type.lawLike) return lawIssued || (byLawIssuer && written !== undefined && written === type.state) ? undefined : { message: lawForm };
      // Resolutions of the National Assembly and its Standing Committee are numbered like laws.
      if (lawIssued && name === 'Nghị quyết') return undefined;
      if (type.state === written) return undefined;
      // A Party document numbered the state way is reported once, as citation/number-form; a
      // steering committee's "CV" may be the Party's (number.ts, isSteeringCommittee).
      if (type.party === written && (isPartyIssuer(number.issuers[0] ?? '') || isSteeringCommittee(number.issuers[0] ?? ''))) return undefined;
      if (type.state === undefined) {
        return {
          message: {
            vi: `${name} không có chữ viết tắt tên loại trong ký hiệu (ví dụ 4418/UBND-NC), nhưng ký hiệu có "${written ?? ''}".`,
            en: `A ${name} has no type abbreviation in its symbol (e.g. 4418/UBND-NC), but the symbol has "${written ?? ''}".`,
          },
        };
      }
      return wrongAbbreviation(name, written, type.state);
    }
    case 'official-letter':
      if (type.lawLike) return { message: lawForm };
      if (type.state === undefined) return undefined;
      return {
        message: {
          vi: `Ký hiệu "${number.normalised}" không có chữ viết tắt tên loại; ${name} phải có "${type.state}" (ví dụ 30/${type.state}-UBND).`,
          en: `The symbol "${number.normalised}" has no type abbreviation; a ${name} carries "${type.state}" (e.g. 30/${type.state}-UBND).`,
        },
      };
    case 'unknown':
      return undefined;
  }
}

function wrongAbbreviation(name: string, written: string | undefined, expected: string): Mismatch {
  if (written === undefined) {
    return {
      message: {
        vi: `Ký hiệu không có chữ viết tắt tên loại; ${name} viết tắt là "${expected}".`,
        en: `The symbol has no type abbreviation; a ${name} is abbreviated "${expected}".`,
      },
    };
  }
  return {
    message: {
      vi: `Ký hiệu ghi "${written}" nhưng tên loại là ${name} (viết tắt "${expected}").`,
      en: `The symbol says "${written}" but the type is ${name} (abbreviated "${expected}").`,
    },
    expected,
  };
}

/** Party bodies named in an issuer: "Ban Thường vụ Tỉnh ủy", "Bộ Chính trị", "Ban cán sự đảng …". */
const PARTY_BODY =
  /(?<![\p{L}\p{N}])(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|bo chinh tri|ban bi thu|trung uong dang|ban chap hanh trung uong|ban can su dang|dang doan)(?![\p{L}\p{N}])(?! ban)/u;

export function isPartyBody(issuer: string): boolean {
  return PARTY_BODY.test(new TextView(issuer).folded.replace(/\s+/g, ' '));
}
