// Bundles the entry points with esbuild: the CLI, the language server and the VS Code client.
// Type checking is `tsc --noEmit` (npm run typecheck); esbuild only strips types and bundles.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // `kehoach --version` and the SARIF producer name the released version.
  define: { KEHOACH_VERSION: JSON.stringify(version) },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
];

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
