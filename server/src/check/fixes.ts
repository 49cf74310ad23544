/**
 * Applying fixes to a text: the edits of the chosen fixes, in original offsets, applied from the
 * end so earlier offsets stay valid. A fix whose edits overlap an edit already taken is left for
 * the next round (the caller re-checks and applies again), so two fixes never garble each other.
 *
 * Fixes are taken in the order of their first edit, and a paragraph can carry tens of thousands of
 * them, so the edits already taken are kept in a structure that answers "does this edit overlap any
 * of them" in logarithmic time instead of comparing every fix with every other.
 */
import { applyEdits, type Diagnostic, type Fix, type TextEdit } from '../base/diagnostic';

export interface FixResult {
  text: string;
  /** The fixes that were applied, in text order. */
  applied: Fix[];
}

export function applyFixes(text: string, fixes: Fix[]): FixResult {
  const taken = new TakenEdits(fixes);
  const takenEdits: TextEdit[] = [];
  const applied: Fix[] = [];
  // Sorting on a key computed once per fix keeps the order the stable sort gave before.
  const ordered = fixes.map((fix) => ({ fix, start: firstStart(fix) })).sort((a, b) => a.start - b.start);
  for (const { fix } of ordered) {
    if (fix.edits.some((edit) => edit.start < 0 || edit.end > text.length || edit.end < edit.start)) continue;
    if (fix.edits.some((edit) => taken.overlaps(edit))) continue;
    for (const edit of fix.edits) {
      taken.add(edit);
      takenEdits.push(edit);
    }
    applied.push(fix);
  }
  return { text: applyEdits(text, takenEdits), applied };
}

/** The safe fixes of diagnostics: the ones `--fix` and "fix all" apply without asking. */
export function safeFixes(diagnostics: Diagnostic[]): Fix[] {
  return diagnostics.flatMap((diagnostic) => (diagnostic.fixes ?? []).filter((fix) => fix.safe).slice(0, 1));
}

/** The smallest start of a fix's edits; a fix without edits sorts last. */
function firstStart(fix: Fix): number {
  let start = Infinity;
  for (const edit of fix.edits) start = Math.min(start, edit.start);
  return start;
}

/**
 * The edits taken so far. Two edits overlap when they share a character, and two insertions at one
 * offset overlap too (their order would be arbitrary); an insertion at either end of a replacement
 * does not. So an edit [start, end) overlaps a taken one exactly when some taken edit that starts
 * before `end` ends after `start`, or, for an insertion, when a taken insertion sits at its offset.
 * The first is a prefix maximum of ends over starts, kept in a Fenwick tree indexed by the rank of
 * each start among all the starts the fixes can have (known before any is taken).
 */
class TakenEdits {
  private readonly starts: number[];
  /** tree[i] holds the largest end among the taken edits whose start ranks in its range. */
  private readonly tree: number[];
  private readonly insertions = new Set<number>();

  constructor(fixes: readonly Fix[]) {
    const starts = new Set<number>();
    for (const fix of fixes) for (const edit of fix.edits) starts.add(edit.start);
    this.starts = [...starts].sort((a, b) => a - b);
    this.tree = new Array<number>(this.starts.length + 1).fill(-Infinity);
  }

  add(edit: TextEdit): void {
    if (edit.start === edit.end) this.insertions.add(edit.start);
    for (let i = this.rankOf(edit.start) + 1; i < this.tree.length; i += i & -i) this.tree[i] = Math.max(this.tree[i]!, edit.end);
  }

  overlaps(edit: TextEdit): boolean {
    if (edit.start === edit.end && this.insertions.has(edit.start)) return true;
    return this.largestEndStartingBefore(edit.end) > edit.start;
  }

  /** The largest end among the taken edits that start before `offset`. */
  private largestEndStartingBefore(offset: number): number {
    let largest = -Infinity;
    for (let i = this.countBelow(offset); i > 0; i -= i & -i) largest = Math.max(largest, this.tree[i]!);
    return largest;
  }

  /** The index of `start` among the known starts. */
  private rankOf(start: number): number {
    return this.countBelow(start);
  }

  /** How many known starts are smaller than `offset`. */
  private countBelow(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
