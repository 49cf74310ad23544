/**
 * The tokens of a `.kh` file. The language is line-oriented: keywords, list markers and field
 * keys only count at the start of a line (after indentation), and everything else on a line is
 * prose with inline references. Line-start tokens are custom matchers that check their position,
 * so one lexer mode serves the whole file and prose never turns into keywords mid-line.
 *
 * Matchers attach a payload (the folded keyword, the id and where it starts) so the tree builder
 * never re-parses a token's image.
 */
import { createToken, Lexer, type CustomPatternMatcherReturn, type TokenType } from 'chevrotain';
import { foldKey } from '../base/source';
import type { FieldKey } from '../model/ast';
import {
  DEADLINE_REFERENCE_KEYWORDS,
  DECLARATION_KEYWORDS,
  type DeclarationKind,
  FIELD_KEYWORDS,
  fieldKeyOf,
  ID_PATTERN,
  LONGEST_FIELD_SPELLING,
  PLAN_KEYWORDS,
  RECIPIENTS_KEYWORDS,
  SIGNER_KEYWORDS,
} from './keywords';
import { readPartMarker } from './parts';

export interface DeclarationHeadPayload {
  kind: DeclarationKind;
  /** The id as written; empty when the colon follows the keyword directly. */
  id: string;
  /** Offset of the id relative to the token start (of the colon when the id is empty). */
  idOffset: number;
  validId: boolean;
}

export interface FieldKeyPayload {
  key: FieldKey;
  /** The key as written, without the colon. */
  written: string;
}

export interface ReferencePayload {
  id: string;
  /** Written `@@ID`: a document cited in full wherever it is mentioned. */
  full: boolean;
}

export interface ReferenceGroupPayload {
  /** Written `@@{…}`: every document of the group cited in full. */
  full: boolean;
  /** The ids in order, each with its offset from the token start. */
  members: { id: string; offset: number }[];
}

export interface DeadlineReferencePayload {
  taskId: string;
  idOffset: number;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** True when only spaces or tabs stand between the start of the line and `offset`. */
function atLineStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return i < 0 || isLineBreak(text.charCodeAt(i));
}

/** The end of the line that `offset` is on, or `limit` when the line goes on past it. */
function endOfLine(text: string, offset: number, limit: number = text.length): number {
  const stop = Math.min(limit, text.length);
  let i = offset;
  while (i < stop && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The code units folded text can start with where `foldKey` gives a Latin letter or nothing at all
 * (blanks, combining marks): ASCII and the Latin blocks, the combining diacritics, the Unicode
 * blanks, the Kelvin and Ångström signs. test/syntax/tokens.test.ts folds every other code unit of
 * the BMP to check that none of them does, so reading these ranges alone at start-up is exact.
 */
const FOLDABLE_RANGES: readonly [number, number][] = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1680, 0x1680],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x2100, 0x214f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

/**
 * The code units a keyword matcher can start at: those whose fold is empty (they may stand before
 * the keyword, and fold away) or starts with the first letter of one of the folded `keywords`.
 * The lexer tries a matcher only at a code unit of its hint list, and it can skip the matchers
 * that cannot start at a code unit only when every token type has such a list
 * (`ensureOptimizations` below): without them it tried all twenty at every offset.
 */
export function keywordStartChars(keywords: Iterable<string>): number[] {
  const letters = new Set<number>();
  for (const keyword of keywords) letters.add(keyword.charCodeAt(0));
  const starts: number[] = [];
  for (const [from, to] of FOLDABLE_RANGES) {
    for (let code = from; code <= to; code++) {
      const folded = foldKey(String.fromCharCode(code));
      if (folded.length === 0 || letters.has(folded.charCodeAt(0))) starts.push(code);
    }
  }
  return starts;
}

/**
 * The start characters of a token of one character class that excludes ASCII code units only, as
 * prose does: the ASCII ones `pattern` matches, then any code unit above. Chevrotain files the code
 * units from 256 up in blocks of 255 and only asks which block a code unit falls in, so one code
 * unit of each block says "any of them" (all 65,000 cost 20 ms at every start of the tools).
 * test/syntax/tokens.test.ts lexes every code unit of the BMP with this lexer and with one that
 * tries every token everywhere, so a Chevrotain that files them otherwise fails there.
 */
function startCharsOfAsciiExclusion(pattern: RegExp): number[] {
  const starts: number[] = [];
  for (let code = 0; code < 0x100; code++) if (pattern.test(String.fromCharCode(code))) starts.push(code);
  for (let code = 0x100; code <= 0xffff; code = (Math.floor(code / 255) + 1) * 255) starts.push(code);
  return starts;
}

function match(image: string, payload?: unknown): CustomPatternMatcherReturn {
  const result = [image] as CustomPatternMatcherReturn;
  if (payload !== undefined) result.payload = payload;
  return result;
}

/** A sticky regular expression tried only at the start of a line. */
function lineStartRegex(regex: RegExp) {
  const sticky = new RegExp(regex.source, regex.flags.includes('y') ? regex.flags : `${regex.flags}y`);
  return (text: string, offset: number): CustomPatternMatcherReturn | null => {
    if (!atLineStart(text, offset)) return null;
    sticky.lastIndex = offset;
    // A test and a slice: the image is all the lexer takes of a match.
    return sticky.test(text) ? match(text.slice(offset, sticky.lastIndex)) : null;
  };
}

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });

export const Indent = createToken({
  name: 'Indent',
  pattern: {
    exec: (text, offset) => {
      if (offset > 0 && !isLineBreak(text.charCodeAt(offset - 1))) return null;
      let end = offset;
      while (end < text.length && isBlank(text.charCodeAt(end))) end++;
      return end > offset ? match(text.slice(offset, end)) : null;
    },
  },
  line_breaks: false,
  start_chars_hint: [' ', '\t'],
});

export const CommentLine = createToken({
  name: 'CommentLine',
  pattern: {
    exec: (text, offset) => {
      if (!text.startsWith('//', offset) || !atLineStart(text, offset)) return null;
      return match(text.slice(offset, endOfLine(text, offset)));
    },
  },
  line_breaks: false,
  start_chars_hint: ['/'],
});

/** The longest a plan head line can be: the keyword with a few blanks around it. */
const MAX_PLAN_HEAD_LENGTH = 20;

/** `kế hoạch` alone on its line opens the header block. */
export const PlanHead = createToken({
  name: 'PlanHead',
  pattern: {
    exec: (text, offset) => {
      if (!atLineStart(text, offset)) return null;
      // The keyword is short: past its longest spelling only blanks may follow, so a line of prose
      // is given up at its first word beyond that, and only a run of trailing blanks is read to the
      // end (once per line, which keeps this linear; "kế hoạch" and many blanks is still the head).
      const limit = offset + MAX_PLAN_HEAD_LENGTH;
      let end = offset;
      let contentEnd = offset;
      for (; end < text.length && !isLineBreak(text.charCodeAt(end)); end++) {
        if (isBlank(text.charCodeAt(end))) continue;
        if (end >= limit) return null;
        contentEnd = end + 1;
      }
      return PLAN_KEYWORDS.includes(foldKey(text.slice(offset, contentEnd))) ? match(text.slice(offset, end)) : null;
    },
  },
  line_breaks: false,
  start_chars_hint: keywordStartChars(PLAN_KEYWORDS),
});

/** A head word followed by a colon and nothing else but an optional value, e.g. `nơi nhận:`. */
function headWithColon(keywords: readonly string[], maxLength: number) {
  return (text: string, offset: number): CustomPatternMatcherReturn | null => {
    if (!atLineStart(text, offset)) return null;
    const limit = Math.min(text.length, offset + maxLength + 1);
    let colon = offset;
    while (colon < limit && text.charCodeAt(colon) !== 58 /* : */ && !isLineBreak(text.charCodeAt(colon))) colon++;
    if (colon >= limit || text.charCodeAt(colon) !== 58) return null;
    return keywords.includes(foldKey(text.slice(offset, colon))) ? match(text.slice(offset, colon + 1)) : null;
  };
}

export const RecipientsHead = createToken({
  name: 'RecipientsHead',
  pattern: { exec: headWithColon(RECIPIENTS_KEYWORDS, 12) },
  line_breaks: false,
  start_chars_hint: keywordStartChars(RECIPIENTS_KEYWORDS),
});

export const SignerHead = createToken({
  name: 'SignerHead',
  pattern: { exec: headWithColon(SIGNER_KEYWORDS, 10) },
  line_breaks: false,
  start_chars_hint: keywordStartChars(SIGNER_KEYWORDS),
});

/*
 * The declaration heads are matched at the start of every line, and a line may be a run of
 * thousands of blanks, so each pattern keeps the classes of neighbouring quantifiers apart (words
 * never hold a blank, and the loose id starts with a non-blank) and the engine has one way only to
 * split a line: linear time, where overlapping classes made a long run of blanks quadratic. The
 * `d` flag gives where the id starts without searching for it again.
 */
const DECLARATION_HEAD = /([^\s:]+(?:[ \t]+[^\s:]+)?)[ \t]+([^\s:]+)[ \t]*:/dy;
/** A keyword followed by several words and a colon, as in "văn bản KH 30:". */
const LOOSE_DECLARATION_HEAD = /([^\s:]+[ \t]+[^\s:]+)[ \t]+([^:\r\n \t][^:\r\n]{0,29}?)[ \t]*:/dy;
/** A keyword, blanks and a colon with no id between them, as in "văn bản : …". */
const MISSING_ID_HEAD = /([^\s:]+(?:[ \t]+[^\s:]+)?)[ \t]+:/dy;
/**
 * What an id written after a declaration keyword must look like for the line to be a declaration
 * at all. Prose uses the same words ("Đơn vị tính:", "Văn bản này:", "Nhiệm vụ 1:"), so a line is
 * a declaration only when its id looks like a code: ASCII with at least one letter ("KH30", and
 * also "30KH" or "KH 30", which the builder reports as invalid ids since the drafter clearly meant
 * a declaration). One more mistake is common enough to report rather than read as prose: a code
 * in capitals with a Vietnamese letter ("QĐ56", "KHĐ") after a keyword in lower case; a line in
 * capitals throughout ("ĐƠN VỊ TÍNH:") is a heading.
 */
const ASCII_CODE = /^(?=[^]*[A-Za-z])[\x21-\x7E]+$/;
const ASCII_CODE_WORDS = /^(?=[^]*[A-Za-z])(?=[^]*[A-Z0-9])[A-Za-z0-9_ .\-/]+$/;
const CAPITALS_CODE = /^(?=[^]*[A-Z])[\p{Lu}\p{N}_-]+$/u;
const LOWER_CASE = /\p{Ll}/u;

const DECLARATION_KINDS = Object.entries(DECLARATION_KEYWORDS) as [DeclarationKind, readonly string[]][];

function declarationKindOf(written: string): DeclarationKind | undefined {
  const folded = foldKey(written);
  return DECLARATION_KINDS.find(([, spellings]) => spellings.includes(folded))?.[0];
}

/** The forms a declaration head takes, most specific first, with the test its id must pass. */
const DECLARATION_FORMS: { regex: RegExp; idLooksLikeCode: (id: string, keyword: string) => boolean }[] = [
  {
    regex: DECLARATION_HEAD,
    idLooksLikeCode: (id, keyword) => ASCII_CODE.test(id) || (CAPITALS_CODE.test(id) && LOWER_CASE.test(keyword)),
  },
  { regex: LOOSE_DECLARATION_HEAD, idLooksLikeCode: (id) => ASCII_CODE_WORDS.test(id) },
  { regex: MISSING_ID_HEAD, idLooksLikeCode: () => true },
];

/**
 * `văn bản KH30:`, `đơn vị VP:`, `nhiệm vụ BC6T:` — the keyword, an id and a colon. A keyword and
 * a colon without an id (`văn bản :`) is a declaration with an empty id, so the builder reports it.
 */
export const DeclarationHead = createToken({
  name: 'DeclarationHead',
  pattern: {
    exec: (text, offset) => {
      if (!atLineStart(text, offset)) return null;
      for (const { regex, idLooksLikeCode } of DECLARATION_FORMS) {
        regex.lastIndex = offset;
        const found = regex.exec(text);
        if (!found) continue;
        const kind = declarationKindOf(found[1]!);
        const id = found[2] ?? '';
        if (!kind || !idLooksLikeCode(id, found[1]!)) continue;
        const idOffset = id ? found.indices![2]![0] - offset : found[0].length - 1;
        const payload: DeclarationHeadPayload = { kind, id, idOffset, validId: ID_PATTERN.test(id) };
        return match(found[0], payload);
      }
      return null;
    },
  },
  line_breaks: false,
  start_chars_hint: keywordStartChars(Object.values(DECLARATION_KEYWORDS).flat()),
});

/** A known field key and its colon, e.g. `chủ trì:` or `chu tri:`. */
export const FieldKeyToken = createToken({
  name: 'FieldKey',
  pattern: {
    exec: (text, offset) => {
      if (!atLineStart(text, offset)) return null;
      const limit = Math.min(text.length, offset + LONGEST_FIELD_SPELLING + 4);
      let colon = offset;
      while (colon < limit && text.charCodeAt(colon) !== 58 && !isLineBreak(text.charCodeAt(colon))) colon++;
      if (colon >= limit || text.charCodeAt(colon) !== 58) return null;
      const written = text.slice(offset, colon);
      const key = fieldKeyOf(foldKey(written));
      if (!key) return null;
      const payload: FieldKeyPayload = { key, written: written.trimEnd() };
      return match(text.slice(offset, colon + 1), payload);
    },
  },
  line_breaks: false,
  start_chars_hint: keywordStartChars(Object.values(FIELD_KEYWORDS).flat()),
});

/** `Phần I.`, `PHẦN THỨ NHẤT`: the level above mục (parts.ts says when a line is one). */
export const PartMarker = createToken({
  name: 'PartMarker',
  pattern: {
    exec: (text, offset) => {
      if (!atLineStart(text, offset)) return null;
      const marker = readPartMarker(text, offset);
      return marker ? match(text.slice(offset, offset + marker.length), marker) : null;
    },
  },
  line_breaks: false,
  start_chars_hint: ['P', 'p'],
});

/**
 * What may follow a marker's final dot: a blank or the end of the line, or a capital glued to it
 * ("1.1.Vị trí", "II.NỘI DUNG"), as drafters type and PDFs give it; the typography check reports
 * the missing space. The capital must be followed by something other than a blank or a dot, so
 * initials ("V.I. Lê-nin") stay prose.
 */
const AFTER_MARKER_DOT = String.raw`(?=[ \t\r\n]|$|\p{Lu}[^\s.])`;

export const RomanMarker = createToken({
  name: 'RomanMarker',
  pattern: { exec: lineStartRegex(new RegExp(String.raw`(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.` + AFTER_MARKER_DOT, 'u')) },
  line_breaks: false,
  start_chars_hint: ['I', 'V', 'X'],
});

/**
 * `1.`, `2.1.`, and `2.1` without its final dot. The dot-less form is also how prose writes
 * numbers at the start of a wrapped line ("1.200 trẻ em", "1.5 triệu đồng"), so it counts only
 * when every group after the first is a sub-khoản number (one or two digits, no leading zero) and
 * the text after it does not go on in lower case, as a sentence would.
 */
export const NumberMarker = createToken({
  name: 'NumberMarker',
  pattern: {
    exec: lineStartRegex(new RegExp(String.raw`(?:\d{1,3}\.)+` + AFTER_MARKER_DOT + String.raw`|\d{1,3}(?:\.[1-9]\d?)+(?=[\r\n]|$|[ \t]+(?:[\r\n]|$|[^\s\p{Ll}]))`, 'u')),
  },
  line_breaks: false,
  start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
});

export const LetterMarker = createToken({
  name: 'LetterMarker',
  pattern: { exec: lineStartRegex(/[a-zđ]\)(?=[ \t\r\n]|$)/) },
  line_breaks: false,
  start_chars_hint: [...'abcdefghijklmnopqrstuvwxyzđ'],
});

/**
 * `- `, and "-" glued to a capital ("-Lưu VT;", "-Đánh giá"), as drafters type it: a line that
 * starts so is a bullet, never a word, and numbering/marker-form reports the missing space. A "-"
 * before a digit or a small letter ("-5 độ") stays prose.
 */
export const DashMarker = createToken({
  name: 'DashMarker',
  pattern: { exec: lineStartRegex(/-(?=[ \t]|\p{Lu})/u) },
  line_breaks: false,
  start_chars_hint: ['-'],
});

export const PlusMarker = createToken({
  name: 'PlusMarker',
  pattern: { exec: lineStartRegex(/\+(?=[ \t])/) },
  line_breaks: false,
  start_chars_hint: ['+'],
});

/** `\@` prints an at sign. */
export const EscapedAt = createToken({ name: 'EscapedAt', pattern: /\\@/ });

/** A backslash at the start of a line makes the line prose whatever it starts with. */
export const LineEscape = createToken({
  name: 'LineEscape',
  pattern: { exec: lineStartRegex(/\\/) },
  line_breaks: false,
  start_chars_hint: ['\\'],
});

const REFERENCE_ID = /[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/y;

/**
 * How many at signs open a reference at `offset`: 1 for `@ID`, 2 for `@@ID` (cite in full), 0
 * when the at sign follows a letter, a digit, "_" or "." as in an e-mail address.
 */
function referenceStart(text: string, offset: number): 0 | 1 | 2 {
  if (text.charCodeAt(offset) !== 64 /* @ */) return 0;
  if (offset > 0 && /[\p{L}\p{N}_.]/u.test(text[offset - 1]!)) return 0;
  return text.charCodeAt(offset + 1) === 64 ? 2 : 1;
}

/**
 * `@ID`, or `@@ID` for a citation in full, unless the at sign follows a letter or digit as in an
 * e-mail address.
 */
export const Reference = createToken({
  name: 'Reference',
  pattern: {
    exec: (text, offset) => {
      const signs = referenceStart(text, offset);
      if (signs === 0) return null;
      REFERENCE_ID.lastIndex = offset + signs;
      if (!REFERENCE_ID.test(text)) return null;
      const end = REFERENCE_ID.lastIndex;
      const payload: ReferencePayload = { id: text.slice(offset + signs, end), full: signs === 2 };
      return match(text.slice(offset, end), payload);
    },
  },
  line_breaks: false,
  start_chars_hint: ['@'],
});

/**
 * `@{QD645, QD1813}` (or `@@{…}` in full): documents cited together in one phrase. The ids are
 * separated by "," or ";"; anything else inside the braces makes the whole of it prose, printed
 * as written. No two runs of blanks stand side by side, so a long run is read in linear time.
 */
const REFERENCE_GROUP = /\{[ \t]*([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*(?:[ \t]*[,;][ \t]*[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)*)[ \t]*\}/dy;
const GROUP_MEMBER = /[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/g;

export const ReferenceGroup = createToken({
  name: 'ReferenceGroup',
  pattern: {
    exec: (text, offset) => {
      const signs = referenceStart(text, offset);
      if (signs === 0) return null;
      REFERENCE_GROUP.lastIndex = offset + signs;
      const found = REFERENCE_GROUP.exec(text);
      if (!found) return null;
      const listStart = found.indices![1]![0] - offset;
      const members = [...found[1]!.matchAll(GROUP_MEMBER)].map((member) => ({ id: member[0], offset: listStart + member.index }));
      const payload: ReferenceGroupPayload = { full: signs === 2, members };
      return match(`${'@'.repeat(signs)}${found[0]}`, payload);
    },
  },
  line_breaks: false,
  start_chars_hint: ['@'],
});

/**
 * Tried at every "[" of the text: a keyword word is at most 16 code units (the longest, "deadline"
 * or "thời" decomposed, is 8), so a run of "[" or a long word after one is read once, not once for
 * every "[" before it.
 */
const DEADLINE_REFERENCE = /\[[ \t]*([^\]\s]{1,16}(?:[ \t]+[^\]\s]{1,16})?)[ \t]+([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)[ \t]*\]/dy;

/** `[hạn BC6T]`: the deadline of a task, in words. */
export const DeadlineReference = createToken({
  name: 'DeadlineReference',
  pattern: {
    exec: (text, offset) => {
      DEADLINE_REFERENCE.lastIndex = offset;
      const found = DEADLINE_REFERENCE.exec(text);
      if (!found || !DEADLINE_REFERENCE_KEYWORDS.includes(foldKey(found[1]!))) return null;
      const taskId = found[2]!;
      const payload: DeadlineReferencePayload = { taskId, idOffset: found.indices![2]![0] - offset };
      return match(found[0], payload);
    },
  },
  line_breaks: false,
  start_chars_hint: ['['],
});

/**
 * C0 control characters other than tab and the line breaks, and DEL: they print as nothing or as
 * boxes, and come in by pasting from PDFs or old word processors. The builder reports them, leaves
 * them out of prose and reads the rest of the line as usual.
 */
export const ControlCharacter = createToken({ name: 'ControlCharacter', pattern: /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]+/ });

/** Prose: everything up to the next character that may start another token. */
const PROSE = /[^@[\\\r\n\x00-\x08\x0B\x0C\x0E-\x1F\x7F]+/;
export const Text = createToken({ name: 'Text', pattern: PROSE, start_chars_hint: startCharsOfAsciiExclusion(PROSE) });

/** A lone `@`, `[` or `\` that starts no other token is prose too. */
export const LoneSymbol = createToken({ name: 'LoneSymbol', pattern: /[@[\\]/ });

export const HEAD_TOKENS: TokenType[] = [
  PlanHead,
  RecipientsHead,
  SignerHead,
  DeclarationHead,
  FieldKeyToken,
  PartMarker,
  RomanMarker,
  NumberMarker,
  LetterMarker,
  DashMarker,
  PlusMarker,
  LineEscape,
];

export const INLINE_TOKENS: TokenType[] = [EscapedAt, ReferenceGroup, Reference, DeadlineReference, ControlCharacter, Text, LoneSymbol];

/**
 * Order matters: `\@` before the line escape `\`, line-start tokens before prose, and the more
 * specific heads before field keys (a signer head `ký:` is not a field).
 */
export const ALL_TOKENS: TokenType[] = [
  Newline,
  Indent,
  CommentLine,
  EscapedAt,
  ...HEAD_TOKENS,
  ...INLINE_TOKENS.filter((token) => token !== EscapedAt),
];

/** The one lexer of the process. Validations run once here, at module load. */
export const planLexer = new Lexer(ALL_TOKENS, {
  ensureOptimizations: true,
  positionTracking: 'onlyOffset',
});
