import { describe, expect, it } from 'vitest';
import { runCli, tempWorkspace } from '../helpers/cli';
import { CATALOG, CLEAN_PLAN } from '../helpers/plans';


describe('kehoach check', () => {
  it('without a configuration, a file’s workspace is the files beside it, not its sub-folders', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': CLEAN_PLAN, 'danh-muc.kh': CATALOG, 'cu/ban-cu.kh': CATALOG });
    const run = await runCli(['check', 'ke-hoach.kh'], root);
    expect(run.stdout).not.toContain('ref/duplicate-declaration');
    expect(run.stdout).not.toContain('ref/unknown');
    expect(run.code).toBe(0);
  });

  it('resolves declarations from a catalog file anywhere under the configuration folder and exits 0', async () => {
    const root = tempWorkspace({ 'kehoach.config.json': '{}', 'ke-hoach.kh': CLEAN_PLAN, 'chung/danh-muc.kh': CATALOG });
    const run = await runCli(['check', 'ke-hoach.kh'], root);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter((line) => / error /.test(line))).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('prints file:line:col severity code message and exits 1 on errors', async () => {
    const root = tempWorkspace({ 'a.kh': 'văn bản 30KH: x\nThực hiện @KHONGCO.\n' });
    const run = await runCli(['check', '.'], root);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain('a.kh:1:9 error syntax/invalid-id Mã "30KH" không hợp lệ: mã gồm chữ Latinh không dấu, chữ số, "_" và "-" ở giữa, bắt đầu bằng chữ.');
    expect(lines.some((line) => line.startsWith('a.kh:2:12 error ref/unknown '))).toBe(true);
  });

  it('speaks English with --lang en', async () => {
    const root = tempWorkspace({ 'a.kh': 'Thực hiện @KHONGCO.\n' });
    const run = await runCli(['check', '--lang', 'en', 'a.kh'], root);
    expect(run.stdout).toContain('a.kh:1:12 error ref/unknown "KHONGCO" is not declared');
  });

  it('expands globs', async () => {
    const root = tempWorkspace({ 'x/a.kh': 'Gửi @KHONGCO.\n', 'x/b.kh': 'Gửi @KHONGCO.\n', 'x/c.txt': 'không phải kế hoạch' });
    const run = await runCli(['check', 'x/*.kh'], root);
    expect(run.code).toBe(1);
    expect(run.stdout.match(/ref\/unknown/g)).toHaveLength(2);
  });

  const usageCases: { name: string; files: Record<string, string | Uint8Array>; args: string[]; stderr: RegExp }[] = [
    { name: 'a missing file', files: {}, args: ['check', 'khong-co.kh'], stderr: /khong-co\.kh: Không tìm thấy tệp hay thư mục\./ },
    { name: 'a file that is not a plan', files: { 'ghi-chu.md': '1. một\n' }, args: ['check', 'ghi-chu.md'], stderr: /ghi-chu\.md: Không phải tệp \.kh/ },
    { name: 'a binary file', files: { 'b.kh': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]) }, args: ['check', 'b.kh'], stderr: /b\.kh: Tệp nhị phân/ },
    { name: 'a file that is not UTF-8', files: { 'c.kh': new Uint8Array([0x4b, 0xea, 0x20, 0x68, 0x6f, 0x1e1 & 0xff]) }, args: ['check', 'c.kh'], stderr: /c\.kh: Tệp không phải UTF-8/ },
    { name: 'a malformed --as-of', files: { 'a.kh': '' }, args: ['check', '--as-of', '2023-02-30', 'a.kh'], stderr: /--as-of "2023-02-30"/ },
    { name: 'an unknown option', files: { 'a.kh': '' }, args: ['check', '--khong-co', 'a.kh'], stderr: /unknown option/ },
    { name: 'a broken configuration', files: { 'a.kh': '', 'kehoach.config.json': '{ "rules": { "ref/unknown": "loud" } }' }, args: ['check', 'a.kh'], stderr: /Mức của luật "ref\/unknown"/ },
    { name: 'a configuration that is not JSON', files: { 'a.kh': '', 'kehoach.config.json': '{ rules: ' }, args: ['check', 'a.kh'], stderr: /không phải JSON hợp lệ/ },
  ];

  it.each(usageCases)('exits 2 with a clear message, no stack trace, on $name', async ({ files, args, stderr }) => {
    const root = tempWorkspace(files);
    const run = await runCli(args, root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('applies rule settings from kehoach.config.json found above the file', async () => {
    const root = tempWorkspace({
      // A prefix silences a whole family; an exact code changes one rule's level.
      'kehoach.config.json': JSON.stringify({ rules: { 'ref/unknown': 'warning', 'header/': 'off', 'recipients/': 'off', 'signer/': 'off' } }),
      'plans/a.kh': 'Gửi @KHONGCO.\n',
    });
    const run = await runCli(['check', 'plans/a.kh'], root);
    expect(run.stdout).toContain('plans/a.kh:1:6 warning ref/unknown');
    expect(run.code).toBe(0);
  });

  it('honours inline suppressions', async () => {
    const root = tempWorkspace({ 'a.kh': '// kehoach-disable-next-line ref/unknown\nGửi @KHONGCO.\nGửi @KHAC.\n' });
    const run = await runCli(['check', 'a.kh'], root);
    expect(run.stdout).not.toContain('KHONGCO');
    expect(run.stdout).toContain('a.kh:3:6 error ref/unknown');
  });
});

describe('usage errors of the command line', () => {
  it.each([
    [['check', '--khong-co', 'a.kh'], "kehoach: không có tùy chọn '--khong-co' / unknown option '--khong-co'"],
    [['check'], "kehoach: thiếu đối số bắt buộc 'paths' / missing required argument 'paths'"],
    [['kiem-tra'], "kehoach: không có lệnh 'kiem-tra' / unknown command 'kiem-tra'"],
  ])('%j says what is wrong in both languages and exits 2', async (args, message) => {
    const run = await runCli(args, tempWorkspace({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
