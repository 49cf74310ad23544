/**
 * What id a position in a file stands for, and every place the same id occurs. Document and unit
 * ids are shared by the whole workspace; task ids belong to their plan. Hover, go to definition,
 * find references and rename all ask this module, so they agree on what an id means.
 */
import type { Location } from '../base/source';
import type { Declaration, PlanFile } from '../model/ast';
import { forEachInline } from '../model/walk';
import { tasksOf, type Workspace } from '../model/workspace';

/** A document or unit id is global to the workspace; a task id is scoped to its file. */
export type IdScope = { kind: 'global' } | { kind: 'task'; uri: string };

export interface IdAt {
  id: string;
  scope: IdScope;
  /** The id's span under the cursor, without `@` or `[hạn `. */
  loc: Location;
  /** What is under the cursor: a declaration's id, an `@ID` or a `[hạn ID]`. */
  site: 'declaration' | 'ref' | 'deadline-ref';
}

export interface Occurrence {
  uri: string;
  loc: Location;
  isDeclaration: boolean;
}

function covers(loc: Location, offset: number): boolean {
  return loc.start <= offset && offset <= loc.end;
}

function scopeOfDeclaration(declaration: Declaration, uri: string): IdScope {
  return declaration.kind === 'task' ? { kind: 'task', uri } : { kind: 'global' };
}

/** A reference `@ID` means a declared document or unit first, then a task of the same plan (as printing does). */
function scopeOfReference(workspace: Workspace, file: PlanFile, id: string): IdScope | undefined {
  if (workspace.resolve(id, file.uri)) return { kind: 'global' };
  return tasksOf(file).has(id) ? { kind: 'task', uri: file.uri } : undefined;
}

/** The id at an offset of the original text, if any. */
export function idAt(workspace: Workspace, file: PlanFile, offset: number): IdAt | undefined {
  for (const declaration of file.declarations) {
    if (covers(declaration.idLoc, offset)) {
      return { id: declaration.id, scope: scopeOfDeclaration(declaration, file.uri), loc: declaration.idLoc, site: 'declaration' };
    }
  }
  let found: IdAt | undefined;
  forEachInline(file, (inline) => {
    if (found || inline.kind === 'text' || !covers(inline.loc, offset)) return;
    if (inline.kind === 'deadline-ref') {
      found = { id: inline.taskId, scope: { kind: 'task', uri: file.uri }, loc: inline.idLoc, site: 'deadline-ref' };
      return;
    }
    const scope = scopeOfReference(workspace, file, inline.id) ?? { kind: 'global' };
    found = { id: inline.id, scope, loc: inline.idLoc, site: 'ref' };
  });
  return found;
}

/** Every declaration and reference of the id, in the files its scope spans. */
export function occurrencesOf(workspace: Workspace, id: string, scope: IdScope): Occurrence[] {
  const files = scope.kind === 'task' ? [workspace.getFile(scope.uri)].flatMap((file) => file ?? []) : workspace.allFiles();
  const occurrences: Occurrence[] = [];
  for (const file of files) {
    for (const declaration of file.declarations) {
      if (declaration.id === id && (declaration.kind === 'task') === (scope.kind === 'task')) {
        occurrences.push({ uri: file.uri, loc: declaration.idLoc, isDeclaration: true });
      }
    }
    forEachInline(file, (inline) => {
      if (inline.kind === 'deadline-ref' && scope.kind === 'task' && inline.taskId === id) {
        occurrences.push({ uri: file.uri, loc: inline.idLoc, isDeclaration: false });
      } else if (inline.kind === 'ref' && inline.id === id && scopeOfReference(workspace, file, id)?.kind === scope.kind) {
        occurrences.push({ uri: file.uri, loc: inline.idLoc, isDeclaration: false });
      }
    });
  }
  return occurrences.sort((a, b) => (a.uri === b.uri ? a.loc.start - b.loc.start : a.uri < b.uri ? -1 : 1));
}
