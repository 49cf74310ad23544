/**
 * Text from a plan that a terminal would obey or an XML reader would reject: every output format of
 * `kehoach check` shows it escaped (human, GitHub, JUnit) or as JSON escapes that read back to the
 * exact text (JSON, SARIF), and the JUnit report stays well-formed XML.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonShownSafely, linesShownSafely, shownSafely } from '../../server/src/base/characters';
import { runCli, tempWorkspace } from '../helpers/cli';
import { xmlError } from '../helpers/xml';

/** A number field holding an escape that retitles the window, a C1 CSI, a bidi override and U+FFFE. */
const HOSTILE = '12\u001b]0;pwned\u0007/KH\u009b31m-SCT\u202e\ufffe';
const HOSTILE_SHOWN = '12\\u001b]0;pwned\\u0007/KH\\u009b31m-SCT\\u202e\\ufffe';

/** What must never reach a terminal or a log raw; a line feed only ends a line of output. */
const UNSAFE = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]/u;

const PLAN = readFileSync('samples/ngan-gon-2025/ke-hoach.kh', 'utf8').replace('số: 12/KH-SCT', `số: ${HOSTILE}`);

function firstUnsafe(text: string): string | undefined {
  const match = UNSAFE.exec(text);
  return match ? `U+${match[0].codePointAt(0)!.toString(16)} at ${match.index}` : undefined;
}

describe('text from a plan in the output of check', () => {
  it.each(['human', 'github', 'junit'])('%s shows it escaped', async (format) => {
    const root = tempWorkspace({ 'ke-hoach.kh': PLAN });
    const run = await runCli(['check', '--format', format, '--lang', 'en', 'ke-hoach.kh'], root);
    expect(run.code).toBe(1);
    expect(firstUnsafe(run.stdout)).toBeUndefined();
    expect(run.stdout).toContain(format === 'junit' ? HOSTILE_SHOWN.replace(/&/g, '&amp;') : HOSTILE_SHOWN);
    if (format === 'junit') expect(xmlError(run.stdout)).toBeUndefined();
  });

  it.each(['json', 'sarif'])('%s writes it as JSON escapes that read back exactly', async (format) => {
    const root = tempWorkspace({ 'ke-hoach.kh': PLAN });
    const run = await runCli(['check', '--format', format, '--lang', 'en', 'ke-hoach.kh'], root);
    expect(firstUnsafe(run.stdout)).toBeUndefined();
    const parsed = JSON.parse(run.stdout) as unknown;
    expect(JSON.stringify(parsed)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it('keeps the colours of a terminal and escapes everything else', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': PLAN });
    const run = await runCli(['check', 'ke-hoach.kh'], root, { tty: true });
    expect(run.stdout).toMatch(/\u001b\[1m/);
    expect(firstUnsafe(run.stdout.replace(/\u001b\[\d+m/g, ''))).toBeUndefined();
  });

  it('--fix-dry-run shows the diff with its line breaks and the rest escaped', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': PLAN.replace('// Mẫu', '// M\u009b2Jẫu\u001b[2J') });
    const run = await runCli(['check', '--fix-dry-run', 'ke-hoach.kh'], root);
    expect(run.stderr).toContain('\\u009b2J');
    expect(run.stderr.split('\n').length).toBeGreaterThan(3);
    expect(firstUnsafe(run.stderr)).toBeUndefined();
  });

  it('a file name that holds an escape is shown escaped', async () => {
    const root = tempWorkspace({ 'a\u001b]0;x\u0007.kh': 'Gửi @KHONG_CO.\n' });
    const run = await runCli(['check', '.'], root);
    expect(run.stdout).toContain('a\\u001b]0;x\\u0007.kh:1:');
    expect(firstUnsafe(run.stdout)).toBeUndefined();
  });
});

describe('shownSafely', () => {
  it.each([
    ['\u001b[2J', '\\u001b[2J'],
    ['a\nb\r\tc', 'a\\u000ab\\u000d\\u0009c'],
    ['\u0085\u009f\u007f', '\\u0085\\u009f\\u007f'],
    ['\u202ereversed\u2066\u2069\u200f\u061c', '\\u202ereversed\\u2066\\u2069\\u200f\\u061c'],
    ['\u2028\u2029', '\\u2028\\u2029'],
    ['\ud800x\udc00', '\\ud800x\\udc00'],
    ['\ufffe\uffff\ufdd0\u{1fffe}', '\\ufffe\\uffff\\ufdd0\\u{1fffe}'],
    ['Kế hoạch 😀 “đúng” \u00a0\ufeff\ufffd', 'Kế hoạch 😀 “đúng” \u00a0\ufeff\ufffd'],
  ])('shows %j as %j', (text, shown) => {
    expect(shownSafely(text)).toBe(shown);
  });

  it.each([
    ['a\nb\r\nc\td', 'a\nb\r\nc\td'],
    ['a\rb\u001b', 'a\\u000db\\u001b'],
  ])('keeps line breaks and tabs of %j in lines', (text, shown) => {
    expect(linesShownSafely(text)).toBe(shown);
  });

  it.each(['\u001b]0;x\u0007', '\ufffe\u{1fffe}\u202e', 'a\nb', '\ud800'])('JSON of %j reads back the same', (text) => {
    const json = jsonShownSafely(JSON.stringify({ text }, null, 2));
    expect(firstUnsafe(json)).toBeUndefined();
    expect(JSON.parse(json)).toEqual({ text });
  });
});
