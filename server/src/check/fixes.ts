/**
 * Applying fixes to a text: the edits of the chosen fixes, in original offsets, applied from the
 * end so earlier offsets stay valid. A fix whose edits overlap an edit already taken is left for
 * the next round (the caller re-checks and applies again), so two fixes never garble each other.
 */
import { applyEdits, type Diagnostic, type Fix, type TextEdit } from '../base/diagnostic';

export interface FixResult {
  text: string;
  /** The fixes that were applied, in text order. */
  applied: Fix[];
}

export function applyFixes(text: string, fixes: Fix[]): FixResult {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  for (const fix of ordered) {
    if (fix.edits.some((edit) => edit.start < 0 || edit.end > text.length || edit.end < edit.start)) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
    applied.push(fix);
  }
  return { text: applyEdits(text, taken), applied };
}

/** The safe fixes of diagnostics: the ones `--fix` and "fix all" apply without asking. */
export function safeFixes(diagnostics: Diagnostic[]): Fix[] {
  return diagnostics.flatMap((diagnostic) => (diagnostic.fixes ?? []).filter((fix) => fix.safe).slice(0, 1));
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.start));
}

/** Two insertions at one offset overlap too: their order would be arbitrary. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
