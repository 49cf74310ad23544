/**
 * The hooks of .pre-commit-hooks.yaml in a real pre-commit: the one Debian ships (3.0.x, installed
 * by scripts/setup-pre-commit.sh), which reads the tarball's name from the standard output of
 * `npm pack` and so breaks on any banner printed during the pack; and, when PRE_COMMIT_SOURCE
 * names a checkout of a current pre-commit (4.x, run with Debian's Python libraries), that one too,
 * which installs the repository as a global git dependency (`npm install -g git+file://…`), the
 * path where npm leaves the build tools out (scripts/prepare.mjs).
 *
 * A temporary repository holds this project as it is in the working tree (committed, so pre-commit
 * has a revision to name), and another holds the defect-keeping plan with a `.pre-commit-config.yaml`
 * naming the first. pre-commit installs the hooks as it would from GitHub (`npm install`, `npm pack`,
 * `npm install -g` of the tarball) and runs them. What each hook must print or write is what the CLI
 * itself prints or writes on the same files, run in process.
 *
 * Offline as far as the machine allows: npm prefers its cache (filled by `npm ci`), pip may not
 * reach an index, and pre-commit uses the system's node instead of downloading one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempWorkspace } from '../helpers/cli';

const REPO = resolve(__dirname, '..', '..');
const FIXTURE = join(REPO, 'test', 'fixtures', 'quang-ngai-dan-van-2023-loi');
const PLANS = ['danh-muc.kh', 'ke-hoach.kh'];
const HOOKS = ['kehoach-check', 'kehoach-fix', 'kehoach-format'];

const dir = mkdtempSync(join(tmpdir(), 'kehoach-pre-commit-'));
const projectCopy = join(dir, 'kehoach');
const plansRepo = join(dir, 'plans');

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'kehoach test',
  GIT_AUTHOR_EMAIL: 'test@kehoach.invalid',
  GIT_COMMITTER_NAME: 'kehoach test',
  GIT_COMMITTER_EMAIL: 'test@kehoach.invalid',
};

const env = {
  ...process.env,
  ...GIT_IDENTITY,
  PRE_COMMIT_COLOR: 'never',
  PIP_NO_INDEX: '1',
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

function git(args: string[], cwd: string): string {
  const result = run('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], cwd);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.out}`);
  return result.out.trim();
}

/** The project as the working tree has it (tracked and new files, not the tests), committed. */
function commitProjectCopy(): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  mkdirSync(projectCopy, { recursive: true });
  for (const file of listed.stdout.split('\0')) {
    if (!file || file.startsWith('test/') || file.startsWith('bench/') || !existsSync(join(REPO, file))) continue;
    mkdirSync(dirname(join(projectCopy, file)), { recursive: true });
    cpSync(join(REPO, file), join(projectCopy, file));
  }
  git(['init', '-q'], projectCopy);
  git(['add', '-A'], projectCopy);
  git(['commit', '-q', '-m', 'the working tree under test'], projectCopy);
  return git(['rev-parse', 'HEAD'], projectCopy);
}

interface PreCommit {
  name: string;
  /** The command and the arguments before `run`. */
  command: [string, ...string[]];
  env?: Record<string, string>;
}

const DEBIAN: PreCommit = { name: 'Debian’s pre-commit', command: ['pre-commit'] };
const source = process.env.PRE_COMMIT_SOURCE;
const CURRENT: PreCommit | undefined = source
  ? { name: `the pre-commit of ${source}`, command: ['/usr/bin/python3', '-m', 'pre_commit'], env: { PYTHONPATH: source } }
  : undefined;

/**
 * Runs pre-commit without blocking the test worker: an install takes a minute or more on a loaded
 * machine, longer than the worker may go without answering the test runner.
 */
function preCommit(tool: PreCommit, hook: string): Promise<{ status: number | null; out: string }> {
  const [command, ...before] = tool.command;
  // Each pre-commit installs the hooks in a cache of its own, so neither reuses the other's.
  const own = { PRE_COMMIT_HOME: join(dir, `cache-${tool === DEBIAN ? 'debian' : 'current'}`), ...tool.env };
  const child = spawn(command, [...before, 'run', hook, '--all-files', '--color', 'never'], { cwd: plansRepo, env: { ...env, ...own } });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((settle) => {
    child.on('error', (error) => settle({ status: null, out: `${Buffer.concat(chunks).toString('utf8')}${String(error)}` }));
    child.on('close', (status) => settle({ status, out: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** What the CLI itself does to a copy of the fixture: its output, and the plans afterwards. */
async function inProcess(args: string[], plans: Record<string, string>) {
  const root = tempWorkspace(plans);
  const result = await runCli([...args, ...PLANS], root);
  return { ...result, plans: Object.fromEntries(PLANS.map((name) => [name, readFileSync(join(root, name), 'utf8')])) };
}

function plansNow(): Record<string, string> {
  return Object.fromEntries(PLANS.map((name) => [name, readFileSync(join(plansRepo, name), 'utf8')]));
}

const installed = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });

beforeAll(() => {
  if (installed.status !== 0) return;
  const rev = commitProjectCopy();
  mkdirSync(plansRepo);
  for (const name of PLANS) cpSync(join(FIXTURE, name), join(plansRepo, name));
  writeFileSync(
    join(plansRepo, '.pre-commit-config.yaml'),
    ['repos:', `  - repo: ${projectCopy}`, `    rev: ${rev}`, '    hooks:', ...HOOKS.map((id) => `      - id: ${id}`), ''].join('\n'),
  );
  git(['init', '-q'], plansRepo);
  git(['add', '-A'], plansRepo);
  git(['commit', '-q', '-m', 'plans with defects'], plansRepo);
}, 60000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the pre-commit hooks', () => {
  it('has pre-commit to run them with (scripts/setup-pre-commit.sh installs it)', () => {
    expect(installed.status, 'pre-commit is missing: run `bash scripts/setup-pre-commit.sh` (npm test does)').toBe(0);
    expect(installed.stdout).toMatch(/^pre-commit \d+\.\d+\.\d+/);
  });

  it.runIf(installed.status === 0).each([DEBIAN, ...(CURRENT ? [CURRENT] : [])])(
    'in $name: install; check fails with the plan’s diagnostics, fix fixes the plan, format formats it',
    async (tool) => {
      // The plans as committed: an earlier pre-commit's fix and format hooks have changed them.
      git(['checkout', '--', '.'], plansRepo);
      const original = plansNow();

      const check = await preCommit(tool, 'kehoach-check');
      expect(check.status, check.out).toBe(1);
      const expected = await inProcess(['check'], original);
      expect(expected.code).toBe(1);
      const problems = expected.stdout.split('\n').filter((line) => /^\S+\.kh:\d+:\d+ /.test(line));
      expect(problems.length).toBeGreaterThan(0);
      for (const line of problems) expect(check.out).toContain(line);
      expect(plansNow()).toEqual(original);

      const fix = await preCommit(tool, 'kehoach-fix');
      expect(fix.status, fix.out).toBe(1);
      expect(fix.out).toContain('files were modified by this hook');
      const fixed = await inProcess(['check', '--fix'], original);
      expect(fixed.plans).not.toEqual(original);
      expect(plansNow()).toEqual(fixed.plans);

      const format = await preCommit(tool, 'kehoach-format');
      const formatted = await inProcess(['format'], fixed.plans);
      expect(plansNow()).toEqual(formatted.plans);
      const formatChanges = PLANS.some((name) => formatted.plans[name] !== fixed.plans[name]);
      expect(format.status, format.out).toBe(formatChanges ? 1 : 0);
    },
    240000,
  );
});
