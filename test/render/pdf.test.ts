/**
 * `kehoach build --format pdf` read back by tools that did not write it: poppler (pdfinfo,
 * pdffonts, pdftotext, pdftoppm) for the pages, the fonts and the text, and PDF.js (pdfjs-dist)
 * for the signature fields and the XMP metadata; pdf-lib, which adds the fields, is not used to
 * check them. The page count is compared with LibreOffice's own rendering of the same DOCX.
 *
 * Then what goes wrong: no LibreOffice, a --libreoffice with nothing to run, a LibreOffice that
 * hangs (killed with its children on the timeout, nothing written), one that writes nothing, and a
 * plan with errors (refused unless --force).
 *
 * The tools come from scripts/setup-render-tools.sh; when they are missing and cannot be
 * installed the test fails, since a skipped check would hide a broken PDF.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildCommandOptions } from '../../server/src/cli/build';
import type { CliIO } from '../../server/src/cli/io';
import type { SofficeSearch } from '../../server/src/node/libreoffice';
import type { OutgoingMetadata } from '../../server/src/render/outgoing-metadata';
import { SAMPLES_DIR, SEED_SAMPLE, unzipDocx } from './helpers';

const SETUP = join(__dirname, '..', '..', 'scripts', 'setup-render-tools.sh');
const TOOLS = ['soffice', 'pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm'];

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function ensureTools(): void {
  if (TOOLS.every(has)) return;
  const setup = spawnSync('bash', [SETUP], { encoding: 'utf8', timeout: 600_000 });
  const missing = TOOLS.filter((tool) => !has(tool));
  if (setup.status !== 0 || missing.length > 0) {
    throw new Error(`${missing.join(', ')} missing and scripts/setup-render-tools.sh could not install them (exit ${setup.status}): ${setup.stderr}`);
  }
}

const seedPlan = readFileSync(join(SAMPLES_DIR, SEED_SAMPLE, 'ke-hoach.kh'), 'utf8');
const seedCatalog = readFileSync(join(SAMPLES_DIR, SEED_SAMPLE, 'danh-muc.kh'), 'utf8');

function tempWorkspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-pdf-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function build(cwd: string, path: string, options: BuildCommandOptions, env: Record<string, string> = {}, search?: SofficeSearch): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    // LibreOffice's launcher is a shell script: it needs a PATH to find its own tools.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? tmpdir(), SOURCE_DATE_EPOCH: '1678000000', ...env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    readStdin: async () => new Uint8Array(),
  };
  const code = await runBuild(path, options, io, search);
  return { code, stdout, stderr };
}

const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** A header that is no draft: every part of the number and the date is given. */
const issuedPlan = seedPlan.replace('số: /KH-SCT', 'số: 25/KH-SCT').replace('ngày: /02/2023', 'ngày: 20/02/2023');

let root: string;
let pdf: string;
let run: Run;
let ownPages: number;

beforeAll(async () => {
  ensureTools();
  root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog, 'ban-hanh/ke-hoach.kh': issuedPlan, 'ban-hanh/danh-muc.kh': seedCatalog });
  run = await build(root, 'ke-hoach.kh', { format: 'pdf' });
  pdf = join(root, 'out', 'ke-hoach.pdf');
  // LibreOffice's own rendering of the same DOCX, with nothing of ours in between.
  await build(root, 'ke-hoach.kh', { format: 'docx' });
  const folder = mkdtempSync(join(tmpdir(), 'kehoach-pdf-own-'));
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, join(root, 'out', 'ke-hoach.docx')], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  ownPages = pageCount(join(folder, 'ke-hoach.pdf'));
}, 600_000);

async function openWithPdfJs(path: string) {
  return getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
}

describe('kehoach build --format pdf', () => {
  it('writes an A4 PDF of as many pages as LibreOffice makes of the DOCX, with a form', () => {
    expect(run.code, run.stderr).toBe(0);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Form:\s+AcroForm/);
    expect(info).toMatch(/Encrypted:\s+no/);
    expect(info).toMatch(/JavaScript:\s+no/);
    expect(pageCount(pdf)).toBe(ownPages);
    expect(run.stdout).toContain(`${ownPages} trang A4, PDF/A-2b`);
    // Only the PDF, its sidecar and the DOCX of the comparison: no temporary file is left.
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['ke-hoach.docx', 'ke-hoach.pdf', 'ke-hoach.pdf.json']);
  });

  it('embeds every font, a serif metric-compatible with Times New Roman, and says which', () => {
    const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
    const family = rows.every((row) => /TimesNewRoman/i.test(row)) ? 'Times New Roman' : 'Liberation Serif';
    for (const row of rows) expect(row).toMatch(family === 'Times New Roman' ? /TimesNewRoman/i : /LiberationSerif/);
    expect(run.stdout).toContain(`phông ${family}`);
  });

  it('says PDF/A-2b in its XMP metadata, as PDF.js and pdfinfo read it', async () => {
    const document = await openWithPdfJs(pdf);
    const { metadata } = await document.getMetadata();
    expect(metadata?.get('pdfaid:part')).toBe('2');
    expect(metadata?.get('pdfaid:conformance')).toBe('B');
    const xmp = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' });
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
  });

  it('has an empty signature field between the title and the name, and the seal over its left third', async () => {
    const document = await openWithPdfJs(pdf);
    const last = await document.getPage(document.numPages);
    const annotations = (await last.getAnnotations()) as { fieldType?: string; fieldName?: string; rect: number[] }[];
    const signatures = annotations.filter((annotation) => annotation.fieldType === 'Sig');
    expect(signatures.map((annotation) => annotation.fieldName).sort()).toEqual(['ChuKyCoQuan', 'ChuKyNguoiKy']);
    const signer = signatures.find((annotation) => annotation.fieldName === 'ChuKyNguoiKy')!.rect;
    const seal = signatures.find((annotation) => annotation.fieldName === 'ChuKyCoQuan')!.rect;
    // The signer's lines as PDF.js reads them (PDF space: y grows upwards, a text item's y is its baseline).
    const items = (await last.getTextContent()).items.flatMap((item) => ('str' in item ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, height: item.height }] : []));
    const title = items.find((item) => item.text.includes('PHÓ GIÁM ĐỐC'))!;
    const name = items.find((item) => item.text.includes('Nguyễn Đức Huy'))!;
    expect(title, items.map((item) => item.text).join('|')).toBeDefined();
    expect(name).toBeDefined();
    const [left, bottom, right, top] = signer as [number, number, number, number];
    expect(bottom).toBeGreaterThan(name.y + name.height * 0.8);
    expect(top).toBeLessThan(title.y);
    // Centred over the name, in the right half of the page.
    const { width } = last.getViewport({ scale: 1 });
    expect(left).toBeGreaterThan(width / 2 - 10);
    expect(right).toBeLessThan(width - 15 / 25.4 * 72 + 1);
    // The seal covers the signature's left third: it ends a third of the way in and starts left of it.
    const [sealLeft, sealBottom, sealRight, sealTop] = seal as [number, number, number, number];
    expect(Math.abs(sealRight - (left + (right - left) / 3))).toBeLessThan(1);
    expect(sealLeft).toBeLessThan(left);
    expect(sealBottom).toBeLessThan(bottom);
    expect(sealTop).toBeGreaterThan(top);
    // 36 mm across, within a point.
    expect(Math.abs(sealRight - sealLeft - 36 / 25.4 * 72)).toBeLessThan(1);
  });

  it('leaves the number and the day blank in a draft, in the PDF and in the sidecar', () => {
    const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Số:\s{2,}\/KH-SCT/);
    expect(text).toMatch(/ngày\s+tháng 02 năm 2023/);
    const metadata = JSON.parse(readFileSync(`${pdf}.json`, 'utf8')) as OutgoingMetadata;
    expect(metadata.draft).toBe(true);
    expect(metadata.CodeNumber).toBeUndefined();
    expect(metadata.IssuedDate).toBeUndefined();
    expect(metadata.CodeNotation).toBe('KH-SCT');
    expect(metadata.PageAmount).toBe(ownPages);
  });

  it('writes the Phụ lục VI metadata of an issued plan beside its PDF', async () => {
    const issued = await build(root, 'ban-hanh/ke-hoach.kh', { format: 'pdf', output: 'ban-hanh-out/' });
    expect(issued.code, issued.stderr).toBe(0);
    const metadata = JSON.parse(readFileSync(join(root, 'ban-hanh-out', 'ke-hoach.pdf.json'), 'utf8')) as OutgoingMetadata;
    expect(metadata).toMatchObject({
      draft: false,
      TypeName: 'Kế hoạch',
      CodeNumber: '25',
      CodeNotation: 'KH-SCT',
      IssuedDate: '2023-02-20',
      OrganName: 'Sở Công Thương',
      SignerInfo: { Position: 'PHÓ GIÁM ĐỐC', FullName: 'Nguyễn Đức Huy' },
      file: 'ke-hoach.pdf',
      // Without a kehoach.config.json the plan's folder is its workspace.
      source: 'ke-hoach.kh',
    });
    expect(metadata.Subject).toMatch(/^Thực hiện quy chế dân chủ/);
    expect(metadata.To.map((to) => to.OrganName)).toContain('Sở Nội vụ');
    expect(metadata.To.some((to) => /^Lưu/.test(to.OrganName))).toBe(false);
    expect(metadata.Tasks.find((task) => task.id === 'BC6T')).toMatchObject({ lead: ['Văn phòng Sở'], DueDate: '2023-05-31' });
    expect(metadata.signatureFields.map((field) => field.name)).toEqual(['ChuKyNguoiKy', 'ChuKyCoQuan']);
    expect(metadata.signatureFields[0]!.page).toBe(metadata.PageAmount);
    const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', join(root, 'ban-hanh-out', 'ke-hoach.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Số: 25/KH-SCT');
  });

  it('renders the signer page to PNG', () => {
    // The image is kept for a person to look at: the signer block on the right, Nơi nhận on the left.
    const prefix = join(root, 'png', 'trang');
    mkdirSync(dirname(prefix), { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(ownPages), '-l', String(ownPages), pdf, prefix]);
    const images = readdirSync(dirname(prefix));
    expect(images).toHaveLength(1);
    const png = readFileSync(join(dirname(prefix), images[0]!));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
  });

  it('builds two plans at once, each LibreOffice with its own profile', async () => {
    const [first, second] = await Promise.all([
      build(root, 'ke-hoach.kh', { format: 'pdf', output: 'song-song-1/' }),
      build(root, 'ban-hanh/ke-hoach.kh', { format: 'pdf', output: 'song-song-2/' }),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(pageCount(join(root, 'song-song-1', 'ke-hoach.pdf'))).toBe(ownPages);
    expect(pageCount(join(root, 'song-song-2', 'ke-hoach.pdf'))).toBe(ownPages);
  }, 300_000);
});

describe('reproducible builds: SOURCE_DATE_EPOCH', () => {
  // 1678000000 s, the epoch every build of this file runs with.
  const STAMP = '2023-03-05T07:06:40Z';

  it('two PDF builds of one plan are the same bytes, dated the epoch in the document information and the XMP alike', async () => {
    const again = await build(root, 'ke-hoach.kh', { format: 'pdf', output: 'lap-lai/' });
    expect(again.code, again.stderr).toBe(0);
    expect(Buffer.compare(readFileSync(join(root, 'lap-lai', 'ke-hoach.pdf')), readFileSync(pdf))).toBe(0);
    expect(execFileSync('pdfinfo', ['-isodates', pdf], { encoding: 'utf8' })).toMatch(new RegExp(`CreationDate:\\s+${STAMP}`));
    expect(execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' })).toContain(`<xmp:CreateDate>${STAMP}</xmp:CreateDate>`);
    const { info } = (await (await openWithPdfJs(pdf)).getMetadata()) as { info: { CreationDate?: string } };
    expect(info.CreationDate).toBe('D:20230305070640Z');
  }, 300_000);

  it('another epoch gives another date, and two DOCX builds are the same bytes, dated the epoch', async () => {
    const later = await build(root, 'ke-hoach.kh', { format: 'pdf', output: 'ngay-khac/' }, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(later.code, later.stderr).toBe(0);
    expect(execFileSync('pdfinfo', ['-isodates', join(root, 'ngay-khac', 'ke-hoach.pdf')], { encoding: 'utf8' })).toMatch(/CreationDate:\s+2023-11-14T22:13:20Z/);
    const docx = await Promise.all(['docx-1/', 'docx-2/'].map((output) => build(root, 'ke-hoach.kh', { format: 'docx', output })));
    for (const each of docx) expect(each.code, each.stderr).toBe(0);
    const [first, second] = ['docx-1', 'docx-2'].map((folder) => readFileSync(join(root, folder, 'ke-hoach.docx')));
    expect(Buffer.compare(first!, second!)).toBe(0);
    const core = unzipDocx(first!)['docProps/core.xml']!;
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${STAMP}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${STAMP}</dcterms:modified>`);
  }, 300_000);
});

describe('kehoach build --format pdf --annex-file', () => {
  const folder = join(SAMPLES_DIR, 'cai-cach-hanh-chinh-2024');
  const annexed = (name: string): string => readFileSync(join(folder, name), 'utf8');

  it('issues the annex as a file of its own, with the agency signature field at the top right of its first page', async () => {
    const plans = tempWorkspace({ 'ke-hoach.kh': annexed('ke-hoach.kh'), 'danh-muc.kh': annexed('danh-muc.kh'), 'kehoach.config.json': annexed('kehoach.config.json') });
    const whole = await build(plans, 'ke-hoach.kh', { format: 'pdf', output: 'mot-tep/' });
    expect(whole.code, whole.stderr).toBe(0);
    const apart = await build(plans, 'ke-hoach.kh', { format: 'pdf', output: 'rieng/', annexFile: true });
    expect(apart.code, apart.stderr).toBe(0);
    expect(readdirSync(join(plans, 'rieng')).sort()).toEqual(['ke-hoach.pdf', 'ke-hoach.pdf.json', 'ke-hoach.phu-luc.pdf']);
    const main = join(plans, 'rieng', 'ke-hoach.pdf');
    const annex = join(plans, 'rieng', 'ke-hoach.phu-luc.pdf');
    // The annex starts on a page of its own, so the two files share out the pages of the single one.
    expect(pageCount(main) + pageCount(annex)).toBe(pageCount(join(plans, 'mot-tep', 'ke-hoach.pdf')));
    expect(execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', annex, '-'], { encoding: 'utf8' })).toContain('Phụ lục');
    expect(execFileSync('pdftotext', ['-layout', main, '-'], { encoding: 'utf8' })).not.toContain('DANH MỤC NHIỆM VỤ');

    const document = await openWithPdfJs(annex);
    const first = await document.getPage(1);
    const fields = ((await first.getAnnotations()) as { fieldType?: string; fieldName?: string; rect: number[] }[]).filter((annotation) => annotation.fieldType === 'Sig');
    expect(fields.map((field) => field.fieldName)).toEqual(['ChuKyCoQuanKemTheo']);
    const [left, bottom, right, top] = fields[0]!.rect as [number, number, number, number];
    const { width, height } = first.getViewport({ scale: 1 });
    const mm = 72 / 25.4;
    // Right-aligned with the text, inside the 20 mm top margin, above the annex's first line.
    expect(Math.abs(right - (width - 15 * mm))).toBeLessThan(1);
    expect(left).toBeGreaterThan(width / 2);
    expect(top).toBeLessThanOrEqual(height);
    expect(bottom).toBeGreaterThan(height - 20 * mm);
    const { metadata } = await document.getMetadata();
    expect(metadata?.get('pdfaid:part')).toBe('2');
    for (const row of execFileSync('pdffonts', [annex], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '')) {
      expect(row.split(/\s+/).at(-5), row).toBe('yes');
    }
    const sidecar = JSON.parse(readFileSync(`${main}.json`, 'utf8')) as OutgoingMetadata;
    expect(sidecar.attachments).toEqual([
      { file: 'ke-hoach.phu-luc.pdf', PageAmount: pageCount(annex), signatureFields: [expect.objectContaining({ name: 'ChuKyCoQuanKemTheo', role: 'attachment', page: 1 })] },
    ]);
  }, 120_000);

  it('goes with --format pdf only, and says when the plan has no annex', async () => {
    const plain = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    const docx = await build(plain, 'ke-hoach.kh', { format: 'docx', annexFile: true });
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('--annex-file chỉ dùng với --format pdf');
    const none = await build(plain, 'ke-hoach.kh', { format: 'pdf', annexFile: true });
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).toContain('Kế hoạch không có phụ lục');
    expect(readdirSync(join(plain, 'out')).sort()).toEqual(['ke-hoach.pdf', 'ke-hoach.pdf.json']);
  }, 120_000);
});

describe('kehoach build --format pdf when things go wrong', () => {
  /** A folder holding a `soffice` that runs `body`, put first on PATH. */
  function fakeSoffice(body: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-fake-soffice-'));
    writeFileSync(join(folder, 'soffice'), `#!/bin/sh\n${body}\n`);
    chmodSync(join(folder, 'soffice'), 0o755);
    return folder;
  }

  /** A killed process may stay a zombie until its new parent reaps it; it runs no more. */
  function isRunning(pid: number): boolean {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    const status = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
    return !/^State:\s+Z/m.test(status);
  }

  it('without LibreOffice says how to install it, exits 2 and writes nothing; DOCX still builds', async () => {
    const plain = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    const nowhere: SofficeSearch = { pathVariable: mkdtempSync(join(tmpdir(), 'kehoach-empty-path-')), usualPlaces: [], names: ['soffice'] };
    const missing = await build(plain, 'ke-hoach.kh', { format: 'pdf' }, {}, nowhere);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cần LibreOffice để tạo PDF');
    expect(missing.stderr).toContain('apt-get install libreoffice-writer-nogui fonts-liberation2');
    expect(existsSync(join(plain, 'out'))).toBe(false);
    const english = await build(plain, 'ke-hoach.kh', { format: 'pdf', lang: 'en' }, {}, nowhere);
    expect(english.stderr).toContain('Building a PDF needs LibreOffice');
    const docx = await build(plain, 'ke-hoach.kh', { format: 'docx' }, {}, nowhere);
    expect(docx.code, docx.stderr).toBe(0);
    expect(readdirSync(join(plain, 'out'))).toEqual(['ke-hoach.docx']);
  });

  it('kills a LibreOffice that does not finish, with the processes it started, and writes nothing', async () => {
    const plain = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    const pids = join(plain, 'pids');
    // The launcher starts a child that would outlive it, as soffice starts soffice.bin.
    const folder = fakeSoffice(`sleep 60 & echo $! > '${pids}'; echo $$ >> '${pids}'; wait`);
    const started = Date.now();
    const hung = await build(plain, 'ke-hoach.kh', { format: 'pdf', timeout: '1' }, { PATH: `${folder}:${process.env.PATH}` });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(hung.code).toBe(2);
    expect(hung.stderr).toContain('LibreOffice không chuyển xong sang PDF trong 1 giây');
    expect(existsSync(join(plain, 'out'))).toBe(false);
    for (const pid of readFileSync(pids, 'utf8').trim().split('\n').map(Number)) {
      await expect.poll(() => isRunning(pid), { timeout: 5_000, message: `process ${pid} still runs` }).toBe(false);
    }
  });

  it('says so when LibreOffice finishes without a PDF, and leaves no file', async () => {
    const plain = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    const folder = fakeSoffice('echo "Error: source file could not be loaded" >&2; exit 0');
    const empty = await build(plain, 'ke-hoach.kh', { format: 'pdf' }, { PATH: `${folder}:${process.env.PATH}` });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('không tạo ra PDF hợp lệ: Error: source file could not be loaded');
    expect(existsSync(join(plain, 'out'))).toBe(false);
  });

  it('--libreoffice naming nothing to run says so with the path, exits 2 and writes nothing, never trying PATH instead', async () => {
    const plain = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    const missing = await build(plain, 'ke-hoach.kh', { format: 'pdf', libreoffice: 'lo/program/soffice' });
    expect(missing.code).toBe(2);
    // A relative path is taken from the working folder.
    expect(missing.stderr).toBe(
      `kehoach: --libreoffice chỉ tới "${join(plain, 'lo', 'program', 'soffice')}", nhưng không có tệp nào ở đó. Hãy ghi ở --libreoffice đường dẫn của chương trình soffice của LibreOffice; không có --libreoffice thì soffice được tìm trong PATH và các thư mục cài đặt thường gặp.\n`,
    );
    const folder = await build(plain, 'ke-hoach.kh', { format: 'pdf', libreoffice: plain, lang: 'en' });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`--libreoffice names "${plain}", but that is a folder, not the soffice program.`);
    const notExecutable = join(plain, 'soffice');
    writeFileSync(notExecutable, '#!/bin/sh\nexit 0\n');
    const refused = await build(plain, 'ke-hoach.kh', { format: 'pdf', libreoffice: notExecutable, lang: 'en' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('but that file may not be run (it is not executable)');
    expect(existsSync(join(plain, 'out'))).toBe(false);
  });

  it('--libreoffice is the soffice run, before the one on PATH', async () => {
    const plain = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    const named = join(fakeSoffice('echo "the soffice of --libreoffice ran" >&2; exit 3'), 'soffice');
    const ran = await build(plain, 'ke-hoach.kh', { format: 'pdf', libreoffice: named });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('LibreOffice dừng với mã 3 mà không tạo PDF: the soffice of --libreoffice ran.');
    expect(existsSync(join(plain, 'out'))).toBe(false);
  });

  it('refuses --libreoffice without --format pdf', async () => {
    const plain = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    const docx = await build(plain, 'ke-hoach.kh', { format: 'docx', libreoffice: '/usr/bin/soffice' });
    expect(docx.code).toBe(2);
    expect(docx.stderr).toBe('kehoach: --libreoffice chỉ dùng với --format pdf.\n');
    expect(existsSync(join(plain, 'out'))).toBe(false);
  });

  it('refuses a bad --timeout', async () => {
    const plain = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    const bad = await build(plain, 'ke-hoach.kh', { format: 'pdf', timeout: '0' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timeout là số giây');
  });

  it('does not build a plan with errors unless --force', async () => {
    // Without its catalog, the plan's references are unknown: errors.
    const broken = tempWorkspace({ 'ke-hoach.kh': seedPlan });
    const refused = await build(broken, 'ke-hoach.kh', { format: 'pdf' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('không biên dịch');
    expect(existsSync(join(broken, 'out'))).toBe(false);
    const forced = await build(broken, 'ke-hoach.kh', { format: 'pdf', force: true });
    expect(forced.code, forced.stderr).toBe(0);
    expect(pageCount(join(broken, 'out', 'ke-hoach.pdf'))).toBeGreaterThan(0);
  }, 120_000);
});
