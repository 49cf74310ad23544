/**
 * Parse + index throughput on generated plans of 10 KB, 1 MB and 10 MB: the cost per byte
 * should stay flat as files grow. Then the time to check the seed sample warm.
 */
import { readFileSync } from 'node:fs';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../server/src/cite/builtin-catalog';
import { checkFile } from '../server/src/check/index';
import { WorkingCalendar } from '../server/src/deadline/calendar';
import { Workspace } from '../server/src/model/workspace';
import { generatePlan } from './generate';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void, repeats: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

console.log('| size | parse + index (ms, median) | MB/s | ns/byte | heap after (MB) |');
console.log('|---:|---:|---:|---:|---:|');
for (const [label, bytes, repeats] of [['10 KB', 10_000, 50], ['1 MB', 1_000_000, 7], ['10 MB', 10_000_000, 3]] as const) {
  const text = generatePlan(bytes);
  const actual = Buffer.byteLength(text);
  // Warm up the lexer and parser once so the first figure is not start-up cost.
  new Workspace().setFile('file:///warm.kh', generatePlan(5_000));
  let workspace = new Workspace();
  const ms = time(() => {
    workspace = new Workspace();
    workspace.setFile('file:///plan.kh', text);
    workspace.allDeclarations();
  }, repeats);
  (globalThis as { gc?: () => void }).gc?.();
  const heap = process.memoryUsage().heapUsed / 1e6;
  console.log(`| ${label} | ${ms.toFixed(1)} | ${(actual / 1e6 / (ms / 1000)).toFixed(2)} | ${((ms * 1e6) / actual).toFixed(0)} | ${heap.toFixed(0)} |`);
  void workspace;
}

const seedPath = 'samples/quang-ngai-dan-van-2023/ke-hoach.kh';
const catalogPath = 'samples/quang-ngai-dan-van-2023/danh-muc.kh';
const workspace = new Workspace();
workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
workspace.setFile('file:///danh-muc.kh', readFileSync(catalogPath, 'utf8'));
const seedText = readFileSync(seedPath, 'utf8');
const calendar = new WorkingCalendar();
let edit = 0;
const warm = time(() => {
  // An edit (a changed comment) forces a re-parse, as typing in the editor does.
  workspace.setFile('file:///ke-hoach.kh', `${seedText}\n// ${edit++}\n`);
  checkFile(workspace, 'file:///ke-hoach.kh', { calendar });
}, 30);
console.log(`\nseed sample, re-parse + check warm: ${warm.toFixed(2)} ms (median of 30)`);
