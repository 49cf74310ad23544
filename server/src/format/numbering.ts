/**
 * The numbers of phần, mục, khoản and điểm: which items count together, and the marker each one
 * should carry. The numbering checks (their renumber quick fix) and the formatter (which renumbers the
 * whole body) read the same answers here, so a fix and a format never disagree about a number.
 */
import { toRoman } from '../base/roman';
import type { TextEdit } from '../base/diagnostic';
import type { Item } from '../model/ast';
import { partMarkerFor } from '../syntax/parts';

/**
 * `as-written` keeps a khoản's trailing "." as the drafter wrote it, so a quick fix changes only
 * the numbers; `canonical` always writes it, as the formatter does.
 */
export type MarkerStyle = 'as-written' | 'canonical';

/** Điểm follow the Vietnamese alphabet: no f, j, w, z. */
export const VIETNAMESE_LETTERS = 'abcdđefghiklmnopqrstuvxy';

/** The lexer reads Roman markers up to XXXIX. and number components of up to three digits. */
const MAX_ROMAN = 39;
const MAX_NUMBER = 999;

/**
 * The marker of an item at `path`, or undefined when the number cannot be written as a marker the
 * lexer reads back (a 25th điểm, a 40th mục): writing it would turn the item into prose.
 */
export function markerFor(item: Item, path: number[], style: MarkerStyle): string | undefined {
  const last = path.at(-1)!;
  // A Phần keeps the way it was written ("Phần I.", "PHẦN THỨ NHẤT"): only its number changes.
  if (item.kind === 'phan') return partMarkerFor(item.marker, last);
  if (item.kind === 'muc') return last >= 1 && last <= MAX_ROMAN ? `${toRoman(last)}.` : undefined;
  if (item.kind === 'diem') {
    const letter = VIETNAMESE_LETTERS[last - 1];
    return letter ? `${letter})` : undefined;
  }
  if (path.some((number) => number < 0 || number > MAX_NUMBER)) return undefined;
  const dot = style === 'canonical' || item.marker.endsWith('.') ? '.' : '';
  return `${path.join('.')}${dot}`;
}

/**
 * Numbered siblings that form one sequence: the phần, the mục, the khoản of one depth, or the
 * điểm. The mục of each Phần count from I. again, as the khoản of each mục count from 1.
 *
 * A sibling numbered first again after a count that went on ("1." after "1.", "2."; "I." after
 * "I.", "II.") starts a sequence of its own: the drafter began a new count, which means a new
 * parent (an Điều, a mục written as prose) or a wrong level, never a number to shift by one.
 * Renumbering it on to "3." would rewrite what the drafter meant, so the formatter and the
 * renumber fix leave it, and the checks say what it is (check/numbering.ts). The first number
 * repeated right after itself ("1.", "1.", "1.") is the way drafters leave the numbers to the
 * formatter, and stays one sequence; so does the first number after a count of one item, which
 * keeps formatting stable ("II.", "I." becomes "I.", "II.", not "I.", "I.", which would read as
 * one count the next time), and the first number after a count whose next number no marker can
 * carry (a 40th mục): renumbering leaves such items as written, often "I.", which must not read
 * as a new count the next time.
 */
export function sequences(siblings: Item[]): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of siblings) {
    if (item.kind === 'dash' || item.kind === 'plus') continue;
    const key = sequenceKey(item);
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((group) => {
    const pieces: Item[][] = [];
    // Whether every item of the last piece so far carries the first number, kept as the piece
    // grows so that a long run of "1." is not scanned again at every item.
    let allStartOver = true;
    for (const item of group) {
      const current = pieces.at(-1);
      if (current === undefined || (startsOver(item) && current.length >= 2 && !allStartOver && !countIsFull(current))) {
        pieces.push([item]);
        allStartOver = startsOver(item);
      } else {
        current.push(item);
        allStartOver &&= startsOver(item);
      }
    }
    return pieces;
  });
}

/** True when the number after the piece's last, counted from 1, is one no marker can carry. */
function countIsFull(piece: Item[]): boolean {
  const last = piece.at(-1)!;
  return markerFor(last, [...last.numbers.slice(0, -1), piece.length + 1], 'canonical') === undefined;
}

/** Which count a numbered item belongs to among its siblings: its kind, and a khoản's depth. */
export function sequenceKey(item: Item): string {
  return item.kind === 'khoan' ? `khoan${item.numbers.length}` : item.kind;
}

/** True when the item carries the first number of its level: "1.", "2.1.", "I.", "a)", "Phần I". */
export function startsOver(item: Item): boolean {
  return item.numbers.at(-1) === 1;
}

export interface NumberedItem {
  item: Item;
  /** The number path the item stands for: [3] for "III." or "3.", [2, 1] for "2.1.". */
  path: number[];
}

/**
 * The path of each item of a sequence counted 1, 2, 3 … A prefixed khoản ("2.1.") takes its
 * prefix from `parentPath`, the path of the khoản it stands in, when the depths match; otherwise
 * it keeps the prefix it was written with.
 */
export function numberSequence(sequence: Item[], parentPath: number[] | undefined): NumberedItem[] {
  return sequence.map((item, index) => {
    const prefixed = item.kind === 'khoan' && item.numbers.length >= 2;
    const inherits = prefixed && parentPath !== undefined && parentPath.length === item.numbers.length - 1;
    const prefix = !prefixed ? [] : inherits ? parentPath : item.numbers.slice(0, -1);
    return { item, path: [...prefix, index + 1] };
  });
}

function markerEdit(numbered: NumberedItem, style: MarkerStyle, edits: TextEdit[]): void {
  const { item, path } = numbered;
  const marker = markerFor(item, path, style);
  if (marker !== undefined && marker !== item.marker) {
    edits.push({ start: item.markerLoc.start, end: item.markerLoc.end, newText: marker });
  }
}

/**
 * The edits that renumber one sequence under `parentPath`, together with the prefixes of every
 * prefixed khoản below a renumbered one ("2.1." under "2." when "2." becomes "3."): the quick fix
 * of one numbering problem.
 */
export function renumberSequence(sequence: Item[], parentPath: number[] | undefined, style: MarkerStyle): TextEdit[] {
  const edits: TextEdit[] = [];
  const visit = (items: Item[], prefix: number[] | undefined): void => {
    for (const numbered of numberSequence(items, prefix)) {
      markerEdit(numbered, style, edits);
      if (numbered.item.kind !== 'khoan') continue;
      for (const child of sequences(numbered.item.children)) {
        if (child[0]!.kind === 'khoan' && child[0]!.numbers.length === numbered.path.length + 1) visit(child, numbered.path);
      }
    }
  };
  visit(sequence, parentPath);
  return edits;
}

/** The edits that renumber every sequence of the body, each khoản's children under its new number. */
export function renumberAll(items: Item[], style: MarkerStyle): TextEdit[] {
  const edits: TextEdit[] = [];
  const visit = (siblings: Item[], parentPath: number[] | undefined): void => {
    const paths = new Map<Item, number[]>();
    for (const sequence of sequences(siblings)) {
      for (const numbered of numberSequence(sequence, parentPath)) {
        markerEdit(numbered, style, edits);
        paths.set(numbered.item, numbered.path);
      }
    }
    for (const item of siblings) visit(item.children, item.kind === 'khoan' ? paths.get(item) : undefined);
  };
  visit(items, undefined);
  return edits;
}
