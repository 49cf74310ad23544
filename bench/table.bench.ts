/**
 * The speed table of docs/performance.md: every figure against a peer measured in the same run,
 * the two interleaved (ours, the peer's, ours, …) so that a change in the machine's load falls on
 * both, each pair giving one ratio; printed as the minimum and median of the pairs.
 *
 * - the seed plan re-parsed and checked warm in-process, against markdownlint linting the same
 *   content as Markdown in-process;
 * - `kehoach check` of 500 generated plans (each with its own ids), against markdownlint-cli2 on
 *   the same text as Markdown: throughput and peak memory;
 * - `kehoach build --format docx` of the seed and of a 100-page plan, against pandoc making a DOCX
 *   of the same printed paragraphs;
 * - `kehoach check` of a 10 MB plan, against markdownlint-cli2: peak memory;
 * - the language server: keystroke to diagnostics (after the debounce: the server runs with none)
 *   on the seed and on a 1 MB plan, against markdownlint linting the same text; how long a request
 *   sent right after an edit waits; initialize and indexing of 1,000 plans, against markdownlint
 *   linting them; and the server's memory once they are indexed, against markdownlint-cli2's peak.
 *
 * Whole processes are timed from outside with their peak resident memory read by the child as it
 * exits. BENCH_PAIRS sets the number of pairs (default 5); `node bench/.data/table.bench.cjs editor`
 * (or seed, corpus, docx, memory) measures only those rows.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { lint } from 'markdownlint/sync';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../server/src/cite/builtin-catalog';
import { checkFile } from '../server/src/check/index';
import { WorkingCalendar } from '../server/src/deadline/calendar';
import type { FileSystem } from '../server/src/lsp/file-system';
import { StatusNotification } from '../server/src/lsp/protocol';
import { startServer } from '../server/src/lsp/server';
import { Workspace } from '../server/src/model/workspace';
import { layoutPlan } from '../server/src/render/layout';
import { generatePlan } from './generate';
import { layoutAsMarkdown, planAsMarkdown } from './peers';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const repo = join(__dirname, '..', '..');
const data = join(repo, 'bench', '.data', 'table');
const cli = join(repo, 'bin', 'kehoach.js');
const markdownlintCli = join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const seedDir = join(repo, 'samples', 'quang-ngai-dan-van-2023');
const seedText = readFileSync(join(seedDir, 'ke-hoach.kh'), 'utf8');
const catalogText = readFileSync(join(seedDir, 'danh-muc.kh'), 'utf8');

// ---------------------------------------------------------------------------------------------
// Figures and rows.

interface Row {
  figure: string;
  ours: string;
  peer: string;
  theirs: string;
  ratio: string;
  goal: string;
}
const rows: Row[] = [];

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
function median(values: readonly number[]): number {
  return sorted(values)[Math.floor(values.length / 2)]!;
}
function percentile(values: readonly number[], p: number): number {
  const order = sorted(values);
  return order[Math.min(order.length - 1, Math.ceil((p / 100) * order.length) - 1)]!;
}
function minMedian(values: readonly number[], digits: number, unit = ''): string {
  return `${Math.min(...values).toFixed(digits)} / ${median(values).toFixed(digits)}${unit}`;
}

function addRow(figure: string, ours: number[], peer: string, theirs: number[], ratioOf: (a: number, b: number) => number, goal: string, unit: string, digits = 1): void {
  const ratios = ours.map((value, i) => ratioOf(value, theirs[i]!));
  rows.push({ figure, ours: minMedian(ours, digits, unit), peer, theirs: minMedian(theirs, digits, unit), ratio: minMedian(ratios, 2, '×'), goal });
  console.error(`measured: ${figure}`);
}

// ---------------------------------------------------------------------------------------------
// Processes.

const rssReport = join(data, 'max-rss');
const rssPreload = join(data, 'report-rss.cjs');

interface Run {
  ms: number;
  peakMb: number;
}

/** A Node script as its own process; its peak resident memory as the child counts it on exit. */
function runNode(args: string[], cwd: string): Run {
  rmSync(rssReport, { force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', rssPreload, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // Both linters exit 1 when they find problems, which is what they are there for.
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  return { ms, peakMb: Number(readFileSync(rssReport, 'utf8')) / 1024 };
}

function runProcess(command: string, args: string[], cwd: string): number {
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  if (child.status !== 0) throw new Error(`${command} failed: ${child.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** `pairs` runs of each, interleaved, after one of each to warm the disk cache and the compile cache. */
function interleaved<T>(pairs: number, ours: () => T, theirs: () => T): { ours: T[]; theirs: T[] } {
  ours();
  theirs();
  const result = { ours: [] as T[], theirs: [] as T[] };
  for (let i = 0; i < pairs; i++) {
    result.ours.push(ours());
    result.theirs.push(theirs());
  }
  return result;
}

function markdownlintIn(strings: Record<string, string>): void {
  lint({ strings });
}

// ---------------------------------------------------------------------------------------------
// The language server, in this process over in-memory streams, on files in memory.

class MemoryDisk implements FileSystem {
  constructor(readonly files: Map<string, string>) {}
  watch(): { close(): void } {
    return { close: () => undefined };
  }
  exists(path: string): boolean {
    return this.files.has(path);
  }
  readText(path: string): string | undefined {
    return this.files.get(path);
  }
  readBytes(path: string): { bytes: Uint8Array } | { error: { vi: string; en: string } } {
    const text = this.files.get(path);
    return text === undefined ? { error: { vi: 'không có tệp này', en: 'no such file' } } : { bytes: new TextEncoder().encode(text) };
  }
  planFilesUnder(dir: string, _root: string, _ignore: readonly string[], options: { recursive: boolean }): string[] {
    return [...this.files.keys()].filter((path) => path.startsWith(`${dir}/`) && path.endsWith('.kh') && (options.recursive || !path.slice(dir.length + 1).includes('/'))).sort();
  }
  async writeAtomic(): Promise<void> {}
  async writeNew(): Promise<void> {}
}

interface Server {
  connection: MessageConnection;
  initializeMs: number;
  /** Resolves when the server has reported on every plan once, after the first document was opened. */
  indexed: Promise<number>;
  open(uri: string, text: string): Promise<void>;
  nextDiagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams>;
}

async function startBenchServer(files: Record<string, string>): Promise<Server> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(serverConnection, { fs: new MemoryDisk(new Map(Object.entries(files))), today: () => ({ year: 2023, month: 3, day: 1 }), now: () => new Date(Date.UTC(2023, 2, 1)), debounceMs: 0 });
  const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiters: { uri: string; version: number; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const waiter of waiters.filter((candidate) => candidate.uri === params.uri && candidate.version === params.version)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  });
  const started = process.hrtime.bigint();
  const indexed = new Promise<number>((resolve) => connection.onNotification(StatusNotification, () => resolve(Number(process.hrtime.bigint() - started) / 1e6)));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('$/progress', () => undefined);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: null,
    rootUri: 'file:///ws',
    workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
  });
  const initializeMs = Number(process.hrtime.bigint() - started) / 1e6;
  const nextDiagnostics = (uri: string, version: number) => new Promise<PublishDiagnosticsParams>((resolve) => waiters.push({ uri, version, resolve }));
  await connection.sendNotification('initialized', {});
  return {
    connection,
    initializeMs,
    indexed,
    nextDiagnostics,
    // The server reports on the workspace once a document is opened.
    open: async (uri, text) => {
      const published = nextDiagnostics(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kehoach', version: 1, text } });
      await published;
    },
  };
}

/**
 * Types `edits` characters into a paragraph in the middle of the plan, one edit at a time, each
 * timed from the change to the diagnostics of its version; a hover sent with each change is timed
 * to its answer. markdownlint lints the same text as Markdown after each edit, for the pair.
 */
async function keystrokes(label: string, plan: string, edits: number, goal: string): Promise<void> {
  const server = await startBenchServer({ '/ws/kehoach.config.json': '{}', '/ws/danh-muc.kh': catalogText, '/ws/ke-hoach.kh': plan });
  const uri = 'file:///ws/ke-hoach.kh';
  let version = 1;
  let text = plan;
  await server.open(uri, text);
  await server.indexed;
  const at = text.indexOf('phối hợp', Math.floor(text.length / 2));
  const ours: number[] = [];
  const theirs: number[] = [];
  const waits: number[] = [];
  for (let i = 0; i < edits; i++) {
    text = `${text.slice(0, at)}${i % 2 === 0 ? 'x' : ''}${text.slice(at).replace(/^x/, '')}`;
    version++;
    const published = server.nextDiagnostics(uri, version);
    const started = process.hrtime.bigint();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    const line = text.slice(0, at).split('\n').length - 1;
    const hover = server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 2 } }).then(() => Number(process.hrtime.bigint() - started) / 1e6);
    await published;
    ours.push(Number(process.hrtime.bigint() - started) / 1e6);
    waits.push(await hover);
    const markdown = planAsMarkdown(text);
    const lintStarted = process.hrtime.bigint();
    markdownlintIn({ plan: markdown });
    theirs.push(Number(process.hrtime.bigint() - lintStarted) / 1e6);
  }
  server.connection.dispose();
  addRow(`keystroke → diagnostics, ${label} (${edits} edits; p95 ${percentile(ours, 95).toFixed(0)} ms)`, ours, 'markdownlint lint in-process', theirs, (a, b) => a / b, goal, ' ms');
  addRow(`a hover sent with each edit of the ${label}: its answer (max ${Math.max(...waits).toFixed(0)} ms)`, waits, 'markdownlint lint in-process', theirs, (a, b) => a / b, 'no request waits > 50 ms behind an edit', ' ms');
}

// ---------------------------------------------------------------------------------------------

async function serverMemoryChild(): Promise<void> {
  const files: Record<string, string> = { '/ws/kehoach.config.json': '{}' };
  for (let i = 0; i < 1000; i++) files[`/ws/plan-${i}.kh`] = generatePlan(10_000, i + 1);
  const server = await startBenchServer(files);
  await server.open('file:///ws/plan-0.kh', files['/ws/plan-0.kh']!);
  await server.indexed;
  (globalThis as { gc?: () => void }).gc?.();
  server.connection.dispose();
}

async function main(): Promise<void> {
  if (process.argv[2] === '--server-memory') return serverMemoryChild();
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  writeFileSync(rssPreload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssReport)}, String(process.resourceUsage().maxRSS)));\n`);
  for (const tool of ['pandoc']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0) throw new Error(`${tool} is missing: run scripts/setup-render-tools.sh`);
  }

  const parts = process.argv.slice(2);
  const wanted = (part: string): boolean => parts.length === 0 || parts.includes(part);

  // The seed, warm, in-process.
  if (wanted('seed')) {
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile('file:///danh-muc.kh', catalogText);
    const calendar = new WorkingCalendar();
    const markdown = planAsMarkdown(seedText);
    let edit = 0;
    const ours = (): number => {
      const started = process.hrtime.bigint();
      // A changed comment forces a re-parse, as typing does.
      workspace.setFile('file:///ke-hoach.kh', `${seedText}\n// ${edit++}\n`);
      checkFile(workspace, 'file:///ke-hoach.kh', { calendar });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const theirs = (): number => {
      const started = process.hrtime.bigint();
      markdownlintIn({ seed: markdown });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    for (let i = 0; i < 100; i++) interleaved(1, ours, theirs);
    const runs = interleaved(Math.max(PAIRS, 200), ours, theirs);
    addRow('seed plan re-parse + full check, warm, in-process', runs.ours, 'markdownlint lint in-process', runs.theirs, (a, b) => a / b, '< 5 ms', ' ms', 2);
  }

  // 500 plans: throughput and memory.
  if (wanted('corpus')) {
    const plans = join(data, 'corpus', 'plans');
    const markdown = join(data, 'corpus', 'markdown');
    mkdirSync(plans, { recursive: true });
    mkdirSync(markdown, { recursive: true });
    writeFileSync(join(plans, 'kehoach.config.json'), '{}\n');
    let planBytes = 0;
    let markdownBytes = 0;
    for (let i = 0; i < 500; i++) {
      const plan = generatePlan(40_000, i + 1);
      const md = planAsMarkdown(plan);
      writeFileSync(join(plans, `plan-${i}.kh`), plan);
      writeFileSync(join(markdown, `plan-${i}.md`), md);
      planBytes += Buffer.byteLength(plan);
      markdownBytes += Buffer.byteLength(md);
    }
    const runs = interleaved(PAIRS, () => runNode([cli, 'check', '--format', 'json', '.'], plans), () => runNode([markdownlintCli, '**/*.md'], markdown));
    const mbps = (bytes: number) => (run: Run) => bytes / 1e6 / (run.ms / 1000);
    addRow(`\`kehoach check\`, 500 files (${(planBytes / 1e6).toFixed(1)} MB; ${(markdownBytes / 1e6).toFixed(1)} MB as Markdown): MB/s`, runs.ours.map(mbps(planBytes)), 'markdownlint-cli2', runs.theirs.map(mbps(markdownBytes)), (a, b) => a / b, '≥ 5×', ' MB/s');
    addRow('CLI peak RSS, 500-file corpus', runs.ours.map((run) => run.peakMb), 'markdownlint-cli2', runs.theirs.map((run) => run.peakMb), (a, b) => a / b, '≤ 1× markdownlint-cli2', ' MB', 0);
  }

  // DOCX against pandoc.
  for (const [label, folder, plan] of !wanted('docx') ? [] : [
    ['seed', seedDir, join(seedDir, 'ke-hoach.kh')],
    ['100-page plan', join(data, 'hundred'), join(data, 'hundred', 'ke-hoach.kh')],
  ] as const) {
    mkdirSync(folder, { recursive: true });
    // Generated plans lay out at about 2.15 KB of text per A4 page at 14 pt (LibreOffice).
    if (label !== 'seed') writeFileSync(plan, generatePlan(215_000));
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile('file:///danh-muc.kh', catalogText);
    workspace.setFile('file:///ke-hoach.kh', readFileSync(plan, 'utf8'));
    const markdown = join(data, `${label.replace(/\W+/g, '-')}.md`);
    writeFileSync(markdown, layoutAsMarkdown(layoutPlan(workspace, workspace.getFile('file:///ke-hoach.kh')!)));
    const out = join(data, 'out');
    mkdirSync(out, { recursive: true });
    const runs = interleaved(
      PAIRS,
      () => runNode([cli, 'build', plan, '--format', 'docx', '--force', '-o', join(out, 'kehoach.docx')], repo).ms,
      () => runProcess('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(out, 'pandoc.docx'), markdown], repo),
    );
    addRow(`DOCX of the ${label}, whole process (pandoc / kehoach)`, runs.ours, 'pandoc -t docx', runs.theirs, (a, b) => b / a, '≥ 2× faster than pandoc', ' ms', 0);
  }

  // A 10 MB plan: memory.
  if (wanted('memory')) {
    const plan = join(data, 'big.kh');
    const text = generatePlan(8_000_000);
    writeFileSync(plan, text);
    writeFileSync(join(data, 'big.md'), planAsMarkdown(text));
    const runs = interleaved(PAIRS, () => runNode([cli, 'check', plan], data), () => runNode([markdownlintCli, 'big.md'], data));
    addRow(`CLI peak RSS, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB plan`, runs.ours.map((run) => run.peakMb), 'markdownlint-cli2', runs.theirs.map((run) => run.peakMb), (a, b) => a / b, '≤ 1× markdownlint-cli2', ' MB', 0);
  }

  // The language server.
  if (wanted('editor')) await editorRows();

  printTable();
}

async function editorRows(): Promise<void> {
  await keystrokes('seed', seedText, 100, 'p95 < 20 ms after the debounce');
  await keystrokes('1 MB plan', generatePlan(1_000_000), 40, 'p95 < 150 ms after the debounce');
  {
    const files: Record<string, string> = { '/ws/kehoach.config.json': '{}' };
    const strings: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) {
      files[`/ws/plan-${i}.kh`] = generatePlan(10_000, i + 1);
      strings[`plan-${i}`] = planAsMarkdown(files[`/ws/plan-${i}.kh`]!);
    }
    const initialize: number[] = [];
    const indexedMs: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i <= PAIRS; i++) {
      const server = await startBenchServer(files);
      await server.open('file:///ws/plan-0.kh', files['/ws/plan-0.kh']!);
      const indexed = await server.indexed;
      server.connection.dispose();
      const started = process.hrtime.bigint();
      markdownlintIn(strings);
      const lintMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (i === 0) continue;
      initialize.push(server.initializeMs);
      indexedMs.push(indexed);
      theirs.push(lintMs);
    }
    addRow('workspace of 1,000 plans: initialize answered', initialize, 'markdownlint lint of them, in-process', theirs, (a, b) => a / b, 'at once', ' ms', 0);
    addRow('workspace of 1,000 plans: every plan reported on, one opened', indexedMs, 'markdownlint lint of them, in-process', theirs, (a, b) => a / b, 'in the background, with $/progress', ' ms', 0);
    const markdown = join(data, 'thousand');
    mkdirSync(markdown, { recursive: true });
    for (const [name, md] of Object.entries(strings)) writeFileSync(join(markdown, `${name}.md`), md);
    const runs = interleaved(PAIRS, () => runNode(['--expose-gc', process.argv[1]!, '--server-memory'], repo), () => runNode([markdownlintCli, '**/*.md'], markdown));
    addRow('server peak RSS, 1,000 plans', runs.ours.map((run) => run.peakMb), 'markdownlint-cli2 on them', runs.theirs.map((run) => run.peakMb), (a, b) => a / b, '< 150 MB', ' MB', 0);
  }
}

function printTable(): void {
  const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: 'utf8' }).trim();
  console.log(`${PAIRS} pairs or more per figure, interleaved; min / median. Node ${process.version}, ${cpu}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores.`);
  console.log('');
  console.log('| figure | kehoach | peer | peer | ratio | goal |');
  console.log('|---|---:|---|---:|---:|---|');
  for (const row of rows) console.log(`| ${row.figure} | ${row.ours} | ${row.peer} | ${row.theirs} | ${row.ratio} | ${row.goal} |`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
