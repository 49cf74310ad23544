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
 *   of the same printed paragraphs, in processor time: each as a whole process; the seed warm in
 *   one process, as the editor's export builds it (a re-parse, the error rules, the layout, the
 *   DOCX); and one `kehoach build <folder>` of many plans, its time divided by the plans;
 * - `kehoach check` of a 10 MB plan, against markdownlint-cli2: peak memory;
 * - the language server as an editor runs it (bench/lsp-stdio.ts: its own process over standard
 *   input and output, on a folder on disk): keystroke to diagnostics after the debounce it waits
 *   (lsp/cross-file.ts) on the seed and on a 1 MB plan, against markdownlint linting the same text;
 *   how long a request sent right after an edit waits; initialize and the first report on every
 *   plan of a workspace of 1,000 plans, against markdownlint linting them; and the server's memory
 *   once it has reported on them, as kehoach-language-server runs and as VS Code starts it
 *   (SERVER_NODE_OPTIONS), against markdownlint-cli2's peak on the same plans as Markdown.
 *
 * Whole processes are timed from outside with their peak resident memory read by the child as it
 * exits. BENCH_PAIRS sets the number of pairs (default 5); `node bench/.data/table.bench.cjs editor`
 * (or seed, corpus, docx, memory, workspace) measures only those rows.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../server/src/cite/builtin-catalog';
import { checkFile, checkFileForErrors } from '../server/src/check/index';
import { WorkingCalendar } from '../server/src/deadline/calendar';
import { debounceFor } from '../server/src/lsp/cross-file';
import { SERVER_NODE_OPTIONS } from '../server/src/lsp/protocol';
import { Workspace } from '../server/src/model/workspace';
import { renderDocx } from '../server/src/render/docx';
import { layoutPlan } from '../server/src/render/layout';
import { generatePlan } from './generate';
import { KEHOACH_LSP, startStdioServer } from './lsp-stdio';
import { layoutAsMarkdown, planAsMarkdown } from './peers';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const repo = join(__dirname, '..', '..');
// BENCH_DATA gives a run its own folder, so two runs at once do not remove each other's files.
const data = process.env.BENCH_DATA ?? join(repo, 'bench', '.data', 'table');
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

/**
 * The processor time (user and system) of `repeat` runs of a command one after the other, in ms
 * per run, as the kernel accounts for a finished process (the shell's `times` of its children).
 * That count moves in ticks of 10 ms, so a short command is run several times.
 */
function cpuMsOf(command: string, args: string[], cwd: string, repeat = 1): number {
  const script = 'n=$1; shift; i=0; while [ $i -lt $n ]; do "$@" >/dev/null || exit 1; i=$((i + 1)); done; times';
  const child = spawnSync('sh', ['-c', script, 'sh', String(repeat), command, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  // The second line is the children's: "0m0.310000s 0m0.040000s", user then system.
  const children = child.stdout.trim().split('\n').at(-1)!;
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((match) => Number(match[1]) * 60 + Number(match[2]));
  if (seconds.length !== 2) throw new Error(`times said "${children}"`);
  return ((seconds[0]! + seconds[1]!) * 1000) / repeat;
}

/** The processor time of a function in this process, in ms (every thread of it, as the kernel counts). */
async function cpuMsIn(work: () => Promise<unknown>): Promise<number> {
  const started = process.cpuUsage();
  await work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
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
// The language server, in its own process over standard input and output (bench/lsp-stdio.ts).

/** A folder on disk holding these files, made afresh. */
function folderOf(name: string, files: Record<string, string>): string {
  const folder = join(data, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

/**
 * Types `edits` characters into a paragraph in the middle of the plan, one edit at a time, each
 * timed from the change to the diagnostics of its version, less the debounce the server waits for
 * a plan of that size; a hover sent with each change is timed to its answer. markdownlint lints
 * the same text as Markdown after each edit, for the pair.
 */
async function keystrokes(label: string, plan: string, edits: number, goal: string): Promise<void> {
  const folder = folderOf(`editor-${label.replace(/\W+/g, '-')}`, { 'kehoach.config.json': '{}', 'danh-muc.kh': catalogText, 'ke-hoach.kh': plan });
  const server = await startStdioServer(folder);
  const uri = server.uriOf('ke-hoach.kh');
  let version = 1;
  let text = plan;
  await server.open(uri, text);
  await server.indexed;
  const at = text.indexOf('phối hợp', Math.floor(text.length / 2));
  const line = text.slice(0, at).split('\n').length - 1;
  const ours: number[] = [];
  const theirs: number[] = [];
  const waits: number[] = [];
  for (let i = 0; i < edits; i++) {
    text = `${text.slice(0, at)}${i % 2 === 0 ? 'x' : ''}${text.slice(at).replace(/^x/, '')}`;
    version++;
    const published = server.nextDiagnostics(uri, version);
    const started = process.hrtime.bigint();
    const since = (): number => Number(process.hrtime.bigint() - started) / 1e6;
    void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    const hover = server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 2 } }).then(since);
    await published;
    ours.push(Math.max(0, since() - debounceFor(text.length)));
    waits.push(await hover);
    const markdown = planAsMarkdown(text);
    const lintStarted = process.hrtime.bigint();
    markdownlintIn({ plan: markdown });
    theirs.push(Number(process.hrtime.bigint() - lintStarted) / 1e6);
  }
  await server.close();
  addRow(`keystroke → diagnostics after the ${debounceFor(text.length)} ms debounce, ${label} (${edits} edits; p95 ${percentile(ours, 95).toFixed(0)} ms)`, ours, 'markdownlint lint in-process', theirs, (a, b) => a / b, goal, ' ms');
  addRow(`a hover sent with each edit of the ${label}: its answer (p95 ${percentile(waits, 95).toFixed(0)}, max ${Math.max(...waits).toFixed(0)} ms)`, waits, 'markdownlint lint in-process', theirs, (a, b) => a / b, 'no request waits > 50 ms behind an edit', ' ms');
}

async function main(): Promise<void> {
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

  if (wanted('docx')) await docxRows();

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
  if (wanted('workspace')) await workspaceRows();

  printTable();
}

/** How many plans the folder of a `kehoach build <folder>` holds: variants of the plan, each its own file. */
const FOLDER_PLANS = { seed: 50, '100-page plan': 20 } as const;

/**
 * DOCX against pandoc, in processor time (pandoc ÷ kehoach): pandoc makes a DOCX of the same
 * printed paragraphs as Markdown (bench/peers.ts), one process per file, five runs per figure for
 * the seed and one for 100 pages, whose runs are long enough for the kernel's ticks. Against it,
 * `kehoach build` as a whole process; one `kehoach build <folder>` of variants of the plan beside
 * the seed's catalog, its time divided by the plans, so Node's start and the bundles' are paid once;
 * and, for the seed, what the editor's export does in the language server's process after an
 * edit: the plan parsed again, the rules that can stop a build, the layout and the DOCX.
 */
async function docxRows(): Promise<void> {
  for (const label of ['seed', '100-page plan'] as const) {
    const folder = label === 'seed' ? seedDir : join(data, 'hundred');
    const plan = join(folder, 'ke-hoach.kh');
    mkdirSync(folder, { recursive: true });
    // Generated plans lay out at about 2.15 KB of text per A4 page at 14 pt (LibreOffice).
    const text = label === 'seed' ? seedText : generatePlan(215_000);
    if (label !== 'seed') writeFileSync(plan, text);
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile('file:///danh-muc.kh', catalogText);
    workspace.setFile('file:///ke-hoach.kh', text);
    const markdown = join(data, `${label.replace(/\W+/g, '-')}.md`);
    writeFileSync(markdown, layoutAsMarkdown(layoutPlan(workspace, workspace.getFile('file:///ke-hoach.kh')!)));
    const out = join(data, 'out');
    mkdirSync(out, { recursive: true });
    const pandocRuns = label === 'seed' ? 5 : 1;
    const pandoc = (): number => cpuMsOf('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(out, 'pandoc.docx'), markdown], repo, pandocRuns);
    const goal = '≥ 2× faster than pandoc';

    const whole = interleaved(PAIRS, () => cpuMsOf(process.execPath, [cli, 'build', plan, '--format', 'docx', '--force', '-o', join(out, 'kehoach.docx')], repo), pandoc);
    addRow(`DOCX of the ${label}, whole process, CPU (pandoc ÷ kehoach)`, whole.ours, 'pandoc -t docx, whole process', whole.theirs, (a, b) => b / a, goal, ' ms', 0);

    // Each plan is a file of its own text: a copy of the seed under a comment of its own (its
    // declarations are in the catalog beside it), or a generated plan with ids of its own.
    const variant = (i: number): string => (label === 'seed' ? `// Bản ${i + 1}\n${text}` : generatePlan(215_000, i + 1));
    const plans = FOLDER_PLANS[label];
    const many = join(data, `folder-${label.replace(/\W+/g, '-')}`);
    rmSync(many, { recursive: true, force: true });
    mkdirSync(many, { recursive: true });
    writeFileSync(join(many, 'kehoach.config.json'), '{}\n');
    writeFileSync(join(many, 'danh-muc.kh'), catalogText);
    for (let i = 0; i < plans; i++) writeFileSync(join(many, `ke-hoach-${i}.kh`), variant(i));
    // Without --force: a variant with an error would not be built, and the bench stops on it.
    const perPlan = (): number => cpuMsOf(process.execPath, [cli, 'build', many, '--format', 'docx', '-o', join(out, 'folder') + '/'], repo) / plans;
    const folderRuns = interleaved(PAIRS, perPlan, pandoc);
    addRow(`\`kehoach build\` of ${plans} plans (the ${label}) in one process, per plan, CPU (pandoc ÷ kehoach)`, folderRuns.ours, 'pandoc -t docx, whole process per file', folderRuns.theirs, (a, b) => b / a, goal, ' ms', 0);

    if (label !== 'seed') continue;
    const calendar = new WorkingCalendar();
    let edit = 0;
    const exportOnce = async (): Promise<void> => {
      // A changed comment makes the plan be parsed again, as the edit before an export does.
      workspace.setFile('file:///ke-hoach.kh', `${text}\n// ${edit++}\n`);
      if (checkFileForErrors(workspace, 'file:///ke-hoach.kh', { calendar }).length > 0) throw new Error('the seed has errors: nothing to export');
      await renderDocx(layoutPlan(workspace, workspace.getFile('file:///ke-hoach.kh')!), { timestamp: new Date(0) });
    };
    for (let i = 0; i < 30; i++) await exportOnce();
    // Ten exports a figure, so that each is many times the resolution of the processor clock.
    const exportMs = async (): Promise<number> => (await cpuMsIn(async () => { for (let i = 0; i < 10; i++) await exportOnce(); })) / 10;
    const warm = { ours: [] as number[], theirs: [] as number[] };
    for (let i = 0; i < PAIRS; i++) {
      warm.ours.push(await exportMs());
      warm.theirs.push(pandoc());
    }
    addRow('DOCX of the seed, warm, in one process (the editor\'s export), CPU (pandoc ÷ kehoach)', warm.ours, 'pandoc -t docx, whole process', warm.theirs, (a, b) => b / a, goal, ' ms', 1);
  }
}

async function editorRows(): Promise<void> {
  await keystrokes('seed', seedText, 100, 'p95 < 20 ms after the debounce');
  await keystrokes('1 MB plan', generatePlan(1_000_000), 40, 'p95 < 150 ms after the debounce');
}

/**
 * A workspace of 1,000 plans: the server spawned, initialized and asked to open one, each pair
 * ending with markdownlint linting the same plans in-process (its time) and markdownlint-cli2
 * (its peak memory). The server's memory is measured three times in each pair: as the
 * kehoach-language-server command runs, with the Node options VS Code starts it with, and as
 * `kehoach lsp` starts it.
 */
async function workspaceRows(): Promise<void> {
  const files: Record<string, string> = { 'kehoach.config.json': '{}' };
  const strings: Record<string, string> = {};
  for (let i = 0; i < 1000; i++) {
    files[`plan-${i}.kh`] = generatePlan(10_000, i + 1);
    strings[`plan-${i}`] = planAsMarkdown(files[`plan-${i}.kh`]!);
  }
  const folder = folderOf('thousand-plans', files);
  const markdown = join(data, 'thousand');
  mkdirSync(markdown, { recursive: true });
  for (const [name, md] of Object.entries(strings)) writeFileSync(join(markdown, `${name}.md`), md);
  const initialize: number[] = [];
  const start: number[] = [];
  const indexedMs: number[] = [];
  const rss: number[] = [];
  const peak: number[] = [];
  const rssAsVsCode: number[] = [];
  const peakAsVsCode: number[] = [];
  const rssAsCli: number[] = [];
  const progress: number[] = [];
  const lintMs: number[] = [];
  const lintPeak: number[] = [];
  for (let i = 0; i <= PAIRS; i++) {
    const server = await startStdioServer(folder);
    await server.open(server.uriOf('plan-0.kh'), files['plan-0.kh']!);
    const indexed = await server.indexed;
    const memory = server.memory();
    await server.close();
    const asVsCode = await startStdioServer(folder, SERVER_NODE_OPTIONS);
    await asVsCode.open(asVsCode.uriOf('plan-0.kh'), files['plan-0.kh']!);
    await asVsCode.indexed;
    const memoryAsVsCode = asVsCode.memory();
    await asVsCode.close();
    const asCli = await startStdioServer(folder, [], KEHOACH_LSP);
    await asCli.open(asCli.uriOf('plan-0.kh'), files['plan-0.kh']!);
    await asCli.indexed;
    const memoryAsCli = asCli.memory();
    await asCli.close();
    const started = process.hrtime.bigint();
    markdownlintIn(strings);
    const lint = Number(process.hrtime.bigint() - started) / 1e6;
    const cli2 = runNode([markdownlintCli, '**/*.md'], markdown);
    // The first pair warms the disk cache and the compile cache.
    if (i === 0) continue;
    initialize.push(server.initializeMs);
    start.push(server.startMs);
    indexedMs.push(indexed);
    rss.push(memory.rssMb);
    peak.push(memory.peakMb);
    rssAsVsCode.push(memoryAsVsCode.rssMb);
    peakAsVsCode.push(memoryAsVsCode.peakMb);
    rssAsCli.push(memoryAsCli.rssMb);
    progress.push(server.progress.length);
    lintMs.push(lint);
    lintPeak.push(cli2.peakMb);
  }
  addRow('workspace of 1,000 plans: initialize answered, from the request', initialize, 'markdownlint lint of them, in-process', lintMs, (a, b) => a / b, 'at once', ' ms', 0);
  addRow('workspace of 1,000 plans: initialize answered, from the spawn (Node and the bundle starting)', start, 'markdownlint lint of them, in-process', lintMs, (a, b) => a / b, '—', ' ms', 0);
  addRow(`workspace of 1,000 plans: every plan reported on, one opened (${Math.min(...progress)}–${Math.max(...progress)} $/progress)`, indexedMs, 'markdownlint lint of them, in-process', lintMs, (a, b) => a / b, 'in the background, with $/progress', ' ms', 0);
  addRow('server RSS once it reported on 1,000 plans', rss, 'markdownlint-cli2 peak on them', lintPeak, (a, b) => a / b, '< 150 MB', ' MB', 0);
  addRow('server peak RSS, 1,000 plans', peak, 'markdownlint-cli2 peak on them', lintPeak, (a, b) => a / b, '< 150 MB', ' MB', 0);
  addRow('server RSS once it reported on 1,000 plans, started as VS Code starts it', rssAsVsCode, 'markdownlint-cli2 peak on them', lintPeak, (a, b) => a / b, '< 150 MB', ' MB', 0);
  addRow('server peak RSS, 1,000 plans, started as VS Code starts it', peakAsVsCode, 'markdownlint-cli2 peak on them', lintPeak, (a, b) => a / b, '< 150 MB', ' MB', 0);
  addRow('server RSS once it reported on 1,000 plans, started as `kehoach lsp`', rssAsCli, 'markdownlint-cli2 peak on them', lintPeak, (a, b) => a / b, '< 150 MB', ' MB', 0);
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
