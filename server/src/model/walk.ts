/**
 * Traversals of the syntax tree shared by the checks, the renderers and the editor features, so
 * each of them sees every reference and every item in the same order.
 */
import type { Declaration, Field, FieldKey, Header, Inline, Item, Paragraph, PlanFile } from './ast';

export type InlineContext =
  | { kind: 'opening'; paragraph: Paragraph }
  | { kind: 'item'; item: Item; paragraph: Paragraph; isTitle: boolean }
  | { kind: 'field'; field: Field; owner: Header | Declaration }
  | { kind: 'phrase'; owner: Declaration }
  | { kind: 'recipient' };

/** Visits every inline node of a file in source order of its parts. */
export function forEachInline(file: PlanFile, visit: (inline: Inline, context: InlineContext) => void): void {
  if (file.header) {
    for (const field of file.header.fields) {
      for (const inline of field.inlines) visit(inline, { kind: 'field', field, owner: file.header });
    }
  }
  for (const paragraph of file.opening) {
    for (const inline of paragraph.inlines) visit(inline, { kind: 'opening', paragraph });
  }
  forEachItem(file.items, (item) => {
    if (item.title) {
      for (const inline of item.title.inlines) visit(inline, { kind: 'item', item, paragraph: item.title, isTitle: true });
    }
    for (const paragraph of item.paragraphs) {
      for (const inline of paragraph.inlines) visit(inline, { kind: 'item', item, paragraph, isTitle: false });
    }
  });
  for (const declaration of file.declarations) {
    if (declaration.kind === 'document') {
      for (const inline of declaration.phraseInlines) visit(inline, { kind: 'phrase', owner: declaration });
    }
    for (const field of declaration.fields) {
      for (const inline of field.inlines) visit(inline, { kind: 'field', field, owner: declaration });
    }
  }
  for (const entry of file.recipients?.entries ?? []) {
    for (const inline of entry.inlines) visit(inline, { kind: 'recipient' });
  }
}

/** Visits items depth-first, parents before children, with the list each item stands in. */
export function forEachItem(items: Item[], visit: (item: Item, siblings: Item[], parent: Item | undefined) => void, parent?: Item): void {
  for (const item of items) {
    visit(item, items, parent);
    forEachItem(item.children, visit, item);
  }
}

export function fieldOf(node: { fields: Field[] }, key: FieldKey): Field | undefined {
  return node.fields.find((field) => field.key === key);
}

export function fieldsOf(node: { fields: Field[] }, key: FieldKey): Field[] {
  return node.fields.filter((field) => field.key === key);
}

/** The plain text of inline nodes, with references written as they were (`@ID`). */
export function inlineSource(inlines: Inline[]): string {
  return inlines
    .map((inline) => (inline.kind === 'text' ? inline.text : inline.kind === 'ref' ? `@${inline.id}` : `[hạn ${inline.taskId}]`))
    .join('');
}
