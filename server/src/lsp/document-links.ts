/**
 * Document links: each `@ID` of a document or unit opens the line that declares it, in the plan or
 * in a catalog file of the workspace; a document of the built-in catalog opens its source on the
 * web, as does the `nguồn` of any declaration. Editors without go-to-definition on a click
 * (Helix, a terminal Neovim) follow these.
 */
import type { Language } from '../base/diagnostic';
import type { Location } from '../base/source';
import type { PlanFile } from '../model/ast';
import { fieldOf, forEachInline } from '../model/walk';
import type { Workspace } from '../model/workspace';

export interface PlanLink {
  location: Location;
  target: string;
  tooltip: string;
}

/** A web address inside prose ("tra theo số ký hiệu tại https://vanban.chinhphu.vn"), without the punctuation after it. */
const WEB_ADDRESS = /https?:\/\/[^\s;,<>"]*[^\s;,<>".)]/g;

/** The address of a declaration's line and column, as VS Code and Neovim open a `file:` link. */
function positionTarget(uri: string, location: Location): string {
  const { line, character } = location.range.start;
  return `${uri}#L${line + 1},${character + 1}`;
}

export function documentLinks(workspace: Workspace, file: PlanFile, language: Language, describeUri: (uri: string, line: number) => string): PlanLink[] {
  const links: PlanLink[] = [];
  forEachInline(file, (inline) => {
    if (inline.kind !== 'ref') return;
    const declared = workspace.resolve(inline.id, file.uri);
    if (!declared) return;
    if (!declared.builtin) {
      const where = describeUri(declared.uri, declared.declaration.idLoc.range.start.line);
      links.push({ location: inline.idLoc, target: positionTarget(declared.uri, declared.declaration.idLoc), tooltip: language === 'en' ? `Declared in ${where}` : `Khai báo tại ${where}` });
      return;
    }
    const address = [...(fieldOf(declared.declaration, 'source')?.value.text ?? '').matchAll(WEB_ADDRESS)][0]?.[0];
    if (address) {
      links.push({ location: inline.idLoc, target: address, tooltip: language === 'en' ? 'Built-in catalog: open the source' : 'Danh mục kèm theo công cụ: mở nguồn' });
    }
  });
  for (const declaration of file.declarations) {
    const source = declaration.kind === 'task' ? undefined : fieldOf(declaration, 'source');
    if (!source) continue;
    for (const match of source.value.text.matchAll(WEB_ADDRESS)) {
      const start = source.value.base + match.index;
      links.push({ location: file.source.locate(start, start + match[0].length), target: match[0], tooltip: language === 'en' ? 'Open the source' : 'Mở nguồn' });
    }
  }
  return links.sort((a, b) => a.location.start - b.location.start);
}
