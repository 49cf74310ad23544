/**
 * Ends the run with the plain closing line "N passed, N failed, N skipped", which CI logs and
 * people read the same way whatever the runner.
 */
import type { Reporter, RunnerTask, RunnerTestFile } from 'vitest';

function count(tasks: RunnerTask[], totals: { passed: number; failed: number; skipped: number }): void {
  for (const task of tasks) {
    if (task.type === 'suite') {
      count(task.tasks, totals);
      continue;
    }
    const state = task.result?.state;
    if (state === 'pass') totals.passed++;
    else if (state === 'fail') totals.failed++;
    else totals.skipped++;
  }
}

export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    count(files, totals);
    // A file that failed to load has no tests but must still count as a failure.
    totals.failed += files.filter((file) => file.result?.state === 'fail' && file.tasks.length === 0).length + errors.length;
    process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  }
}
