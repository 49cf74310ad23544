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
import type { NumberedCitation } from './phrase';
import { readCitation, TextView, TYPE_NAME_PATTERN } from './phrase';

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
