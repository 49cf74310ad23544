/**
 * `kehoach check` over a generated set of plans (500 files, about 20 MB) against markdownlint-cli2
 * on the same text written as Markdown, in the same run. Both run as a user would run them: a new
 * process over a folder. Prints wall time, throughput and the ratio.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePlan } from './generate';

const FILES = 500;
const BYTES_PER_FILE = 40_000;
const root = join(process.cwd(), 'bench', '.data', 'check');
const plans = join(root, 'plans');
const markdown = join(root, 'markdown');
rmSync(root, { recursive: true, force: true });
mkdirSync(plans, { recursive: true });
mkdirSync(markdown, { recursive: true });

/** The same plan as Markdown: sections as headings, markers as list items, the rest as it is. */
function toMarkdown(plan: string): string {
  return plan
    .split('\n')
    .map((line) => {
      if (/^[IVX]+\. /.test(line)) return `## ${line}\n`;
      if (/^\d+\. /.test(line)) return `${line}\n`;
      if (/^[a-zđ]\) /.test(line)) return `- ${line}`;
      if (/^\s*(nhiệm vụ|đơn vị|văn bản|kế hoạch)/.test(line)) return `<!-- ${line.trim()} -->`;
      return line;
    })
    .join('\n');
}

let totalBytes = 0;
let totalMarkdownBytes = 0;
writeFileSync(join(plans, 'kehoach.config.json'), '{}\n');
for (let i = 0; i < FILES; i++) {
  const plan = generatePlan(BYTES_PER_FILE, i + 1);
  const md = toMarkdown(plan);
  writeFileSync(join(plans, `plan-${i}.kh`), plan);
  writeFileSync(join(markdown, `plan-${i}.md`), md);
  totalBytes += Buffer.byteLength(plan);
  totalMarkdownBytes += Buffer.byteLength(md);
}

function wall(command: string, args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  try {
    execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  } catch (error) {
    // Both linters exit 1 when they find problems, which is what they are here for; any other
    // ending means the tool did not run, and its time would flatter it.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const cli = join(process.cwd(), 'bin', 'kehoach.js');
const markdownlint = join(process.cwd(), 'node_modules', '.bin', 'markdownlint-cli2');
const runs = 3;
const ours: number[] = [];
const theirs: number[] = [];
for (let i = 0; i < runs; i++) {
  ours.push(wall(process.execPath, [cli, 'check', '--format', 'json', '.'], plans));
  theirs.push(wall(markdownlint, ['**/*.md'], markdown));
}
const best = (values: number[]) => Math.min(...values);
const mb = (bytes: number) => bytes / 1e6;
console.log(`${FILES} files, kehoach ${mb(totalBytes).toFixed(1)} MB, Markdown ${mb(totalMarkdownBytes).toFixed(1)} MB; best of ${runs} runs`);
console.log('| tool | wall (ms) | MB/s |');
console.log('|---|---:|---:|');
console.log(`| kehoach check | ${best(ours).toFixed(0)} | ${(mb(totalBytes) / (best(ours) / 1000)).toFixed(2)} |`);
console.log(`| markdownlint-cli2 | ${best(theirs).toFixed(0)} | ${(mb(totalMarkdownBytes) / (best(theirs) / 1000)).toFixed(2)} |`);
console.log(`throughput ratio kehoach / markdownlint-cli2: ${((mb(totalBytes) / best(ours)) / (mb(totalMarkdownBytes) / best(theirs))).toFixed(2)}`);
