/**
 * Workspace symbols: every document, unit and task declared in the user's files, found by its id,
 * its name or a document's trích yếu typed without diacritics ("noi vu" finds `SNV: Sở Nội vụ`).
 * An exact id comes first, then ids that start with the query, then the rest, each in file order.
 */
import { foldKey, type Location } from '../base/source';
import type { Declaration, PlanFile } from '../model/ast';
import { fieldOf } from '../model/walk';

export interface DeclaredSymbol {
  /** The id and what it stands for: "SNV: Sở Nội vụ". */
  name: string;
  kind: Declaration['kind'];
  uri: string;
  location: Location;
  /** The plan or catalog the declaration is in, as its title or file name. */
  container: string;
}

/** So that an empty query in a large workspace does not send the editor everything at once. */
export const MAX_WORKSPACE_SYMBOLS = 500;

function describe(declaration: Declaration): string {
  if (declaration.kind === 'document') return declaration.phrase.text;
  if (declaration.kind === 'unit') return declaration.name.text;
  return declaration.title?.text ?? fieldOf(declaration, 'content')?.value.text ?? '';
}

function containerOf(file: PlanFile): string {
  const title = file.header && fieldOf(file.header, 'title')?.value.text;
  return title ?? decodeURIComponent(file.uri.slice(file.uri.lastIndexOf('/') + 1));
}

/** Declarations of `files` matching `query`: each word of it, folded, is in the folded id or words. */
export function workspaceSymbols(files: readonly PlanFile[], query: string): DeclaredSymbol[] {
  const words = foldKey(query).split(' ').filter(Boolean);
  const wanted = foldKey(query).replace(/ /g, '');
  const ranked: { symbol: DeclaredSymbol; rank: number }[] = [];
  for (const file of files) {
    const container = containerOf(file);
    for (const declaration of file.declarations) {
      const description = describe(declaration);
      const id = foldKey(declaration.id);
      // A document is found by its trích yếu too: drafters remember what it is about, not its number.
      const subject = declaration.kind === 'document' ? (fieldOf(declaration, 'title')?.value.text ?? '') : '';
      const haystack = `${id} ${foldKey(description)} ${foldKey(subject)}`;
      if (!words.every((word) => haystack.includes(word))) continue;
      const rank = wanted === '' ? 2 : id === wanted ? 0 : id.startsWith(wanted) ? 1 : 2;
      const name = description ? `${declaration.id}: ${description}` : declaration.id;
      ranked.push({ symbol: { name, kind: declaration.kind, uri: file.uri, location: declaration.idLoc, container }, rank });
    }
  }
  // Array.prototype.sort is stable: within a rank, file order stays.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_WORKSPACE_SYMBOLS)
    .map((entry) => entry.symbol);
}
