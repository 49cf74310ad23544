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

/**
 * The DOCX and PDF writers (server/src/cli/writers.ts, with the docx and pdf-lib packages) are a
 * bundle of their own that the CLI requires only when a build writes those formats, so the other
 * commands do not compile half a bundle they never run.
 */
const writersApart = {
  name: 'writers-apart',
  setup(build) {
    // A require, not an import(): bin/kehoach.js runs the bundle through vm.Script for its compile
    // cache, and a script compiled there has no loader for import() on Node 20.
    build.onResolve({ filter: /^(?:\.\/|\.\.\/cli\/)writers$/ }, (args) =>
      args.importer.endsWith('build.ts') || args.importer.endsWith('export.ts') ? { path: 'writers', namespace: 'writers-apart' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'writers-apart' }, () => ({ contents: "module.exports = require('./cli-writers.js');", loader: 'js' }));
    build.onResolve({ filter: /^\.\/cli-writers\.js$/ }, () => ({ path: './cli-writers.js', external: true }));
  },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [writersApart] },
  { entryPoints: ['server/src/cli/writers.ts'], outfile: 'dist/cli-writers.js' },
  // The language server's PDF export loads the same writers bundle.
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [writersApart] },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The preview's page runs in the webview, a browser.
  { entryPoints: ['client/src/webview/preview-page.ts'], outfile: 'dist/preview-page.js', platform: 'browser', format: 'iife', target: 'chrome120' },
];

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
