/**
 * The numbering of mục, khoản and điểm: duplicates, gaps and letters out of order, with one renumber fix
 * shared with the formatter.
 */
import type { Finding } from '../base/diagnostic';
import { markerFor, numberSequence, renumberSequence, sequenceKey, sequences, startsOver } from '../format/numbering';
import type { Item, Paragraph, PlanFile } from '../model/ast';
import { forEachItem, inlineSource } from '../model/walk';
import { gluedRecipientBullets, type OriginalView } from './original';
import type { Analysis } from './rule';
import { finding, fix } from './support';

/** Findings of the numbering rules; a catalog has no numbering to check. */
export const numberingAnalysis: Analysis = ({ file, options }) => (file.isCatalog ? [] : [...checkNumbering(file), ...originalBullets(options.original)]);

/** An original's recipients glued to their bullet, which the plan it is checked as writes apart. */
function originalBullets(original: OriginalView | undefined): Finding[] {
  if (!original) return [];
  return gluedRecipientBullets(original).map((location) =>
    finding('numbering/marker-form', { vi: 'Thiếu khoảng trắng sau dấu gạch đầu dòng "-".', en: 'No space after the bullet "-".' }, location),
  );
}

function checkNumbering(file: PlanFile): Finding[] {
  const diagnostics: Finding[] = [];
  const visit = (siblings: Item[], parent: Item | undefined): void => {
    const parentPath = parent?.kind === 'khoan' ? parent.numbers : undefined;
    // The first item of each count, for the sequences that start over after it (format/numbering.ts).
    const firstOfCount = new Map<string, Item>();
    for (const sequence of sequences(siblings)) {
      const head = sequence[0]!;
      const earlier = firstOfCount.get(sequenceKey(head));
      if (earlier) {
        const found = checkStartOver(file, siblings, head, earlier);
        if (found) diagnostics.push(found);
      } else {
        firstOfCount.set(sequenceKey(head), head);
      }
      for (const found of checkSequence(file, sequence, parentPath)) diagnostics.push(found);
    }
    for (const found of checkKhoanForm(siblings)) diagnostics.push(found);
    for (const item of siblings) visit(item.children, item);
  };
  visit(file.items, undefined);
  for (const found of checkMarkerForm(file)) diagnostics.push(found);
  return diagnostics;
}

/**
 * A heading numbered with a dash for the dot ("I- VỀ PHÁT TRIỂN KINH TẾ", "A- NHỮNG THÀNH TỰU"):
 * the language reads it as prose, so it is found at the start of a paragraph.
 */
const DASHED_NUMBER = /^(?:[IVX]+|[A-ZĐ])-(?=[ \t]+\p{Lu})/u;
/** The start of DASHED_NUMBER in ASCII, which NFC does not change. */
const ASCII_DASHED_NUMBER = /^(?:[IVX]+|[A-Z])-/u;

/**
 * Markers not in the form of Phụ lục I: a bullet "-" glued to its text ("-Lưu VT;", which the
 * lexer reads as a bullet) and a mục or part numbered "I-", "A-" for "I.", "A.".
 */
function checkMarkerForm(file: PlanFile): Finding[] {
  const original = file.source.original;
  const diagnostics: Finding[] = [];
  const glued = (dash: number): void => {
    const next = original[dash + 1];
    if (next === undefined || /\s/u.test(next)) return;
    diagnostics.push(
      finding(
        'numbering/marker-form',
        { vi: 'Thiếu khoảng trắng sau dấu gạch đầu dòng "-".', en: 'No space after the bullet "-".' },
        file.source.lines.location(dash, dash + 1),
        [fix({ vi: 'Thêm khoảng trắng', en: 'Add a space' }, [{ start: dash + 1, end: dash + 1, newText: ' ' }], true)],
      ),
    );
  };
  forEachItem(file.items, (item) => {
    if (item.kind === 'dash') glued(item.markerLoc.start);
  });
  for (const entry of file.recipients?.entries ?? []) glued(entry.loc.start);
  // One by one, not spread into a call: an item may hold more paragraphs than a call takes arguments.
  const paragraphs: Paragraph[] = [...file.opening];
  forEachItem(file.items, (item) => {
    if (item.title) paragraphs.push(item.title);
    for (const paragraph of item.paragraphs) paragraphs.push(paragraph);
  });
  for (const paragraph of paragraphs) {
    const first = paragraph.inlines[0];
    // NFC leaves ASCII letters that no combining mark follows as they are, so a paragraph that
    // opens in ASCII opens with a dashed number after normalising only if it does before: most
    // paragraphs are told so without normalising their whole text.
    if (first?.kind === 'text' && first.text.charCodeAt(0) < 0x80 && !ASCII_DASHED_NUMBER.test(first.text)) continue;
    const written = first?.kind === 'text' ? DASHED_NUMBER.exec(first.text.normalize('NFC')) : null;
    if (!written) continue;
    const start = first!.loc.start;
    diagnostics.push(
      finding(
        'numbering/marker-form',
        {
          vi: `"${written[0]}" không phải cách đánh số của Phụ lục I: mục viết "I.", "II.", phần viết "Phần I" hay "A."; viết dấu chấm thay cho gạch nối.`,
          en: `"${written[0]}" is not a number of Annex I: sections are written "I.", "II.", parts "Phần I" or "A."; write a full stop for the hyphen.`,
        },
        file.source.lines.location(start, start + written[0].length),
      ),
    );
  }
  return diagnostics;
}

/**
 * The heading of an article, chapter or legal section written as prose ("Điều 2. Nguyên tắc làm
 * việc", "Chương II", "Mục 1"): the khoản under each Điều count from 1 again (Nghị định 30, Phụ
 * lục I: "Điều N." is a level of its own), so a count that starts over after one is right.
 */
const ARTICLE_HEADING = /^(?:Điều|Chương|Mục)[ \t]+(?:\d+|[IVXLC]+)(?=[.:\s]|$)/iu;

/**
 * An item numbered first again after others of its count ("I." after "II.", "1." after "1.",
 * "2."). Renumbering it on would guess wrong (format/numbering.ts), so it gets no fix: either an
 * article heading stands before it and the count rightly starts over, or its form says it sits
 * at the wrong level (numbering/level), or it repeats the first number (numbering/duplicate) and
 * the message says to check the level or the missing parent heading.
 */
function checkStartOver(file: PlanFile, siblings: Item[], item: Item, earlier: Item): Finding | undefined {
  const before = siblings[siblings.indexOf(item) - 1];
  const heading = before && lastParagraph(before);
  if (heading && ARTICLE_HEADING.test(paragraphText(heading))) return undefined;
  const related = [{ uri: file.uri, location: earlier.markerLoc, message: { vi: 'Số thứ tự đầu dãy', en: 'First number of the sequence' } }];
  if (item.kind === 'muc' && readsAsSentence(item)) {
    return {
      ...finding(
        'numbering/level',
        {
          vi: `"${item.marker}" đánh số như một mục, nhưng lại bắt đầu lại dãy số mục và là một câu văn chứ không phải đề mục viết hoa: nếu đây là khoản thuộc mục trước thì đánh số "1." (Phụ lục I: mục I., II.; khoản 1., 2.).`,
          en: `"${item.marker}" is numbered as a section, yet it starts the sections over and is a sentence, not a heading in capitals: if it is a clause of the section before, number it "1." (Annex I: sections I., II.; clauses 1., 2.).`,
        },
        item.markerLoc,
      ),
      related,
    };
  }
  const level = levelName(item);
  return {
    ...finding(
      'numbering/duplicate',
      {
        vi: `Số thứ tự "${item.marker}" bắt đầu lại dãy ${level.vi} cùng cấp, trùng số đầu dãy: nếu đây là cấp khác (một mục "II." viết thành "1.", hay các điểm a), b) viết thành "1.", "2.") hoặc thiếu đề mục cấp trên thì sửa cấp; nếu không thì đánh số tiếp.`,
        en: `The number "${item.marker}" starts the ${level.en}s of this level over, repeating the first number: if it belongs to another level (a section "II." written "1.", points a), b) written "1.", "2.") or its parent heading is missing, fix the level; otherwise number on.`,
      },
      item.markerLoc,
    ),
    related,
  };
}

/**
 * A khoản titled in capitals throughout ("1. MỤC ĐÍCH YÊU CẦU"), among khoản that are not: the
 * form of a mục (Phụ lục I: mục headings in capitals, khoản in normal case), so the mục and
 * khoản levels were written as one list. When such a heading has nothing under it, the khoản
 * right after it is the first of its clauses, numbered on from the heading ("2. Mục đích" where
 * "1." is meant), and is at the wrong level too.
 */
function checkKhoanForm(siblings: Item[]): Finding[] {
  const khoan = siblings.filter((item) => item.kind === 'khoan');
  const capitals = khoan.filter((item) => inCapitals(headText(item)));
  if (capitals.length === 0 || capitals.length === khoan.length) return [];
  const diagnostics: Finding[] = [];
  for (const item of capitals) {
    diagnostics.push(
      finding(
        'numbering/level',
        {
          vi: `Khoản "${item.marker}" có tiêu đề viết hoa toàn bộ như một mục, giữa các khoản viết thường: nếu đây là mục thì đánh số La Mã (Phụ lục I: mục I., II. viết hoa; khoản 1., 2. viết thường).`,
          en: `Clause "${item.marker}" has a heading in capitals like a section, among clauses in normal case: if it is a section, number it in Roman numerals (Annex I: sections I., II. in capitals; clauses 1., 2. in normal case).`,
        },
        item.markerLoc,
      ),
    );
    const next = khoan[khoan.indexOf(item) + 1];
    const empty = item.children.length === 0 && item.paragraphs.length <= 1 && item.tasks.length === 0;
    if (!empty || !next || inCapitals(headText(next)) || startsOver(next)) continue;
    diagnostics.push(
      finding(
        'numbering/level',
        {
          vi: `Khoản "${next.marker}" đứng ngay dưới đề mục "${item.marker} ${headText(item)}" (viết như một mục) nên là khoản đầu tiên của mục đó, đánh số "1.", chứ không đánh số tiếp theo đề mục.`,
          en: `Clause "${next.marker}" stands right under the heading "${item.marker} ${headText(item)}" (written like a section), so it is that section's first clause, numbered "1.", not numbered on from the heading.`,
        },
        next.markerLoc,
      ),
    );
  }
  return diagnostics;
}

/** The last paragraph of an item and everything under it: what stands right before its next sibling. */
function lastParagraph(item: Item): Paragraph | undefined {
  const child = item.children.at(-1);
  return (child && lastParagraph(child)) ?? item.paragraphs.at(-1) ?? item.title;
}

function paragraphText(paragraph: Paragraph): string {
  return inlineSource(paragraph.inlines).normalize('NFC').trim();
}

/** The text on an item's own line: its title, or its first paragraph. */
function headText(item: Item): string {
  const head = item.title ?? item.paragraphs[0];
  return head ? paragraphText(head) : '';
}

/** A heading in capitals: letters, none of them lower case, and more than an abbreviation. */
function inCapitals(text: string): boolean {
  // The lower-case letter first: it ends the test at the start of almost every paragraph, where
  // listing the letters would read the whole paragraph.
  if (/\p{Ll}/u.test(text) || !/\s/u.test(text)) return false;
  const letter = /\p{L}/gu;
  let letters = 0;
  while (letters < 6 && letter.test(text)) letters++;
  return letters >= 6;
}

/** Text that ends as a sentence does, and not in capitals as a mục heading is. */
function readsAsSentence(item: Item): boolean {
  const text = headText(item);
  return /[.;!?]$/u.test(text) && !inCapitals(text);
}

function checkSequence(file: PlanFile, sequence: Item[], parentPath: number[] | undefined): Finding[] {
  const diagnostics: Finding[] = [];
  // A number that cannot be written as a marker (a 25th điểm) is left as it is, not reported.
  const expected = numberSequence(sequence, parentPath).map(({ item, path }) => markerFor(item, path, 'as-written') ?? item.marker);
  // Only the sequence's own markers decide; the prefixes below it are fixed along, not reported.
  const index = sequence.findIndex((item, i) => expected[i] !== item.marker);
  if (index < 0) return [];
  const renumberFix = fix({ vi: 'Đánh số lại', en: 'Renumber' }, renumberSequence(sequence, parentPath, 'as-written'), false);
  const seen = new Map<string, Item>();
  for (const item of sequence) {
    const key = item.numbers.join('.');
    const earlier = seen.get(key);
    if (earlier) {
      diagnostics.push({
        ...finding(
          'numbering/duplicate',
          {
            vi: `Số thứ tự "${item.marker}" trùng với một ${levelName(item).vi} trước đó cùng cấp.`,
            en: `The number "${item.marker}" repeats an earlier ${levelName(item).en} at the same level.`,
          },
          item.markerLoc,
          [renumberFix],
        ),
        related: [{ uri: file.uri, location: earlier.markerLoc, message: { vi: 'Số thứ tự trước đó', en: 'Earlier number' } }],
      });
    } else {
      seen.set(key, item);
    }
  }
  if (diagnostics.length > 0) return diagnostics;
  const item = sequence[index]!;
  const letters = item.kind === 'diem';
  return [
    finding(
      letters ? 'numbering/letter-sequence' : 'numbering/sequence',
      letters
        ? {
            vi: `Điểm "${item.marker}" đứng ở chỗ của "${expected[index]}"; điểm đánh theo bảng chữ cái tiếng Việt a, b, c, d, đ, e, g, h, i, k… (không có f, j, w, z).`,
            en: `Point "${item.marker}" stands where "${expected[index]}" belongs; points follow the Vietnamese alphabet a, b, c, d, đ, e, g, h, i, k… (no f, j, w, z).`,
          }
        : {
            vi: `Số thứ tự "${item.marker}" nhảy cóc hoặc sai thứ tự: ở đây phải là "${expected[index]}".`,
            en: `The number "${item.marker}" skips or is out of order: "${expected[index]}" belongs here.`,
          },
      item.markerLoc,
      [renumberFix],
    ),
  ];
}

function levelName(item: Item): { vi: string; en: string } {
  if (item.kind === 'phan') return { vi: 'phần', en: 'part' };
  if (item.kind === 'muc') return { vi: 'mục', en: 'section' };
  if (item.kind === 'diem') return { vi: 'điểm', en: 'point' };
  return { vi: 'khoản', en: 'clause' };
}

