/**
 * Preview and build for the editor: the render module makes the HTML, the DOCX bytes, the calendar
 * and the JSON; this module chooses where each goes and writes it atomically, so a failed build
 * never leaves half a file where the last good one was. A PDF is made as `kehoach build --format
 * pdf` makes it (LibreOffice, node/libreoffice.ts), with its Phụ lục VI sidecar `<name>.pdf.json`.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { type CivilDate, formatIsoDate } from '../base/civil-date';
import type { Message } from '../base/diagnostic';
import type { WorkingCalendar } from '../deadline/calendar';
import type { PlanFile } from '../model/ast';
import { fieldOf } from '../model/walk';
import type { Workspace } from '../model/workspace';
import { renderHtml } from '../render/html';
import { renderIcs } from '../render/ics';
import { planJson, renderJson } from '../render/json';
import { type LayoutOptions, layoutPlan, validateLayoutOptions } from '../render/layout';
import { ConversionError, type SofficeChoice, type SofficeSearch, sofficeConverter, systemSofficeSearch } from '../node/libreoffice';
import { renderOutgoingMetadata } from '../render/outgoing-metadata';
import type { DocxToPdf } from '../render/pdf';
import type { FileSystem } from './file-system';
import type { BuildFormat, DeadlinePlan, LayoutSettings, PreviewPage } from './protocol';
import { toRange } from './to-lsp';

function titleOf(file: PlanFile, fallback: string): string {
  return (file.header && fieldOf(file.header, 'title')?.value.text) || fallback;
}

/**
 * The editor's layout settings as the renderer's options, and why any were left out: a setting
 * outside the decree's ranges is dropped (the page keeps the default) and said, never used.
 */
export function layoutOptionsOf(settings: LayoutSettings | undefined): { options: LayoutOptions; problems: Message[] } {
  const options: LayoutOptions = {};
  if (settings?.bodySizePt !== undefined) options.bodySizePt = settings.bodySizePt;
  if (settings?.marginsMm) options.marginsMm = { ...settings.marginsMm };
  const problems = validateLayoutOptions(options);
  return problems.length === 0 ? { options, problems } : { options: {}, problems };
}

export function previewHtml(workspace: Workspace, file: PlanFile, options: LayoutOptions = {}): { html: string; page: PreviewPage } {
  const layout = layoutPlan(workspace, file, options);
  const { widthMm, heightMm, marginsMm, pageNumberSizePt } = layout.page;
  return { html: renderHtml(layout, titleOf(file, basename(file.uri))), page: { widthMm, heightMm, marginsMm: { ...marginsMm }, pageNumberSizePt } };
}

const EXTENSIONS: Record<BuildFormat, string> = { docx: '.docx', html: '.html', ics: '.ics', json: '.json', pdf: '.pdf' };

/**
 * Where the editor writes a plan's output: under `out/` at the workspace root, in the plan's
 * sub-folder, as `kehoach build <root> -o out` does. Never beside the plan, where a Word file the
 * plan was typed from may still lie.
 */
export function outputPathFor(planPath: string, root: string, format: BuildFormat = 'docx'): string {
  const name = basename(planPath).replace(/\.kh$/i, '') + EXTENSIONS[format];
  const under = relative(root, dirname(planPath));
  return under.startsWith('..') ? join(dirname(planPath), 'out', name) : join(root, 'out', under, name);
}

export interface BuildTarget {
  workspace: Workspace;
  file: PlanFile;
  planPath: string;
  root: string;
  calendar: WorkingCalendar;
}

async function render(format: Exclude<BuildFormat, 'pdf'>, target: BuildTarget, layout: LayoutOptions, now: Date): Promise<Uint8Array | string> {
  const { workspace, file, planPath, root, calendar } = target;
  const title = titleOf(file, basename(planPath));
  switch (format) {
    case 'docx': {
      // The DOCX writer (the docx package, a sixth of the server) is loaded by a DOCX export only,
      // from the writers bundle the command line and the PDF export share (scripts/build.mjs).
      const { renderDocx } = await import('../cli/writers');
      return renderDocx(layoutPlan(workspace, file, layout), { timestamp: now, title });
    }
    case 'html':
      return renderHtml(layoutPlan(workspace, file, layout), title);
    case 'ics':
      return renderIcs(workspace, file, { calendar, now });
    case 'json':
      // The plan is named by its place in the workspace, as `kehoach build` names it.
      return renderJson(workspace, file, { calendar, source: relative(root, planPath).split(sep).join('/') });
  }
}

/** The editor's setting that names soffice, as its messages name it. */
export const LIBREOFFICE_SETTING = 'kehoach.pdf.libreOffice';

/**
 * Where a PDF export takes soffice from: the path of the setting `kehoach.pdf.libreOffice` when it
 * is set (a relative path is taken from the workspace's root), else the search. A setting that is
 * blank or not text (from a client that is not ours) is no setting.
 */
export function libreOfficeChoice(configured: unknown, root: string, search: SofficeSearch): SofficeChoice {
  const path = typeof configured === 'string' ? configured.trim() : '';
  return { search, ...(path !== '' ? { configured: { path: resolve(root, path), setting: LIBREOFFICE_SETTING } } : {}) };
}

/**
 * LibreOffice as libreOfficeChoice says, on this machine. It is looked for at each PDF export, so
 * installing it while the editor is open is enough.
 */
export function libreOfficeConverter(configured: unknown, root: string): DocxToPdf {
  return (docx) => sofficeConverter(libreOfficeChoice(configured, root, systemSofficeSearch(process.env)))(docx);
}

/** The PDF for signature, then its sidecar; a PDF whose fonts are not all embedded is not written. */
async function buildPdf(target: BuildTarget, layout: LayoutOptions, fs: FileSystem, now: Date, path: string, convert: DocxToPdf): Promise<void> {
  const { workspace, file, planPath, root, calendar } = target;
  // Both files are checked before LibreOffice runs: a refused sidecar must not leave a PDF without it.
  const sidecarPath = `${path}.json`;
  fs.checkWritable?.(path);
  fs.checkWritable?.(sidecarPath);
  const agency = file.header ? fieldOf(file.header, 'agency')?.value.text : undefined;
  // The PDF writer (pdf-lib) is loaded by a PDF export only: the bundle shares the command line's
  // writers (dist/cli-writers.js, scripts/build.mjs), so the extension does not carry it twice.
  const { renderPdf } = await import('../cli/writers');
  const prepared = await renderPdf(layoutPlan(workspace, file, layout), { timestamp: now, title: titleOf(file, basename(planPath)), author: agency, convert });
  const unembedded = prepared.fonts.filter((font) => !font.embedded).map((font) => font.name);
  if (unembedded.length > 0) throw new ConversionError({ kind: 'fonts-not-embedded', fonts: unembedded });
  const sidecar = renderOutgoingMetadata(workspace, file, {
    calendar,
    source: relative(root, planPath).split(sep).join('/'),
    file: basename(path),
    pages: prepared.pages,
    fields: prepared.fields,
  });
  await fs.writeAtomic(path, prepared.bytes);
  await fs.writeAtomic(sidecarPath, new TextEncoder().encode(sidecar));
}

export async function buildPlan(format: BuildFormat, target: BuildTarget, layout: LayoutOptions, fs: FileSystem, now: Date, convert: DocxToPdf): Promise<string> {
  const path = outputPathFor(target.planPath, target.root, format);
  if (format === 'pdf') {
    await buildPdf(target, layout, fs, now, path, convert);
    return path;
  }
  const content = await render(format, target, layout, now);
  await fs.writeAtomic(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return path;
}

/** The plan's tasks with their last days and where each is declared, for the deadline view. */
export function deadlinePlan(workspace: Workspace, file: PlanFile, calendar: WorkingCalendar, config: { asOf?: CivilDate; dueSoonDays?: number }): DeadlinePlan {
  const json = planJson(workspace, file, { calendar });
  const declared = new Map<string, PlanFile['declarations'][number]>();
  for (const declaration of file.declarations) if (declaration.kind === 'task' && !declared.has(declaration.id)) declared.set(declaration.id, declaration);
  const tasks = json.tasks.flatMap((task) => {
    const declaration = declared.get(task.id);
    if (!declaration) return [];
    return [
      {
        id: task.id,
        name: task.name,
        lead: task.lead.map((unit) => unit.name),
        ...(task.deadline?.lastDay ? { lastDay: task.deadline.lastDay } : {}),
        ...(task.deadline?.written ? { written: task.deadline.written } : {}),
        range: toRange(declaration.loc),
      },
    ];
  });
  return {
    uri: file.uri,
    title: titleOf(file, basename(file.uri)),
    ...(config.asOf ? { asOf: formatIsoDate(config.asOf) } : {}),
    dueSoonDays: config.dueSoonDays ?? 7,
    tasks,
  };
}
