/**
 * Drives the real language server in-process: the server's connection and a JSON-RPC client are
 * joined by two in-memory streams, the disk is a map of strings, and the clock is fixed. Tests wait
 * for the server's notifications, never for a fixed time.
 */
import { PassThrough } from 'node:stream';
import { posix } from 'node:path';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { InitializeResult, Diagnostic as LspDiagnostic, Position, PublishDiagnosticsParams } from 'vscode-languageserver';
import { WriteError } from '../../server/src/node/atomic-write';
import type { FileSystem } from '../../server/src/lsp/file-system';
import type { DocxToPdf } from '../../server/src/render/pdf';
import { startServer } from '../../server/src/lsp/server';
import { dedent, extractMarkers } from '../helpers/markers';

export const ROOT = '/ws';

export function uriOf(path: string): string {
  return `file://${posix.join(ROOT, path)}`;
}

/** A disk in memory: paths to text; written files are kept as bytes. */
export class MemoryFileSystem implements FileSystem {
  readonly written = new Map<string, Uint8Array>();
  /** Files that are not text (a Word document to import), by path. */
  readonly binaries = new Map<string, Uint8Array>();
  private readonly watchers = new Set<{ dir: string; onChange: (path: string) => void }>();
  constructor(readonly files: Map<string, string>) {}

  watch(dir: string, onChange: (path: string) => void): { close(): void } {
    const watcher = { dir, onChange };
    this.watchers.add(watcher);
    return { close: () => this.watchers.delete(watcher) };
  }
  /** Writes a file as another program would, telling whoever watches its folder. */
  put(path: string, text: string): void {
    this.files.set(path, text);
    this.notify(path);
  }
  /** Deletes a file as another program would. */
  delete(path: string): void {
    this.files.delete(path);
    this.notify(path);
  }
  private notify(path: string): void {
    for (const watcher of this.watchers) if (path.startsWith(`${watcher.dir}/`)) watcher.onChange(path);
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.binaries.has(path);
  }
  readText(path: string): string | undefined {
    return this.files.get(path);
  }
  readBytes(path: string): { bytes: Uint8Array } | { error: { vi: string; en: string } } {
    const bytes = this.binaries.get(path) ?? (this.files.has(path) ? new TextEncoder().encode(this.files.get(path)) : undefined);
    return bytes ? { bytes } : { error: { vi: 'không có tệp này', en: 'no such file' } };
  }
  planFilesUnder(dir: string, _root: string, _ignore: readonly string[], options: { recursive: boolean }): string[] {
    return [...this.files.keys()]
      .filter((path) => path.startsWith(`${dir}/`) && path.endsWith('.kh') && (options.recursive || !path.slice(dir.length + 1).includes('/')))
      .sort();
  }
  async writeAtomic(path: string, data: Uint8Array): Promise<void> {
    this.written.set(path, data);
  }
  async writeNew(path: string, data: Uint8Array): Promise<void> {
    if (this.files.has(path) || this.written.has(path)) throw new WriteError(path, 'EEXIST');
    this.written.set(path, data);
  }
}

/** Offset ↔ position in a test's own text, independent of the server's code. */
export function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before.at(-1)!.length };
}

export interface OpenedFile {
  uri: string;
  text: string;
  /** Positions of the `<|>` and `<|…|>` markers, in order. */
  markers: { start: Position; end: Position }[];
}

export class TestClient {
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();
  /** What the server asked to register (client/registerCapability), in order. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** What the server answered to initialize. */
  initializeResult: InitializeResult | undefined;
  /** Every publishDiagnostics the server sent, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** The `workspace/…/refresh` requests the server sent, by method, in order. */
  readonly refreshes: string[] = [];
  /** The progress tokens the server asked to create (window/workDoneProgress/create), in order. */
  readonly progressTokens: (string | number)[] = [];
  /** Every `$/progress` the server sent, in order. */
  readonly progress: { token: string | number; value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number } }[] = [];
  private readonly progressWaiters = new Set<(entry: TestClient['progress'][number]) => void>();
  /** What the client answers to workspace/configuration; `configure` changes it. */
  settings: NonNullable<StartOptions['settings']> = {};

  constructor(
    readonly connection: MessageConnection,
    readonly fs: MemoryFileSystem,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      for (const waiter of this.waiters.filter((candidate) => candidate.uri === params.uri)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
  }

  /** Opens a document (its text may carry markers) and waits for its first diagnostics. */
  async open(path: string, marked: string): Promise<OpenedFile & { diagnostics: LspDiagnostic[] }> {
    const { text, ranges } = extractMarkers(dedent(marked));
    const uri = uriOf(path);
    const published = this.nextDiagnostics(uri);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kehoach', version: 1, text } });
    const markers = ranges.map((range) => ({ start: positionIn(text, range.start), end: positionIn(text, range.end) }));
    return { uri, text, markers, diagnostics: (await published).diagnostics };
  }

  /** Replaces a document's text and waits for the diagnostics of the new version. */
  async change(uri: string, text: string): Promise<LspDiagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return (await published).diagnostics;
  }

  /** The next diagnostics published for the uri (for a given version, when one is named). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return this.diagnosticsWhere(uri, (params) => version === undefined || params.version === version);
  }

  /**
   * The first diagnostics published from now on for the uri that satisfy the condition: a change
   * in one file republishes every open file, in an order the test should not depend on.
   */
  diagnosticsWhere(uri: string, accept: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const wait = (params: PublishDiagnosticsParams): void => {
        if (accept(params)) resolve(params);
        else this.waiters.push({ uri, resolve: wait });
      };
      this.waiters.push({ uri, resolve: wait });
    });
  }

  /** Records a `$/progress` and hands it to whoever waits for one. */
  receiveProgress(entry: TestClient['progress'][number]): void {
    this.progress.push(entry);
    for (const waiter of [...this.progressWaiters]) waiter(entry);
  }

  /** The first `$/progress`, already sent or to come, that satisfies the condition. */
  progressWhere(accept: (entry: TestClient['progress'][number]) => boolean): Promise<TestClient['progress'][number]> {
    const sent = this.progress.find(accept);
    if (sent) return Promise.resolve(sent);
    return new Promise((resolve) => {
      const waiter = (entry: TestClient['progress'][number]): void => {
        if (!accept(entry)) return;
        this.progressWaiters.delete(waiter);
        resolve(entry);
      };
      this.progressWaiters.add(waiter);
    });
  }

  /** Changes the user's settings and tells the server, as an editor does. */
  async configure(settings: NonNullable<StartOptions['settings']>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { kehoach: settings } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  dispose(): void {
    this.connection.dispose();
  }
}

export interface StartOptions {
  /** Files on the in-memory disk, relative to the workspace folder /ws. */
  files?: Record<string, string>;
  settings?: { language?: 'vi' | 'en'; deadlines?: { asOfToday?: boolean; asOf?: string } };
  initializationOptions?: unknown;
  /** The client's capabilities; by default configuration and workspace folders only. */
  capabilities?: Record<string, unknown>;
  /** The DOCX-to-PDF converter of PDF exports; by default LibreOffice, as the editor's server finds it. */
  convert?: DocxToPdf;
}

export async function startTestServer(options: StartOptions = {}): Promise<TestClient> {
  const files = new Map(Object.entries(options.files ?? {}).map(([path, text]) => [posix.join(ROOT, path), dedent(text)]));
  const fs = new MemoryFileSystem(files);
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(serverConnection, {
    fs,
    today: () => ({ year: 2023, month: 3, day: 1 }),
    now: () => new Date(Date.UTC(2023, 2, 1)),
    debounceMs: 5,
    ...(options.convert ? { convert: options.convert } : {}),
  });
  const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const client = new TestClient(connection, fs);
  client.settings = options.settings ?? {};
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => client.settings));
  for (const method of ['workspace/semanticTokens/refresh', 'workspace/inlayHint/refresh']) {
    connection.onRequest(method, () => {
      client.refreshes.push(method);
      return null;
    });
  }
  connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
    client.registrations.push(...params.registrations);
    return null;
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
    client.progressTokens.push(params.token);
    return null;
  });
  connection.onNotification('$/progress', (params: TestClient['progress'][number]) => client.receiveProgress(params));
  connection.listen();
  client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
    processId: null,
    rootUri: `file://${ROOT}`,
    workspaceFolders: [{ uri: `file://${ROOT}`, name: 'ws' }],
    capabilities: options.capabilities ?? { workspace: { configuration: true, workspaceFolders: true } },
    initializationOptions: options.initializationOptions ?? {},
  });
  await connection.sendNotification('initialized', {});
  return client;
}
