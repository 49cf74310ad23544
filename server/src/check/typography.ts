/**
 * Typography of the prose: spaces around punctuation, double spaces, straight quotes, and text that
 * is not in Unicode NFC. Citation phrases and field values keep their own wording (the compiler
 * rewrites citations from their parts), so only double spaces are checked there.
 */
import type { Finding } from '../base/diagnostic';
import type { PlanFile } from '../model/ast';
import { forEachItem } from '../model/walk';
import type { CheckContext } from './context';
import { PieceReading } from './memo';
import { labelBlanks } from './original';
import type { Analysis } from './rule';
import { finding, fix, type ProseSpan, proseSpans, textValues } from './support';

export const TYPOGRAPHY_RULE = {
  spaceBeforePunctuation: 'typography/space-before-punctuation',
  missingSpaceAfterPunctuation: 'typography/missing-space-after-punctuation',
  doubleSpace: 'typography/double-space',
  straightQuotes: 'typography/straight-quotes',
  notNfc: 'text/not-nfc',
} as const;

/** Spaces before a closing punctuation mark that ends a word: "của Sở ." (not "./." or "…"). */
const SPACE_BEFORE = /(?<=[^\s])[ \t]+(?=[.,;:!?](?:[\s"”’)]|$))/gu;

/**
 * A comma, semicolon or colon glued to the next word ("tỉnh,không"), or a full stop between a word
 * and a capital ("tỉnh.Trên"). Numbers (1.000, 17/02/2023, 1,5) and abbreviations (TP.HCM) are
 * not words of this kind.
 */
const MISSING_AFTER = /[,;:](?=\p{L})|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu;

/** Two or more spaces between two visible characters, unless punctuation follows (see above). */
const DOUBLE_SPACE = /(?<=\S) {2,}(?=[^\s.,;:!?])/gu;

/**
 * A piece's findings depend on its text alone, so the memo's environment is empty; the prose and
 * the one-line values are read by different checks, so each has its own reading.
 */
export const typographyAnalysis: Analysis = (context: CheckContext): Finding[] => {
  const { file } = context;
  const diagnostics: Finding[] = [];
  if (file.source.wasNormalised) diagnostics.push(notNfc(file));
  const prose = new PieceReading<undefined>(context.memo, file.source, 'typography/prose', '');
  for (const span of proseSpans(file, context.memo)) {
    prose.read(span.text, span.start, () => ({ findings: proseTypography(file, span), facts: undefined }), diagnostics);
  }
  prose.finish();
  const values = new PieceReading<undefined>(context.memo, file.source, 'typography/values', '');
  for (const value of textValues(file)) {
    values.read(value.text, value.base, () => ({ findings: doubleSpaces(file, value.base, value.text), facts: undefined }), diagnostics);
  }
  values.finish();
  for (const found of gluedMarkers(file)) diagnostics.push(found);
  // An original's "Số :" and "Nơi nhận :" are labels the plan writes as its own keywords.
  const original = context.options.original;
  if (original) {
    for (const location of labelBlanks(original)) {
      diagnostics.push(finding(TYPOGRAPHY_RULE.spaceBeforePunctuation, { vi: 'Thừa khoảng trắng trước dấu ":".', en: 'Extra space before ":".' }, location));
    }
  }
  return diagnostics;
};

/** Spaces around punctuation, double spaces and straight quotes in one span of prose. */
function proseTypography(file: PlanFile, span: ProseSpan): Finding[] {
  const diagnostics: Finding[] = [];
  for (const match of span.text.matchAll(SPACE_BEFORE)) {
    const location = file.source.locate(span.start + match.index!, span.start + match.index! + match[0].length);
    const mark = span.text[match.index! + match[0].length]!;
    diagnostics.push(
      finding(
        TYPOGRAPHY_RULE.spaceBeforePunctuation,
        { vi: `Thừa khoảng trắng trước dấu "${mark}".`, en: `Extra space before "${mark}".` },
        location,
        [fix({ vi: 'Bỏ khoảng trắng', en: 'Remove the space' }, [{ start: location.start, end: location.end, newText: '' }], true)],
      ),
    );
  }
  for (const match of span.text.matchAll(MISSING_AFTER)) {
    const location = file.source.locate(span.start + match.index!, span.start + match.index! + 1);
    diagnostics.push(
      finding(
        TYPOGRAPHY_RULE.missingSpaceAfterPunctuation,
        { vi: `Thiếu khoảng trắng sau dấu "${match[0]}".`, en: `Missing space after "${match[0]}".` },
        location,
        [fix({ vi: 'Thêm khoảng trắng', en: 'Add a space' }, [{ start: location.end, end: location.end, newText: ' ' }], true)],
      ),
    );
  }
  for (const found of doubleSpaces(file, span.start, span.text)) diagnostics.push(found);
  for (const found of straightQuotes(file, span.start, span.text)) diagnostics.push(found);
  return diagnostics;
}

/**
 * A numbered marker glued to its text ("1.1.Vị trí", "II.NỘI DUNG"): the lexer reads it as a
 * marker (syntax/tokens.ts), so the prose spans start after it and never see the missing space.
 */
function gluedMarkers(file: PlanFile): Finding[] {
  const original = file.source.original;
  const diagnostics: Finding[] = [];
  forEachItem(file.items, (item) => {
    const end = item.markerLoc.end;
    const next = original[end];
    if (!item.marker.endsWith('.') || next === undefined || /\s/u.test(next)) return;
    diagnostics.push(
      finding(
        TYPOGRAPHY_RULE.missingSpaceAfterPunctuation,
        { vi: `Thiếu khoảng trắng sau số thứ tự "${item.marker}".`, en: `Missing space after the number "${item.marker}".` },
        file.source.lines.location(end - 1, end),
        [fix({ vi: 'Thêm khoảng trắng', en: 'Add a space' }, [{ start: end, end, newText: ' ' }], true)],
      ),
    );
  });
  return diagnostics;
}

function doubleSpaces(file: PlanFile, base: number, text: string): Finding[] {
  return [...text.matchAll(DOUBLE_SPACE)].map((match) => {
    const location = file.source.locate(base + match.index!, base + match.index! + match[0].length);
    return finding(
      TYPOGRAPHY_RULE.doubleSpace,
      { vi: 'Hai khoảng trắng liền nhau.', en: 'Two spaces in a row.' },
      location,
      [fix({ vi: 'Chỉ giữ một khoảng trắng', en: 'Keep one space' }, [{ start: location.start, end: location.end, newText: ' ' }], true)],
    );
  });
}

/**
 * Pairs of straight double quotes: an opening one at the start of a word, the next closing one at
 * the end of a word. Unpaired quotes are left alone: there is no way to know what was meant.
 */
function straightQuotes(file: PlanFile, base: number, text: string): Finding[] {
  const diagnostics: Finding[] = [];
  let open: number | undefined;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    const before = text[i - 1];
    const after = text[i + 1];
    const opens = (before === undefined || /[\s(\[“‘]/.test(before)) && after !== undefined && /\S/.test(after);
    const closes = before !== undefined && /\S/.test(before);
    if (open === undefined) {
      if (opens) open = i;
    } else if (closes) {
      const location = file.source.locate(base + open, base + i + 1);
      const inner = text.slice(open + 1, i);
      const opening = file.source.locate(base + open, base + open + 1);
      const closing = file.source.locate(base + i, base + i + 1);
      diagnostics.push(
        finding(
          TYPOGRAPHY_RULE.straightQuotes,
          {
            vi: `Dùng dấu ngoặc kép cong như phần còn lại của văn bản: “${inner}”.`,
            en: `Use curly quotes like the rest of the document: “${inner}”.`,
          },
          location,
          [
            fix(
              { vi: 'Đổi sang “…”', en: 'Change to “…”' },
              [
                { start: opening.start, end: opening.end, newText: '“' },
                { start: closing.start, end: closing.end, newText: '”' },
              ],
              false,
            ),
          ],
        ),
      );
      open = undefined;
    }
  }
  return diagnostics;
}

/** The first cluster written decomposed, and a fix that normalises the whole file. */
function notNfc(file: PlanFile): Finding {
  const original = file.source.original;
  let mark = 0;
  while (mark < original.length && !/[\u0300-\u036f]/.test(original[mark]!)) mark++;
  const start = Math.max(0, mark - 1);
  let end = mark;
  while (end < original.length && /[\u0300-\u036f]/.test(original[end]!)) end++;
  return finding(
    TYPOGRAPHY_RULE.notNfc,
    {
      vi: 'Tệp có chữ tiếng Việt ở dạng tổ hợp (dấu tách rời, không phải Unicode NFC); công cụ vẫn đọc được, nhưng tìm kiếm và so sánh trong các phần mềm khác có thể sai.',
      en: 'The file has Vietnamese letters in decomposed form (separate accents, not Unicode NFC); the tools read it, but search and comparison in other software may fail.',
    },
    file.source.lines.location(start, Math.max(end, start + 1)),
    [fix({ vi: 'Chuẩn hóa toàn bộ tệp sang NFC', en: 'Normalise the whole file to NFC' }, [{ start: 0, end: original.length, newText: original.normalize('NFC') }], true)],
  );
}
