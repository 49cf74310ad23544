/**
 * The same content for the tools the benchmarks compare with: a plan as Markdown for
 * markdownlint (sections as headings, markers as list items, declarations as comments, the rest as
 * it is), and a laid-out plan as Markdown for pandoc (every printed paragraph, in order).
 */
import type { PlanLayout } from '../server/src/render/layout';

export function planAsMarkdown(plan: string): string {
  return plan
    .split('\n')
    .map((line) => {
      if (/^[IVX]+\. /.test(line)) return `## ${line}\n`;
      if (/^\d+\. /.test(line)) return `${line}\n`;
      if (/^[a-zđ]\) /.test(line)) return `- ${line}`;
      if (/^\s*(nhiệm vụ|đơn vị|văn bản|kế hoạch)/.test(line)) return `<!-- ${line.trim()} -->`;
      return line;
    })
    .join('\n');
}

export function layoutAsMarkdown(layout: PlanLayout): string {
  const lines: string[] = [];
  for (const section of layout.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') {
        const text = block.text.replace(/([*_\\#`[\]])/g, '\\$1');
        lines.push(block.role === 'muc' ? `## ${text}` : block.bold ? `**${text}**` : text, '');
      } else if (block.kind === 'columns') {
        for (const row of block.rows) for (const cell of row) for (const paragraph of cell) lines.push(`${paragraph.text}  `);
        lines.push('');
      } else {
        lines.push(`| ${block.columns.map((column) => column.title).join(' | ')} |`, `|${block.columns.map(() => '---').join('|')}|`);
        for (const row of block.rows) lines.push(`| ${row.cells.join(' | ')} |`);
        lines.push('');
      }
    }
  }
  return lines.join('\n');
}
