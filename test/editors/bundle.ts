/**
 * The language server and the CLI bundled as `npm run build` bundles them (scripts/build.mjs), into
 * a temporary folder laid out as the package is (bin/kehoach.js, dist/cli.js, dist/server.js), so
 * editor tests run the shipped shape of the server and its launcher without writing dist/.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const REPO = join(__dirname, '..', '..');

export interface Bundles {
  folder: string;
  /** node <server> speaks LSP; the same file as dist/server.js. */
  server: string;
  /** node <cli> is bin/kehoach.js, with this folder's dist/cli.js and dist/server.js beside it. */
  cli: string;
  /** bin/kehoach.js beside a dist/ that holds the server alone, with no CLI bundle to load. */
  cliWithServerOnly: string;
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
  const server = join(folder, 'dist', 'server.js');
  await Promise.all([
    build({ ...common, entryPoints: [join(REPO, 'server', 'src', 'lsp', 'main.ts')], outfile: server }),
    build({ ...common, entryPoints: [join(REPO, 'server', 'src', 'cli', 'main.ts')], outfile: join(folder, 'dist', 'cli.js') }),
  ]);
  const launcher = (root: string): string => {
    mkdirSync(join(root, 'bin'), { recursive: true });
    copyFileSync(join(REPO, 'bin', 'kehoach.js'), join(root, 'bin', 'kehoach.js'));
    return join(root, 'bin', 'kehoach.js');
  };
  const serverOnly = join(folder, 'server-only');
  mkdirSync(join(serverOnly, 'dist'), { recursive: true });
  copyFileSync(server, join(serverOnly, 'dist', 'server.js'));
  return { folder, server, cli: launcher(folder), cliWithServerOnly: launcher(serverOnly) };
}
