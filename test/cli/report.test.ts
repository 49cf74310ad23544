/**
 * `kehoach report`: the Báo cáo a plan asks for, written as a `báo cáo` file that checks clean and
 * builds; each task with its lead, deadline and status from the status file, overdue ones counted
 * as of the day, counts per lead unit; and what goes wrong: no task, a status file with lines that
 * cannot be read (each said at its line and column), a report file already there, a bad date.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { documentTypeOf } from '../../server/src/model/document-types';
import { layoutPlan, type LayoutParagraph } from '../../server/src/render/layout';
import { readStatusFile } from '../../server/src/render/status-file';
import { loadText, SAMPLES_DIR, SEED_SAMPLE } from '../render/helpers';
import { runCli, tempWorkspace } from '../helpers/cli';

const seedPlan = readFileSync(join(SAMPLES_DIR, SEED_SAMPLE, 'ke-hoach.kh'), 'utf8');
const seedCatalog = readFileSync(join(SAMPLES_DIR, SEED_SAMPLE, 'danh-muc.kh'), 'utf8');
const STATUS = '// Tiến độ\nBC6T: xong 30/5/2023\nBCN: đang làm\r\nDKMH: chậm: chờ hướng dẫn của Sở Nội vụ\n';

function seedFolder(extra: Record<string, string> = {}): string {
  return tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog, ...extra });
}

describe('kehoach report', () => {
  it('writes a Báo cáo of every task, pre-filled from the status file, with the overdue ones and the counts per unit', async () => {
    const root = seedFolder({ 'ke-hoach.tien-do': STATUS });
    const run = await runCli(['report', 'ke-hoach.kh', '--as-of', '2023-06-15'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('6 nhiệm vụ, 2 quá hạn tính đến ngày 2023-06-15');
    const text = readFileSync(join(root, 'ke-hoach.bao-cao-2023-06-15.kh'), 'utf8');
    expect(text.split('\n')[0]).toBe('báo cáo');
    expect(text).toContain('  số: /BC-SCT');
    expect(text).toContain('  ngày: /06/2023');
    expect(text).toMatch(/^2\. Báo cáo 06 tháng đầu năm\. Chủ trì: Văn phòng Sở\. Thời hạn: trước ngày 01\/6\/2023\. Tình hình: Đã hoàn thành ngày 30\/5\/2023\.$/m);
    expect(text).toMatch(/^3\. Báo cáo năm\. .*Tình hình: Đang thực hiện\.$/m);
    expect(text).toMatch(/Tình hình: Chậm tiến độ, lý do: chờ hướng dẫn của Sở Nội vụ; quá hạn 93 ngày \(hạn cuối 14\/3\/2023\)\./);
    expect(text).toMatch(/Tình hình: Chưa có thông tin; quá hạn 76 ngày \(hạn cuối 31\/3\/2023\)\./);
    expect(text).toMatch(/^1\. Văn phòng Sở: 5 nhiệm vụ, hoàn thành đúng hạn 1, đang thực hiện 1, quá hạn 1, chưa có thông tin 2\.$/m);
    expect(text).toContain('ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Đức Huy');

    // The report is a document of the language: a Báo cáo, clean, laid out with its type name.
    const { workspace, file } = loadText(text, 'file:///tmp/test/bao-cao.kh');
    expect(documentTypeOf(file).name).toBe('Báo cáo');
    const findings = checkFile(workspace, file.uri, { calendar: new WorkingCalendar() }).filter((diagnostic) => diagnostic.severity !== 'hint');
    expect(findings.map((diagnostic) => `${diagnostic.code} ${diagnostic.message.vi}`)).toEqual([]);
    const name = layoutPlan(workspace, file).sections[0]!.blocks.find((block): block is LayoutParagraph => block.kind === 'paragraph' && block.role === 'type-name');
    expect(name?.text).toBe('BÁO CÁO');
    const built = await runCli(['build', 'ke-hoach.bao-cao-2023-06-15.kh'], root);
    expect(built.code, built.stderr).toBe(0);
    expect(existsSync(join(root, 'out', 'ke-hoach.bao-cao-2023-06-15.docx'))).toBe(true);
  });

  it('counts a task done after its deadline as done late, and one due later as not overdue', async () => {
    const root = seedFolder({ 'tien-do.txt': 'BC6T: done 05/6/2023\n' });
    const run = await runCli(['report', 'ke-hoach.kh', '--as-of', '2023-03-01', '--status', 'tien-do.txt', '-o', 'bc.kh'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('0 quá hạn');
    const text = readFileSync(join(root, 'bc.kh'), 'utf8');
    expect(text).toContain('Đã hoàn thành ngày 05/6/2023, chậm 5 ngày so với thời hạn');
    expect(text).toContain('hoàn thành chậm 1');
    expect(text).not.toContain('quá hạn');
  });

  it('says a plan with no task has nothing to report, and writes nothing', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': 'kế hoạch\n  cơ quan: Sở Công Thương\n  số: /KH-SCT\n  trích yếu: Thử\n\nI. Nội dung\n\n1. Không có nhiệm vụ.\n' });
    const run = await runCli(['report', 'ke-hoach.kh', '--as-of', '2023-06-15'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('không có nhiệm vụ nào');
    expect(readdirSync(root)).toEqual(['ke-hoach.kh']);
  });

  it('names every line of the status file it cannot read, and writes nothing', async () => {
    const root = seedFolder({ 'ke-hoach.tien-do': 'BC6T xong\nXYZ: xong 01/01/2023\nBCN: xong hôm qua\nDKMH: chậm\nBCMH: có lẽ\nBC6T: đang làm\nBC6T: đang làm\n' });
    const run = await runCli(['report', 'ke-hoach.kh', '--as-of', '2023-06-15'], root);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('ke-hoach.tien-do:'));
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['ke-hoach.tien-do:1:1', 'ke-hoach.tien-do:2:1', 'ke-hoach.tien-do:3:6', 'ke-hoach.tien-do:4:7', 'ke-hoach.tien-do:5:7', 'ke-hoach.tien-do:7:1']);
    expect(run.stderr).toContain('Kế hoạch không có nhiệm vụ XYZ');
    expect(run.stderr).toContain('ghi lý do chậm');
    expect(readdirSync(root).some((name) => name.includes('bao-cao'))).toBe(false);
  });

  it('never replaces a report already there, and refuses a date that is not one', async () => {
    const root = seedFolder({ 'bc.kh': 'báo cáo\n  cơ quan: phần đã soạn\n' });
    const kept = await runCli(['report', 'ke-hoach.kh', '--as-of', '2023-06-15', '-o', 'bc.kh'], root);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('Từ chối ghi đè bc.kh');
    expect(readFileSync(join(root, 'bc.kh'), 'utf8')).toBe('báo cáo\n  cơ quan: phần đã soạn\n');
    // A link at the output, even one to a file not there yet, is neither written through nor replaced.
    symlinkSync(join(root, 'moi.kh'), join(root, 'lien-ket.kh'));
    const linked = await runCli(['report', 'ke-hoach.kh', '--as-of', '2023-06-15', '-o', 'lien-ket.kh', '--lang', 'en'], root);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain('Refusing to replace lien-ket.kh');
    expect(existsSync(join(root, 'moi.kh'))).toBe(false);
    expect(lstatSync(join(root, 'lien-ket.kh')).isSymbolicLink()).toBe(true);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Nothing is added to a folder no one may write into, not even by root.
    mkdirSync(join(root, 'luu'));
    chmodSync(join(root, 'luu'), 0o555);
    const readOnly = await runCli(['report', 'ke-hoach.kh', '--as-of', '2023-06-15', '-o', 'luu/bc.kh', '--lang', 'en'], root);
    expect(readOnly.code).toBe(2);
    expect(readOnly.stderr).toMatch(/Cannot write luu\/bc\.kh: (The folder .* is read-only|Permission denied)/);
    expect(readdirSync(join(root, 'luu'))).toEqual([]);
    const bad = await runCli(['report', 'ke-hoach.kh', '--as-of', '31/02/2023'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of cần một ngày YYYY-MM-DD');
  });
});

describe('the status file', () => {
  it('reads the same under LF, CRLF and CR line breaks, and with or without diacritics', () => {
    const tasks = new Set(['A', 'B', 'C']);
    const lines = ['A: Hoàn thành 02/3/2023', 'B: dang thuc hien', 'C: late: thiếu kinh phí'];
    for (const separator of ['\n', '\r\n', '\r']) {
      const read = readStatusFile(lines.join(separator), tasks);
      expect(read.problems).toEqual([]);
      expect([...read.statuses]).toEqual([
        ['A', { kind: 'done', on: { year: 2023, month: 3, day: 2 } }],
        ['B', { kind: 'in-progress' }],
        ['C', { kind: 'late', reason: 'thiếu kinh phí' }],
      ]);
    }
  });

  it('reads a long hostile file in one pass, with a message for each bad line', () => {
    const text = `${'x'.repeat(200_000)}\n${':'.repeat(100_000)}\n${'A: '}${' '.repeat(100_000)}chậm`;
    const started = performance.now();
    const read = readStatusFile(text, new Set(['A']));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(read.problems.map((problem) => problem.line)).toEqual([1, 2, 3]);
  });
});
