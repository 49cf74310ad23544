/**
 * Years in the prose of a plan that belong to another plan.
 */
import type { Finding } from '../base/diagnostic';
import type { Span } from '../cite/number';
import { findCitations } from '../cite/scan';
import type { Item, Paragraph, PlanFile } from '../model/ast';
import { type DocumentType, documentTypeOf } from '../model/document-types';
import { type CheckMemo, PieceReading } from './memo';
import type { Analysis } from './rule';
import { finding, fix, planYears, type ProseSpan, proseSpansOf } from './support';

/** Findings of the prose rules; a catalog has no prose to check. */
export const proseAnalysis: Analysis = ({ file, memo }) => (file.isCatalog ? [] : checkStaleYears(file, memo));

const YEAR_IN_PROSE = /(?<![\p{L}\d])năm\s+(\d{4})(?!\d)(?:\s*[-–—]\s*(\d{4})(?!\d))?/giu;

/**
 * A year that names or dates something that already exists is not a slip: a document's name ("Luật
 * Hộ tịch năm 2014", "Hiến pháp năm 2013", "Bộ luật Lao động năm 2019"; the type is capitalised, as
 * Phụ lục II writes a document's name, so a plain "kế hoạch năm 2021" still counts) and a full date
 * ("ngày 20 tháng 11 năm 2018"). The type must stand in the same clause, with only a name between.
 */
const NAMED_DOCUMENT_BEFORE_YEAR =
  /(?:^|[^\p{L}])(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kết luận|Kế hoạch|Chương trình|Đề án|Chiến lược|Quy hoạch|Công ước|Hiệp định|Điều lệ)(?![\p{L}])[^;.:()\n\r]{0,160}$/u;
const FULL_DATE_BEFORE_YEAR = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+$/iu;
/**
 * Words that make a clause look back on a year on purpose: results, comparisons, a starting point.
 * A plan reviews the previous year before it sets the tasks of its own.
 */
const LOOKING_BACK =
  /(?:^|[^\p{L}])(?:kết quả|đánh giá|tổng kết|sơ kết|so với|cùng kỳ|đã|đạt|được|từ năm|kể từ|trước đây|năm trước|thực trạng|tình hình|bài học|kinh nghiệm|hậu quả|khắc phục)(?![\p{L}])[^;.:\n\r]{0,200}$/iu;
/** The same looking back after the year: "Năm 2017, tình hình dịch bệnh diễn biến phức tạp". */
const LOOKING_BACK_AFTER = /^[^;.:\n\r]{0,200}?(?<![\p{L}])(?:đã|tình hình|diễn biến|xảy ra|ghi nhận|đạt được|kết quả)(?![\p{L}])/iu;
/** Headings of sections that review the past: everything under them may name earlier years. */
const REVIEW_HEADING = /^(?:[^\p{L}]*)(?:kết quả|đánh giá|tổng kết|sơ kết|tình hình|thực trạng|bối cảnh)/iu;

/** How far back the clause holding a year is read for the cues above. */
const CLAUSE_WINDOW = 240;

/** Whether the year between `index` and `end` of `text` names a document, dates something, or looks back on purpose. */
function yearIsMeant(text: string, index: number, end: number): boolean {
  const before = text.slice(Math.max(0, index - CLAUSE_WINDOW), index);
  const after = text.slice(end, end + CLAUSE_WINDOW);
  return FULL_DATE_BEFORE_YEAR.test(before) || NAMED_DOCUMENT_BEFORE_YEAR.test(before) || LOOKING_BACK.test(before) || LOOKING_BACK_AFTER.test(after);
}

/** The prose spans of a plan that are not under a heading that reviews the past. */
function forwardLookingSpans(file: PlanFile, memo: CheckMemo | undefined): ProseSpan[] {
  const paragraphs: Paragraph[] = [...file.opening];
  const visit = (items: Item[]): void => {
    for (const item of items) {
      const heading = item.title ?? item.paragraphs[0];
      if (heading && REVIEW_HEADING.test(proseSpansOf(file, [heading], memo)[0]!.text)) continue;
      if (item.title) paragraphs.push(item.title);
      for (const paragraph of item.paragraphs) paragraphs.push(paragraph);
      visit(item.children);
    }
  };
  visit(file.items);
  return proseSpansOf(file, paragraphs, memo);
}

/**
 * "năm 2022" in a plan for 2023 is usually a sentence copied from last year's plan. Only years
 * before the plan's are suspects (a later one is a target: "đến năm 2030"); years inside a
 * citation, in a document's name or a full date, in a clause that looks back on purpose, and under
 * a heading that reviews the past are left alone.
 */
function checkStaleYears(file: PlanFile, memo: CheckMemo | undefined): Finding[] {
  const years = planYears(file.header);
  if (!years) return [];
  // The message names the file's own type: a Công văn or a Báo cáo is copied from last year's too.
  const type = documentTypeOf(file);
  const diagnostics: Finding[] = [];
  // A span's findings depend on its text, the plan's years and the type its messages name.
  const reading = new PieceReading<undefined>(memo, file.source, 'prose/stale-year', `${years.from}-${years.to} ${type.key}`);
  for (const span of forwardLookingSpans(file, memo)) {
    reading.read(span.text, span.start, () => ({ findings: staleYearsIn(file, span, years, type), facts: undefined }), diagnostics);
  }
  reading.finish();
  return diagnostics;
}

/** The stale years of one span of prose. */
function staleYearsIn(file: PlanFile, span: ProseSpan, years: { from: number; to: number }, type: DocumentType): Finding[] {
  const diagnostics: Finding[] = [];
  // The citations are read only for a span that has a suspect year: most spans have none.
  let citations: Span[] | undefined;
  for (const match of span.text.matchAll(YEAR_IN_PROSE)) {
    const to = match[2] ? Number(match[2]) : Number(match[1]);
    if (to >= years.from) continue;
    const start = match.index! + match[0].indexOf(match[1]!, 3);
    const end = start + 4;
    citations ??= findCitations(span.text).map((found) => found.citation.span);
    if (citations.some((citation) => citation.start <= start && end <= citation.end)) continue;
    if (yearIsMeant(span.text, match.index!, match.index! + match[0].length)) continue;
    const expected = years.from === years.to ? String(years.from) : `${years.from} – ${years.to}`;
    const location = file.source.locate(span.start + start, span.start + end);
    diagnostics.push(
      finding(
        'prose/stale-year',
        {
          vi: `"năm ${match[1]}" trong ${type.name.toLocaleLowerCase('vi')} năm ${expected}: có phải chép từ ${type.key === 'ke-hoach' ? 'kế hoạch' : 'văn bản'} năm trước? Nếu đúng ý thì giữ nguyên.`,
          en: `"năm ${match[1]}" in ${/^[aeiou]/u.test(type.english) ? 'an' : 'a'} ${type.english} for ${expected}: copied from last year's ${type.key === 'ke-hoach' ? 'plan' : 'document'}? Keep it if it is meant.`,
        },
        location,
        years.from === years.to
          ? [fix({ vi: `Đổi thành ${years.from}`, en: `Change to ${years.from}` }, [{ start: location.start, end: location.end, newText: String(years.from) }], false)]
          : undefined,
      ),
    );
  }
  return diagnostics;
}
