/**
 * Memory of whole processes, for the memory test and bench/memory.bench.ts: a plan of a given size
 * in UTF-8 bytes, and the peak resident set of one `kehoach` run on it, as the operating system
 * counts it (`process.resourceUsage().maxRSS`, read by the child as it exits), so the figure holds
 * everything the process touched: Node itself, the bundle, the heap and the buffers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan } from '../../bench/generate';

/** What `kehoach build` is asked for, and `check`. */
export const COMMANDS = ['check', 'docx', 'html', 'json', 'ics'] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * A plan of about `bytes` UTF-8 bytes from the benchmark generator, with an annex so the DOCX
 * and HTML carry the task table too. The generator counts UTF-16 code units; Vietnamese takes
 * more bytes than code units, so the target is scaled by the ratio of a small plan.
 */
export function planOfBytes(bytes: number): string {
  const sample = generatePlan(100_000);
  const bytesPerUnit = Buffer.byteLength(sample, 'utf8') / sample.length;
  return generatePlan(Math.round(bytes / bytesPerUnit)).replace(/^( {2}trích yếu: .*)$/m, '$1\n  phụ lục: Danh mục nhiệm vụ');
}

export interface Run {
  command: Command;
  exitCode: number | null;
  /** Absent when the process died without exiting, as Node does when it runs out of heap. */
  peakRssBytes?: number;
  seconds: number;
  stderr: string;
}

/**
 * Runs `entry` (a script that starts the CLI as bin/kehoach.js does) on the plan file. A build
 * runs with --force, so that the renderer is measured even if a change to the checks finds an
 * error in the generated plan.
 */
export function runMeasured(entry: string, command: Command, planPath: string, outDir: string): Run {
  const scratch = mkdtempSync(join(tmpdir(), 'kehoach-rss-'));
  try {
    const report = join(scratch, 'max-rss');
    const preload = join(scratch, 'report.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));\n`,
    );
    const args = command === 'check' ? ['check', planPath] : ['build', '--force', '--format', command, '-o', join(outDir, `plan.${command}`), planPath];
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--require', preload, entry, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const run: Run = { command, exitCode: child.status, seconds, stderr: child.stderr };
    // maxRSS is in kibibytes.
    if (existsSync(report)) run.peakRssBytes = Number(readFileSync(report, 'utf8')) * 1024;
    return run;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
