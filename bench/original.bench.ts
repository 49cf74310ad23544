/**
 * Read, check and import time of Word and PDF originals: a 20-page and a 200-page plan (the seed's
 * body repeated under a two-column header table), as DOCX and as the PDF LibreOffice prints from
 * it, against `pandoc FILE -t plain` reading the same DOCX in the same run. Each round is run
 * interleaved (pandoc, then each of ours), several rounds; min and median are printed with the
 * ratio pandoc / ours, above 1 when we are faster. Ours is timed three ways: reading alone
 * (`readOriginal`, as a fresh process of this bundle and warm in process), the whole `kehoach
 * check FILE` and `kehoach import FILE -o plan.kh` as processes of bin/kehoach.js (Node's start and
 * the bundle's load included, as a user pays them), and the same two commands warm in process
 * (`runCheck`, `runImport`), as a long-lived process pays them. Needs pandoc and LibreOffice
 * (scripts/setup-render-tools.sh) and the built CLI (`npm run bench` builds it first).
 *
 * `node original.bench.cjs --once <file> <docx|pdf>` reads one file and exits: the cold reading
 * measurement spawns this same bundle in that mode.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../server/src/cli/check';
import { runImport } from '../server/src/cli/import';
import type { CliIO } from '../server/src/cli/io';
import { isUnreadable } from '../server/src/original/document';
import { readOriginal, type OriginalFileKind } from '../server/src/original/read/index';
import { SEED_BODY } from '../test/cite/seed-fixture';
import { buildDocx, paragraph, run, table, TNR } from '../test/original/docx-builder';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
/** bin/kehoach.js of this checkout; the bundle runs from bench/.data. */
const CLI = join(__dirname, '..', '..', 'bin', 'kehoach.js');
const CENTER = '<w:jc w:val="center"/>';
const BODY = '<w:ind w:firstLine="567"/><w:spacing w:after="120"/><w:jc w:val="both"/>';

async function readFile(path: string, kind: OriginalFileKind): Promise<number> {
  const result = await readOriginal(new Uint8Array(readFileSync(path)), kind);
  if (isUnreadable(result)) throw new Error(`${path}: ${result.message.en}`);
  return result.paragraphs.length;
}

/** A plan of about `pages` pages: the seed's body (about seven pages, a paragraph per line) repeated. */
function planDocx(pages: number): Uint8Array {
  const header = table([
    [
      paragraph(run('UBND TỈNH QUẢNG NGÃI', `${TNR}<w:sz w:val="26"/>`), CENTER) + paragraph(run('SỞ CÔNG THƯƠNG', `${TNR}<w:b/><w:sz w:val="26"/>`), CENTER),
      paragraph(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${TNR}<w:b/><w:sz w:val="26"/>`), CENTER) +
        paragraph(run('Độc lập - Tự do - Hạnh phúc', `${TNR}<w:b/><w:sz w:val="28"/>`), CENTER),
    ],
  ]);
  const lines = SEED_BODY.split('\n');
  const repeats = Math.max(1, Math.round(pages / 6.8));
  let body = '';
  for (let i = 0; i < repeats; i++) for (const line of lines) body += paragraph(run(line, `${TNR}<w:sz w:val="28"/>`), BODY);
  return buildDocx({ body: header + paragraph(run('KẾ HOẠCH', `${TNR}<w:b/><w:sz w:val="28"/>`), CENTER) + body });
}

function seconds(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function secondsAsync(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const show = (values: number[]) => `min ${(Math.min(...values) * 1000).toFixed(0)} ms, median ${(median(values) * 1000).toFixed(0)} ms`;

function cold(path: string, kind: OriginalFileKind): void {
  const result = spawnSync(process.execPath, [__filename, '--once', path, kind], { stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`reading ${path} failed: ${result.stderr}`);
}

/** Runs `kehoach …` as a process; check exits 1 when it finds problems, which the seed's body has. */
function cli(args: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { stdio: 'pipe', maxBuffer: 1 << 28 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`kehoach ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
}

/** Output kept in memory: the warm commands print their report as the process would, without a terminal. */
function quietIO(cwd: string): CliIO {
  return { stdout: () => {}, stderr: () => {}, cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false, readStdin: async () => new Uint8Array() };
}

async function warmCheck(path: string, folder: string): Promise<void> {
  const code = await runCheck([path], {}, quietIO(folder), 'bench');
  if (code !== 0 && code !== 1) throw new Error(`check of ${path} ended with ${code}`);
}

async function warmImport(path: string, output: string, folder: string): Promise<void> {
  const code = await runImport(path, { output }, quietIO(folder), 'bench');
  if (code !== 0) throw new Error(`import of ${path} ended with ${code}`);
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'kh-original-bench-'));
  // The originals sit in a folder with no plan, so a check's workspace is the original alone;
  // each import writes a new plan into a folder of its own, removed after, since import never
  // writes over a file.
  const originals = join(folder, 'originals');
  const outputs = join(folder, 'outputs');
  mkdirSync(originals);
  let written = 0;
  const importTo = () => {
    const out = join(outputs, String(written++));
    mkdirSync(out, { recursive: true });
    return join(out, 'ke-hoach.kh');
  };
  const sizes = [20, 200];
  const docx = sizes.map((pages) => {
    const path = join(originals, `plan-${pages}.docx`);
    writeFileSync(path, planDocx(pages));
    return path;
  });
  execFileSync('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', originals, ...docx], { stdio: 'pipe' });
  for (const [i, pages] of sizes.entries()) {
    const docxPath = docx[i]!;
    const pdfPath = docxPath.replace(/\.docx$/, '.pdf');
    const printed = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
    console.log(`\n### about ${pages} pages (LibreOffice prints ${printed}), ${await readFile(docxPath, 'docx')} paragraphs`);
    const measures: { label: string; run: () => Promise<unknown> | void }[] = [];
    for (const [kind, path] of [
      ['DOCX', docxPath],
      ['PDF', pdfPath],
    ] as const) {
      const reader: OriginalFileKind = kind === 'DOCX' ? 'docx' : 'pdf';
      measures.push(
        { label: `read ${kind}, process`, run: () => cold(path, reader) },
        { label: `read ${kind}, warm`, run: () => readFile(path, reader) },
        { label: `check ${kind}, process`, run: () => cli(['check', path]) },
        { label: `check ${kind}, warm`, run: () => warmCheck(path, originals) },
        { label: `import ${kind}, process`, run: () => cli(['import', path, '-o', importTo()]) },
        { label: `import ${kind}, warm`, run: () => warmImport(path, importTo(), originals) },
      );
    }
    const pandoc: number[] = [];
    const times = new Map<string, number[]>(measures.map((measure) => [measure.label, []]));
    for (let round = 0; round < PAIRS; round++) {
      pandoc.push(seconds(() => execFileSync('pandoc', [docxPath, '-t', 'plain'], { stdio: 'pipe', maxBuffer: 1 << 28 })));
      for (const measure of measures) times.get(measure.label)!.push(await secondsAsync(async () => measure.run()));
      rmSync(outputs, { recursive: true, force: true });
    }
    const ratio = (ours: number[]) => `pandoc / ours: min ${(Math.min(...pandoc) / Math.min(...ours)).toFixed(2)}, median ${(median(pandoc) / median(ours)).toFixed(2)}`;
    console.log(`${'pandoc -t plain (DOCX)'.padEnd(24)} ${show(pandoc)}`);
    for (const [label, ours] of times) console.log(`${label.padEnd(24)} ${show(ours)}  (${ratio(ours)})`);
  }
  rmSync(folder, { recursive: true, force: true });
}

if (process.argv[2] === '--once') {
  readFile(process.argv[3]!, process.argv[4] as OriginalFileKind).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
