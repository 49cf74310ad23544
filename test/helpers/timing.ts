/**
 * The time of a synchronous run for growth tests: the least of a few runs, in milliseconds of
 * processor time (user and system). Processor time, as test/robustness/phases.ts measures it: on a
 * shared machine other processes stretch elapsed time by whatever share of the cores they take,
 * which says nothing about how the run grows with its input.
 */
export function bestCpuMs(run: () => void, rounds = 3): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
