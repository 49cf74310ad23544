/**
 * Keeps the invariants of ARCHITECTURE.md true: the core does no IO and reads no clock, only
 * server/src/lsp knows LSP, and the client only shares the protocol with the server.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';

const CORE = ['base', 'syntax', 'model', 'cite', 'deadline', 'format', 'check', 'config', 'project', 'render', 'original'];

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
}

describe('architecture invariants', () => {
  const coreFiles = fg.sync(CORE.map((folder) => `server/src/${folder}/**/*.ts`));

  it('finds the core', () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  it.each(coreFiles)('%s does no IO and knows no editor', (path) => {
    const forbidden = imports(path).filter((name) =>
      /^(vscode|vscode-languageserver.*|vscode-languageclient.*|fs|node:fs|fs\/promises|node:fs\/promises|child_process|node:child_process|net|node:net|http|node:http)$/.test(name),
    );
    expect(forbidden).toEqual([]);
  });

  it.each(coreFiles)('%s never reads the clock', (path) => {
    const code = readFileSync(path, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(code).not.toMatch(/Date\.now\(|new Date\(\s*\)|performance\.now\(/);
  });

  it('only server/src/lsp imports vscode-languageserver', () => {
    const outside = fg
      .sync(['server/src/**/*.ts', '!server/src/lsp/**'])
      .filter((path) => imports(path).some((name) => name.startsWith('vscode-languageserver')));
    expect(outside).toEqual([]);
  });

  it('the client imports from the server only its shared protocol', () => {
    const offending = fg.sync('client/src/**/*.ts').flatMap((path) =>
      imports(path)
        .filter((name) => name.includes('server/src') && !name.endsWith('lsp/protocol'))
        .map((name) => `${path}: ${name}`),
    );
    expect(offending).toEqual([]);
  });
});

/** The folder of server/src that a path (relative to the repository) lies in. */
function folderOf(path: string): string {
  return relative('server/src', path).split(/[\\/]/)[0]!;
}

describe('dependency direction', () => {
  const allowed: Record<string, string[]> = {
    base: [],
    syntax: ['base', 'model'],
    model: ['base', 'syntax'],
    cite: ['base'],
    deadline: ['base', 'model'],
    format: ['base', 'model', 'syntax'],
    check: ['base', 'model', 'cite', 'deadline', 'format', 'syntax'],
    config: ['base', 'check', 'deadline'],
    project: ['base', 'config'],
    render: ['base', 'model', 'cite', 'deadline'],
    original: ['base', 'model', 'syntax', 'cite', 'deadline', 'format', 'check', 'config', 'project'],
    node: ['base'],
  };

  it.each(Object.entries(allowed))('server/src/%s imports only what ARCHITECTURE.md allows', (folder, permitted) => {
    const offending = fg.sync(`server/src/${folder}/**/*.ts`).flatMap((path) =>
      imports(path)
        .filter((name) => name.startsWith('.'))
        .map((name) => folderOf(join(dirname(path), name)))
        .filter((target) => target !== folder && !permitted.includes(target))
        .map((target) => `${path} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('syntax only takes the AST types from model', () => {
    const offending = fg
      .sync('server/src/syntax/**/*.ts')
      .flatMap((path) =>
        imports(path)
          .filter((name) => name.startsWith('.') && folderOf(join(dirname(path), name)) === 'model' && !join(dirname(path), name).endsWith(join('model', 'ast')))
          .map((name) => `${path} → ${name}`),
      );
    expect(offending).toEqual([]);
  });
});
