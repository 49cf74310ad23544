/**
 * The server as another editor starts it: `kehoach lsp`, `kehoach-language-server` and
 * `node dist/server.js`, with or without `--stdio`, answer initialize over standard input and
 * output and exit cleanly on shutdown and exit; `kehoach lsp` with anything but its transport
 * options is the CLI's to answer.
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Bundles, bundleServerAndCli } from './bundle';

let bundles: Bundles;
beforeAll(async () => {
  bundles = await bundleServerAndCli();
}, 120_000);
afterAll(() => rmSync(bundles.folder, { recursive: true, force: true }));

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Starts the command, initializes, shuts down and exits; the answers and the exit code. */
function session(args: string[]): Promise<{ answers: { id?: number; result?: unknown }[]; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const answers: { id?: number; result?: unknown }[] = [];
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no clean exit; stderr: ${stderr}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      for (let match = /^Content-Length: (\d+)\r\n\r\n/.exec(stdout); match; match = /^Content-Length: (\d+)\r\n\r\n/.exec(stdout)) {
        const length = Number(match[1]);
        const body = Buffer.from(stdout.slice(match[0].length), 'utf8');
        if (body.length < length) break;
        const message = JSON.parse(body.subarray(0, length).toString('utf8')) as { id?: number; method?: string; result?: unknown };
        stdout = body.subarray(length).toString('utf8');
        if (message.method) continue;
        answers.push(message);
        if (message.id === 1) child.stdin.write(frame({ method: 'initialized', params: {} }) + frame({ id: 2, method: 'shutdown' }));
        if (message.id === 2) child.stdin.write(frame({ method: 'exit' }));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ answers, code, stderr });
    });
    child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  });
}

describe('the server started by another editor', () => {
  test.each([
    { how: 'node dist/server.js', args: () => [bundles.server] },
    { how: 'node dist/server.js --stdio', args: () => [bundles.server, '--stdio'] },
    { how: 'kehoach lsp', args: () => [bundles.cli, 'lsp'] },
    { how: 'kehoach lsp --stdio', args: () => [bundles.cli, 'lsp', '--stdio'] },
    // The launcher starts the server's bundle alone: without a CLI bundle beside it, it still answers.
    { how: 'kehoach lsp --stdio --clientProcessId N, the server bundle alone', args: () => [bundles.cliWithServerOnly, 'lsp', '--stdio', '--clientProcessId', String(process.pid)] },
  ])('$how answers over standard input and output', async ({ args }) => {
    const { answers, code, stderr } = await session(args());
    expect(stderr).not.toMatch(/\n\s+at /);
    const capabilities = (answers.find((answer) => answer.id === 1)?.result as { capabilities?: Record<string, unknown> })?.capabilities;
    expect(capabilities).toMatchObject({ hoverProvider: true, foldingRangeProvider: true, inlayHintProvider: true, workspaceSymbolProvider: true });
    // A client that does not pull is pushed its problems: no pull provider is announced.
    expect(capabilities).not.toHaveProperty('diagnosticProvider');
    expect(code).toBe(0);
  }, 30_000);
});

describe('kehoach lsp with what is not a transport option', () => {
  test.each([
    { args: ['lsp', '--bogus'], says: /unknown option '--bogus'/ },
    { args: ['lsp', '--help'], says: /run the language server for an/ },
  ])('kehoach $args.1 is answered by the CLI', ({ args, says }) => {
    const run = spawnSync(process.execPath, [bundles.cli, ...args], { encoding: 'utf8', input: '', timeout: 20_000 });
    expect(`${run.stdout}${run.stderr}`).toMatch(says);
    expect(run.status).toBe(args[1] === '--help' ? 0 : 2);
  });
});
