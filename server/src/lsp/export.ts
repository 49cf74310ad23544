/**
 * Preview and build for the editor: the render module makes the HTML and the DOCX bytes; this
 * module chooses where the DOCX goes and writes it atomically, so a failed build never leaves half
 * a file where the last good one was.
 */
import { basename, dirname, join, relative } from 'node:path';
import type { PlanFile } from '../model/ast';
import { fieldOf } from '../model/walk';
import type { Workspace } from '../model/workspace';
import { renderDocx } from '../render/docx';
import { renderHtml } from '../render/html';
import { layoutPlan } from '../render/layout';
import type { FileSystem } from './file-system';

function titleOf(file: PlanFile, fallback: string): string {
  return (file.header && fieldOf(file.header, 'title')?.value.text) || fallback;
}

export function previewHtml(workspace: Workspace, file: PlanFile): string {
  return renderHtml(layoutPlan(workspace, file), titleOf(file, basename(file.uri)));
}

/**
 * Where the editor writes a plan's DOCX: under `out/` at the workspace root, in the plan's
 * sub-folder, as `kehoach build <root> -o out` does. Never beside the plan, where a Word file the
 * plan was typed from may still lie.
 */
export function docxPathFor(planPath: string, root: string): string {
  const name = basename(planPath).replace(/\.kh$/i, '') + '.docx';
  const under = relative(root, dirname(planPath));
  return under.startsWith('..') ? join(dirname(planPath), 'out', name) : join(root, 'out', under, name);
}

export async function buildDocx(workspace: Workspace, file: PlanFile, planPath: string, root: string, fs: FileSystem, now: Date): Promise<string> {
  const bytes = await renderDocx(layoutPlan(workspace, file), { timestamp: now, title: titleOf(file, basename(planPath)) });
  const target = docxPathFor(planPath, root);
  await fs.writeAtomic(target, bytes);
  return target;
}
