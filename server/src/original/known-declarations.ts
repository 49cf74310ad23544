/**
 * What a workspace already declares, as an import reads it: the units of its catalogs by every
 * name they go by, the documents by their type and number, and every id in use. The plan an
 * import writes names those units and documents by their ids and makes no id already taken.
 */
import type { Workspace } from '../model/workspace';
import { fieldsOf } from '../model/walk';
import { documentKeyOf, type ImportStructure, type KnownDocument } from './recognise';
import type { KnownUnit } from './recognise-tasks';

/** The declarations of every file of `workspace` but the plan at `planUri` (which the import writes). */
export function knownDeclarations(workspace: Workspace, planUri: string): ImportStructure {
  const units: KnownUnit[] = [];
  const documents = new Map<string, KnownDocument>();
  const taken = new Set<string>();
  for (const file of workspace.allFiles()) {
    if (file.uri === planUri) continue;
    const builtin = workspace.isBuiltin(file.uri);
    for (const declaration of file.declarations) {
      // The built-in catalog is the compiler's own: a plan may declare one of its documents as it
      // cites it, under the same id, and its own declaration is the one its references mean.
      if (declaration.kind === 'task' || builtin) continue;
      taken.add(declaration.id);
      if (declaration.kind === 'unit') {
        units.push({ id: declaration.id, names: [declaration.name.text, ...fieldsOf(declaration, 'shortName').map((field) => field.value.text)] });
        continue;
      }
      const key = documentKeyOf(declaration.phrase.text);
      if (key && !documents.has(key)) documents.set(key, { id: declaration.id, phrase: declaration.phrase.text.normalize('NFC') });
    }
  }
  return { units, documents, taken };
}
