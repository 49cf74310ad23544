/**
 * Loading the samples into a workspace as the CLI does (every .kh of the folder plus the built-in
 * catalog), and reading a .docx back: its parts unzipped, its runs and paragraphs as XML strings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import type { PlanFile } from '../../server/src/model/ast';
import { Workspace } from '../../server/src/model/workspace';
import type { Block, LayoutParagraph, PlanLayout } from '../../server/src/render/layout';

export const SAMPLES_DIR = join(__dirname, '..', '..', 'samples');
export const SEED_SAMPLE = 'quang-ngai-dan-van-2023';

export function sampleNames(): string[] {
  return readdirSync(SAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(SAMPLES_DIR, entry.name)).includes('ke-hoach.kh'))
    .map((entry) => entry.name)
    .sort();
}

/** The sample's plan (`ke-hoach.kh`) in a workspace with the folder's catalogs. */
export function loadSample(name: string): { workspace: Workspace; file: PlanFile } {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  const folder = join(SAMPLES_DIR, name);
  let plan: PlanFile | undefined;
  for (const entry of readdirSync(folder).filter((file) => file.endsWith('.kh')).sort()) {
    const file = workspace.setFile(pathToFileURL(join(folder, entry)).href, readFileSync(join(folder, entry), 'utf8'));
    if (entry === 'ke-hoach.kh') plan = file;
  }
  return { workspace, file: plan! };
}

/** A plan given as text, in a workspace with the built-in catalog. */
export function loadText(text: string, uri = 'file:///tmp/test/ke-hoach.kh'): { workspace: Workspace; file: PlanFile } {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  return { workspace, file: workspace.setFile(uri, text) };
}

export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Every element `<tag …>…</tag>` (or self-closing) at any depth, outermost first. */
export function elements(xml: string, tag: string): string[] {
  const found: string[] = [];
  const open = new RegExp(`<${tag}(?=[\\s>/])`, 'g');
  for (let match = open.exec(xml); match; match = open.exec(xml)) {
    const start = match.index;
    const headEnd = xml.indexOf('>', start);
    if (xml[headEnd - 1] === '/') {
      found.push(xml.slice(start, headEnd + 1));
      continue;
    }
    // Walk nested elements of the same tag to the matching close.
    let depth = 1;
    const any = new RegExp(`<${tag}(?=[\\s>/])|</${tag}>`, 'g');
    any.lastIndex = headEnd + 1;
    let end = headEnd + 1;
    for (let next = any.exec(xml); next; next = any.exec(xml)) {
      if (next[0] === `</${tag}>`) depth--;
      else if (xml[xml.indexOf('>', next.index) - 1] !== '/') depth++;
      if (depth === 0) {
        end = next.index + next[0].length;
        break;
      }
    }
    found.push(xml.slice(start, end));
    open.lastIndex = end;
  }
  return found;
}

export function attribute(element: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return match?.[1];
}

/** The text of a paragraph or run: its `<w:t>` contents, unescaped. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function marks(paragraph: LayoutParagraph): string {
  const flags = [paragraph.align, `${paragraph.sizePt}pt`];
  if (paragraph.bold) flags.push('bold');
  if (paragraph.italic) flags.push('italic');
  if (paragraph.firstLineIndent) flags.push('indent');
  if (paragraph.ruleBelow) flags.push('rule');
  return flags.join(' ');
}

function outlineBlock(block: Block): unknown {
  if (block.kind === 'paragraph') return `${block.role} [${marks(block)}] ${block.text}`;
  if (block.kind === 'columns') {
    return { [block.role]: block.rows.map((row) => row.map((cell) => cell.map((paragraph) => `${paragraph.role} [${marks(paragraph)}] ${paragraph.text}`))) };
  }
  return { table: [block.columns.map((column) => column.title), ...block.rows.map((row) => row.cells)] };
}

/**
 * A golden outline of a layout: one line per printed block (role, style marks, text), so a change
 * in how a plan is laid out shows up as a readable diff.
 */
export function layoutOutline(layout: PlanLayout): unknown {
  return { page: layout.page, sections: layout.sections.map((section) => ({ [section.role]: section.blocks.map(outlineBlock) })) };
}
