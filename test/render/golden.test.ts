/**
 * Golden outlines of the samples: one line per printed block (role, style marks, text), so a change
 * in how a plan is laid out shows up as a readable diff. Regenerate with UPDATE_GOLDEN=1 after
 * checking the change is wanted.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Block, type LayoutParagraph, layoutPlan } from '../../server/src/render/layout';
import { loadSample, sampleNames } from './helpers';

const GOLDEN_DIR = join(__dirname, 'golden');

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

describe('golden outlines of the samples', () => {
  it.each(sampleNames())('%s', (name) => {
    const { workspace, file } = loadSample(name);
    const layout = layoutPlan(workspace, file);
    const outline = { page: layout.page, sections: layout.sections.map((section) => ({ [section.role]: section.blocks.map(outlineBlock) })) };
    const path = join(GOLDEN_DIR, `${name}.json`);
    const text = `${JSON.stringify(outline, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, text);
    }
    if (!existsSync(path)) throw new Error(`No golden outline ${path}: run UPDATE_GOLDEN=1 npx vitest run test/render, check it, commit it.`);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});
