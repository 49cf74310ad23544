/**
 * Preview and build for the editor: the render module makes the HTML and the DOCX bytes; this
 * module chooses where the DOCX goes (next to the plan) and writes it atomically, so a failed
 * build never leaves half a file where the last good one was.
 */
import { basename } from 'node:path';
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

/** The DOCX next to a plan: "ke-hoach.kh" gives "ke-hoach.docx". */
export function docxPathFor(planPath: string): string {
  return planPath.replace(/\.kh$/i, '') + '.docx';
}

export async function buildDocx(workspace: Workspace, file: PlanFile, planPath: string, fs: FileSystem, now: Date): Promise<string> {
  const bytes = await renderDocx(layoutPlan(workspace, file), { timestamp: now, title: titleOf(file, basename(planPath)) });
  const target = docxPathFor(planPath);
  await fs.writeAtomic(target, bytes);
  return target;
}
