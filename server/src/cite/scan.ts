/**
 * Citations written out in free prose ("… Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị
 * về …"). The checks use them to flag defects in numbers that are not declared, and to offer to
 * replace the words of a declared document by its reference.
 *
 * A citation starts at a document type name and needs something that is unmistakably a document
 * number after it, so prose such as "xây dựng kế hoạch", "03 chương trình" or "năm 2023" is never a
 * hit. Text is expected in NFC; offsets are offsets in the text given.
 */
import type { LocalProblem } from '../base/diagnostic';
import type { Citation, NumberedCitation } from './phrase';
import { readCitation, readLawNameInProse, TextView, TYPE_NAME_PATTERN } from './phrase';

export interface FoundCitation {
  citation: NumberedCitation;
  /** Offsets are relative to the prose given. */
  problems: LocalProblem[];
}

const ANY_DIGIT = /\d/;

/** Every citation in the prose, in order, without overlaps. Never throws. */
export function findCitations(prose: string): FoundCitation[] {
  // In prose a citation needs a number that starts with a digit (readCitation gives up on any
  // other), so prose without one is not folded at all: most of a plan's sentences.
  if (!ANY_DIGIT.test(prose)) return [];
  const view = new TextView(prose);
  const starts: { start: number; end: number }[] = [];
  const pattern = new RegExp(TYPE_NAME_PATTERN.source, TYPE_NAME_PATTERN.flags);
  for (let match = pattern.exec(view.folded); match; match = pattern.exec(view.folded)) {
    starts.push({ start: match.index, end: match.index + match[0].length });
  }
  const found: FoundCitation[] = [];
  let consumed = 0;
  starts.forEach((name, k) => {
    if (name.start < consumed) return;
    // A citation never runs into the next type name: "Kế hoạch này với Kế hoạch số 159/KH-SCT".
    const limit = starts[k + 1]?.start ?? prose.length;
    const read = readCitation(view, name.start, name.end, { prose: true, limit });
    if (!read?.citation?.number) return;
    found.push({ citation: read.citation as NumberedCitation, problems: read.problems });
    consumed = read.citation.span.end;
  });
  return found;
}

/** The syllables of the law-like type names, with or without their diacritics, in any case. */
const LAW_WORD = /lu[aâậ]t|l[eêệ]nh|hi[eêế]n\s+ph[aá]p/iu;

/** "của" right before a type name: the law is a part of another one's name ("… một số điều của Luật X"). */
const AFTER_OF = /(?:^|[^\p{L}\p{N}])cua\s+$/u;
/** "và" right before a type name: a second law, or the second part of another law's name. */
const AFTER_AND = /(?:^|[^\p{L}\p{N}])va\s+$/u;

/**
 * Laws, codes and ordinances cited by name and date in prose ("Căn cứ Luật Tổ chức chính quyền địa
 * phương ngày 19 tháng 6 năm 2015"), in order. Only a type name written with its capital starts one,
 * and the next such name ends it, so "pháp luật" inside a name neither starts nor cuts one. A law
 * named after "của" or "và" is a part of another law's name (the amending "Luật sửa đổi, bổ sung …
 * của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019",
 * whose date is the amending law's), and is left out; after "và" it is a law of its own only when
 * the law before "và" had its own date ("Luật A ngày … và Luật B ngày …"). Never throws.
 */
export function findLawsCitedByName(prose: string): Citation[] {
  // Most sentences name no law: they are not folded again for this reading.
  if (!ANY_DIGIT.test(prose) || !LAW_WORD.test(prose)) return [];
  const view = new TextView(prose);
  const starts: { start: number; end: number }[] = [];
  const pattern = new RegExp(TYPE_NAME_PATTERN.source, TYPE_NAME_PATTERN.flags);
  for (let match = pattern.exec(view.folded); match; match = pattern.exec(view.folded)) {
    if (/\p{Lu}/u.test(prose[match.index]!)) starts.push({ start: match.index, end: match.index + match[0].length });
  }
  const found: Citation[] = [];
  let previousHadDate = false;
  starts.forEach((name, k) => {
    const before = view.folded.slice(Math.max(0, name.start - 8), name.start);
    const partOfAName = AFTER_OF.test(before) || (AFTER_AND.test(before) && !previousHadDate);
    const law = partOfAName ? undefined : readLawNameInProse(view, name.start, name.end, starts[k + 1]?.start ?? prose.length);
    if (law) found.push(law);
    previousHadDate = law !== undefined;
  });
  return found;
}
