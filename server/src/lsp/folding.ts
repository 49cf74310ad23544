/**
 * Folding ranges of a plan: the header block, every phần, mục, khoản and điểm with what it holds,
 * each declaration whose fields run over several lines, Nơi nhận, the signer and runs of comment
 * lines. A range folds from its first line to its last; one line folds nothing.
 */
import type { Location } from '../base/source';
import type { PlanFile } from '../model/ast';
import { forEachItem } from '../model/walk';

export interface Fold {
  startLine: number;
  endLine: number;
  kind: 'region' | 'comment';
}

function linesOf(location: Location): { startLine: number; endLine: number } {
  return { startLine: location.range.start.line, endLine: location.range.end.line };
}

export function foldsOf(file: PlanFile): Fold[] {
  const folds: Fold[] = [];
  const region = (location: Location | undefined): void => {
    if (location) folds.push({ ...linesOf(location), kind: 'region' });
  };
  region(file.header?.loc);
  forEachItem(file.items, (item) => region(item.loc));
  for (const declaration of file.declarations) region(declaration.loc);
  region(file.recipients?.loc);
  if (file.signer) region(file.signer.loc);
  // Comments, one per line, fold where they follow each other line after line.
  let run: Fold | undefined;
  for (const comment of file.comments) {
    const { startLine, endLine } = linesOf(comment.loc);
    if (run && startLine === run.endLine + 1) run.endLine = endLine;
    else {
      run = { startLine, endLine, kind: 'comment' };
      folds.push(run);
    }
  }
  // An editor keeps one range per first line: the widest, which is the enclosing block.
  const byStart = new Map<number, Fold>();
  for (const fold of folds) {
    if (fold.endLine <= fold.startLine) continue;
    const known = byStart.get(fold.startLine);
    if (!known || fold.endLine > known.endLine) byStart.set(fold.startLine, fold);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
