/**
 * Runs the CLI in process against a temporary folder, capturing its output and exit code.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../server/src/cli/main';
import type { CliIO } from '../../server/src/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Writes `files` (path → text or bytes) into a new temporary folder and returns its path. */
export function tempWorkspace(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-test-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

export async function runCli(args: string[], cwd: string, options: { stdin?: string | Uint8Array; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    readStdin: async () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin, 'utf8') : (options.stdin ?? new Uint8Array())),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
