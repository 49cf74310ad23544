/**
 * `kehoach build` end to end in a temporary folder, and the atomic write under it: outputs where
 * the documentation says, nothing else written, sources never overwritten, plans with errors
 * refused unless --force, clear messages when the target cannot be written.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild, type BuildCommandOptions } from '../../server/src/cli/build';
import type { CliIO } from '../../server/src/cli/io';
import { WriteError, writeFileAtomic } from '../../server/src/node/atomic-write';
import { SAMPLES_DIR, SEED_SAMPLE } from './helpers';

const seedPlan = readFileSync(join(SAMPLES_DIR, SEED_SAMPLE, 'ke-hoach.kh'), 'utf8');
const seedCatalog = readFileSync(join(SAMPLES_DIR, SEED_SAMPLE, 'danh-muc.kh'), 'utf8');

/** A new temporary folder holding `files` (path → text). */
function tempWorkspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-build-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function build(cwd: string, path: string, options: BuildCommandOptions = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env: { SOURCE_DATE_EPOCH: '1678000000' },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    readStdin: async () => new Uint8Array(),
  };
  const code = await runBuild(path, options, io);
  return { code, stdout, stderr };
}

/** Every file under a folder, relative, sorted. */
function listFiles(root: string, under = ''): string[] {
  return readdirSync(join(root, under), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(root, join(under, entry.name)) : [join(under, entry.name)]))
    .sort();
}

describe('kehoach build', () => {
  it('writes out/<name>.docx by default and nothing else', async () => {
    const root = tempWorkspace({ 'plan/ke-hoach.kh': seedPlan, 'plan/danh-muc.kh': seedCatalog });
    const result = await build(root, 'plan/ke-hoach.kh');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Đã ghi ${join('out', 'ke-hoach.docx')}\n`);
    expect(listFiles(root)).toEqual([join('out', 'ke-hoach.docx'), join('plan', 'danh-muc.kh'), join('plan', 'ke-hoach.kh')]);
    expect(readFileSync(join(root, 'out', 'ke-hoach.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes each format to -o, a file or a folder', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    for (const format of ['html', 'ics', 'json'] as const) {
      expect((await build(root, 'ke-hoach.kh', { format, output: `dist/plan.${format}` })).code).toBe(0);
    }
    expect((await build(root, 'ke-hoach.kh', { output: 'docs/' })).code).toBe(0);
    expect(listFiles(root).filter((file) => !file.endsWith('.kh'))).toEqual([
      join('dist', 'plan.html'),
      join('dist', 'plan.ics'),
      join('dist', 'plan.json'),
      join('docs', 'ke-hoach.docx'),
    ]);
    expect(readFileSync(join(root, 'dist', 'plan.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(JSON.parse(readFileSync(join(root, 'dist', 'plan.json'), 'utf8'))).toMatchObject({ version: 2, source: 'ke-hoach.kh' });
  });

  it('builds every plan of a folder, skipping catalogs and keeping sub-folders apart', async () => {
    // Without a configuration each folder is a workspace of its own: the two copies of the catalog
    // are not duplicates of each other.
    const root = tempWorkspace({ 'a/ke-hoach.kh': seedPlan, 'a/danh-muc.kh': seedCatalog, 'b/ke-hoach.kh': seedPlan, 'b/danh-muc.kh': seedCatalog });
    const result = await build(root, '.', { output: 'build', format: 'html' });
    expect(result.code).toBe(0);
    expect(listFiles(join(root, 'build'))).toEqual([join('a', 'ke-hoach.html'), join('b', 'ke-hoach.html')]);
  });

  it('builds a folder of plans in one run to the bytes each plan gets built alone', async () => {
    // One process, one workspace and the writers loaded once for all the plans must leave nothing
    // of one plan's document in the next one's.
    const plans = {
      'ke-hoach.kh': seedPlan,
      'ke-hoach-2.kh': seedPlan.replace('trích yếu: Thực hiện', 'trích yếu: Tiếp tục thực hiện'),
      'ke-hoach-3.kh': `// Bản thứ ba\n${seedPlan}`,
    };
    const root = tempWorkspace({ 'kehoach.config.json': '{}', 'danh-muc.kh': seedCatalog, ...plans });
    const all = await build(root, '.', { output: 'all/' });
    expect(all).toMatchObject({ code: 0, stderr: '' });
    expect(listFiles(join(root, 'all'))).toEqual(['ke-hoach-2.docx', 'ke-hoach-3.docx', 'ke-hoach.docx']);
    for (const name of Object.keys(plans)) {
      const docx = name.replace(/\.kh$/, '.docx');
      expect(await build(root, name, { output: join('one', docx) })).toMatchObject({ code: 0, stderr: '' });
      expect(readFileSync(join(root, 'all', docx)).equals(readFileSync(join(root, 'one', docx)))).toBe(true);
    }
    expect(readFileSync(join(root, 'all', 'ke-hoach.docx')).equals(readFileSync(join(root, 'all', 'ke-hoach-2.docx')))).toBe(false);
  });

  it('refuses to write over the source or any .kh file', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    for (const output of ['ke-hoach.kh', 'danh-muc.kh', 'other.kh']) {
      const result = await build(root, 'ke-hoach.kh', { output, force: true });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Từ chối ghi');
    }
    expect(readFileSync(join(root, 'ke-hoach.kh'), 'utf8')).toBe(seedPlan);
    expect(listFiles(root)).toEqual(['danh-muc.kh', 'ke-hoach.kh']);
  });

  it('refuses a plan with errors unless --force, printing them as file:line:col', async () => {
    const broken = seedPlan.replace('Thực hiện @KH30,', 'Thực hiện @KHONGCO,');
    const root = tempWorkspace({ 'ke-hoach.kh': broken, 'danh-muc.kh': seedCatalog });
    const refused = await build(root, 'ke-hoach.kh', { lang: 'en' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^ke-hoach\.kh:\d+:\d+ error \S+ /m);
    expect(refused.stderr).toContain('not built');
    expect(existsSync(join(root, 'out'))).toBe(false);
    const forced = await build(root, 'ke-hoach.kh', { force: true, format: 'html' });
    expect(forced.code).toBe(0);
    // The unknown reference prints as written, so the gap shows in the document.
    expect(readFileSync(join(root, 'out', 'ke-hoach.html'), 'utf8')).toContain('Thực hiện @KHONGCO, Sở Công Thương');
  });

  it('prints a citation forced past an error exactly as declared, dropping none of its parts', async () => {
    const plan = `${seedPlan.replace('Thực hiện @KH30,', 'Thực hiện @KH31,')}\nvăn bản KH31: Kế hoạch số 31/KH-UBND ngày 31/02/2023 của @UBND\n`;
    const root = tempWorkspace({ 'ke-hoach.kh': plan, 'danh-muc.kh': seedCatalog });
    expect((await build(root, 'ke-hoach.kh', { format: 'html' })).code).toBe(1);
    expect((await build(root, 'ke-hoach.kh', { force: true, format: 'html' })).code).toBe(0);
    const html = readFileSync(join(root, 'out', 'ke-hoach.html'), 'utf8');
    expect(html).toContain('Thực hiện Kế hoạch số 31/KH-UBND ngày 31/02/2023 của Ủy ban nhân dân tỉnh,');
  });

  it('says clearly when a folder is in the way, and exits 2', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    mkdirSync(join(root, 'out', 'ke-hoach.docx'), { recursive: true });
    const result = await build(root, 'ke-hoach.kh');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ở đó đang có một thư mục');
  });

  it.skipIf(process.getuid?.() === 0)('says the file may be open in Word when it cannot be replaced', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    mkdirSync(join(root, 'locked'));
    chmodSync(join(root, 'locked'), 0o500);
    const result = await build(root, 'ke-hoach.kh', { output: 'locked/ke-hoach.docx', lang: 'en' });
    chmodSync(join(root, 'locked'), 0o700);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('open in another program (such as Word)');
  });

  it('rejects options outside the decree', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': seedPlan });
    expect((await build(root, 'ke-hoach.kh', { fontSize: '12' })).stderr).toContain('13 hoặc 14');
    expect((await build(root, 'ke-hoach.kh', { margins: '20,20,25,15' })).stderr).toContain('Lề trái phải từ 30 đến 35 mm');
    expect((await build(root, 'ke-hoach.kh', { format: 'odt' })).code).toBe(2);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('stamps outputs with SOURCE_DATE_EPOCH, so rebuilding gives the same bytes', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    await build(root, 'ke-hoach.kh', { output: 'a.docx' });
    await build(root, 'ke-hoach.kh', { output: 'b.docx' });
    expect(readFileSync(join(root, 'a.docx')).equals(readFileSync(join(root, 'b.docx')))).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', () => {
    const root = tempWorkspace({ 'doc.txt': 'old' });
    writeFileAtomic(join(root, 'doc.txt'), 'new content');
    expect(readFileSync(join(root, 'doc.txt'), 'utf8')).toBe('new content');
    expect(readdirSync(root)).toEqual(['doc.txt']);
  });

  it('keeps the old file and removes the temporary one when the write fails', () => {
    const root = tempWorkspace({ 'doc.txt': 'old' });
    // A typed array whose bytes cannot be read fails half-way, after the temporary file exists.
    const failing = new Uint8Array(8);
    Object.defineProperty(failing, 'length', { get: () => { throw new Error('disk gone'); } });
    expect(() => writeFileAtomic(join(root, 'doc.txt'), failing)).toThrow(WriteError);
    expect(readFileSync(join(root, 'doc.txt'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['doc.txt']);
  });

  it('refuses a folder in the way with EISDIR', () => {
    const root = tempWorkspace({});
    mkdirSync(join(root, 'doc.txt'));
    try {
      writeFileAtomic(join(root, 'doc.txt'), 'x');
      expect.unreachable();
    } catch (error) {
      expect((error as WriteError).code).toBe('EISDIR');
    }
  });

  it('creates missing folders', () => {
    const root = tempWorkspace({});
    writeFileAtomic(join(root, 'a', 'b', 'doc.txt'), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(join(root, 'a', 'b', 'doc.txt'))]).toEqual([1, 2, 3]);
  });
});
