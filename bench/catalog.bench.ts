/**
 * A catalog exported from a legal database, 300,000 rows of CSV, named in the configuration: what
 * it adds to checking a plan that cites 60 documents in prose. Each measurement is a new Node
 * process (so its peak RSS is its own): the peer checks the plan without the catalog, the other
 * opens the indexed catalog and checks the same plan with it; the pairs run interleaved, and the
 * bench prints min and median of time and peak RSS for both and their differences (the issue's
 * bound: under 200 ms and 100 MB added). Building the index, once per change of the export, is
 * timed apart.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../server/src/cite/builtin-catalog';
import { INDEX_SUFFIX, openCatalogs } from '../server/src/cli/catalogs';
import { checkFile } from '../server/src/check/index';
import { WorkingCalendar } from '../server/src/deadline/calendar';
import { Workspace } from '../server/src/model/workspace';

const ROWS = 300_000;
const PAIRS = 9;
const root = join(process.cwd(), 'bench', '.data', 'catalog');
const mode = process.env['KEHOACH_CATALOG_BENCH'];

const ISSUERS = ['Chính phủ', 'Thủ tướng Chính phủ', 'Bộ Nội vụ', 'UBND tỉnh Quảng Ngãi', 'Bộ Tài chính'];
const SYMBOLS = ['NĐ-CP', 'QĐ-TTg', 'TT-BNV', 'QĐ-UBND', 'TT-BTC'];
const TYPES = ['Nghị định', 'Quyết định', 'Thông tư', 'Quyết định', 'Thông tư'];

function row(k: number): { number: string; line: string } {
  const kind = k % 5;
  const year = 1990 + (k % 35);
  const number = `${Math.floor(k / 5) + 1}/${year}/${SYMBOLS[kind]}`;
  const replaced = k % 7 === 0;
  const line = [
    number,
    TYPES[kind],
    `${String((k % 28) + 1).padStart(2, '0')}/${String((k % 12) + 1).padStart(2, '0')}/${year}`,
    ISSUERS[kind],
    `"về việc quy định chi tiết thi hành nội dung số ${k}, sửa đổi, bổ sung"`,
    replaced ? 'Hết hiệu lực toàn bộ' : 'Còn hiệu lực',
    replaced ? `${Math.floor(k / 5) + 2}/${year}/${SYMBOLS[kind]}` : '',
  ].join(',');
  return { number, line };
}

function plan(): string {
  const citations: string[] = [];
  for (let k = 0; k < 60; k++) {
    const index = (k * 4999) % ROWS;
    const [day, month, year] = row(index).line.split(',')[2]!.split('/');
    citations.push(`Căn cứ ${TYPES[index % 5]} số ${row(index).number} ngày ${Number(day)}/${Number(month)}/${year} của ${ISSUERS[index % 5]} về việc quy định chi tiết;`);
  }
  return `kế hoạch\n  cơ quan: Sở Nội vụ\n  số: 05/KH-SNV\n  nơi ban hành: Quảng Ngãi\n  ngày: 17/02/2025\n  trích yếu: Thực hiện nhiệm vụ năm 2025\n\n${citations.join('\n\n')}\n`;
}

function measureOne(withCatalog: boolean): void {
  const text = plan();
  const start = process.hrtime.bigint();
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  workspace.setFile('file:///ke-hoach.kh', text);
  const catalogs = withCatalog ? openCatalogs(root, ['export.csv']).catalogs : [];
  const diagnostics = checkFile(workspace, 'file:///ke-hoach.kh', { calendar: WorkingCalendar.withUserOverrides([]), catalogs });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const superseded = diagnostics.filter((diagnostic) => diagnostic.code === 'citation/superseded').length;
  process.stdout.write(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, superseded }));
}

if (mode) {
  measureOne(mode === 'with');
} else {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const lines = ['number,type,date,issuer,subject,status,replacedBy'];
  for (let k = 0; k < ROWS; k++) lines.push(row(k).line);
  writeFileSync(join(root, 'export.csv'), `${lines.join('\n')}\n`);
  const buildStart = process.hrtime.bigint();
  openCatalogs(root, ['export.csv']);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  console.log(`${ROWS.toLocaleString('en')} rows; index built once in ${buildMs.toFixed(0)} ms (${join(root, `export.csv${INDEX_SUFFIX}`)})`);

  const run = (which: 'with' | 'without'): { ms: number; rssMb: number; superseded: number } =>
    JSON.parse(execFileSync(process.execPath, [process.argv[1]!], { env: { ...process.env, KEHOACH_CATALOG_BENCH: which }, encoding: 'utf8' })) as {
      ms: number;
      rssMb: number;
      superseded: number;
    };
  const without: { ms: number; rssMb: number }[] = [];
  const withCatalog: { ms: number; rssMb: number; superseded: number }[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    without.push(run('without'));
    withCatalog.push(run('with'));
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! };
  };
  const show = (label: string, values: { ms: number; rssMb: number }[]) => {
    const time = stats(values.map((value) => value.ms));
    const rss = stats(values.map((value) => value.rssMb));
    console.log(`${label.padEnd(22)} time min ${time.min.toFixed(1)} ms, median ${time.median.toFixed(1)} ms; peak RSS min ${rss.min.toFixed(1)} MB, median ${rss.median.toFixed(1)} MB`);
    return { time, rss };
  };
  const a = show('without the catalog', without);
  const b = show('with the catalog', withCatalog);
  console.log(
    `added by the catalog: time ${(b.time.min - a.time.min).toFixed(1)} ms (min), ${(b.time.median - a.time.median).toFixed(1)} ms (median; bound 200 ms); peak RSS ${(b.rss.median - a.rss.median).toFixed(1)} MB (median; bound 100 MB); ratio of minima ${(b.time.min / a.time.min).toFixed(2)}, of medians ${(b.time.median / a.time.median).toFixed(2)}`,
  );
  console.log(`superseded citations found with the catalog: ${withCatalog[0]!.superseded} of 60`);
}
