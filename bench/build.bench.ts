/**
 * Build time of a plan into DOCX: the seed sample and a generated plan of about 100 pages, against
 * pandoc converting the same content (as Markdown) to DOCX in the same run. Both sides are timed
 * as a fresh process per build, as a user runs them, and our pipeline is also timed warm in
 * process (what the editor preview pays). Prints the ratio pandoc / kehoach.
 *
 * `node build.bench.cjs --once <plan.kh> <out.docx>` builds one file and exits: the cold-process
 * measurement spawns this same bundle in that mode.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../server/src/cite/builtin-catalog';
import type { PlanFile } from '../server/src/model/ast';
import { Workspace } from '../server/src/model/workspace';
import { renderDocx } from '../server/src/render/docx';
import { layoutPlan } from '../server/src/render/layout';
import { generatePlan } from './generate';
import { layoutAsMarkdown } from './peers';

const SEED_DIR = join(__dirname, '..', '..', 'samples', 'quang-ngai-dan-van-2023');
const TIMESTAMP = new Date('2023-03-05T00:00:00Z');

function load(files: Record<string, string>, plan: string): { workspace: Workspace; file: PlanFile } {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  for (const [uri, text] of Object.entries(files)) workspace.setFile(uri, text);
  return { workspace, file: workspace.getFile(plan)! };
}

async function buildOnce(files: Record<string, string>, plan: string, out: string): Promise<void> {
  const { workspace, file } = load(files, plan);
  writeFileSync(out, await renderDocx(layoutPlan(workspace, file), { timestamp: TIMESTAMP }));
}

/** The plan's folder as a workspace: the plan and the catalogs beside it. */
function filesOf(path: string): { files: Record<string, string>; plan: string } {
  const folder = join(path, '..');
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.kh'))) files[`file://${join(folder, name)}`] = readFileSync(join(folder, name), 'utf8');
  return { files, plan: `file://${path}` };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeProcess(command: string, args: string[], repeats: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  }
  return median(samples);
}

async function timeWarm(files: Record<string, string>, plan: string, out: string, repeats: number): Promise<number> {
  await buildOnce(files, plan, out);
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    await buildOnce(files, plan, out);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

/** Pages of a DOCX as LibreOffice lays it out, when LibreOffice is installed. */
function pagesOf(docx: string, folder: string): string {
  if (spawnSync('sh', ['-c', 'command -v soffice && command -v pdfinfo'], { stdio: 'ignore' }).status !== 0) return 'n/a';
  execFileSync('soffice', [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { stdio: 'ignore' });
  const info = execFileSync('pdfinfo', [docx.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
  return /Pages:\s+(\d+)/.exec(info)?.[1] ?? '?';
}

async function main(): Promise<void> {
  if (process.argv[2] === '--once') {
    const { files, plan } = filesOf(process.argv[3]!);
    await buildOnce(files, plan, process.argv[4]!);
    return;
  }
  if (spawnSync('sh', ['-c', 'command -v pandoc'], { stdio: 'ignore' }).status !== 0) {
    throw new Error('pandoc is missing: run scripts/setup-render-tools.sh');
  }
  const folder = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
  const generatedDir = join(folder, 'generated');
  execFileSync('mkdir', ['-p', generatedDir]);
  // Generated plans lay out at about 2.15 KB of text per A4 page at 14 pt (measured with
  // LibreOffice): 215 KB gives about 100 pages. The pages column below shows the real count.
  writeFileSync(join(generatedDir, 'ke-hoach.kh'), generatePlan(215_000));
  const cases = [
    { label: 'seed sample', path: join(SEED_DIR, 'ke-hoach.kh'), repeats: 7 },
    { label: 'generated (~100 pages)', path: join(generatedDir, 'ke-hoach.kh'), repeats: 5 },
  ];
  console.log('| plan | pages | kehoach warm (ms) | kehoach process (ms) | pandoc process (ms) | pandoc / kehoach (process) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const { label, path, repeats } of cases) {
    const { files, plan } = filesOf(path);
    const out = join(folder, `${label.replace(/\W+/g, '-')}.docx`);
    const warm = await timeWarm(files, plan, out, repeats);
    const cold = timeProcess(process.execPath, [process.argv[1]!, '--once', path, out], repeats);
    const { workspace, file } = load(files, plan);
    const markdown = join(folder, `${label.replace(/\W+/g, '-')}.md`);
    writeFileSync(markdown, layoutAsMarkdown(layoutPlan(workspace, file)));
    const pandoc = timeProcess('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(folder, 'pandoc.docx'), markdown], repeats);
    console.log(`| ${label} | ${pagesOf(out, folder)} | ${warm.toFixed(1)} | ${cold.toFixed(0)} | ${pandoc.toFixed(0)} | ${(pandoc / cold).toFixed(2)} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
