/**
 * The language server and the CLI bundled as `npm run build` bundles them (scripts/build.mjs), into
 * a temporary folder, so editor tests run the shipped shape of the server without writing dist/.
 * The CLI's `kehoach lsp` finds server.js beside cli.js, as in dist/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const REPO = join(__dirname, '..', '..');

export interface Bundles {
  folder: string;
  /** node <server> speaks LSP; the same file as dist/server.js. */
  server: string;
  /** node <cli> is bin/kehoach.js over this folder's cli.js. */
  cli: string;
}

export async function bundleServerAndCli(): Promise<Bundles> {
  const folder = mkdtempSync(join(tmpdir(), 'kehoach-editor-'));
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    define: { KEHOACH_VERSION: '"test"' },
  } as const;
  await Promise.all([
    build({ ...common, entryPoints: [join(REPO, 'server', 'src', 'lsp', 'main.ts')], outfile: join(folder, 'server.js') }),
    build({ ...common, entryPoints: [join(REPO, 'server', 'src', 'cli', 'main.ts')], outfile: join(folder, 'cli.js') }),
  ]);
  const cli = join(folder, 'kehoach.js');
  writeFileSync(cli, "require('./cli.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n");
  return { folder, server: join(folder, 'server.js'), cli };
}
