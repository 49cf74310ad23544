/**
 * The fuzz script (issue 14): plans no one would write, made by a seeded mutator from the samples,
 * the test fixtures and the examples of the rule catalogue, each sent through everything the tools
 * do with a file — parse, check, render (layout, HTML, DOCX, ICS, JSON, and the reports of
 * `kehoach check`), format twice, safe fixes in rounds with a re-check after each, and a format of
 * the fixed text. What it reports:
 *
 * - a throw, with the phase, the input's number and a minimised input;
 * - an `internal/…` diagnostic (a checker threw and the pipeline caught it), or a diagnostic whose
 *   location, fix or message is malformed;
 * - output that is not what its format says: ill-formed XML in a DOCX part or the JUnit report,
 *   HTML with user text unescaped, an ICS line that breaks RFC 5545, JSON that does not parse, a
 *   raw control character in the terminal or GitHub report;
 * - a format that is not idempotent or changes what the plan says, fixes that do not converge
 *   within the rounds `kehoach check --fix` allows;
 * - time per input against its size: a table of size buckets with the largest µs per byte, so
 *   super-linear behaviour shows, and an input slower than a generous bound as a finding.
 *
 * `npm run fuzz -- --count N --seed S --time-limit SECONDS` runs it: the inputs go through a worker
 * thread watched by the main thread, so an input that hangs is reported and the run goes on.
 * `test/robustness/fuzz.test.ts` calls `runFuzz` in process on a few hundred inputs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import fg from 'fast-glob';
import { strFromU8, unzipSync } from 'fflate';
import type { Diagnostic, Language } from '../server/src/base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../server/src/cite/builtin-catalog';
import type { CheckOptions } from '../server/src/check/context';
import { applyFixes, safeFixes } from '../server/src/check/fixes';
import { checkFile } from '../server/src/check/index';
import { ALL_RULES, EXAMPLE_CONTEXT } from '../server/src/check/rules-catalogue';
import { formatGithub } from '../server/src/cli/format/github';
import { formatHuman } from '../server/src/cli/format/human';
import { formatJunit } from '../server/src/cli/format/junit';
import { createSarifFormatter } from '../server/src/cli/format/sarif';
import type { FileReport, FormatOptions } from '../server/src/cli/format/types';
import { WorkingCalendar } from '../server/src/deadline/calendar';
import { formatText } from '../server/src/format/format';
import { fieldOf } from '../server/src/model/walk';
import { Workspace } from '../server/src/model/workspace';
import { renderDocx } from '../server/src/render/docx';
import { renderHtml } from '../server/src/render/html';
import { renderIcs } from '../server/src/render/ics';
import { renderJson } from '../server/src/render/json';
import { layoutPlan, type PlanLayout } from '../server/src/render/layout';
import { shapeOf } from '../test/format/shape';
import { xmlError } from '../test/helpers/xml';

// ---------------------------------------------------------------------------------------------
// Randomness: one generator per input, derived from the run's seed and the input's number, so any
// input can be made again alone (by a worker after a hang, by the report writer, by a test).

/** mulberry32: small, fast and good enough to pick mutations; not for anything secret. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A length in [1, max], log-uniform: short and very long runs both come up. */
  length(max: number): number {
    return Math.max(1, Math.min(max, Math.floor(Math.exp(this.next() * Math.log(max + 1)))));
  }
}

/** The seed of input `index` of a run: the two numbers mixed (splitmix32), so neighbours differ. */
export function inputSeed(runSeed: number, index: number): number {
  let z = (Math.imul(runSeed >>> 0, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// The corpus: every file the mutator starts from, with the files that stand beside it, so
// references to the sample's catalog still resolve in the workspace the input is checked in.

export interface CorpusEntry {
  /** Where it came from, for the report: a path under the repository or `rule:<code>`. */
  name: string;
  /** The URI the mutated text is checked under. */
  uri: string;
  text: string;
  /** The other files of its workspace, by URI. */
  companions: Record<string, string>;
}

/** The samples, the fixtures and the catalogue's examples, in a stable order. */
export function loadCorpus(root: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const paths = fg.sync(['samples/**/*.kh', 'test/fixtures/**/*.kh'], { cwd: root }).sort();
  const uriOf = (path: string) => `file:///fuzz/${path}`;
  for (const path of paths) {
    const siblings = paths.filter((other) => other !== path && dirname(other) === dirname(path));
    const companions = Object.fromEntries(siblings.map((other) => [uriOf(other), readFileSync(join(root, other), 'utf8')]));
    entries.push({ name: path, uri: uriOf(path), text: readFileSync(join(root, path), 'utf8'), companions });
  }
  // An example in parentheses describes its trigger in words (an invisible character, a failure of
  // the tools): it is no plan text.
  for (const rule of ALL_RULES) {
    if (rule.example.startsWith('(')) continue;
    entries.push({ name: `rule:${rule.code}`, uri: 'file:///fuzz/rules/vi-du.kh', text: rule.example, companions: { 'file:///fuzz/rules/danh-muc.kh': EXAMPLE_CONTEXT } });
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// The mutator.

/** The largest input the mutator makes, in UTF-16 code units: big enough for the 256 KB bucket. */
const MAX_INPUT_CHARS = 600_000;

/** Lines with their line breaks; a last line without one is kept as it is. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Characters and sequences a hostile or careless file holds. */
const HOSTILE = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u007f', '\u0085', '\u009b', '\ufffe', '\uffff', '\ufffd',
  '\ud800', '\udfff', '\udbff', '\u001b[31m', '\u001b[2J\u001b[H', '\u001b]0;tiêu đề\u0007', '\u001b]8;;http://x\u001b\\', '\u009b31m',
  '\u202e', '\u202d', '\u202a', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
  '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u00a0', '\u3000', '\u2028', '\u2029',
  '\u0301', '\u0300\u0323\u0309', 'e\u0302\u0301', 'A\u0306\u0303', '\u0358',
  '<script>alert(1)</script>', '</p>', '<b>', '<!--', '-->', '&amp;', '&', '&#0;', ']]>', '<![CDATA[', '"', "'", '\\', '`',
  '@', '@@', '[hạn', '[hạn ]', ']', '[', ':', ';', '/', '//', '🙂', '\ud83d', '𝕂ế', '١٢', '１２', 'İ', 'ß', 'ǅ',
];

/** Plan-like lines, so random edits hit the structure and not only prose. */
const SNIPPETS = [
  'kế hoạch', 'ke hoach', '  số: 05/KH-SCT', '  ngày: 17/02/2023', '  cơ quan: Sở Công Thương', '  trích yếu: Thực hiện',
  'văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh', 'văn bản A:', 'đơn vị VP: Văn phòng Sở', 'đơn vị :',
  'nhiệm vụ T: chủ trì @VP; hạn trước 01/6/2023', 'nhiệm vụ T:', '  chủ trì: @VP', '  phối hợp: @SNV, @VP', '  hạn: trước 31/12/2023',
  '  sau: @T', '  sản phẩm: Báo cáo', 'I. MỤC ĐÍCH', 'II.', '1. Nội dung', '1.1. Chi tiết', '1.1.1.', 'a) Điểm', 'đ)', '- Gạch đầu dòng', '+ cộng',
  'nơi nhận:', '  - @SNV', '  - Lưu: VT, VP', 'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A', 'ký:', '// kehoach-disable-next-line',
  '// kehoach-disable typography/', 'Thực hiện @KH30, báo cáo gửi [hạn T].', 'Căn cứ Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội;',
  '\\1. không phải khoản', '1.200 trẻ em', 'XL.', '999.', 'y)',
];

/** Blanks a run is made of. */
const BLANKS = [' ', '\t', '\u00a0', ' \t', '\u3000', '\u2003', '\u200b'];

/** Units a long word is made of. */
const WORD_UNITS = ['a', 'đ', 'Ạ', 'x1', 'ệ', '@', '@A', '.', '/', '-', '[', '(', '1.', 'I', '9', '\\', ':', ';', 'a)', '/KH-'];

const COMBINING = ['\u0301', '\u0300', '\u0323', '\u0309', '\u0303', '\u0302', '\u0306', '\u031b'];

/** Numbers that break assumptions: zero, overflow of 32 and 53 bits, hundreds of digits, other scripts. */
const HUGE_NUMBERS = ['0', '00', '000000001', '99', '9999', '10000', '99999', '999999999', '4294967297', '9007199254740993', `1${'0'.repeat(400)}`, '1e309', '-1', '١٢', '１２', '3650', '3651'];

/** Deadline phrases around a number (`#`) or two. */
const DEADLINE_TEMPLATES = [
  'trước #/#/#', 'trước ngày #/#/#', 'chậm nhất #/#/#', 'ngày #/#/#', '#/#/#', 'trong tháng #/#', 'trong quý #/#', 'trong # tháng đầu năm #',
  'trong năm #', 'trong # ngày làm việc kể từ ngày ban hành', 'trong # ngày kể từ ngày #/#/#', 'trong # ngày làm việc sau @T', 'định kỳ # tháng',
  'hằng năm', 'thường xuyên', 'before #/#/#', 'within # working days after @T',
];

/** A deadline phrase with its numbers taken from HUGE_NUMBERS and from ordinary dates. */
function hostileDeadline(random: Random): string {
  return random.pick(DEADLINE_TEMPLATES).replace(/#/g, () => (random.chance(0.5) ? random.pick(HUGE_NUMBERS) : String(1 + random.int(31))));
}

type Mutation = (text: string, random: Random, corpus: readonly CorpusEntry[]) => string;

function insertAt(text: string, offset: number, inserted: string): string {
  return text.slice(0, offset) + inserted + text.slice(offset);
}

/** A line break in the style of the text around `offset`, or LF. */
function breakNear(text: string, offset: number): string {
  const found = /\r\n|\r|\n/.exec(text.slice(offset, offset + 2000));
  return found?.[0] ?? '\n';
}

/** Where to put something: anywhere, at a line start or at a line end, each a third of the time. */
function somewhere(text: string, random: Random): number {
  const offset = random.int(text.length + 1);
  const kind = random.int(3);
  if (kind === 0) return offset;
  if (kind === 1) {
    const before = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
    return before + 1;
  }
  const after = text.slice(offset).search(/[\r\n]/);
  return after < 0 ? text.length : offset + after;
}

function insertLines(text: string, random: Random, block: string): string {
  const lines = splitLines(text);
  const at = random.int(lines.length + 1);
  const newline = lines.length > 0 ? breakNear(text, 0) : '\n';
  const ending = at > 0 && !/[\r\n]$/.test(lines[at - 1]!) ? newline : '';
  return [...lines.slice(0, at), ending + block.replace(/\n/g, newline) + newline, ...lines.slice(at)].join('');
}

const MUTATIONS: ReadonlyArray<readonly [name: string, weight: number, mutation: Mutation]> = [
  ['flip-char', 6, (text, random) => {
    if (text.length === 0) return random.pick(HOSTILE);
    const at = random.int(text.length);
    const replacement = random.chance(0.5) ? String.fromCharCode(text.charCodeAt(at) ^ (1 << random.int(16))) : random.pick([...HOSTILE, ...' :@[]()./-+\n\r\tđĐêạ1I']);
    return text.slice(0, at) + replacement + text.slice(at + 1);
  }],
  ['flip-byte', 4, (text, random) => {
    const bytes = new TextEncoder().encode(text);
    if (bytes.length === 0) return text;
    bytes[random.int(bytes.length)]! ^= 1 << random.int(8);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }],
  ['insert-line', 8, (text, random, corpus) => {
    const donor = splitLines(random.pick(corpus).text);
    const line = random.chance(0.5) && donor.length > 0 ? random.pick(donor).replace(/[\r\n]+$/, '') : random.pick(SNIPPETS);
    return insertLines(text, random, line);
  }],
  ['delete-lines', 5, (text, random) => {
    const lines = splitLines(text);
    lines.splice(random.int(lines.length), random.length(8));
    return lines.join('');
  }],
  ['duplicate-lines', 5, (text, random) => {
    const lines = splitLines(text);
    if (lines.length === 0) return text;
    const from = random.int(lines.length);
    const span = lines.slice(from, from + random.length(40));
    const copies = Array.from({ length: random.length(64) }, () => span).flat();
    lines.splice(from, 0, ...copies);
    return lines.join('');
  }],
  ['delete-span', 4, (text, random) => {
    const start = random.int(text.length + 1);
    return text.slice(0, start) + text.slice(start + random.length(400));
  }],
  ['duplicate-span', 4, (text, random) => {
    const start = random.int(text.length + 1);
    const span = text.slice(start, start + random.length(4000));
    return insertAt(text, start, span.repeat(random.length(64)));
  }],
  ['line-breaks', 5, (text, random) => {
    const style = random.pick(['\n', '\r\n', '\r', 'mixed', 'unicode']);
    const choices = style === 'mixed' ? ['\n', '\r\n', '\r'] : style === 'unicode' ? ['\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\r\r\n'] : [style];
    return text.replace(/\r\n|\r|\n/g, () => random.pick(choices));
  }],
  ['splice', 4, (text, random, corpus) => {
    const other = random.pick(corpus).text;
    if (random.chance(0.5)) {
      const ours = splitLines(text);
      const theirs = splitLines(other);
      return [...ours.slice(0, random.int(ours.length + 1)), ...theirs.slice(random.int(theirs.length + 1))].join('');
    }
    return text.slice(0, random.int(text.length + 1)) + other.slice(random.int(other.length + 1));
  }],
  ['hostile-characters', 10, (text, random) => {
    let result = text;
    for (let i = random.length(6); i > 0; i--) result = insertAt(result, somewhere(result, random), random.pick(HOSTILE));
    return result;
  }],
  ['bom-at-line-starts', 3, (text, random) => {
    const mark = random.pick(['\ufeff', '\ufeff', '\u200b', '\ufeff\ufeff', '\ufeff ']);
    return splitLines(text).map((line) => (random.chance(0.3) ? mark + line : line)).join('');
  }],
  ['combining-run', 3, (text, random) => insertAt(text, random.int(text.length + 1), Array.from({ length: random.length(3000) }, () => random.pick(COMBINING)).join(''))],
  ['blank-run', 6, (text, random) => insertAt(text, somewhere(text, random), random.pick(BLANKS).repeat(random.length(40_000)))],
  ['long-word', 5, (text, random) => {
    const unit = random.pick(WORD_UNITS);
    return insertAt(text, somewhere(text, random), unit.repeat(Math.ceil(random.length(40_000) / unit.length)));
  }],
  ['deep-nesting', 3, (text, random) => {
    const markers = ['I.', '1.', '1.1.', '1.1.1.', 'a)', '-', '+'];
    const depthStep = random.pick([0, 1, 2]);
    const lines = Array.from({ length: random.length(3000) }, (_, i) => `${' '.repeat(Math.min(i * depthStep, 400))}${markers[i % markers.length]} Nội dung ${i}`);
    return insertLines(text, random, lines.join('\n'));
  }],
  ['huge-number', 5, (text, random) => {
    const digits = [...text.matchAll(/\d+/g)];
    if (digits.length === 0 || random.chance(0.3)) {
      const id = random.pick(['T', 'BC', 'X', 'T1']);
      return insertLines(text, random, `nhiệm vụ ${id}: chủ trì @VP; hạn ${hostileDeadline(random)}`);
    }
    const found = random.pick(digits);
    return text.slice(0, found.index) + random.pick(HUGE_NUMBERS) + text.slice(found.index + found[0].length);
  }],
  ['deadline-field', 3, (text, random) => insertLines(text, random, `  ${random.pick(['hạn', 'thời hạn', 'deadline'])}: ${hostileDeadline(random)}`)],
  ['deadline-chain', 2, (text, random) => {
    const length = random.length(500);
    const closed = random.chance(0.2);
    const tasks = Array.from({ length }, (_, i) => {
      const previous = i > 0 ? i - 1 : closed ? length - 1 : undefined;
      const after = previous === undefined ? 'hạn trước 01/6/2023' : `hạn trong ${1 + random.int(5)} ngày làm việc sau @FZ${previous}`;
      return `nhiệm vụ FZ${i}: chủ trì @VP; ${after}`;
    });
    return insertLines(text, random, tasks.join('\n'));
  }],
  ['decompose', 3, (text, random) => {
    const start = random.int(text.length + 1);
    const end = start + random.length(5000);
    return text.slice(0, start) + text.slice(start, end).normalize('NFD') + text.slice(end);
  }],
  ['change-case', 2, (text, random) => {
    const start = random.int(text.length + 1);
    const end = start + random.length(400);
    const span = text.slice(start, end);
    return text.slice(0, start) + (random.chance(0.5) ? span.toUpperCase() : span.toLowerCase()) + text.slice(end);
  }],
  ['indentation', 3, (text, random) => {
    const indent = random.pick(['  ', '\t', ' ', '    ', '\u00a0', ' \t']);
    return splitLines(text).map((line) => (random.chance(0.3) ? (random.chance(0.5) ? indent + line : line.replace(/^[ \t]+/, '')) : line)).join('');
  }],
  ['truncate', 2, (text, random) => text.slice(0, random.int(text.length + 1))],
];

export const MUTATION_NAMES: readonly string[] = MUTATIONS.map(([name]) => name);

const TOTAL_WEIGHT = MUTATIONS.reduce((sum, [, weight]) => sum + weight, 0);

function pickMutation(random: Random): readonly [string, number, Mutation] {
  let ticket = random.next() * TOTAL_WEIGHT;
  for (const mutation of MUTATIONS) {
    ticket -= mutation[1];
    if (ticket < 0) return mutation;
  }
  return MUTATIONS[MUTATIONS.length - 1]!;
}

export interface FuzzInput {
  index: number;
  base: CorpusEntry;
  /** The mutations applied, in order, for the report. */
  mutations: string[];
  text: string;
}

/** Input `index` of the run with `runSeed`: the same corpus gives the same text, always. */
export function generateInput(corpus: readonly CorpusEntry[], runSeed: number, index: number): FuzzInput {
  const random = new Random(inputSeed(runSeed, index));
  // Whole plans are where the structure is; the one-rule examples are many, so they are drawn
  // separately to keep the plans frequent.
  const plans = corpus.filter((entry) => !entry.name.startsWith('rule:'));
  const base = random.chance(0.65) && plans.length > 0 ? random.pick(plans) : random.pick(corpus);
  let text = base.text;
  const mutations: string[] = [];
  do {
    const [name, , mutation] = pickMutation(random);
    const mutated = mutation(text, random, corpus);
    // A mutation that would make the input larger than the largest bucket is dropped.
    if (mutated.length <= MAX_INPUT_CHARS) {
      text = mutated;
      mutations.push(name);
    }
  } while (mutations.length < 8 && random.chance(0.55));
  return { index, base, mutations, text };
}

// ---------------------------------------------------------------------------------------------
// The pipeline, and what is checked of each phase's output.

export const PHASES = ['parse', 'check', 'layout', 'html', 'docx', 'ics', 'json', 'report', 'format', 'fix', 'recheck'] as const;
export type Phase = (typeof PHASES)[number];

export type FindingKind =
  | 'throw'
  | 'internal'
  | 'diagnostic'
  | 'xml'
  | 'html'
  | 'ics'
  | 'json'
  | 'report'
  | 'format'
  | 'fix'
  | 'slow'
  | 'hang';

export interface Finding {
  kind: FindingKind;
  phase: Phase;
  message: string;
  stack?: string;
}

/** Rounds of safe fixes `kehoach check --fix` runs (MAX_FIX_ROUNDS in cli/check.ts). */
const FIX_ROUNDS = 10;

const TIMESTAMP = new Date('2023-03-05T00:00:00Z');
const AS_OF = { year: 2023, month: 6, day: 15 };
const calendar = new WorkingCalendar();
const sarif = createSarifFormatter(ALL_RULES);

/** A workspace per corpus entry's companions, built once: the built-in catalog is large. */
const workspaces = new Map<string, Workspace>();

function workspaceFor(entry: CorpusEntry): Workspace {
  const key = `${entry.uri}\n${Object.keys(entry.companions).join('\n')}`;
  let workspace = workspaces.get(key);
  if (!workspace) {
    workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    for (const [uri, text] of Object.entries(entry.companions)) workspace.setFile(uri, text);
    workspaces.set(key, workspace);
  }
  return workspace;
}

function thrown(phase: Phase, error: unknown): Finding {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error ? error.stack : undefined;
  return { kind: 'throw', phase, message, ...(stack ? { stack } : {}) };
}

/** What is wrong with a diagnostic's shape, or undefined: editors and reports trust all of it. */
function malformedDiagnostic(diagnostic: Diagnostic, text: string): string | undefined {
  const { start, end } = diagnostic.location;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    return `${diagnostic.code}: location ${start}-${end} outside the text (length ${text.length})`;
  }
  if (!diagnostic.message.vi.trim() || !diagnostic.message.en.trim()) return `${diagnostic.code}: a message without its Vietnamese or English text`;
  for (const fix of diagnostic.fixes ?? []) {
    if (!fix.title.vi.trim() || !fix.title.en.trim()) return `${diagnostic.code}: a fix without its Vietnamese or English title`;
    const edits = [...fix.edits].sort((a, b) => a.start - b.start);
    for (const [i, edit] of edits.entries()) {
      if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length)) {
        return `${diagnostic.code}: a fix edit ${edit.start}-${edit.end} outside the text (length ${text.length})`;
      }
      const next = edits[i + 1];
      if (next && next.start < edit.end) return `${diagnostic.code}: a fix whose edits overlap (${edit.start}-${edit.end}, ${next.start}-${next.end})`;
    }
  }
  return undefined;
}

function checkDiagnostics(diagnostics: Diagnostic[], text: string, phase: Phase, findings: Finding[]): void {
  for (const diagnostic of diagnostics) {
    if (diagnostic.code.startsWith('internal/')) findings.push({ kind: 'internal', phase, message: `${diagnostic.code}: ${diagnostic.message.en}` });
    const malformed = malformedDiagnostic(diagnostic, text);
    if (malformed) findings.push({ kind: 'diagnostic', phase, message: malformed });
  }
}

/** A few characters around `offset`, escaped, for a message about that place. */
function around(text: string, offset: number): string {
  return JSON.stringify(text.slice(Math.max(0, offset - 30), offset + 30));
}

/**
 * The elements the HTML writer emits (`b` for the bold number of a Quyết định's article); anything
 * else is user text let through.
 */
const HTML_ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'section', 'p', 'b', 'div', 'table', 'colgroup', 'col', 'tr', 'td', 'th', 'thead', 'tbody']);
const VOID_ELEMENTS = new Set(['meta', 'col']);
const HTML_TAG = /<(\/?)([a-z]+)((?: [a-z-]+="[^"<>&]*")*)>/y;
const HTML_ENTITY = /&(?:amp|lt|gt|quot|#39);/y;

/**
 * Where the HTML lets user text through unescaped, or undefined: every "<" opens an element the
 * writer emits, elements nest, every "&" starts an escape, no ">" stands alone in text.
 */
export function htmlEscapingError(html: string): string | undefined {
  const doctype = '<!DOCTYPE html>';
  if (!html.startsWith(doctype)) return 'no <!DOCTYPE html> at the start';
  const open: string[] = [];
  const special = /[<>&]/g;
  special.lastIndex = doctype.length;
  for (let found = special.exec(html); found; found = special.exec(html)) {
    const at = found.index;
    if (found[0] === '>') return `a raw ">" in text at ${at}: ${around(html, at)}`;
    if (found[0] === '&') {
      HTML_ENTITY.lastIndex = at;
      if (!HTML_ENTITY.test(html)) return `a raw "&" at ${at}: ${around(html, at)}`;
      special.lastIndex = HTML_ENTITY.lastIndex;
      continue;
    }
    HTML_TAG.lastIndex = at;
    const tag = HTML_TAG.exec(html);
    if (!tag) return `a raw "<" at ${at}: ${around(html, at)}`;
    const [, closing, name] = tag as unknown as [string, string, string];
    if (!HTML_ELEMENTS.has(name)) return `an element <${name}> the writer never emits, at ${at}: ${around(html, at)}`;
    if (closing) {
      if (open.pop() !== name) return `</${name}> closes what it did not open, at ${at}: ${around(html, at)}`;
    } else if (!VOID_ELEMENTS.has(name)) {
      open.push(name);
    }
    special.lastIndex = HTML_TAG.lastIndex;
    // The style sheet is the writer's own text; it is skipped to its end tag.
    if (name === 'style' && !closing) {
      const end = html.indexOf('</style>', special.lastIndex);
      if (end < 0) return 'a <style> without its end';
      special.lastIndex = end;
    }
  }
  return open.length > 0 ? `<${open[open.length - 1]}> is never closed` : undefined;
}

const octets = new TextEncoder();

/** Where the calendar breaks RFC 5545, or undefined. */
export function icsError(ics: string): string | undefined {
  if (!ics.endsWith('\r\n')) return 'the calendar does not end with CRLF';
  const lines = ics.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (/[\r\n]/.test(line)) return `line ${i + 1} holds a bare line break: ${JSON.stringify(line.slice(0, 80))}`;
    // RFC 5545 3.1: content is any character but the controls; tab counts as white space.
    const control = /[\u0000-\u0008\u000a-\u001f\u007f]/.exec(line);
    if (control) return `line ${i + 1} holds the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
    if (octets.encode(line).length > 75) return `line ${i + 1} is longer than 75 octets`;
    if (line.startsWith(' ') && logical.length > 0) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const depth: string[] = [];
  for (const line of logical) {
    const date = /^DT(?:START|END);VALUE=DATE:(.*)$/.exec(line);
    if (date && !/^\d{8}$/.test(date[1]!)) return `a DATE value that is not YYYYMMDD: ${line}`;
    if (line.startsWith('BEGIN:')) depth.push(line.slice(6));
    if (line.startsWith('END:') && depth.pop() !== line.slice(4)) return `${line} without its BEGIN`;
  }
  return depth.length > 0 ? `BEGIN:${depth[depth.length - 1]} is never ended` : undefined;
}

/** The well-formedness error of the first ill-formed XML part of a DOCX, or undefined. */
export function docxXmlError(docx: Uint8Array): string | undefined {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(docx);
  } catch (error) {
    return `the DOCX is not a readable zip: ${error instanceof Error ? error.message : String(error)}`;
  }
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const error = xmlError(strFromU8(bytes));
    if (error) return `${name}: ${error}`;
  }
  return undefined;
}

/** A control character a terminal acts on (ESC, C1, BEL…); tab and line feed are text. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Times per phase, in milliseconds, in the order of PHASES. */
export type PhaseTimes = number[];

export interface PipelineResult {
  findings: Finding[];
  times: PhaseTimes;
}

export interface PipelineOptions {
  language: Language;
  /** Overdue and due-soon checks run as of a fixed day for some inputs. */
  asOf: boolean;
  /** Runs only this phase and the phases it needs: a minimiser needs no more to see its finding. */
  only?: Phase;
  /** Called as each phase starts, for the watchdog of a worker. */
  onPhase?: (phase: Phase) => void;
}

/**
 * What each phase needs run with it. Formatting needs the fixes too, since the fixed text is
 * formatted as well; fixes always go with the re-check that gives the next round's fixes; the DOCX
 * writer, the slowest phase, is needed only by itself.
 */
const NEEDS: Record<Phase, readonly Phase[]> = {
  parse: [],
  check: ['parse'],
  layout: ['parse'],
  html: ['parse', 'layout'],
  docx: ['parse', 'layout'],
  ics: ['parse'],
  json: ['parse'],
  report: ['parse', 'check'],
  format: ['parse', 'check', 'fix', 'recheck'],
  fix: ['parse', 'check', 'recheck'],
  recheck: ['parse', 'check', 'fix'],
};

/** Runs one text through every phase; never throws, whatever the tools do. */
export async function runPipeline(text: string, entry: CorpusEntry, options: PipelineOptions): Promise<PipelineResult> {
  const findings: Finding[] = [];
  const times: PhaseTimes = PHASES.map(() => 0);
  const workspace = workspaceFor(entry);
  const { uri } = entry;
  const checkOptions: CheckOptions = { calendar, ...(options.asOf ? { asOf: AS_OF } : {}) };
  const wanted = options.only === undefined ? undefined : new Set<Phase>([...NEEDS[options.only], options.only]);
  const reached = (phase: Phase): boolean => wanted === undefined || wanted.has(phase);
  const timed = async <T>(phase: Phase, work: () => T | Promise<T>): Promise<T | undefined> => {
    options.onPhase?.(phase);
    const started = performance.now();
    try {
      return await work();
    } catch (error) {
      findings.push(thrown(phase, error));
      return undefined;
    } finally {
      times[PHASES.indexOf(phase)]! += performance.now() - started;
    }
  };

  // A text equal to the last one would not be parsed again; removing it first makes every parse count.
  workspace.removeFile(uri);
  const file = await timed('parse', () => workspace.setFile(uri, text));
  if (!file) return { findings, times };
  const diagnostics = reached('check') ? await timed('check', () => checkFile(workspace, uri, checkOptions)) : undefined;
  if (diagnostics) checkDiagnostics(diagnostics, text, 'check', findings);

  if (reached('layout')) {
    const layout: PlanLayout | undefined = await timed('layout', () => layoutPlan(workspace, file));
    const title = file.header ? fieldOf(file.header, 'title')?.value.text : undefined;
    if (layout && reached('html')) {
      const html = await timed('html', () => renderHtml(layout, title ?? 'Kế hoạch'));
      const error = html === undefined ? undefined : htmlEscapingError(html);
      if (error) findings.push({ kind: 'html', phase: 'html', message: error });
    }
    if (layout && reached('docx')) {
      const agency = file.header ? fieldOf(file.header, 'agency')?.value.text : undefined;
      const docx = await timed('docx', () => renderDocx(layout, { timestamp: TIMESTAMP, title, author: agency }));
      const error = docx === undefined ? undefined : docxXmlError(docx);
      if (error) findings.push({ kind: 'xml', phase: 'docx', message: error });
    }
  }
  if (reached('ics')) {
    const ics = await timed('ics', () => renderIcs(workspace, file, { calendar, now: TIMESTAMP }));
    const error = ics === undefined ? undefined : icsError(ics);
    if (error) findings.push({ kind: 'ics', phase: 'ics', message: error });
  }
  if (reached('json')) {
    const json = await timed('json', () => renderJson(workspace, file, { calendar }));
    if (json !== undefined) {
      try {
        JSON.parse(json);
      } catch (error) {
        findings.push({ kind: 'json', phase: 'json', message: `the JSON export does not parse: ${String(error)}` });
      }
    }
  }
  if (reached('report') && diagnostics) {
    const reports: FileReport[] = [{ path: 'fuzz/ke-hoach.kh', diagnostics }];
    const formatOptions: FormatOptions = { language: options.language, color: false, version: '0.0.0-fuzz' };
    const outputs = await timed('report', () => ({
      human: formatHuman(reports, formatOptions),
      github: formatGithub(reports, formatOptions),
      junit: formatJunit(reports, formatOptions),
      sarif: sarif(reports, formatOptions),
    }));
    if (outputs) {
      for (const name of ['human', 'github'] as const) {
        const control = TERMINAL_CONTROL.exec(outputs[name]);
        if (control) {
          findings.push({ kind: 'report', phase: 'report', message: `the ${name} report prints U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} raw: ${around(outputs[name], control.index)}` });
        }
      }
      const junit = xmlError(outputs.junit);
      if (junit) findings.push({ kind: 'xml', phase: 'report', message: `the JUnit report: ${junit}` });
      try {
        JSON.parse(outputs.sarif);
      } catch (error) {
        findings.push({ kind: 'json', phase: 'report', message: `the SARIF report does not parse: ${String(error)}` });
      }
    }
  }

  /** Format twice: the second run must change nothing, and the first must keep what the plan says. */
  const checkFormat = async (before: string, what: string): Promise<void> => {
    const once = await timed('format', () => formatText(before, uri));
    if (once === undefined) return;
    const twice = await timed('format', () => formatText(once, uri));
    if (twice !== undefined && twice !== once) {
      const lines = splitLines(once);
      const changed = splitLines(twice).findIndex((line, i) => line !== lines[i]);
      findings.push({ kind: 'format', phase: 'format', message: `formatting ${what} again changes line ${changed + 1}: ${JSON.stringify(lines[changed]?.slice(0, 80))}` });
    }
    if (JSON.stringify(shapeOf(once)) !== JSON.stringify(shapeOf(before))) {
      findings.push({ kind: 'format', phase: 'format', message: `formatting ${what} changes what the plan says` });
    }
  };
  if (reached('format')) await checkFormat(text, 'the input');

  if (reached('fix') && diagnostics) {
    let current = text;
    let pending = diagnostics;
    const seen = new Set([current]);
    for (let round = 0; ; round++) {
      const fixes = safeFixes(pending);
      if (fixes.length === 0) break;
      const result = await timed('fix', () => applyFixes(current, fixes));
      if (!result) break;
      if (result.applied.length === 0) break;
      if (result.text === current) {
        const codes = [...new Set(pending.filter((d) => d.fixes?.some((f) => result.applied.includes(f))).map((d) => d.code))];
        findings.push({ kind: 'fix', phase: 'fix', message: `safe fixes that change nothing: ${codes.join(', ')}` });
        break;
      }
      if (seen.has(result.text)) {
        findings.push({ kind: 'fix', phase: 'fix', message: `safe fixes go round in a cycle (round ${round + 1})` });
        break;
      }
      if (round === FIX_ROUNDS) {
        const codes = [...new Set(pending.filter((d) => d.fixes?.some((f) => f.safe)).map((d) => d.code))];
        findings.push({ kind: 'fix', phase: 'fix', message: `safe fixes still pending after ${FIX_ROUNDS} rounds: ${codes.slice(0, 5).join(', ')}` });
        break;
      }
      current = result.text;
      seen.add(current);
      const fixed = current;
      const rechecked = await timed('recheck', () => {
        workspace.setFile(uri, fixed);
        return checkFile(workspace, uri, checkOptions);
      });
      if (!rechecked) break;
      checkDiagnostics(rechecked, current, 'recheck', findings);
      pending = rechecked;
    }
    if (reached('format') && current !== text) await checkFormat(current, 'the fixed text');
  }
  return { findings, times };
}

// ---------------------------------------------------------------------------------------------
// Minimising: the smallest input that still shows a finding, by removing lines and then
// characters in halving chunks (delta debugging without the complement step).

/** A finding's kind, phase and message with the numbers and quoted text taken out. */
export function signatureOf(finding: Finding): string {
  const message = finding.message
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\d+/g, '#')
    .slice(0, 160);
  return `${finding.kind}/${finding.phase}: ${message}`;
}

export interface MinimiseBudget {
  runs: number;
  milliseconds: number;
}

export async function minimise(text: string, reproduces: (candidate: string) => Promise<boolean>, budget: MinimiseBudget): Promise<string> {
  const deadline = Date.now() + budget.milliseconds;
  let runs = 0;
  const attempt = async (candidate: string): Promise<boolean> => {
    if (runs >= budget.runs || Date.now() > deadline) return false;
    runs++;
    return reproduces(candidate);
  };
  let current = text;
  for (const split of [splitLines, (whole: string) => Array.from(whole)]) {
    let pieces = split(current);
    for (let chunk = Math.ceil(pieces.length / 2); chunk >= 1; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
      for (let at = 0; at < pieces.length; ) {
        const candidate = [...pieces.slice(0, at), ...pieces.slice(at + chunk)];
        if (await attempt(candidate.join(''))) pieces = candidate;
        else at += chunk;
      }
    }
    current = pieces.join('');
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// The run and its figures.

/** Size buckets in UTF-8 bytes, each four times the last: a linear phase keeps its µs per byte from row to row, a quadratic one multiplies it by four. */
export const BUCKETS = [1 << 10, 4 << 10, 16 << 10, 64 << 10, 256 << 10, Infinity] as const;

export function bucketName(limit: number, index: number): string {
  const size = (bytes: number) => (bytes >= 1 << 20 ? `${bytes >> 20} MB` : `${bytes >> 10} KB`);
  const low = index === 0 ? '0' : size(BUCKETS[index - 1]!);
  return limit === Infinity ? `≥ ${low}` : `${low} – ${size(limit)}`;
}

export interface InputResult {
  index: number;
  bytes: number;
  times: PhaseTimes;
  findings: Finding[];
}

export interface FindingRecord extends Finding {
  signature: string;
  count: number;
  /** The first input that showed it. */
  index: number;
  bytes: number;
  base: string;
  mutations: string[];
  input?: string;
  minimised?: string;
}

interface BucketStats {
  inputs: number;
  /** Total µs per byte of every input, for the median. */
  microsPerByte: number[];
  maxTotal: { microsPerByte: number; ms: number; index: number; bytes: number };
  /** The largest µs per byte of each phase. */
  maxPhase: number[];
}

export class FuzzStats {
  inputs = 0;
  bytes = 0;
  /** Milliseconds spent in each phase over the whole run. */
  readonly phaseTotals: number[] = PHASES.map(() => 0);
  readonly findings = new Map<string, FindingRecord>();
  readonly buckets: BucketStats[] = BUCKETS.map(() => ({
    inputs: 0,
    microsPerByte: [],
    maxTotal: { microsPerByte: 0, ms: 0, index: -1, bytes: 0 },
    maxPhase: PHASES.map(() => 0),
  }));

  add(result: InputResult): void {
    this.inputs++;
    this.bytes += result.bytes;
    const bucket = this.buckets[BUCKETS.findIndex((limit) => result.bytes < limit)]!;
    const perByte = (ms: number) => (ms * 1000) / Math.max(result.bytes, 1);
    const total = result.times.reduce((sum, ms) => sum + ms, 0);
    bucket.inputs++;
    bucket.microsPerByte.push(perByte(total));
    if (perByte(total) > bucket.maxTotal.microsPerByte) bucket.maxTotal = { microsPerByte: perByte(total), ms: total, index: result.index, bytes: result.bytes };
    result.times.forEach((ms, phase) => {
      bucket.maxPhase[phase] = Math.max(bucket.maxPhase[phase]!, perByte(ms));
      this.phaseTotals[phase]! += ms;
    });
  }

  record(finding: FindingRecord): void {
    const known = this.findings.get(finding.signature);
    if (known) known.count += finding.count;
    else this.findings.set(finding.signature, { ...finding });
  }

  findingCount(): number {
    return [...this.findings.values()].reduce((sum, record) => sum + record.count, 0);
  }

  countBy(key: (record: FindingRecord) => string, wanted: (record: FindingRecord) => boolean = () => true): Map<string, number> {
    const counts = new Map<string, number>();
    for (const record of this.findings.values()) {
      if (wanted(record)) counts.set(key(record), (counts.get(key(record)) ?? 0) + record.count);
    }
    return counts;
  }
}

export interface FuzzOptions {
  corpus: readonly CorpusEntry[];
  seed: number;
  count: number;
  /** The first input's number, so a worker can go on after the input that hung. */
  from?: number;
  /** Stop starting inputs after this time (Date.now() milliseconds). */
  deadline?: number;
  /** Signatures found before (by the worker that hung), whose inputs are not kept or minimised again. */
  known?: readonly string[];
  /** Minimise the first input of each new finding (the test skips it; the script does it). */
  minimise?: boolean;
  /** An input slower than this, and slower per byte than `slowMicrosPerByte`, is a finding. */
  slowMs?: number;
  slowMicrosPerByte?: number;
  onPhase?: (index: number, phase: Phase) => void;
  onResult?: (result: InputResult, records: FindingRecord[]) => void;
}

/**
 * Generous bounds for a slow input: a linear pipeline does a 256 KB plan in well under these, a
 * quadratic one blows through them by orders of magnitude.
 */
export const SLOW_MS = 2000;
export const SLOW_MICROS_PER_BYTE = 25;

/**
 * How many distinct findings keep their input, and how many of those are minimised: a bug that
 * puts the input's words into its message would otherwise fill the memory and the run's time.
 */
const MAX_KEPT_FINDINGS = 200;
const MAX_MINIMISED = 50;

/** The pipeline's options for input `index`: the language and the as-of day alternate. */
function pipelineOptionsFor(index: number): Omit<PipelineOptions, 'only' | 'onPhase'> {
  return { language: index % 2 === 0 ? 'vi' : 'en', asOf: index % 3 === 0 };
}

/** Runs inputs `from` … `count - 1` in this thread. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzStats> {
  const stats = new FuzzStats();
  const known = new Set(options.known);
  const slowMs = options.slowMs ?? SLOW_MS;
  const slowMicrosPerByte = options.slowMicrosPerByte ?? SLOW_MICROS_PER_BYTE;
  for (let index = options.from ?? 0; index < options.count; index++) {
    if (options.deadline !== undefined && Date.now() > options.deadline) break;
    const input = generateInput(options.corpus, options.seed, index);
    const pipelineOptions = pipelineOptionsFor(index);
    const result = await runPipeline(input.text, input.base, { ...pipelineOptions, onPhase: (phase) => options.onPhase?.(index, phase) });
    const bytes = Buffer.byteLength(input.text, 'utf8');
    const totalMs = result.times.reduce((sum, ms) => sum + ms, 0);
    if (totalMs > slowMs && (totalMs * 1000) / Math.max(bytes, 1) > slowMicrosPerByte) {
      const slowest = PHASES[result.times.indexOf(Math.max(...result.times))]!;
      result.findings.push({ kind: 'slow', phase: slowest, message: `${Math.round(totalMs)} ms for ${bytes} bytes (${slowest}: ${Math.round(Math.max(...result.times))} ms)` });
    }
    const records: FindingRecord[] = [];
    for (const finding of result.findings) {
      const signature = signatureOf(finding);
      const record: FindingRecord = { ...finding, signature, count: 1, index, bytes, base: input.base.name, mutations: input.mutations };
      if (!stats.findings.has(signature) && !known.has(signature) && stats.findings.size + known.size < MAX_KEPT_FINDINGS) {
        record.input = input.text;
        // A slow input is kept whole: whether a smaller one is still slow is a matter of timing.
        if (options.minimise && finding.kind !== 'slow' && stats.findings.size < MAX_MINIMISED) {
          record.minimised = await minimise(
            input.text,
            async (candidate) => {
              const again = await runPipeline(candidate, input.base, { ...pipelineOptions, only: finding.phase, onPhase: (phase) => options.onPhase?.(index, phase) });
              return again.findings.some((other) => signatureOf(other) === signature);
            },
            { runs: 800, milliseconds: 30_000 },
          );
        }
      }
      stats.record(record);
      records.push(record);
    }
    const inputResult: InputResult = { index, bytes, times: result.times, findings: result.findings };
    stats.add(inputResult);
    options.onResult?.(inputResult, records);
  }
  return stats;
}

/** The figures as Markdown: totals, findings by kind and phase, each finding, and the size table. */
export function formatReport(stats: FuzzStats, run: { seed: number; seconds: number; folder?: string }): string {
  const lines: string[] = [];
  lines.push(`# Fuzz run, seed ${run.seed}`, '');
  lines.push(`${stats.inputs} inputs, ${(stats.bytes / 1e6).toFixed(1)} MB in ${run.seconds.toFixed(0)} s; ${stats.findingCount()} findings (${stats.findings.size} distinct).`, '');
  const table = (title: string, counts: Map<string, number>) => {
    lines.push(`| ${title} | inputs |`, '|---|---:|');
    if (counts.size === 0) lines.push('| (none) | 0 |');
    for (const [key, count] of [...counts].sort()) lines.push(`| ${key} | ${count} |`);
    lines.push('');
  };
  table('finding', stats.countBy((record) => record.kind));
  const throws = stats.countBy((record) => record.phase, (record) => record.kind === 'throw');
  table('throws by phase', throws);
  for (const [i, record] of [...stats.findings.values()].entries()) {
    lines.push(`## ${findingFileName(i + 1, record)}: ${record.kind} in ${record.phase} (${record.count}×)`, '');
    lines.push(`- ${record.message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}`);
    lines.push(`- first at input ${record.index} (${record.bytes} bytes), from ${record.base} by ${record.mutations.join(', ')}`);
    if (record.stack) lines.push('', '```', record.stack.split('\n').slice(0, 8).join('\n'), '```');
    lines.push('');
  }
  lines.push('## Time per byte by input size', '');
  lines.push(`| size | inputs | median µs/B | max µs/B | ms at max | ${PHASES.join(' | ')} |`);
  lines.push(`|---|---:|---:|---:|---:|${PHASES.map(() => '---:').join('|')}|`);
  stats.buckets.forEach((bucket, i) => {
    if (bucket.inputs === 0) return;
    const sorted = [...bucket.microsPerByte].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const phases = bucket.maxPhase.map((value) => value.toFixed(2)).join(' | ');
    lines.push(`| ${bucketName(BUCKETS[i]!, i)} | ${bucket.inputs} | ${median.toFixed(2)} | ${bucket.maxTotal.microsPerByte.toFixed(2)} | ${bucket.maxTotal.ms.toFixed(0)} | ${phases} |`);
  });
  lines.push('', 'The phase columns are the largest µs per byte of that phase in the bucket. Seconds in each phase over the run:', '');
  lines.push(PHASES.map((phase, i) => `${phase} ${(stats.phaseTotals[i]! / 1000).toFixed(1)}`).join(', '));
  if (run.folder) lines.push('', `Each finding's input (NNN-….input.kh), minimised (NNN-….min.kh), and the slowest input of each bucket: ${run.folder}`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The command line: a worker runs the inputs, the main thread watches it and writes the report.

/** An input that runs longer than this is a hang: the worker is stopped and the run goes on. */
const HANG_MS = 120_000;

interface WorkerData {
  root: string;
  seed: number;
  from: number;
  count: number;
  deadline: number;
  /** [input index, phase index, beats]: written by the worker, read by the watchdog. */
  heartbeat: SharedArrayBuffer;
  known: string[];
}

type WorkerMessage = { type: 'result'; result: InputResult; records: FindingRecord[] } | { type: 'done' };

async function workerMain(data: WorkerData): Promise<void> {
  const heartbeat = new Int32Array(data.heartbeat);
  await runFuzz({
    corpus: loadCorpus(data.root),
    seed: data.seed,
    count: data.count,
    from: data.from,
    deadline: data.deadline,
    known: data.known,
    minimise: true,
    onPhase: (index, phase) => {
      Atomics.store(heartbeat, 0, index);
      Atomics.store(heartbeat, 1, PHASES.indexOf(phase));
      Atomics.add(heartbeat, 2, 1);
    },
    onResult: (result, records) => parentPort!.postMessage({ type: 'result', result, records } satisfies WorkerMessage),
  });
  parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
}

function parseArguments(argv: string[]): { count: number; seed: number; timeLimit: number } {
  const values = { count: 100_000, seed: 1, timeLimit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = Number(argv[i + 1]);
    const key = ({ '--count': 'count', '--seed': 'seed', '--time-limit': 'timeLimit' } as const)[flag as '--count'];
    if (!key || !Number.isFinite(value) || value < 0) {
      process.stderr.write(`fuzz: cách dùng / usage: npm run fuzz -- [--count N] [--seed S] [--time-limit SECONDS] (không hiểu / not understood: ${flag})\n`);
      process.exit(2);
    }
    values[key] = value;
    i++;
  }
  return values;
}

/** The repository's root: the folder above this script that holds the samples. */
function repositoryRoot(): string {
  let folder = __dirname;
  while (!fg.sync('samples/*/*.kh', { cwd: folder }).length) {
    if (dirname(folder) === folder) throw new Error('fuzz: cannot find the samples folder above the script');
    folder = dirname(folder);
  }
  return folder;
}

async function main(): Promise<void> {
  const { count, seed, timeLimit } = parseArguments(process.argv.slice(2));
  const root = repositoryRoot();
  const corpus = loadCorpus(root);
  const folder = mkdtempSync(join(tmpdir(), 'kehoach-fuzz-'));
  const started = Date.now();
  const deadline = timeLimit === Infinity ? Number.MAX_SAFE_INTEGER : started + timeLimit * 1000;
  const stats = new FuzzStats();
  let next = 0;
  let lastProgress = started;
  process.stderr.write(`fuzz: seed ${seed}, ${count} inputs from ${corpus.length} files, into ${folder}\n`);
  while (next < count && Date.now() < deadline) {
    const heartbeat = new SharedArrayBuffer(12);
    const beats = new Int32Array(heartbeat);
    Atomics.store(beats, 0, next);
    const known = [...stats.findings.keys()];
    const worker = new Worker(__filename, { workerData: { root, seed, from: next, count, deadline, heartbeat, known } satisfies WorkerData });
    const outcome = await new Promise<'done' | 'stopped'>((resolve) => {
      let lastBeat = -1;
      let lastChange = Date.now();
      let settled = false;
      const stopped = (index: number, phase: Phase, kind: 'hang' | 'throw', message: string) => {
        if (settled) return;
        settled = true;
        clearInterval(watchdog);
        const input = generateInput(corpus, seed, index);
        const record: FindingRecord = { kind, phase, message, signature: `${kind}/${phase}: ${message}`, count: 1, index, bytes: Buffer.byteLength(input.text), base: input.base.name, mutations: input.mutations, input: input.text };
        const known = stats.findings.has(record.signature);
        stats.record(record);
        if (!known) writeFinding(folder, stats, record);
        next = index + 1;
        resolve('stopped');
      };
      const watchdog = setInterval(() => {
        const beat = Atomics.load(beats, 2);
        if (beat !== lastBeat) {
          lastBeat = beat;
          lastChange = Date.now();
        } else if (Date.now() - lastChange > HANG_MS) {
          const index = Atomics.load(beats, 0);
          const phase = PHASES[Atomics.load(beats, 1)]!;
          stopped(index, phase, 'hang', `no progress for ${HANG_MS / 1000} s`);
          void worker.terminate();
        }
      }, 1000);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'done') {
          settled = true;
          clearInterval(watchdog);
          resolve('done');
          return;
        }
        stats.add(message.result);
        for (const record of message.records) {
          const isNew = !stats.findings.has(record.signature);
          stats.record(record);
          if (isNew) writeFinding(folder, stats, record);
        }
        next = message.result.index + 1;
        if (Date.now() - lastProgress > 15_000) {
          lastProgress = Date.now();
          process.stderr.write(`fuzz: ${stats.inputs} inputs, ${stats.findingCount()} findings, ${Math.round((lastProgress - started) / 1000)} s\n`);
        }
      });
      // The worker itself failing (out of memory, a crash below JavaScript) is a finding of the input it was on.
      worker.on('error', (error) => stopped(Atomics.load(beats, 0), PHASES[Atomics.load(beats, 1)]!, 'throw', `the worker died: ${error.message}`));
      worker.on('exit', (code) => stopped(Atomics.load(beats, 0), PHASES[Atomics.load(beats, 1)]!, 'throw', `the worker exited with code ${code}`));
    });
    if (outcome === 'done') break;
  }
  writeSummary(stats, corpus, seed, folder);
  const report = formatReport(stats, { seed, seconds: (Date.now() - started) / 1000, folder });
  writeFileSync(join(folder, 'report.md'), report);
  process.stdout.write(report);
  process.exitCode = stats.findings.size > 0 ? 1 : 0;
}

/** The files of the distinct finding at `position` (from 1, in the order they were found). */
export function findingFileName(position: number, record: FindingRecord): string {
  return `${String(position).padStart(3, '0')}-${record.kind}-${record.phase}`;
}

/** A new distinct finding's input and minimised input, written as soon as it is found so a run cut short keeps them. */
function writeFinding(folder: string, stats: FuzzStats, record: FindingRecord): void {
  const name = findingFileName([...stats.findings.keys()].indexOf(record.signature) + 1, record);
  if (record.input !== undefined) writeFileSync(join(folder, `${name}.input.kh`), record.input);
  if (record.minimised !== undefined) writeFileSync(join(folder, `${name}.min.kh`), record.minimised);
}

/** The slowest input of each bucket and a JSON summary of the findings. */
function writeSummary(stats: FuzzStats, corpus: readonly CorpusEntry[], seed: number, folder: string): void {
  const summary = [...stats.findings.values()].map((record, i) => {
    const { input: _input, minimised: _minimised, ...rest } = record;
    return { file: findingFileName(i + 1, record), ...rest, minimisedBytes: record.minimised === undefined ? undefined : Buffer.byteLength(record.minimised) };
  });
  stats.buckets.forEach((bucket, i) => {
    if (bucket.maxTotal.index < 0) return;
    const input = generateInput(corpus, seed, bucket.maxTotal.index);
    writeFileSync(join(folder, `slowest-${String(i).padStart(2, '0')}-${bucket.maxTotal.bytes}-bytes.kh`), input.text);
  });
  writeFileSync(join(folder, 'findings.json'), `${JSON.stringify(summary, null, 2)}\n`);
}

// The bundle is the script's entry point and, in a worker, the worker's: imported by a test, it only exports.
if (!isMainThread && (workerData as WorkerData | undefined)?.heartbeat) {
  void workerMain(workerData as WorkerData);
} else if (isMainThread && /fuzz\.c?[jt]s$/.test(process.argv[1] ?? '')) {
  void main();
}
