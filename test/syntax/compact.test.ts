/**
 * Compacting the lists of a built tree changes nothing but their room: every sample and fixture
 * gives the same tree, and a task reached from its item and from the declarations is still one
 * object.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../server/src/base/source';
import type { Item } from '../../server/src/model/ast';
import { TreeBuilder } from '../../server/src/syntax/build';
import { compactLists } from '../../server/src/syntax/compact';
import { parseLines } from '../../server/src/syntax/parser';
import { planLexer } from '../../server/src/syntax/tokens';

const ROOTS = ['samples', 'test/fixtures'];

function plans(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return plans(path);
    return entry.name.endsWith('.kh') ? [path] : [];
  });
}

function built(text: string) {
  const source = new SourceText(text);
  const lexed = /[\r\n]$/.test(source.text) ? source.text : `${source.text}\n`;
  return new TreeBuilder('file:///compact.kh', source).build(parseLines(planLexer.tokenize(lexed).tokens));
}

function everyItem(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...everyItem(item.children)]);
}

const FILES = ROOTS.flatMap(plans);

describe('compactLists', () => {
  it('finds plans to compact', () => expect(FILES.length).toBeGreaterThan(3));

  it.each(FILES)('%s keeps its tree', (path) => {
    const file = built(readFileSync(path, 'utf8'));
    const { source, ...tree } = file;
    const before = JSON.stringify(tree);
    const tasks = file.declarations.filter((declaration) => declaration.kind === 'task');
    const compacted = compactLists(file);
    const { source: after, ...compactedTree } = compacted;
    expect(after).toBe(source);
    expect(JSON.stringify(compactedTree)).toBe(before);
    const taskOfItems = everyItem(compacted.items).flatMap((item) => item.tasks);
    expect(taskOfItems.every((task) => tasks.includes(task))).toBe(true);
    expect(taskOfItems.length).toBe(tasks.length);
  });
});
