/**
 * Read time of Word and PDF originals: a 20-page and a 200-page plan (the seed's body repeated
 * under a two-column header table), as DOCX and as the PDF LibreOffice prints from it, read by
 * `readOriginal`, against `pandoc FILE -t plain` reading the same DOCX in the same run. Each pair
 * is run interleaved (pandoc, then ours as a fresh process as the CLI runs it, then ours warm in
 * process as the editor would), several times; min and median are printed with the ratio
 * pandoc / ours. Needs pandoc and LibreOffice (scripts/setup-render-tools.sh).
 *
 * `node original.bench.cjs --once <file> <docx|pdf>` reads one file and exits: the cold-process
 * measurement spawns this same bundle in that mode.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUnreadable } from '../server/src/original/document';
import { readOriginal, type OriginalFileKind } from '../server/src/original/read/index';
import { SEED_BODY } from '../test/cite/seed-fixture';
import { buildDocx, paragraph, run, table, TNR } from '../test/original/docx-builder';

const PAIRS = 5;
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

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'kh-original-bench-'));
  const sizes = [20, 200];
  const docx = sizes.map((pages) => {
    const path = join(folder, `plan-${pages}.docx`);
    writeFileSync(path, planDocx(pages));
    return path;
  });
  execFileSync('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...docx], { stdio: 'pipe' });
  for (const [i, pages] of sizes.entries()) {
    const docxPath = docx[i]!;
    const pdfPath = docxPath.replace(/\.docx$/, '.pdf');
    const printed = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
    console.log(`\n### about ${pages} pages (LibreOffice prints ${printed}), ${await readFile(docxPath, 'docx')} paragraphs`);
    const times: Record<string, number[]> = { pandoc: [], docxCold: [], docxWarm: [], pdfCold: [], pdfWarm: [] };
    for (let pair = 0; pair < PAIRS; pair++) {
      times.pandoc!.push(seconds(() => execFileSync('pandoc', [docxPath, '-t', 'plain'], { stdio: 'pipe', maxBuffer: 1 << 28 })));
      times.docxCold!.push(seconds(() => cold(docxPath, 'docx')));
      times.docxWarm!.push(await secondsAsync(() => readFile(docxPath, 'docx')));
      times.pdfCold!.push(seconds(() => cold(pdfPath, 'pdf')));
      times.pdfWarm!.push(await secondsAsync(() => readFile(pdfPath, 'pdf')));
    }
    const ratio = (ours: number[]) => `pandoc / ours: min ${(Math.min(...times.pandoc!) / Math.min(...ours)).toFixed(2)}, median ${(median(times.pandoc!) / median(ours)).toFixed(2)}`;
    console.log(`pandoc -t plain (DOCX)     ${show(times.pandoc!)}`);
    console.log(`readOriginal DOCX, process ${show(times.docxCold!)}  (${ratio(times.docxCold!)})`);
    console.log(`readOriginal DOCX, warm    ${show(times.docxWarm!)}  (${ratio(times.docxWarm!)})`);
    console.log(`readOriginal PDF, process  ${show(times.pdfCold!)}  (${ratio(times.pdfCold!)})`);
    console.log(`readOriginal PDF, warm     ${show(times.pdfWarm!)}  (${ratio(times.pdfWarm!)})`);
  }
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
