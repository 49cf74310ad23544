/**
 * Catalogs exported from legal databases: CSV and JSON Lines read into an index beside the export,
 * rebuilt when the export changes, looked up by number; bad rows (dates, missing numbers,
 * duplicates, statuses), missing columns and wrong encodings reported with their line and never
 * fatal; and `kehoach check` using a configured catalog.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageIn } from '../../server/src/base/diagnostic';
import { INDEX_SUFFIX, openCatalogs } from '../../server/src/cli/catalogs';
import { runCli, tempWorkspace } from '../helpers/cli';
import { HEADER_LINES } from '../check/helpers';

const HEADER = 'number,type,date,issuer,subject,status,replacedBy';

function notices(root: string, path: string): string[] {
  return openCatalogs(root, [path]).notices.map((notice) => `${notice.line}: ${messageIn(notice.message, 'en')}`);
}

describe('a CSV catalog', () => {
  const csv = [
    HEADER,
    '12/2022/QĐ-UBND,Quyết định,05/04/2022,UBND tỉnh Quảng Ngãi,"ban hành Quy chế làm việc, sửa đổi",Hết hiệu lực toàn bộ,03/2023/QĐ-UBND',
    '03/2023/QĐ-UBND,Quyết định,10/01/2023,UBND tỉnh Quảng Ngãi,"ban hành Quy chế ""mới""",Còn hiệu lực,',
    '76/NQ-CP,Nghị quyết,15/07/2021,Chính phủ,ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030,Còn hiệu lực,',
    '76/NQ-CP,Nghị quyết,07/05/2025,Chính phủ,về phiên họp thường kỳ,Còn hiệu lực,',
    '99/2020/NĐ-CP,Nghị định,31/02/2020,Chính phủ,ngày không có,Còn hiệu lực,',
    ',Nghị định,01/01/2020,Chính phủ,không có số,Còn hiệu lực,',
    '03/2023/QĐ-UBND,Quyết định,10/01/2023,UBND tỉnh Quảng Ngãi,dòng lặp,Còn hiệu lực,',
    '5/2019/TT-BNV,Thông tư,1/2/2019,Bộ Nội vụ,"trích yếu có',
    'xuống dòng",Bị thay thế,6/2020/TT-BNV; 7/2021/TT-BNV',
    '8/2020/TT-BNV,Thông tư,2020-05-01,Bộ Nội vụ,ngày kiểu ISO,Còn hiệu lực,',
  ].join('\r\n');

  it('is indexed beside the export, looked up by number, with its bad rows reported by line', () => {
    const root = tempWorkspace({ 'export.csv': csv });
    const opened = openCatalogs(root, ['export.csv']);
    expect(existsSync(join(root, `export.csv${INDEX_SUFFIX}`))).toBe(true);
    const [catalog] = opened.catalogs;
    const [replaced] = catalog!.lookup('12/2022/qđ-ubnd');
    expect(replaced).toMatchObject({ type: 'Quyết định', date: { year: 2022, month: 4, day: 5 }, status: 'replaced', replacedBy: ['03/2023/QĐ-UBND'], origin: 'export.csv:2' });
    expect(replaced!.subject).toBe('ban hành Quy chế làm việc, sửa đổi');
    expect(catalog!.lookup('03/2023/QĐ-UBND')[0]!.subject).toBe('ban hành Quy chế "mới"');
    expect(catalog!.lookup('76/NQ-CP').map((entry) => entry.date?.year)).toEqual([2021, 2025]);
    // A quoted field may hold a line break; the row after it keeps its own line number.
    expect(catalog!.lookup('5/2019/TT-BNV')[0]).toMatchObject({ subject: 'trích yếu có\r\nxuống dòng', replacedBy: ['6/2020/TT-BNV', '7/2021/TT-BNV'], origin: 'export.csv:9' });
    expect(catalog!.lookup('1/2000/NĐ-CP')).toEqual([]);
    expect(catalog!.complete('76/', 10).length).toBe(2);
    expect(opened.notices.map((notice) => notice.line)).toEqual([6, 7, 8, 11]);
    expect(notices(root, 'export.csv')[0]).toContain('31/02/2020');
    expect(notices(root, 'export.csv')[2]).toContain('already on line 3');
  });

  it('is indexed again when the export changes, and not before', () => {
    const root = tempWorkspace({ 'export.csv': `${HEADER}\n1/2020/NĐ-CP,Nghị định,01/01/2020,Chính phủ,một,Còn hiệu lực,\n` });
    openCatalogs(root, ['export.csv']);
    const index = join(root, `export.csv${INDEX_SUFFIX}`);
    const earlier = new Date(Math.floor(statSync(index).mtimeMs / 1000) * 1000 - 10_000);
    utimesSync(index, earlier, earlier);
    openCatalogs(root, ['export.csv']);
    expect(statSync(index).mtimeMs).toBe(earlier.getTime());
    writeFileSync(join(root, 'export.csv'), `${HEADER}\n2/2020/NĐ-CP,Nghị định,02/01/2020,Chính phủ,hai,Còn hiệu lực,\n`);
    const [catalog] = openCatalogs(root, ['export.csv']).catalogs;
    expect(catalog!.lookup('1/2020/NĐ-CP')).toEqual([]);
    expect(catalog!.lookup('2/2020/NĐ-CP')[0]!.subject).toBe('hai');
  });

  it('never replaces what stands at the index path unless kehoach wrote it, and leaves no temporary file', () => {
    const row = `${HEADER}\n1/2020/NĐ-CP,Nghị định,01/01/2020,Chính phủ,một,Còn hiệu lực,\n`;
    const index = `export.csv${INDEX_SUFFIX}`;
    const leftOver = (root: string) => readdirSync(root).filter((name) => name.endsWith('.tmp'));

    // A user's own file of that name stays as it was; the catalog is left out, with the reason.
    const own = tempWorkspace({ 'export.csv': row, [index]: 'ghi chú của tôi\n' });
    const opened = openCatalogs(own, ['export.csv']);
    expect(opened.catalogs).toEqual([]);
    expect(readFileSync(join(own, index), 'utf8')).toBe('ghi chú của tôi\n');
    expect(notices(own, 'export.csv').join('\n')).toContain('kehoach did not write; not overwritten');
    expect(messageIn(opened.notices[0]!.message, 'vi')).toContain('không ghi đè');

    // A link at the index path, to a plan, is neither written through nor replaced.
    const linked = tempWorkspace({ 'export.csv': row, 'ke-hoach.kh': 'kế hoạch\n' });
    symlinkSync('ke-hoach.kh', join(linked, index));
    expect(notices(linked, 'export.csv').join('\n')).toContain('symbolic link');
    expect(readFileSync(join(linked, 'ke-hoach.kh'), 'utf8')).toBe('kế hoạch\n');
    expect(lstatSync(join(linked, index)).isSymbolicLink()).toBe(true);

    // A folder at the index path is said, and no temporary file is left beside it.
    const folder = tempWorkspace({ 'export.csv': row });
    mkdirSync(join(folder, index));
    expect(openCatalogs(folder, ['export.csv']).catalogs).toEqual([]);
    expect(leftOver(folder)).toEqual([]);

    // An index kehoach wrote for an earlier export is replaced as before.
    const stale = tempWorkspace({ 'export.csv': row });
    openCatalogs(stale, ['export.csv']);
    writeFileSync(join(stale, 'export.csv'), row.replace('một', 'hai'));
    expect(openCatalogs(stale, ['export.csv']).catalogs[0]!.lookup('1/2020/NĐ-CP')[0]!.subject).toBe('hai');
    expect(leftOver(stale)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('is not held up by a FIFO at the index path', () => {
    const root = tempWorkspace({ 'export.csv': `${HEADER}\n1/2020/NĐ-CP,Nghị định,01/01/2020,Chính phủ,một,Còn hiệu lực,\n` });
    execFileSync('mkfifo', [join(root, `export.csv${INDEX_SUFFIX}`)]);
    const opened = openCatalogs(root, ['export.csv']);
    expect(opened.catalogs).toEqual([]);
    expect(messageIn(opened.notices[0]!.message, 'en')).toContain('Cannot write the index');
  });

  it('without some columns is used with those facts unknown; without the number column, not at all', () => {
    const root = tempWorkspace({ 'a.csv': 'number,date\n1/2020/NĐ-CP,01/01/2020\n', 'b.csv': 'so,date\n1/2020/NĐ-CP,01/01/2020\n' });
    const a = openCatalogs(root, ['a.csv']);
    expect(a.catalogs[0]!.lookup('1/2020/NĐ-CP')[0]).toMatchObject({ date: { year: 2020, month: 1, day: 1 } });
    expect(messageIn(a.notices[0]!.message, 'en')).toContain('type, issuer, subject, status, replacedBy');
    const b = openCatalogs(root, ['b.csv']);
    expect(b.catalogs).toEqual([]);
    expect(messageIn(b.notices[0]!.message, 'en')).toContain('lacks the "number" column');
  });

  it('in another encoding is reported with the line of the first bad byte and left out', () => {
    const latin1 = Buffer.concat([Buffer.from(`${HEADER}\n1/2020/NĐ-CP,Nghị định,01/01/2020,`), Buffer.from([0x43, 0x68, 0xed, 0x6e, 0x68]), Buffer.from(',x,,\n')]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')]);
    const root = tempWorkspace({ 'latin1.csv': latin1, 'utf16.csv': utf16 });
    const bad = openCatalogs(root, ['latin1.csv']);
    expect(bad.catalogs).toEqual([]);
    expect(bad.notices.map((notice) => notice.line)).toEqual([2]);
    expect(messageIn(bad.notices[0]!.message, 'en')).toContain('not UTF-8 (byte 0xed');
    expect(messageIn(openCatalogs(root, ['utf16.csv']).notices[0]!.message, 'en')).toContain('UTF-16');
  });

  it('that is missing is said, not fatal', () => {
    const root = tempWorkspace({});
    const opened = openCatalogs(root, ['missing.csv']);
    expect(opened.catalogs).toEqual([]);
    expect(opened.notices.length).toBe(1);
  });
});

describe('a JSON Lines catalog', () => {
  it('takes the same keys, one object a line, and reports a line that is not one', () => {
    const lines = [
      JSON.stringify({ number: '12/2022/QĐ-UBND', type: 'Quyết định', date: '05/04/2022', issuer: 'UBND tỉnh', subject: 'Quy chế', status: 'bị thay thế', replacedBy: ['03/2023/QĐ-UBND'] }),
      '{not json',
      JSON.stringify({ number: '03/2023/QĐ-UBND', type: 'Quyết định', date: '10/01/2023', issuer: 'UBND tỉnh', subject: 'Quy chế mới', status: 'còn hiệu lực', replacedBy: '' }),
    ].join('\n');
    const root = tempWorkspace({ 'export.jsonl': lines });
    const opened = openCatalogs(root, ['export.jsonl']);
    expect(opened.catalogs[0]!.lookup('12/2022/QĐ-UBND')[0]).toMatchObject({ status: 'replaced', replacedBy: ['03/2023/QĐ-UBND'], origin: 'export.jsonl:1' });
    expect(opened.catalogs[0]!.lookup('03/2023/QĐ-UBND')[0]!.origin).toBe('export.jsonl:3');
    expect(opened.notices.map((notice) => notice.line)).toEqual([2]);
  });
});

describe('kehoach check with a configured catalog', () => {
  it('reports a citation of a replaced document and the catalog bad rows, exiting as for the plan alone', async () => {
    const plan = [
      ...HEADER_LINES,
      'đơn vị SNV: Sở Nội vụ',
      '',
      'Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 05/4/2022 của UBND tỉnh Quảng Ngãi ban hành Quy chế làm việc;',
      '',
      'nơi nhận:',
      '  - @SNV',
      '  - Lưu: VT',
      'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A',
      '',
    ].join('\n');
    const csv = `${HEADER}\n12/2022/QĐ-UBND,Quyết định,05/04/2022,UBND tỉnh Quảng Ngãi,ban hành Quy chế làm việc,Bị thay thế,03/2023/QĐ-UBND\n03/2023/QĐ-UBND,Quyết định,10/01/2023,UBND tỉnh Quảng Ngãi,ban hành Quy chế làm việc,Còn hiệu lực,\nx,y,99/99/9999,,,,\n`;
    const root = tempWorkspace({ 'kehoach.config.json': JSON.stringify({ catalogs: ['danh-muc/export.csv'] }), 'danh-muc/export.csv': csv, 'ke-hoach.kh': plan });
    const run = await runCli(['check', '--format', 'json', 'ke-hoach.kh'], root);
    const report = JSON.parse(run.stdout) as { diagnostics: { code: string; message: string }[] }[];
    const superseded = report.flatMap((file) => file.diagnostics).filter((diagnostic) => diagnostic.code === 'citation/superseded');
    expect(superseded.map((diagnostic) => diagnostic.message)).toEqual([expect.stringContaining('03/2023/QĐ-UBND')]);
    expect(run.stderr).toContain('danh-muc/export.csv:4');
    expect(run.code).not.toBe(2);
    expect(readFileSync(join(root, 'danh-muc', `export.csv${INDEX_SUFFIX}`)).length).toBeGreaterThan(0);
  });
});
