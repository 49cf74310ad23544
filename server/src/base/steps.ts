/**
 * Work written as a generator that pauses between its steps (a check pauses after each rule) runs
 * either at once, here, or a slice at a time by a caller that must stay responsive (the language
 * server's lsp/slices.ts). Both get the same value: the generator's return.
 */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
