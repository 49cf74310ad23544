/**
 * Long work in slices: a check of a large plan, or the first reading of a workspace of a thousand
 * plans, runs a few milliseconds at a time and lets the event loop in between, so the editor's
 * requests and edits are read while it runs. Work that an edit made stale is dropped at the next
 * pause instead of being finished for nothing.
 */

/** How long a slice runs before the event loop gets its turn. */
export const SLICE_MS = 8;

/** Lets the messages that arrived meanwhile (edits, requests) be handled before going on. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs `steps` to its end, pausing whenever a slice has run `SLICE_MS`, and gives up (undefined)
 * as soon as `stale()` says an edit made the result useless. `elapsed` reads a monotonic clock.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>, stale: () => boolean, elapsed: () => number = () => performance.now()): Promise<T | undefined> {
  let sliceStart = elapsed();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (elapsed() - sliceStart < SLICE_MS) continue;
    await pause();
    if (stale()) {
      steps.return(undefined as T);
      return undefined;
    }
    sliceStart = elapsed();
  }
}
