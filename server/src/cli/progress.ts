/**
 * A progress bar on standard error for long runs in a terminal. It stays silent for short runs,
 * when standard error is not a terminal, in CI logs and on a dumb terminal, so machine-readable
 * output on stdout is never mixed with it.
 */
import type { CliIO } from './io';

/** Runs shorter than this finish before a bar would be worth drawing. */
const MIN_FILES = 50;
const WIDTH = 30;

export class Progress {
  private readonly enabled: boolean;
  private done_ = 0;
  private lastDrawn = -1;

  constructor(
    private readonly io: CliIO,
    private readonly total: number,
  ) {
    this.enabled = io.stderrIsTTY && total >= MIN_FILES && io.env['TERM'] !== 'dumb' && io.env['CI'] === undefined;
  }

  tick(): void {
    this.done_++;
    if (!this.enabled) return;
    const filled = Math.round((this.done_ / this.total) * WIDTH);
    if (filled === this.lastDrawn && this.done_ !== this.total) return;
    this.lastDrawn = filled;
    this.io.stderr(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${this.done_}/${this.total}`);
  }

  done(): void {
    if (this.enabled && this.lastDrawn >= 0) this.io.stderr('\r\u001b[K');
  }
}
