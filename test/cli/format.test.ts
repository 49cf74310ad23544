/**
 * `kehoach format` in a temporary folder: files rewritten in place, --check for CI, standard input
 * and output, and the exit codes (0 done, 1 would change, 2 usage or I/O).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempWorkspace } from '../helpers/cli';

const MESSY = 'I.  Mục đích   \n\n\n1. Một.\n3. Hai.\nII. Tổ chức thực hiện\nII. Thừa\n';
const TIDY = 'I. Mục đích\n\n1. Một.\n2. Hai.\nII. Tổ chức thực hiện\nIII. Thừa\n';

describe('kehoach format', () => {
  it('rewrites the files that need it, names them, and leaves formatted files alone', async () => {
    const root = tempWorkspace({ 'a.kh': MESSY, 'con/b.kh': TIDY, 'con/c.kh': MESSY });
    const run = await runCli(['format', '.'], root);
    expect(run).toEqual({ code: 0, stdout: 'a.kh\ncon/c.kh\n', stderr: '' });
    for (const name of ['a.kh', 'con/b.kh', 'con/c.kh']) expect(readFileSync(join(root, name), 'utf8')).toBe(TIDY);
  });

  it('keeps a byte order mark and CRLF line breaks', async () => {
    const root = tempWorkspace({ 'a.kh': `\ufeff${MESSY.replaceAll('\n', '\r\n')}` });
    const run = await runCli(['format', 'a.kh'], root);
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(`\ufeff${TIDY.replaceAll('\n', '\r\n')}`);
  });

  it('--check writes nothing, names the files that would change and exits 1', async () => {
    const root = tempWorkspace({ 'a.kh': MESSY, 'b.kh': TIDY });
    const run = await runCli(['format', '--check', 'a.kh', 'b.kh'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('a.kh\n');
    expect(run.stderr).toBe('1 tệp chưa đúng định dạng; chạy "kehoach format" để định dạng.\n');
    expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(MESSY);
  });

  it('--check exits 0 in silence when every file is formatted; --lang en speaks English', async () => {
    const root = tempWorkspace({ 'a.kh': TIDY, 'b.kh': MESSY, 'c.kh': MESSY });
    expect(await runCli(['format', '--check', 'a.kh'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    const run = await runCli(['format', '--check', '--lang', 'en', '*.kh'], root);
    expect(run).toEqual({ code: 1, stdout: 'b.kh\nc.kh\n', stderr: '2 files are not formatted; run "kehoach format" to format them.\n' });
  });

  it('formats standard input to standard output', async () => {
    const root = tempWorkspace({});
    expect(await runCli(['format', '-'], root, { stdin: MESSY })).toEqual({ code: 0, stdout: TIDY, stderr: '' });
    expect(await runCli(['format', '-', '--check'], root, { stdin: TIDY })).toEqual({ code: 0, stdout: '', stderr: '' });
    const check = await runCli(['format', '-', '--check', '--stdin-filename', 'thu-muc/ke-hoach.kh'], root, { stdin: MESSY });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('thu-muc/ke-hoach.kh\n');
  });

  const usage: { name: string; files: Record<string, string | Uint8Array>; args: string[]; stderr: RegExp }[] = [
    { name: 'a missing file', files: {}, args: ['format', 'khong-co.kh'], stderr: /^khong-co\.kh: Không tìm thấy tệp hay thư mục\.\n$/ },
    { name: 'a folder without plans', files: { 'x.txt': '' }, args: ['format', '.'], stderr: /không có tệp \.kh nào/ },
    { name: 'a pattern that matches nothing', files: {}, args: ['format', '*.kh'], stderr: /Mẫu không khớp tệp \.kh nào/ },
    { name: 'stdin with other paths', files: { 'a.kh': TIDY }, args: ['format', '-', 'a.kh'], stderr: /cannot be combined/ },
    { name: 'an unknown language', files: { 'a.kh': TIDY }, args: ['format', '--lang', 'fr', 'a.kh'], stderr: /--lang is vi or en/ },
    { name: 'no path at all', files: {}, args: ['format'], stderr: /missing required argument/ },
    { name: 'a file in a legacy encoding', files: { 'a.kh': Uint8Array.from([0x54, 0xe9, 0x0a]) }, args: ['format', 'a.kh'], stderr: /không phải UTF-8/ },
  ];

  it.each(usage)('exits 2 on $name', async ({ files, args, stderr }) => {
    const root = tempWorkspace(files);
    const run = await runCli(args, root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(stderr);
  });

  it('still formats the other files when one cannot be read, and exits 2', async () => {
    const root = tempWorkspace({ 'a.kh': MESSY });
    const run = await runCli(['format', 'khong-co.kh', 'a.kh'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('a.kh\n');
    expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(TIDY);
  });
});
