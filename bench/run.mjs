// Runs the benchmarks: each bench/*.bench.ts is bundled with esbuild (the core is TypeScript and
// chevrotain is ESM-only) and run in its own Node process so one benchmark's heap does not
// colour the next one's figures. Pass names to run only some: `node bench/run.mjs parse`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const outDir = join(here, '.data');
mkdirSync(outDir, { recursive: true });
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((word) => name.includes(word)));

for (const name of benches) {
  const outfile = join(outDir, name.replace(/\.ts$/, '.cjs'));
  await build({ entryPoints: [join(here, name)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  console.log(`\n## ${name}`);
  execFileSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
}
