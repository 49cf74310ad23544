/**
 * What one file gives the checks of the other files of its workspace, so that an edit which
 * changes none of it re-checks the edited file alone. The checks read another file only through
 * the workspace index: its documents and units (resolution, duplicates, what a citation is
 * compared with, where a related location points) and the ids its `@` references name (unused
 * declarations). The facts are kept as the text from the file's start to the end of its last
 * declaration, which holds every declaration with its words and its line and column, and the ids
 * referenced; comparing them costs a string comparison, with no tree walked twice.
 */
import type { PlanFile } from '../model/ast';
import { forEachInline } from '../model/walk';

export interface CrossFileFacts {
  declarations: string;
  references: string;
}

/** The facts of a tree, taken once: each edit compares the new tree's with the old one's. */
const factsOfTree = new WeakMap<PlanFile, CrossFileFacts>();

export function crossFileFacts(file: PlanFile | undefined): CrossFileFacts | undefined {
  if (!file) return undefined;
  let facts = factsOfTree.get(file);
  if (!facts) {
    facts = factsOf(file);
    factsOfTree.set(file, facts);
  }
  return facts;
}

function factsOf(file: PlanFile): CrossFileFacts {
  let end = 0;
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'task') end = Math.max(end, declaration.loc.end);
  }
  const ids = new Set<string>();
  forEachInline(file, (inline) => {
    if (inline.kind === 'ref') ids.add(inline.id);
  });
  return { declarations: file.source.original.slice(0, end), references: [...ids].sort().join('\n') };
}

export function sameCrossFileFacts(a: CrossFileFacts | undefined, b: CrossFileFacts | undefined): boolean {
  if (!a || !b) return a === b;
  return a.declarations === b.declarations && a.references === b.references;
}

/**
 * How long to wait after a keystroke before checking: a small plan is checked at once, a plan of
 * megabytes once typing pauses, since its check takes longer than the gap between two keys.
 */
export function debounceFor(textLength: number): number {
  return Math.round(Math.min(400, 20 + textLength / 4000));
}
