/**
 * The seed sample as a person would see it: the DOCX converted to PDF by LibreOffice, then read
 * back with poppler. Checks what only a real layout engine shows: the document opens, has pages,
 * prints "KẾ HOẠCH" and the signer, puts the header and the footer in two columns, centres the
 * type name and numbers pages from page 2 in the top margin.
 *
 * The tools come from scripts/setup-render-tools.sh. When they are missing and cannot be
 * installed the test fails: a skipped rendering check would hide a broken document.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../server/src/render/docx';
import { layoutPlan } from '../../server/src/render/layout';
import { loadSample, SEED_SAMPLE } from './helpers';

const SETUP = join(__dirname, '..', '..', 'scripts', 'setup-render-tools.sh');

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function ensureTools(): void {
  if (has('soffice') && has('pdftotext') && has('pdfinfo')) return;
  const setup = spawnSync('bash', [SETUP], { encoding: 'utf8', timeout: 600_000 });
  if (setup.status !== 0 || !has('soffice') || !has('pdftotext')) {
    throw new Error(
      `LibreOffice or poppler is missing and scripts/setup-render-tools.sh could not install them ` +
        `(exit ${setup.status}): ${setup.stderr}\nInstall libreoffice-writer-nogui, fonts-liberation2 and poppler-utils.`,
    );
  }
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

let folder: string;
let pdf: string;
let pages: Word[][];
let pageWidth: number;

beforeAll(async () => {
  ensureTools();
  folder = mkdtempSync(join(tmpdir(), 'kehoach-lo-'));
  const { workspace, file } = loadSample(SEED_SAMPLE);
  const docx = join(folder, 'ke-hoach.docx');
  writeFileSync(docx, await renderDocx(layoutPlan(workspace, file), { timestamp: new Date('2023-03-05T00:00:00Z') }));
  // A profile of its own, so a LibreOffice the user has open (or a parallel run) does not block us.
  const profile = pathToFileURL(join(folder, 'profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  pdf = join(folder, 'ke-hoach.pdf');
  const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  pageWidth = Number(/<page width="([\d.]+)"/.exec(bbox)![1]);
  pages = bbox.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
      text: match[4]!,
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
    })),
  );
}, 600_000);

function find(page: Word[], text: string): Word {
  const word = page.find((candidate) => candidate.text === text);
  if (!word) throw new Error(`"${text}" not on the page: ${page.map((w) => w.text).join(' ').slice(0, 300)}`);
  return word;
}

describe('the seed sample rendered by LibreOffice', () => {
  it('has pages of A4 and prints "KẾ HOẠCH" and the signer', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(count).toBeGreaterThanOrEqual(1);
    // The original runs to five pages; a layout that doubles it has gone wrong.
    expect(count).toBeLessThanOrEqual(7);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('Nguyễn Đức Huy');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('puts the agency left of the Quốc hiệu on one band, and centres "KẾ HOẠCH"', () => {
    const first = pages[0]!;
    const agency = find(first, 'UBND');
    const nationalName = find(first, 'CỘNG');
    expect(agency.xMax).toBeLessThan(nationalName.xMin);
    expect(Math.abs(agency.yMin - nationalName.yMin)).toBeLessThan(4);
    const ke = find(first, 'KẾ');
    const hoach = first[first.indexOf(ke) + 1]!;
    const centre = (ke.xMin + hoach.xMax) / 2;
    // Text area: 30 mm from the left edge, 15 mm from the right.
    const textCentre = (30 + (210 - 15)) / 2 / 25.4 * 72;
    expect(Math.abs(centre - textCentre)).toBeLessThan(3);
    expect(ke.yMin).toBeGreaterThan(agency.yMin);
  });

  it('shows no page number on page 1 and a centred one at the top of page 2', () => {
    // The page number sits 10 mm from the top edge; the text starts at the 20 mm margin.
    const topOf = (page: Word[]) => page.filter((word) => word.yMin < 15 / 25.4 * 72);
    expect(topOf(pages[0]!)).toEqual([]);
    const number = topOf(pages[1]!);
    expect(number.map((word) => word.text)).toEqual(['2']);
    const textCentre = (30 + (210 - 15)) / 2 / 25.4 * 72;
    expect(Math.abs((number[0]!.xMin + number[0]!.xMax) / 2 - textCentre)).toBeLessThan(3);
  });

  it('puts Nơi nhận on the left and the signer on the right of the last page', () => {
    const last = pages.at(-1)!;
    const recipients = find(last, 'Nơi');
    const name = find(last, 'Nguyễn');
    expect(recipients.xMin).toBeLessThan(pageWidth / 2);
    expect(name.xMin).toBeGreaterThan(pageWidth / 2);
    expect(find(last, 'GIÁM').yMin).toBeLessThan(name.yMin - 40);
  });
});
