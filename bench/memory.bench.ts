/**
 * Memory: peak resident memory per input byte of `kehoach check` and of `kehoach build` to each
 * format, on generated plans (with an annex, so the task table is built too) of 1, 5 and 20 MB of
 * UTF-8. Every figure is one whole process of bin/kehoach.js (which `npm run bench` builds first),
 * its peak as the operating system counts it, so Node's own memory is in it: that is what a CI
 * runner or an editor pays. The goal (issue 14) is at most 60 bytes per input byte at 20 MB, DOCX
 * included; a figure over it, or a run that fails (as running out of heap does), is marked and
 * makes the bench exit with 1.
 *
 * `node memory.bench.cjs 1 5` measures only the sizes given, in MB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { COMMANDS, planOfBytes, runMeasured } from '../test/robustness/peak-rss';

const MB = 1024 * 1024;
const SIZES_MB = [1, 5, 20];
const GOAL_SIZE_MB = 20;
const GOAL_BYTES_PER_BYTE = 60;

/** bin/kehoach.js of this checkout; the bundle runs from bench/.data. */
const ENTRY = resolve(__dirname, '..', '..', 'bin', 'kehoach.js');

function main(): void {
  const asked = process.argv.slice(2).map(Number).filter((size) => size > 0);
  const sizes = asked.length > 0 ? asked : SIZES_MB;
  const folder = mkdtempSync(join(tmpdir(), 'kehoach-memory-bench-'));
  console.log(`Peak RSS per input byte of whole processes (peak in MB); goal ≤ ${GOAL_BYTES_PER_BYTE} B/byte at ${GOAL_SIZE_MB} MB.`);
  const header = ['plan', ...COMMANDS.map((command) => (command === 'check' ? 'check' : `build ${command}`))];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  let missed = false;
  try {
    for (const sizeMb of sizes) {
      const plan = planOfBytes(sizeMb * MB);
      const bytes = Buffer.byteLength(plan, 'utf8');
      const planPath = join(folder, 'ke-hoach.kh');
      writeFileSync(planPath, plan);
      const cells = COMMANDS.map((command) => {
        const run = runMeasured(ENTRY, command, planPath, folder);
        // check exits 1 on the generated plan's one error; a crash or a refused build is 2 or none.
        const peak = run.peakRssBytes;
        if (peak === undefined || run.exitCode === null || run.exitCode > 1) {
          missed = true;
          const reason = peak === undefined ? 'died' : `exit ${run.exitCode}`;
          console.error(`${command} of the ${sizeMb} MB plan: ${reason}\n${run.stderr.slice(-2000)}`);
          return `✗ ${reason}`;
        }
        const perByte = peak / bytes;
        const over = sizeMb >= GOAL_SIZE_MB && perByte > GOAL_BYTES_PER_BYTE;
        missed ||= over;
        return `${perByte.toFixed(0)} (${(peak / MB).toFixed(0)})${over ? ' ✗' : ''}`;
      });
      console.log(`| ${(bytes / MB).toFixed(1)} MB | ${cells.join(' | ')} |`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  if (missed) {
    console.log(`✗ a run failed, or took over ${GOAL_BYTES_PER_BYTE} bytes per input byte at ${GOAL_SIZE_MB} MB`);
    process.exitCode = 1;
  }
}

main();
