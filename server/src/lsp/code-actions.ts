/**
 * Quick fixes come from the fixes the checks attach to their diagnostics; the server never invents
 * one. Safe fixes are marked preferred (the editor applies them with one key), and one more action
 * applies every safe fix of the file at once, the editor's counterpart of `kehoach check --fix`.
 */
import type { Diagnostic, Fix, TextEdit } from '../base/diagnostic';

/** The safe fixes' edits without overlaps, first come first kept, in text order. */
export function mergeSafeEdits(diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; count: number } {
  const chosen: TextEdit[] = [];
  let count = 0;
  for (const diagnostic of diagnostics) {
    const fix: Fix | undefined = diagnostic.fixes?.find((candidate) => candidate.safe);
    if (!fix) continue;
    const overlaps = fix.edits.some((edit) => chosen.some((other) => edit.start < other.end && other.start < edit.end));
    if (overlaps) continue;
    chosen.push(...fix.edits);
    count++;
  }
  return { edits: chosen.sort((a, b) => a.start - b.start), count };
}
