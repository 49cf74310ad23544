/**
 * The first reading of the workspace, in the background. `initialize` only finds the folders; the
 * plans found in them are read and parsed here a slice at a time (projects.ts, `loadPending`), so
 * the editor's requests are answered while a workspace of a thousand plans is read, and the checks
 * start once every plan is in the index. The editor is shown how far it got with `$/progress`
 * (after `window/workDoneProgress/create`, which the library sends only to a client that supports
 * it).
 */
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { Message } from '../base/diagnostic';
import type { Projects } from './projects';
import { pause, SLICE_MS } from './slices';

export interface IndexingContext {
  connection: Connection;
  projects: Projects;
  say(message: Message): string;
  /** Called after each slice that read plans: what was answered before it read fewer files. */
  onSlice(): void;
  /** A monotonic clock in milliseconds. */
  elapsed?: () => number;
}

const TITLE: Message = { vi: 'Kế hoạch: đọc các tệp .kh', en: 'Kế hoạch: reading the .kh files' };

function progressMessage(done: number, total: number): Message {
  return { vi: `${done}/${total} tệp`, en: `${done}/${total} files` };
}

export class BackgroundIndexing {
  private running: Promise<void> | undefined;

  constructor(private readonly context: IndexingContext) {}

  /** Reads every plan still to be read; resolves once none is left. */
  run(): Promise<void> {
    if (this.running) return this.running;
    if (this.context.projects.pendingCount() === 0) return Promise.resolve();
    this.running = this.index().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async index(): Promise<void> {
    const { connection, projects, say } = this.context;
    const elapsed = this.context.elapsed ?? (() => performance.now());
    let total = projects.pendingCount();
    let done = 0;
    let reporter: WorkDoneProgressServerReporter | undefined;
    let finished = false;
    const percentage = (): number => Math.floor((100 * done) / Math.max(total, 1));
    // The reading does not wait for the editor to accept the progress token.
    connection.window
      .createWorkDoneProgress()
      .then((progress) => {
        progress.begin(say(TITLE), percentage(), say(progressMessage(done, total)));
        if (finished) progress.done();
        else reporter = progress;
      })
      .catch(() => undefined);
    try {
      for (;;) {
        const sliceStart = elapsed();
        done += projects.loadPending(() => elapsed() - sliceStart >= SLICE_MS);
        // A workspace found while reading (a plan under another configuration) adds its plans.
        total = Math.max(total, done + projects.pendingCount());
        this.context.onSlice();
        if (projects.pendingCount() === 0) break;
        reporter?.report(percentage(), say(progressMessage(done, total)));
        await pause();
      }
    } finally {
      finished = true;
      reporter?.done();
    }
  }
}
