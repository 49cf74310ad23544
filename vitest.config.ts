import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests and document round-trips are CPU-bound; two workers match the CI machine.
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
    testTimeout: 30000,
    reporters: ['default', './test/reporters/summary.ts'],
  },
});
