/**
 * `kehoach check` on the documents drafters already have: text named explicitly, by a glob or on
 * standard input reports line:column; Word and PDF report paragraph:column (`file:P:C`), the PDF
 * with its page; every output format carries the same place; a folder still takes only plans; and
 * a Word 97, a corrupt or a password-protected file gets a clear message and exit 2.
 */
import { describe, expect, it } from 'vitest';
import { readOriginal } from '../../server/src/original/read/index';
import { isUnreadable } from '../../server/src/original/document';
import { buildDocx, paragraph, run, table, TNR } from '../original/docx-builder';
import { buildPdf } from '../original/pdf-builder';
import { runCli, tempWorkspace } from '../helpers/cli';

/** A real header with two defects only an original can have: a padded month and en dashes in the motto. */
const HEAD = [
  'UBND TỈNH HƯNG YÊN',
  'SỞ CÔNG THƯƠNG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập – Tự do – Hạnh phúc',
  'Số: 10/KH-SCT',
  'Hưng Yên, ngày 14 tháng 03 năm 2026',
];
const BODY = [
  'KẾ HOẠCH',
  'Thực hiện quy chế dân chủ ở cơ sở năm 2026',
  'Thực hiện Công văn số 663/SCT ngày 10/3/2026 của Sở Công Thương, Sở xây dựng kế hoạch như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Tăng cường công tác dân vận của Sở.',
  'Nơi nhận:',
  '- Sở Nội vụ;',
  '- Lưu VT, VP.',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'Nguyễn Đức Huy',
];
const TEXT = `${[...HEAD, ...BODY].join('\n')}\n`;

function wordFile(): Uint8Array {
  const cell = (lines: string[]) => lines.map((line) => paragraph(run(line, TNR))).join('');
  const header = table([
    [cell([HEAD[0]!, HEAD[1]!]), cell([HEAD[2]!, HEAD[3]!])],
    [cell([HEAD[4]!]), cell([HEAD[5]!])],
  ]);
  return buildDocx({ body: header + BODY.map((line) => paragraph(run(line, TNR))).join('') });
}

/** Where a text stands in a Word file, as the reader numbers its paragraphs. */
async function paragraphOf(bytes: Uint8Array, kind: 'docx' | 'pdf', text: string): Promise<{ index: number; column: number; page?: number }> {
  const document = await readOriginal(bytes, kind);
  if (isUnreadable(document)) throw new Error(document.message.en);
  const found = document.paragraphs.find((paragraph) => paragraph.text.includes(text));
  if (!found) throw new Error(`no paragraph holds ${text}`);
  return { index: found.index, column: found.text.indexOf(text) + 1, ...(found.page !== undefined ? { page: found.page } : {}) };
}

describe('kehoach check on originals', () => {
  it('reports a text file in line:column and finds what only an original can break', async () => {
    const root = tempWorkspace({ 'van-ban.txt': TEXT });
    const run = await runCli(['check', '--lang', 'en', 'van-ban.txt'], root);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^van-ban\.txt:6:25 warning header\/date-padding /));
    expect(lines).toContainEqual(expect.stringMatching(/^van-ban\.txt:4:8 warning header\/motto-form /));
    expect(lines).toContainEqual(expect.stringMatching(/^van-ban\.txt:9:23 warning citation\/incomplete-symbol /));
    expect(lines).toContainEqual(expect.stringMatching(/^van-ban\.txt:14:3 warning recipients\/missing-luu /));
    expect(run.stdout).not.toMatch(/header\/missing|syntax\//);
  });

  it.each([
    ['\r\n', 'CRLF'],
    ['\r', 'CR'],
  ])('reports the same lines and columns when the text breaks lines with %j (%s)', async (lineBreak) => {
    const root = tempWorkspace({ 'van-ban.txt': TEXT.replace(/\n/g, lineBreak) });
    const run = await runCli(['check', '--lang', 'en', 'van-ban.txt'], root);
    expect(run.stdout).toMatch(/^van-ban\.txt:6:25 warning header\/date-padding /m);
    expect(run.stdout).toMatch(/^van-ban\.txt:14:3 warning recipients\/missing-luu /m);
  });

  it('reports a Word file as file:P:C, P the paragraph of the body', async () => {
    const bytes = wordFile();
    const date = await paragraphOf(bytes, 'docx', '03');
    const root = tempWorkspace({ 'van-ban.docx': bytes });
    const run = await runCli(['check', '--lang', 'en', 'van-ban.docx'], root);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^van-ban\\.docx:${date.index}:${date.column} warning header/date-padding `, 'm'));
    const json = JSON.parse((await runCli(['check', '--format', 'json', 'van-ban.docx'], root)).stdout) as { diagnostics: Record<string, unknown>[] }[];
    const padding = json[0]!.diagnostics.find((diagnostic) => diagnostic['code'] === 'header/date-padding')!;
    expect(padding).toMatchObject({ line: date.index, column: date.column, paragraph: date.index, excerpt: HEAD[5] });
    const sarif = (await runCli(['check', '--format', 'sarif', 'van-ban.docx'], root)).stdout;
    expect(sarif).toContain(`"startLine": ${date.index}`);
    const github = (await runCli(['check', '--format', 'github', 'van-ban.docx'], root)).stdout;
    expect(github).toContain(`file=van-ban.docx,line=${date.index},col=${date.column}`);
    const junit = (await runCli(['check', '--format', 'junit', 'van-ban.docx'], root)).stdout;
    expect(junit).toContain(`van-ban.docx:${date.index}:${date.column} header/date-padding`);
  });

  it('adds the page for a PDF', async () => {
    const pdf = buildPdf([
      [
        { x: 72, y: 760, text: 'KE HOACH' },
        { x: 72, y: 740, text: 'Thuc hien cong tac nam 2026' },
      ],
      [{ x: 72, y: 760, text: 'Tang cuong cong tac dan van cua So .' }],
    ]);
    const spot = await paragraphOf(pdf, 'pdf', 'Tang cuong');
    const root = tempWorkspace({ 'van-ban.pdf': pdf });
    const run = await runCli(['check', '--lang', 'en', 'van-ban.pdf'], root);
    expect(run.stderr).toBe('');
    expect(spot.page).toBe(2);
    expect(run.stdout).toMatch(new RegExp(`^van-ban\\.pdf:${spot.index}:35 \\(page 2\\) warning typography/space-before-punctuation `, 'm'));
  });

  it('reads an original on standard input by the type its --stdin-filename names', async () => {
    const root = tempWorkspace({});
    const text = await runCli(['check', '--lang', 'en', '--stdin-filename', 'van-ban.txt', '-'], root, { stdin: TEXT });
    expect(text.stdout).toMatch(/^van-ban\.txt:6:25 warning header\/date-padding /m);
    const word = await runCli(['check', '--lang', 'en', '--stdin-filename', 'van-ban.docx', '-'], root, { stdin: wordFile() });
    expect(word.stdout).toMatch(/^van-ban\.docx:\d+:\d+ warning header\/date-padding /m);
  });

  it('takes text files from a glob that names them, and none from a folder', async () => {
    const root = tempWorkspace({ 'docs/a.txt': TEXT, 'docs/b.txt': TEXT, 'docs/ke-hoach.kh': 'Thực hiện @KHONGCO.\n' });
    const glob = await runCli(['check', 'docs/*.txt'], root);
    expect(glob.stdout.match(/header\/date-padding/g)).toHaveLength(2);
    const folder = await runCli(['check', 'docs'], root);
    expect(folder.stdout).toContain('docs/ke-hoach.kh');
    expect(folder.stdout).not.toContain('a.txt');
  });

  const refusals: [string, Uint8Array, RegExp][] = [
    [
      'a Word 97 file',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...[...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0])]),
      /Word 97/,
    ],
    ['a corrupt Word file', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0xff, 0xff]), /van-ban\.(docx|doc): /],
    ['a PDF without a text layer', buildPdf([[]]), /text layer|lớp chữ/],
  ];

  it.each(refusals)('exits 2 with a clear message on %s', async (_name, bytes, message) => {
    const name = bytes[0] === 0x25 ? 'van-ban.pdf' : bytes[0] === 0xd0 ? 'van-ban.doc' : 'van-ban.docx';
    const root = tempWorkspace({ [name]: bytes });
    const run = await runCli(['check', '--lang', 'en', name], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
