/**
 * A compact, readable outline of a parsed plan, for structural assertions: one string per node.
 */
import type { Inline, Item, PlanFile } from '../../server/src/model/ast';

/**
 * Prose with references in braces: `{@VP}`, `{@@KH30}` for a citation asked for in full, and a
 * group as `{@{QD1, QD2}}`, its separators as written.
 */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((inline, index) => {
      if (inline.kind === 'text') return inline.text;
      if (inline.kind === 'deadline-ref') return `{hạn ${inline.taskId}}`;
      const at = inline.full ? '@@' : '@';
      const group = inline.group;
      if (!group) return `{${at}${inline.id}}`;
      const previous = inlines.slice(0, index).filter((other) => other.kind === 'ref').at(-1);
      const next = inlines.slice(index + 1).find((other) => other.kind === 'ref');
      const opens = previous?.kind !== 'ref' || previous.group !== group;
      const closes = next?.kind !== 'ref' || next.group !== group;
      return `${opens ? `{${at}{` : ''}${inline.id}${closes ? '}}' : ''}`;
    })
    .join('');
}

/**
 * With `markers: false` an item shows its kind only, for comparing a plan before and after
 * renumbering.
 */
export function outline(file: PlanFile, options: { markers?: boolean } = {}): string[] {
  const lines: string[] = [];
  if (file.header) {
    lines.push('header');
    for (const field of file.header.fields) lines.push(`  ${field.key}: ${field.value.text}`);
  }
  for (const paragraph of file.opening) lines.push(`opening: ${inlineText(paragraph.inlines)}`);
  const visit = (item: Item, depth: number) => {
    const pad = '  '.repeat(depth);
    lines.push(`${pad}${item.kind}${options.markers === false ? '' : ` ${item.marker}`}${item.title ? ` [title] ${inlineText(item.title.inlines)}` : ''}`);
    for (const paragraph of item.paragraphs) lines.push(`${pad}  | ${inlineText(paragraph.inlines)}`);
    for (const task of item.tasks) lines.push(`${pad}  task ${task.id}`);
    for (const child of item.children) visit(child, depth + 1);
  };
  for (const item of file.items) visit(item, 0);
  for (const declaration of file.declarations) {
    const value = declaration.kind === 'document' ? declaration.phrase.text : declaration.kind === 'unit' ? declaration.name.text : (declaration.title?.text ?? '');
    lines.push(`${declaration.kind} ${declaration.id}: ${value}`);
    for (const field of declaration.fields) lines.push(`  ${field.key}: ${field.value.text}`);
  }
  if (file.recipients) for (const entry of file.recipients.entries) lines.push(`recipient: ${entry.value.text}`);
  if (file.signer) lines.push(`signer: ${file.signer.lines.map((line) => line.text).join(' | ')} || ${file.signer.name?.text ?? ''}`);
  return lines;
}
