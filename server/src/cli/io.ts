/**
 * What a CLI command may touch of the outside world, passed in so tests run commands in memory
 * and assert on their output and exit code.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when stdout is a terminal (colours, progress). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Reads all of standard input (for `-` with `--stdin-filename`). */
  readStdin(): Promise<Uint8Array>;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export function processIO(): CliIO {
  // A reader that stops early (`kehoach check … | head`) closes the pipe; that ends the output,
  // it is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
