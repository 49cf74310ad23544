/**
 * The npm package, as `npx kehoach`, a pre-commit hook or another project installs it: the CLI
 * bundle is built (by `npm install`/`npm ci` in a clone and by `npm pack`, through `prepare`, which
 * runs in the background so that the standard output of `npm pack` holds only the tarball's name),
 * the tarball holds it, and it installs and runs with no dependency to fetch, because esbuild
 * bundled them all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const REPO = resolve(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'kehoach-pack-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

it('packs, installs offline, checks a plan and has the language server', () => {
  const build = run('node', ['scripts/build.mjs'], REPO);
  expect(build.status, build.out).toBe(0);
  const pack = run('npm', ['pack', '--json', '--pack-destination', dir], REPO);
  expect(pack.status, pack.out).toBe(0);
  const tarball = join(dir, (JSON.parse(pack.out.slice(pack.out.indexOf('['), pack.out.lastIndexOf(']') + 1)) as { filename: string }[])[0]!.filename);
  const prefix = join(dir, 'prefix');
  const install = run('npm', ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], dir);
  expect(install.status, install.out).toBe(0);
  const bin = join(prefix, 'node_modules', '.bin', 'kehoach');
  const version = run(bin, ['--version'], dir);
  expect(version.out.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  const check = run(bin, ['check', join(REPO, 'samples', 'ngan-gon-2025', 'ke-hoach.kh')], dir);
  expect(check.status, check.out).toBe(0);
  // The language server for other editors is installed as its own command and starts the shipped
  // bundle: asked for a port that cannot be, it says so in words (test/editors drives it fully).
  const server = run(join(prefix, 'node_modules', '.bin', 'kehoach-language-server'), ['--socket=none'], dir);
  expect(server.status, server.out).toBe(2);
  expect(server.out).toContain('--socket needs a TCP port');
}, 120000);
