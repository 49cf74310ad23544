/**
 * The language server as an editor runs it: `bin/kehoach-language-server.js` (the bundle `npm run
 * build` makes) in its own process, spoken to over standard input and output, on a folder on disk.
 * Its memory is read from outside, from /proc, as the system counts it.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { StatusNotification } from '../server/src/lsp/protocol';

export interface StdioServer {
  connection: MessageConnection;
  /** From sending `initialize` to its answer. */
  initializeMs: number;
  /** From spawning the process to the answer to `initialize`: Node's start and the bundle's load too. */
  startMs: number;
  /** Resolves, in ms from the spawn, when the server first reports on the whole workspace. */
  indexed: Promise<number>;
  /** The kinds of the `$/progress` notifications received, in order. */
  progress: string[];
  uriOf(name: string): string;
  open(uri: string, text: string): Promise<void>;
  nextDiagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  /** The server process's resident memory now and at its peak, in MB. */
  memory(): { rssMb: number; peakMb: number };
  close(): Promise<void>;
}

const serverBin = join(__dirname, '..', '..', 'bin', 'kehoach-language-server.js');
/** The same server as the command line starts it: `kehoach lsp`. */
export const KEHOACH_LSP: readonly string[] = [join(__dirname, '..', '..', 'bin', 'kehoach.js'), 'lsp'];

/** `nodeOptions` are given to the server's Node process, as VS Code gives SERVER_NODE_OPTIONS. */
export async function startStdioServer(folder: string, nodeOptions: readonly string[] = [], launcher: readonly string[] = [serverBin]): Promise<StdioServer> {
  const started = process.hrtime.bigint();
  const since = (): number => Number(process.hrtime.bigint() - started) / 1e6;
  // BENCH_SERVER_PROFILE=<folder> writes a CPU profile of each server process there, for the
  // profile behind a figure that misses its goal.
  const profile = process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : [];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [...nodeOptions, ...profile, ...launcher, '--stdio'], { cwd: folder, stdio: 'pipe' });
  child.stderr.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters: { uri: string; version: number; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const waiter of waiters.filter((candidate) => candidate.uri === params.uri && candidate.version === params.version)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  });
  const indexed = new Promise<number>((resolve) => connection.onNotification(StatusNotification, () => resolve(since())));
  const progress: string[] = [];
  connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
    progress.push(params.value.kind);
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const root = pathToFileURL(folder).href;
  const asked = process.hrtime.bigint();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'bench' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
  });
  const initializeMs = Number(process.hrtime.bigint() - asked) / 1e6;
  const startMs = since();
  await connection.sendNotification('initialized', {});
  const nextDiagnostics = (uri: string, version: number) => new Promise<PublishDiagnosticsParams>((resolve) => waiters.push({ uri, version, resolve }));
  const pid = child.pid!;
  return {
    connection,
    initializeMs,
    startMs,
    indexed,
    progress,
    uriOf: (name) => pathToFileURL(join(folder, name)).href,
    // The server reports on the workspace once a document is opened.
    open: async (uri, text) => {
      const published = nextDiagnostics(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kehoach', version: 1, text } });
      await published;
    },
    nextDiagnostics,
    memory: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      await exited;
    },
  };
}
