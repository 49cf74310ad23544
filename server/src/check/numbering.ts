/**
 * The numbering of mục, khoản and điểm: duplicates, gaps and letters out of order, with one renumber fix
 * shared with the formatter.
 */
import type { Finding } from '../base/diagnostic';
import { markerFor, numberSequence, renumberSequence, sequences } from '../format/numbering';
import type { Item, PlanFile } from '../model/ast';
import type { Analysis } from './rule';
import { finding, fix } from './support';

/** Findings of the numbering rules; a catalog has no numbering to check. */
export const numberingAnalysis: Analysis = ({ file }) => (file.isCatalog ? [] : checkNumbering(file));

function checkNumbering(file: PlanFile): Finding[] {
  const diagnostics: Finding[] = [];
  const visit = (siblings: Item[], parent: Item | undefined): void => {
    const parentPath = parent?.kind === 'khoan' ? parent.numbers : undefined;
    for (const sequence of sequences(siblings)) for (const found of checkSequence(file, sequence, parentPath)) diagnostics.push(found);
    for (const item of siblings) visit(item.children, item);
  };
  visit(file.items, undefined);
  return diagnostics;
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

