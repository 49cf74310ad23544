/**
 * Helpers shared by the citation tests: applying the fixes of local problems the way the checks
 * will, and describing problems compactly so tables stay readable.
 */
import type { LocalProblem } from '../../server/src/base/diagnostic';

/** Applies every problem's replacement, from the end so earlier offsets stay valid. */
export function applyFixes(text: string, problems: readonly LocalProblem[]): string {
  const edits = problems.filter((p) => p.replacement !== undefined).sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.replacement! + out.slice(edit.end);
  return out;
}

/** "code@covered text→replacement", the shape the tables are written in. */
export function describe(text: string, problem: LocalProblem): string {
  const covered = text.slice(problem.start, problem.end);
  return `${problem.code}@${covered}${problem.replacement !== undefined ? `→${problem.replacement}` : ''}`;
}
