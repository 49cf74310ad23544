/**
 * Document numbers ("số và ký hiệu"): 30/KH-UBND, 04/2015/NĐ-CP, 120-KL/TW, 4418/UBND-NC.
 *
 * Parsing never fails: a number that does not fit any family comes back as `unknown` with a
 * `citation/malformed-number` problem. Typing defects that are common in real plans (spaces around
 * the separators, en dashes copied from Word, lower-case symbols) are reported with a fix, and the
 * parts are read as if the defect had been fixed, so one slip does not hide the other checks.
 */
import type { LocalProblem, Message } from '../base/diagnostic';
import { canonicalAbbreviation } from './doc-types';
import { CITE } from './rules';

/**
 * - `state`: number/TYPE-ISSUER (30/KH-UBND), Nghị định 30 Phụ lục III.
 * - `legal`: number/year/TYPE-ISSUER or number/year/QH15, legal normative documents.
 * - `party`: number-TYPE/ISSUER (120-KL/TW), Hướng dẫn 36-HD/VPTW.
 * - `official-letter`: number/ISSUER-UNIT (4418/UBND-NC), a công văn, which has no type abbreviation.
 */
export type NumberFamily = 'state' | 'legal' | 'party' | 'official-letter' | 'unknown';

/** A half-open range [start, end) of code units. */
export interface Span {
  start: number;
  end: number;
}

export interface ParsedNumber {
  /** The text as given. */
  raw: string;
  /** The number with spacing, dashes and case fixed: what a citation should print. */
  normalised: string;
  family: NumberFamily;
  /** The serial number as written, leading zeros kept ("04"); absent in a draft ("/KH-SCT"). */
  serial?: string;
  /** The year of a legal normative number (04/2015/NĐ-CP → 2015). */
  year?: number;
  /** The type abbreviation in its canonical spelling ("CTr"); absent for công văn and laws. */
  typeAbbreviation?: string;
  /**
   * Issuer codes in their canonical case: ["UBND"] for 30/KH-UBND, ["BDVTU", "BCSĐUBND"] for a joint
   * Party programme, ["UBND", "NC"] (issuer then drafting unit) for a công văn.
   */
  issuers: string[];
  /** Where the serial, the year and the type abbreviation are in `raw`. */
  serialSpan?: Span;
  yearSpan?: Span;
  typeSpan?: Span;
  /** The number without surrounding white space, in `raw`. */
  span: Span;
}

export interface NumberParse {
  number: ParsedNumber;
  /** Offsets are relative to `raw`. */
  problems: LocalProblem[];
}

export interface NumberOptions {
  /** Accept a blank serial, as a draft's own number "/KH-SCT" has. */
  allowBlankSerial?: boolean;
}

/** Hyphen look-alikes that word processors and PDF copies put where the symbol needs "-". */
const DASH_LIKE = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;

/** Issuer codes whose official spelling is not all capitals. */
const MIXED_CASE_ISSUERS: ReadonlyMap<string, string> = new Map([['TTG', 'TTg']]);

/**
 * Issuers that make a number a Party one beyond doubt: the Central Committee (TW), provincial,
 * district and city committees, Party committees (ĐU) and the Party bodies of a committee (BDVTU,
 * BTGTU, VPTW …), and the Party caucuses of state bodies (BCSĐ …).
 */
const PARTY_ISSUER = /^(?:TW|TU|HU|QU|TXU|TPU|ĐU|ĐUK|BCSĐ\p{L}*|\p{L}+TU|\p{L}+TW)$/u;

const LAW_ISSUER = /^(?:UBTV)?QH\d+$/u;

/**
 * Issuers that are state bodies beyond doubt: people's committees and councils, the Government,
 * the Prime Minister and its office, the National Assembly, and the departments of a province (SNV,
 * SCT …). A state body never issues a Party document, so its number is never rewritten in the
 * Party form, whatever abbreviation it carries.
 */
const STATE_ISSUER = /^(?:UBND|HĐND|CP|TTG|VPCP|(?:UBTV)?QH\d*|S\p{Lu}{1,4})$/u;

/**
 * A steering committee (Ban Chỉ đạo, "BCĐ…"): an interdisciplinary body that the Party or the
 * State sets up, numbering its documents the way of the one that set it up, which the symbol does
 * not say ("03/CV-BCĐ" is either). Neither form is claimed for its numbers.
 */
const STEERING_COMMITTEE = /^BCĐ/u;

export function isSteeringCommittee(code: string): boolean {
  return STEERING_COMMITTEE.test(code.toUpperCase());
}

const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

function problem(
  code: string,
  message: Message,
  span: Span,
  fix?: { replacement: string; title: Message },
): LocalProblem {
  const result: LocalProblem = { code, message, start: span.start, end: span.end };
  if (fix) {
    result.replacement = fix.replacement;
    result.fixTitle = fix.title;
  }
  return result;
}

interface Segment {
  text: string;
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
}

function splitSegments(text: string, start: number, separator: string): Segment[] {
  const segments: Segment[] = [];
  let from = start;
  for (const piece of text.slice(start).split(separator)) {
    segments.push({ text: piece, start: from, end: from + piece.length });
    from += piece.length + separator.length;
  }
  return segments;
}

function upperIssuer(code: string): string {
  const upper = code.toUpperCase();
  // Some letters outside Vietnamese grow into several characters in upper case ("ῢ" → "Ϋ̀"); such
  // a code is no issuer code, and respelling it would only make it harder to read.
  if (upper.length !== code.length) return code;
  return MIXED_CASE_ISSUERS.get(upper) ?? upper;
}

export function isPartyIssuer(code: string): boolean {
  return PARTY_ISSUER.test(code.toUpperCase());
}

export function isStateIssuer(code: string): boolean {
  return STATE_ISSUER.test(code.toUpperCase());
}

/** The National Assembly (QH15) or its Standing Committee (UBTVQH15): the issuers of laws. */
export function isLawIssuer(code: string): boolean {
  return LAW_ISSUER.test(code.toUpperCase());
}

/** Parses a number and symbol; see the module comment. Never throws. */
export function parseDocumentNumber(raw: string, options: NumberOptions = {}): NumberParse {
  const problems: LocalProblem[] = [];
  let lead = 0;
  while (lead < raw.length && /\s/.test(raw[lead]!)) lead++;
  let trail = raw.length;
  while (trail > lead && /\s/.test(raw[trail - 1]!)) trail--;
  const span = { start: lead, end: trail };
  const number: ParsedNumber = { raw, normalised: raw.slice(lead, trail), family: 'unknown', issuers: [], span };

  const malformed = (message: Message, at: Span = span): NumberParse => {
    problems.push(problem(CITE.malformedNumber, message, at));
    return { number, problems };
  };
  if (lead === trail) {
    return malformed({ vi: 'Thiếu số và ký hiệu văn bản.', en: 'The document number and symbol are missing.' }, { start: 0, end: raw.length });
  }

  // Pass 1: remove the white space around separators and turn dash look-alikes into hyphens,
  // remembering for each kept character where it came from.
  let clean = '';
  const origin: number[] = [];
  let innerSpace: Span | undefined;
  // Whether the kept text has a "-" after its last "/": what follows is the issuer's code.
  let slashSeen = false;
  let dashAfterSlash = false;
  for (let i = lead; i < trail; ) {
    const ch = raw[i]!;
    if (/\s/.test(ch)) {
      let j = i;
      while (j < trail && /\s/.test(raw[j]!)) j++;
      const before = clean[clean.length - 1] ?? '';
      const after = DASH_LIKE.test(raw[j]!) ? '-' : raw[j]!;
      // One blank between two letters of the issuer's code, after the type ("TT-BGD ĐT"), splits
      // the code: it is taken out as a blank around a separator is.
      const splitCode = j === i + 1 && dashAfterSlash && /\p{L}/u.test(before) && /\p{L}/u.test(after);
      if (before === '/' || before === '-' || after === '/' || after === '-' || splitCode) {
        problems.push(
          problem(
            CITE.numberSpacing,
            splitCode
              ? {
                  vi: 'Chữ viết tắt tên cơ quan trong ký hiệu văn bản viết liền, không có khoảng trắng (BGDĐT, không phải BGD ĐT).',
                  en: "The issuer's abbreviation in a document symbol is written without a space (BGDĐT, not BGD ĐT).",
                }
              : {
                  vi: 'Số và ký hiệu văn bản không có khoảng trắng (hay xuống dòng) quanh dấu "/" và "-".',
                  en: 'A document number has no spaces (or line breaks) around "/" and "-".',
                },
            { start: i, end: j },
            { replacement: '', title: { vi: 'Bỏ khoảng trắng trong số, ký hiệu', en: 'Remove the space from the number' } },
          ),
        );
        i = j;
        continue;
      }
      // Kept, so the normalised text still shows it; the number is reported malformed below. The
      // whole run is kept at once: looking at it again from each of its characters took time
      // quadratic in its length.
      innerSpace ??= { start: i, end: j };
      for (; i < j; i++) {
        clean += raw[i]!;
        origin.push(i);
      }
      continue;
    }
    if (DASH_LIKE.test(ch)) {
      problems.push(
        problem(
          CITE.numberDash,
          {
            vi: `Ký hiệu văn bản dùng dấu gạch nối "-", không dùng "${ch}".`,
            en: `A document symbol uses the hyphen "-", not "${ch}".`,
          },
          { start: i, end: i + 1 },
          { replacement: '-', title: { vi: 'Thay bằng dấu gạch nối "-"', en: 'Replace with a hyphen "-"' } },
        ),
      );
      clean += '-';
    } else {
      clean += ch;
    }
    if (ch === '/') {
      slashSeen = true;
      dashAfterSlash = false;
    } else if (slashSeen && clean.endsWith('-')) dashAfterSlash = true;
    origin.push(i);
    i++;
  }
  // Parts are never empty when located, so both ends map to kept characters.
  const rawSpan = (s: number, e: number): Span => ({ start: origin[s]!, end: origin[e - 1]! + 1 });
  number.normalised = clean;
  if (innerSpace) {
    return malformed(
      {
        vi: 'Khoảng trắng giữa hai phần của số, ký hiệu: các phần được nối bằng "/" hoặc "-".',
        en: 'A space separates two parts of the number and symbol; parts are joined by "/" or "-".',
      },
      innerSpace,
    );
  }

  // "&" joins the words of a unit code ("GD&ĐT", "PTTH&TTĐT"), as agencies write their own codes.
  const badChar = /[^\p{L}\p{N}/&-]|(?<![\p{L}])&|&(?![\p{L}])/u.exec(clean);
  if (badChar) {
    return malformed(
      {
        vi: `Ký tự "${badChar[0]}" không được có trong số, ký hiệu văn bản.`,
        en: `The character "${badChar[0]}" cannot appear in a document number.`,
      },
      rawSpan(badChar.index, badChar.index + 1),
    );
  }
  const expected: Message = {
    vi: 'Số, ký hiệu không đúng dạng nào: 30/KH-UBND (văn bản hành chính), 04/2015/NĐ-CP (quy phạm pháp luật), 120-KL/TW (văn bản của Đảng), 4418/UBND-NC (công văn).',
    en: 'The number fits no known form: 30/KH-UBND (administrative), 04/2015/NĐ-CP (legal normative), 120-KL/TW (Party), 4418/UBND-NC (official letter).',
  };

  const slashes = splitSegments(clean, 0, '/');
  const head = slashes[0]!;
  const last = slashes[slashes.length - 1]!;
  const symbol = splitSegments(clean, last.start, '-');
  const blankDraft = options.allowBlankSerial === true && slashes.length === 2;
  if (slashes.length < 2 || slashes.length > 3 || slashes.some((s, k) => s.text === '' && !(k === 0 && blankDraft))) {
    return malformed(expected);
  }
  // A symbol always has letters; "15/10/2023" is a date, not a document number.
  if (!/\p{L}/u.test(last.text)) return malformed(expected);
  if (symbol.some((s) => s.text === '')) {
    return malformed({
      vi: 'Ký hiệu văn bản có phần rỗng (hai dấu "-" liền nhau hoặc "-" ở đầu, cuối).',
      en: 'The symbol has an empty part (two hyphens together, or a hyphen at either end).',
    });
  }

  const partyHead = /^(\d+\p{L}*)-([\p{L}\p{N}]+)$/u.exec(head.text);
  if (partyHead) {
    // number-TYPE/ISSUER: the Party form. A middle part would be a year, which Party numbers never carry.
    number.family = 'party';
    number.serial = partyHead[1]!;
    number.serialSpan = rawSpan(head.start, head.start + number.serial.length);
    checkSerialLetters(number.serial, number.serialSpan, problems);
    const abbreviationStart = head.start + number.serial.length + 1;
    const written = partyHead[2]!;
    number.typeSpan = rawSpan(abbreviationStart, head.end);
    const canonical = canonicalAbbreviation(written, 'party') ?? canonicalAbbreviation(written, 'state');
    number.typeAbbreviation = canonical ?? written;
    if (canonical !== undefined && canonical !== written) problems.push(caseProblem(written, canonical, number.typeSpan, true));
    if (slashes.length === 3) {
      const middle = slashes[1]!;
      if (/^\d{4}$/.test(middle.text)) number.year = Number(middle.text);
      number.yearSpan = rawSpan(middle.start, middle.end);
      problems.push(
        problem(
          CITE.numberForm,
          {
            vi: 'Số văn bản của Đảng không có năm (Hướng dẫn 36-HD/VPTW): viết "số-LOẠI/CƠ QUAN", ví dụ 120-KL/TW.',
            en: 'Party document numbers carry no year (Hướng dẫn 36-HD/VPTW): write "number-TYPE/ISSUER", e.g. 120-KL/TW.',
          },
          number.yearSpan,
        ),
      );
    }
    number.issuers = issuersOf(symbol, rawSpan, problems);
    number.normalised = `${number.serial}-${number.typeAbbreviation}/${number.year !== undefined ? `${slashes[1]!.text}/` : ''}${number.issuers.join('-')}`;
    return { number, problems };
  }

  if (!/^(?:\d+\p{L}*)?$/u.test(head.text) || (slashes.length === 3 && !/^\d+$/.test(slashes[1]!.text))) return malformed(expected);
  if (head.text !== '') {
    number.serial = head.text;
    number.serialSpan = rawSpan(head.start, head.end);
    checkSerialLetters(number.serial, number.serialSpan, problems);
  }

  let yearText = '';
  if (slashes.length === 3) {
    const middle = slashes[1]!;
    yearText = middle.text;
    number.yearSpan = rawSpan(middle.start, middle.end);
    number.family = 'legal';
    if (middle.text.length !== 4) {
      return malformed(
        {
          vi: `Năm trong số văn bản quy phạm pháp luật phải đủ 4 chữ số, không phải "${middle.text}".`,
          en: `The year in a legal normative number has four digits, not "${middle.text}".`,
        },
        number.yearSpan,
      );
    }
    number.year = Number(middle.text);
    if (number.year < MIN_YEAR || number.year > MAX_YEAR) {
      problems.push(
        problem(
          CITE.malformedNumber,
          {
            vi: `Năm ${middle.text} trong số văn bản không hợp lý.`,
            en: `The year ${middle.text} in the document number is not plausible.`,
          },
          number.yearSpan,
        ),
      );
    }
  }

  const first = symbol[0]!;
  const stateAbbreviation = canonicalAbbreviation(first.text, 'state');
  const partyOnly = stateAbbreviation === undefined ? canonicalAbbreviation(first.text, 'party') : undefined;
  let issuerSegments = symbol;
  if (stateAbbreviation !== undefined || partyOnly !== undefined) {
    const canonical = (stateAbbreviation ?? partyOnly)!;
    number.typeAbbreviation = canonical;
    number.typeSpan = rawSpan(first.start, first.end);
    issuerSegments = symbol.slice(1);
    if (number.family === 'unknown') number.family = 'state';
    if (issuerSegments.length === 0) {
      return malformed({
        vi: `Ký hiệu thiếu cơ quan ban hành sau "${canonical}-".`,
        en: `The symbol lacks the issuer after "${canonical}-".`,
      });
    }
    // Respelling is only offered for a number that is otherwise whole: a malformed one keeps its
    // letters as written, so a fix would change what the next reading normalises to.
    if (canonical !== first.text) problems.push(caseProblem(first.text, canonical, number.typeSpan, true));
  } else if (number.family === 'unknown') {
    number.family = 'official-letter';
  }
  number.issuers = issuersOf(issuerSegments, rawSpan, problems);
  const symbolText = [...(number.typeAbbreviation !== undefined ? [number.typeAbbreviation] : []), ...number.issuers].join('-');
  number.normalised = `${number.serial ?? ''}/${yearText !== '' ? `${yearText}/` : ''}${symbolText}`;

  // A Party issuer, or a Party-only abbreviation from an issuer that is not a state body, in a state
  // form is a Party document numbered the wrong way. "123/CV-UBND" is a state number with a wrong
  // abbreviation, which the type checks report.
  const issuer = number.issuers[0]!;
  const partyAbbreviation = partyOnly !== undefined && !isStateIssuer(issuer) && !isSteeringCommittee(issuer);
  if (number.serial !== undefined && (partyAbbreviation || isPartyIssuer(issuer))) {
    const partyForm = toPartyForm(number);
    problems.push(
      problem(
        CITE.numberForm,
        {
          vi: 'Văn bản của Đảng được đánh số theo dạng "số-LOẠI/CƠ QUAN" (Hướng dẫn 36-HD/VPTW), ví dụ 120-KL/TW.',
          en: 'Party documents are numbered "number-TYPE/ISSUER" (Hướng dẫn 36-HD/VPTW), e.g. 120-KL/TW.',
        },
        span,
        partyForm !== undefined ? { replacement: partyForm, title: PARTY_FORM_TITLE } : undefined,
      ),
    );
  }
  return { number, problems };
}

/** How much of a run of letters after a serial a message quotes: the run may be as long as the line. */
const QUOTED_LETTERS = 12;

/**
 * A serial is digits, and at most one letter after them: a document numbered between two others
 * takes the earlier number and a letter (Nghị quyết 30c/NQ-CP, 36a/NQ-CP). More letters are no
 * serial; the rest of the number is still read, so its other parts are checked and a prose
 * citation with such a serial is reported rather than passed over. The letter's case is left as
 * written, as numbers are compared without regard to case.
 */
function checkSerialLetters(serial: string, at: Span, problems: LocalProblem[]): void {
  const digits = /^\d*/u.exec(serial)![0].length;
  const letters = serial.slice(digits);
  if (letters.length <= 1) return;
  const shown = letters.length > QUOTED_LETTERS ? `${letters.slice(0, QUOTED_LETTERS)}…` : letters;
  problems.push(
    problem(
      CITE.malformedNumber,
      {
        vi: `Số thứ tự của văn bản là chữ số, sau đó nhiều nhất một chữ cái (như 30c/NQ-CP), không phải "${shown}".`,
        en: `A document's serial is digits followed by at most one letter (as in 30c/NQ-CP), not "${shown}".`,
      },
      { start: at.start + digits, end: at.end },
    ),
  );
}

export const PARTY_FORM_TITLE: Message = { vi: 'Viết theo dạng số văn bản của Đảng', en: 'Write as a Party number' };

/**
 * The Party spelling of a state-form number (120/KL-TW → 120-KL/TW), when the conversion is
 * mechanical: a serial, a type abbreviation and no year.
 */
export function toPartyForm(number: ParsedNumber): string | undefined {
  if (number.family !== 'state' || number.serial === undefined || number.typeAbbreviation === undefined) return undefined;
  return `${number.serial}-${number.typeAbbreviation}/${number.issuers.join('-')}`;
}

/**
 * A code spelt in capitals with single small letters after some of them, as official unit codes are
 * ("GDTrH", Vụ Giáo dục Trung học; "TTr", Thanh tra; "KHTC"): written that way on purpose.
 */
const DELIBERATE_MIXED_CASE = /^(?:\p{Lu}\p{Ll}?)+$/u;

function issuersOf(segments: Segment[], rawSpan: (s: number, e: number) => Span, problems: LocalProblem[]): string[] {
  return segments.map((segment) => {
    const canonical = upperIssuer(segment.text);
    const known = MIXED_CASE_ISSUERS.has(segment.text.toUpperCase());
    const deliberate = !known && DELIBERATE_MIXED_CASE.test(segment.text) && /\p{Lu}.*\p{Lu}/u.test(segment.text);
    if (canonical === segment.text || deliberate) return segment.text;
    problems.push(caseProblem(segment.text, canonical, rawSpan(segment.start, segment.end), false));
    return canonical;
  });
}

function caseProblem(written: string, canonical: string, at: Span, isType: boolean): LocalProblem {
  return problem(
    CITE.issuerCase,
    isType
      ? {
          vi: `Chữ viết tắt tên loại văn bản là "${canonical}", không phải "${written}".`,
          en: `The type abbreviation is spelt "${canonical}", not "${written}".`,
        }
      : {
          vi: `Chữ viết tắt cơ quan ban hành là "${canonical}", không phải "${written}".`,
          en: `The issuer code is spelt "${canonical}", not "${written}".`,
        },
    at,
    { replacement: canonical, title: { vi: `Sửa thành "${canonical}"`, en: `Change to "${canonical}"` } },
  );
}
