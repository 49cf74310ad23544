/**
 * The package users install: `npm run package` builds the bundles and packs a .vsix that holds what
 * the extension runs and nothing of the development tree. The bundles must load without any
 * node_modules beside them: the "files" list of package.json leaves node_modules out.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf } from '../original/pdf-builder';

const REPO = resolve(__dirname, '..', '..');
/** The bundles hold about 3 MB of JavaScript; a package several times that has taken in something it should not. */
const MAX_BYTES = 2 * 1024 * 1024;

describe('the packaged extension', () => {
  let dir: string;
  let vsix: string;
  let entries: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-vsix-'));
    vsix = join(dir, 'kehoach.vsix');
    const run = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: REPO, encoding: 'utf8' });
    expect(run.status, `npm run package failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
    entries = Object.keys(unzipSync(readFileSync(vsix)));
  }, 60000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the bundles, the grammar and the manifest', () => {
    for (const entry of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/syntaxes/kehoach.tmLanguage.json', 'extension/package.json', 'extension/docs/rules.md']) {
      expect(entries).toContain(entry);
    }
  });

  it('leaves out node_modules, tests, samples and build output', () => {
    const stray = entries.filter((entry) => /(^|\/)(node_modules|test|samples|bench|out)\//.test(entry) || entry.endsWith('.map'));
    expect(stray).toEqual([]);
  });

  it('stays small', () => {
    const size = statSync(vsix).size;
    console.log(`kehoach.vsix: ${(size / 1024).toFixed(0)} KiB, ${entries.length} entries`);
    expect(size).toBeLessThan(MAX_BYTES);
  });

  it('has bundles that require only Node built-ins, their shared writers, and vscode from the client', () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const required = (file: string): string[] => [...readFileSync(join(REPO, 'dist', file), 'utf8').matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]!);
    // Besides the built-ins, the server loads the document writers and PDF.js (to import a PDF) it
    // shares with the command line, bundles of the package itself.
    expect(required('server.js').filter((name) => !builtins.has(name)).sort()).toEqual(['./cli-pdf.js', './cli-writers.js']);
    expect(readFileSync(join(REPO, 'dist', 'server.js'), 'utf8')).not.toContain('node_modules/docx/');
    expect(entries).toContain('extension/dist/cli-writers.js');
    expect(required('client.js').filter((name) => !builtins.has(name) && name !== 'vscode')).toEqual([]);
    // The CLI requires the writers for a DOCX or PDF build and PDF.js for a PDF original, bundles
    // of their own, so that its other commands compile neither.
    expect(required('cli.js').filter((name) => !builtins.has(name)).sort()).toEqual(['./cli-pdf.js', './cli-writers.js']);
    expect(readFileSync(join(REPO, 'dist', 'cli.js'), 'utf8')).not.toContain('node_modules/pdfjs-dist/');
    expect(readFileSync(join(REPO, 'dist', 'cli-pdf.js'), 'utf8')).toContain('node_modules/pdfjs-dist/');
  });

  it('has a CLI that reads a PDF original through its PDF.js bundle, without node_modules', () => {
    const installed = join(dir, 'installed');
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(vsix)))) {
      if (!name.startsWith('extension/') || name.endsWith('/')) continue;
      mkdirSync(dirname(join(installed, name)), { recursive: true });
      writeFileSync(join(installed, name), bytes);
    }
    const pdf = join(dir, 'ke-hoach.pdf');
    writeFileSync(pdf, buildPdf([[{ x: 255, y: 710, text: 'KE HOACH' }, { x: 85, y: 680, text: 'Thuc hien Ke hoach so 10/KH-UBND.' }]]));
    const run = spawnSync(process.execPath, [join(installed, 'extension', 'bin', 'kehoach.js'), 'check', '--format', 'json', pdf], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(run.stderr).toBe('');
    const [report] = JSON.parse(run.stdout) as { diagnostics: { code: string }[] }[];
    expect(report!.diagnostics.map((diagnostic) => diagnostic.code)).toContain('header/missing');
  });
});
