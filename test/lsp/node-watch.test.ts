/**
 * The server's own watch on the real disk (for editors that watch nothing for it): plans and the
 * configuration anywhere under the folder are reported, other files and node_modules are not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { nodeFileSystem } from '../../server/src/lsp/file-system';

let folder: string | undefined;
let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('reports .kh files and kehoach.config.json at any depth, and nothing from node_modules or other files', async () => {
  folder = mkdtempSync(join(tmpdir(), 'kehoach-watch-'));
  mkdirSync(join(folder, 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(join(folder, 'danh-muc'));
  const seen: string[] = [];
  close = nodeFileSystem.watch!(folder, (path) => seen.push(path)).close;
  const catalog = join(folder, 'danh-muc', 'chung.kh');
  const config = join(folder, 'kehoach.config.json');
  // The watch may still be reading the folder when the first files are written: write again, in
  // turns of at most 100 ms, until the plan is seen, with a deadline.
  const deadline = Date.now() + 10_000;
  for (let round = 0; !seen.includes(catalog) || !seen.includes(config); round++) {
    if (Date.now() > deadline) throw new Error(`not seen: ${JSON.stringify(seen)}`);
    writeFileSync(join(folder, 'node_modules', 'pkg', 'x.kh'), `${round}`);
    writeFileSync(join(folder, 'ghi-chu.txt'), `${round}`);
    writeFileSync(catalog, `đơn vị VP${round}: Văn phòng\n`);
    writeFileSync(config, '{}');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(seen.every((path) => path === catalog || path === config)).toBe(true);
});
