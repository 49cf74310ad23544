/**
 * Growth: processor time per byte of every phase on every adversarial shape of test/robustness/shapes.ts, at
 * 16 KB, 64 KB, 256 KB and 1 MB (and 5 MB for the one long line). A phase that is linear keeps its
 * time per byte flat as the input grows; a quadratic one doubles it at every doubling of the input.
 *
 * Two ratios of time per byte are printed: the largest size's to 16 KB's, and to 64 KB's. At 16 KB
 * a phase's whole working set stays in the CPU caches and its garbage dies in V8's young
 * generation, so it runs up to three times faster per byte than from 64 KB on, where the figures
 * flatten; the first ratio can pass 2 (marked ·) on phases that are linear. The second compares
 * sizes in the same regime: at 2 or more (marked ✗) a phase grows faster than its input, and the
 * bench exits with 1.
 *
 * Each figure is the minimum and the median of several runs (fewer for the large sizes), with a
 * garbage collection before each run when Node runs with --expose-gc, as bench/run.mjs starts it,
 * on an input that holds only what the phase needs.
 *
 * `node growth.bench.cjs <shape> [<phase>]` runs only the shapes and phases whose names contain
 * the words given.
 */
import { PHASES, prepare, timeOnce } from '../test/robustness/phases';
import { SHAPES } from '../test/robustness/shapes';

const SIZES = [16_000, 64_000, 256_000, 1_000_000];
/** The one long line also goes to 5 MB, the size a pasted export or a generated file reaches. */
const EXTRA_SIZES: Record<string, number[]> = { 'one-long-line': [5_000_000] };
const MAX_RATIO = 2;
/** The size from which time per byte is flat for a linear phase (see above). */
const STEADY_SIZE = 64_000;

const [shapeWord, phaseWord] = process.argv.slice(2);
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function runsFor(size: number): number {
  return size <= 64_000 ? 7 : size <= 256_000 ? 5 : 3;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

interface Figure {
  bytes: number;
  minNsPerByte: number;
  medianNsPerByte: number;
}

async function main(): Promise<void> {
  const shapes = SHAPES.filter((shape) => !shapeWord || shape.name.includes(shapeWord));
  const phases = PHASES.filter((phase) => !phaseWord || phase.name.includes(phaseWord));
  const sizesOf = (shape: string) => [...SIZES, ...(EXTRA_SIZES[shape] ?? [])];
  const header = ['shape', 'phase', ...SIZES.map((size) => `${size / 1000} KB`), 'larger', 'ratio to 16 KB', 'ratio to 64 KB'];
  console.log('Time per input byte in ns, min (median) of the runs; ratios of the largest size to 16 KB and to 64 KB, by min.');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`);
  let failed = false;
  for (const shape of shapes) {
    const figures = new Map<string, Figure[]>(phases.map((phase) => [phase.name, []]));
    for (const size of sizesOf(shape.name)) {
      const text = shape.build(size);
      const bytes = utf8Bytes(text);
      for (const phase of phases) {
        // A fresh input per phase, holding only what the phase needs: the diagnostics of a
        // megabyte are a heap of their own, and collecting it would be timed with every phase.
        const input = prepare(text);
        phase.before?.(input);
        // One run outside the figures warms the compiler up for this size.
        await timeOnce(phase, input);
        const samples: number[] = [];
        for (let run = 0; run < runsFor(size); run++) {
          collect();
          samples.push(await timeOnce(phase, input));
        }
        const perByte = (ms: number) => (ms * 1e6) / bytes;
        figures.get(phase.name)!.push({ bytes, minNsPerByte: perByte(Math.min(...samples)), medianNsPerByte: perByte(median(samples)) });
      }
    }
    for (const phase of phases) {
      const row = figures.get(phase.name)!;
      const largest = row.at(-1)!.minNsPerByte;
      const fromSmallest = largest / row[0]!.minNsPerByte;
      const fromSteady = largest / row[SIZES.indexOf(STEADY_SIZE)]!.minNsPerByte;
      const cell = (figure: Figure) => `${figure.minNsPerByte.toFixed(0)} (${figure.medianNsPerByte.toFixed(0)})`;
      const larger = row.slice(SIZES.length).map((figure) => `${(figure.bytes / 1e6).toFixed(1)} MB: ${cell(figure)}`);
      failed ||= fromSteady >= MAX_RATIO;
      const ratios = `${fromSmallest.toFixed(2)}${fromSmallest >= MAX_RATIO ? ' ·' : ''} | ${fromSteady.toFixed(2)}${fromSteady >= MAX_RATIO ? ' ✗' : ''}`;
      console.log(`| ${shape.name} | ${phase.name} | ${row.slice(0, SIZES.length).map(cell).join(' | ')} | ${larger.join(', ') || '–'} | ${ratios} |`);
    }
  }
  if (failed) {
    console.log(`\nA ratio to 64 KB at or above ${MAX_RATIO} (✗) means time per byte grows with the input: a phase is not linear there.`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
