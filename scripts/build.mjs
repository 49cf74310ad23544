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
 * Bundles of their own that a bundle requires only when it needs them, so that a command does not
 * compile and hold code it never runs: the DOCX and PDF writers (server/src/cli/writers.ts, with
 * the docx and pdf-lib packages), which only a build of those formats runs, and PDF.js
 * (server/src/original/read/pdfjs.ts), which only reading a PDF original runs.
 */
const APART = [
  { name: 'writers', file: './cli-writers.js', specifier: /^(?:\.\/|\.\.\/cli\/)writers$/, importers: ['build.ts', 'export.ts'] },
  { name: 'pdfjs', file: './cli-pdf.js', specifier: /^\.\/pdfjs$/, importers: ['read/pdf.ts'] },
];

const bundlesApart = {
  name: 'bundles-apart',
  setup(build) {
    for (const { name, file, specifier, importers } of APART) {
      // A require, not an import(): bin/kehoach.js runs the bundle through vm.Script for its compile
      // cache, and a script compiled there has no loader for import() on Node 20.
      build.onResolve({ filter: specifier }, (args) =>
        importers.some((importer) => args.importer.endsWith(importer)) ? { path: name, namespace: 'bundles-apart' } : undefined,
      );
      build.onResolve({ filter: new RegExp(`^${file.replace(/[.]/g, '\\.')}$`) }, () => ({ path: file, external: true }));
    }
    build.onLoad({ filter: /.*/, namespace: 'bundles-apart' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(APART.find((apart) => apart.name === args.path).file)});`,
      loader: 'js',
    }));
  },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [bundlesApart] },
  { entryPoints: ['server/src/cli/writers.ts'], outfile: 'dist/cli-writers.js' },
  { entryPoints: ['server/src/original/read/pdfjs.ts'], outfile: 'dist/cli-pdf.js' },
  // The language server's PDF export loads the same writers bundle.
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [bundlesApart] },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The preview's page runs in the webview, a browser.
  { entryPoints: ['client/src/webview/preview-page.ts'], outfile: 'dist/preview-page.js', platform: 'browser', format: 'iife', target: 'chrome120' },
];

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
