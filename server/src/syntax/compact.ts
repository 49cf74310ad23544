/**
 * The lists of a built tree at their own length. The tree builder grows every list one push at a
 * time, and V8 gives a list room for seventeen entries at its first push, while most lists of a
 * plan hold one to three (the inlines of a line, the paragraphs and tasks of an item, the fields
 * of a declaration): that room was a fifth of a parsed plan's memory. Copied once the tree is
 * built, each list takes only what it holds. Only the lists are copied; every node stays the
 * same object, so a task reached from its item and from the declarations is still one task.
 * The inlines of a value and the numbers of an item come from the builder at their own length
 * and are not copied again; those of a paragraph are, since its following lines are pushed onto
 * them.
 */
import type { Item, Paragraph, PlanFile } from '../model/ast';

export function compactLists(file: PlanFile): PlanFile {
  if (file.header) file.header.fields = file.header.fields.slice();
  file.opening = paragraphs(file.opening);
  file.items = items(file.items);
  file.declarations = file.declarations.slice();
  for (const declaration of file.declarations) declaration.fields = declaration.fields.slice();
  if (file.recipients) file.recipients.entries = file.recipients.entries.slice();
  if (file.signer) file.signer.lines = file.signer.lines.slice();
  return file;
}

function paragraphs(list: Paragraph[]): Paragraph[] {
  for (const paragraph of list) paragraph.inlines = paragraph.inlines.slice();
  return list.slice();
}

/** Items nest as deep as the plan does, so they are walked with a stack of their own. */
function items(top: Item[]): Item[] {
  const pending = [...top];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (item.title) item.title.inlines = item.title.inlines.slice();
    item.paragraphs = paragraphs(item.paragraphs);
    // A list that was never pushed onto has no room to give back: most items have no tasks or
    // children, and copying their empty lists only made garbage.
    if (item.tasks.length > 0) item.tasks = item.tasks.slice();
    for (const child of item.children) pending.push(child);
    if (item.children.length > 0) item.children = item.children.slice();
  }
  return top.slice();
}
