/**
 * Growth: every phase on every adversarial shape (test/robustness/shapes.ts) must take time in
 * proportion to its input. Each shape is built at 8 KB and at 64 KB, eight times as much: a linear
 * phase takes about eight times as long, a quadratic one sixty-four. The test fails when the large
 * input takes more than thirty times the small one, or more than ten seconds at all, so a
 * regression to quadratic time fails loudly while a loaded machine does not make it flaky: each
 * figure is the best of three runs after a warm-up, a few milliseconds of noise are allowed on top,
 * and a failing ratio is measured once more before it counts.
 *
 * The finer figures (time per byte up to 1 MB) are bench/growth.bench.ts's; the limits here are only
 * meant to catch a blow-up.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PHASES, type Phase, type Prepared, prepare, timeOnce } from './phases';
import { SHAPES, type Shape } from './shapes';

const SMALL = 8_000;
const LARGE = 64_000;
const RUNS = 3;
/** The large input of any phase finishes well within this on a loaded two-core machine. */
const LIMIT_MS = 10_000;
/** Eight times the input may cost at most this many times the time: linear is 8, quadratic 64. */
const MAX_GROWTH = 30;
/** Timer resolution, a garbage collection or a late compilation add this much to any figure. */
const NOISE_MS = 25;
/** The one long line is also taken through every phase at this size, once. */
const LONG_LINE = 1_000_000;

const inputs = new Map<string, Prepared>();

/** The shape at a size, parsed and checked once for all the phases that need it. */
function input(shape: Shape, size: number): Prepared {
  const key = `${shape.name}@${size}`;
  let prepared = inputs.get(key);
  if (!prepared) {
    prepared = prepare(shape.build(size));
    for (const phase of PHASES) phase.before?.(prepared);
    inputs.set(key, prepared);
  }
  return prepared;
}

/** The best of RUNS runs; stops early past the limit. */
async function bestTime(phase: Phase, prepared: Prepared): Promise<number> {
  let best = await timeOnce(phase, prepared);
  for (let run = 1; run < RUNS && best < LIMIT_MS; run++) best = Math.min(best, await timeOnce(phase, prepared));
  return best;
}

async function growth(phase: Phase, shape: Shape): Promise<{ small: number; large: number }> {
  // One run on the small input first warms the compiler up, so neither figure pays for it.
  await timeOnce(phase, input(shape, SMALL));
  const small = await bestTime(phase, input(shape, SMALL));
  const large = await bestTime(phase, input(shape, LARGE));
  return { small, large };
}

/** Lets the inputs of a shape go once its tests are done, so they do not pile up in memory. */
function forget(shape: Shape): void {
  for (const key of [...inputs.keys()]) if (key.startsWith(`${shape.name}@`)) inputs.delete(key);
}

describe.each(SHAPES)('growth of $name', (shape) => {
  afterAll(() => forget(shape));

  it('builds its inputs at the sizes asked, as plans the checks go through without an internal error', () => {
    for (const size of [SMALL, LARGE]) {
      const prepared = input(shape, size);
      expect(prepared.text.length).toBeGreaterThanOrEqual(size * 0.9);
      expect(prepared.text.length).toBeLessThanOrEqual(size * 1.1);
      expect(prepared.diagnostics().filter((diagnostic) => diagnostic.code.startsWith('internal/'))).toEqual([]);
    }
  });

  it.each(PHASES)('$name takes time in proportion to the input', async (phase) => {
    let times = await growth(phase, shape);
    expect(times.large, `${phase.name} on 64 KB of ${shape.name}`).toBeLessThan(LIMIT_MS);
    if (times.large > MAX_GROWTH * times.small + NOISE_MS) {
      // A pause of the machine during the small runs makes the ratio look worse than it is.
      const again = await growth(phase, shape);
      times = { small: Math.min(times.small, again.small), large: Math.min(times.large, again.large) };
    }
    const summary = `${phase.name} on ${shape.name}: ${times.small.toFixed(1)} ms at 8 KB, ${times.large.toFixed(1)} ms at 64 KB`;
    expect(times.large, summary).toBeLessThanOrEqual(MAX_GROWTH * times.small + NOISE_MS);
  });
});

describe('one line of 1 MB', () => {
  const shape = SHAPES.find((candidate) => candidate.name === 'one-long-line')!;
  afterAll(() => forget(shape));

  it.each(PHASES)('goes through $name within the limit', async (phase) => {
    const prepared = input(shape, LONG_LINE);
    expect(await timeOnce(phase, prepared)).toBeLessThan(LIMIT_MS);
  });
});
