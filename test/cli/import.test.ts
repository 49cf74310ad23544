/**
 * `kehoach import`: a Word or text document becomes a new plan beside it (or at -o), which checks
 * without a syntax error and keeps the original's words; the report counts what was recognised
 * and gives the original's diagnostics; nothing is ever overwritten; a document that cannot be
 * read is a clear message and exit 2.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError } from '../../server/src/node/atomic-write';
import { writeNewFile } from '../../server/src/node/new-file';
import { buildDocx, paragraph, run, TNR } from '../original/docx-builder';
import { runCli, tempWorkspace } from '../helpers/cli';

const DOCUMENT = [
  'UBND TỈNH HƯNG YÊN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'SỞ CÔNG THƯƠNG            Độc lập - Tự do - Hạnh phúc',
  'Số: 10/KH-SCT             Hưng Yên, ngày 14 tháng 03 năm 2026',
  'KẾ HOẠCH',
  'Thực hiện quy chế dân chủ ở cơ sở năm 2026',
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Tăng cường công tác dân vận của Sở.',
  '- Văn phòng Sở chủ trì, báo cáo trước ngày 15/6/2026.',
  'Nơi nhận:                 KT. GIÁM ĐỐC',
  '- Sở Nội vụ;              PHÓ GIÁM ĐỐC',
  '- Lưu: VT, VP.',
  '                          Nguyễn Đức Huy',
];

describe('kehoach import', () => {
  it('writes the plan beside a text document, reports what it recognised, and the plan checks without a syntax error', async () => {
    const root = tempWorkspace({ 'van-ban.txt': `${DOCUMENT.join('\n')}\n` });
    const imported = await runCli(['import', '--lang', 'en', 'van-ban.txt'], root);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported van-ban.txt into van-ban.kh');
    expect(imported.stdout).toMatch(/recognised: 6 header fields, 1 cited documents \(declared once\), 1 legal bases, 1 sections, 1 items, 1 bullets, 2 recipients, 3 signer lines/);
    expect(imported.stdout).toMatch(/^van-ban\.txt:3:51 warning header\/date-padding /m);
    const plan = readFileSync(join(root, 'van-ban.kh'), 'utf8');
    expect(plan).toContain('  cơ quan: SỞ CÔNG THƯƠNG\n');
    expect(plan).toContain('  ngày: ngày 14 tháng 03 năm 2026\n');
    expect(plan).toContain('ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Đức Huy\n');
    expect(plan).toContain('\nvăn bản ND30-2020: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ\n');
    expect(plan).toContain('\nCăn cứ @@ND30-2020 về công tác văn thư;\n');
    const checked = await runCli(['check', 'van-ban.kh'], root);
    expect(checked.stdout).not.toMatch(/syntax\//);
  });

  it('writes a Word document into the file -o names', async () => {
    const root = tempWorkspace({ 'goc/van-ban.docx': buildDocx({ body: DOCUMENT.map((line) => paragraph(run(line.trim(), TNR))).join('') }) });
    const imported = await runCli(['import', 'goc/van-ban.docx', '-o', 'ke-hoach.kh'], root);
    expect(imported.stderr).toBe('');
    expect(readFileSync(join(root, 'ke-hoach.kh'), 'utf8')).toContain('\nCăn cứ @@ND30-2020 về công tác văn thư;');
  });

  it('never overwrites a file, and leaves it as it was', async () => {
    const root = tempWorkspace({ 'van-ban.txt': `${DOCUMENT.join('\n')}\n`, 'van-ban.kh': 'kế hoạch của tôi\n' });
    const imported = await runCli(['import', '--lang', 'en', 'van-ban.txt'], root);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('van-ban.kh: a file is already there; not overwritten');
    expect(readFileSync(join(root, 'van-ban.kh'), 'utf8')).toBe('kế hoạch của tôi\n');
  });

  it('speaks the language of the configuration the plan joins, unless --lang says otherwise', async () => {
    const root = tempWorkspace({ 'van-ban.txt': `${DOCUMENT.join('\n')}\n`, 'van-ban.kh': 'kế hoạch của tôi\n', 'kehoach.config.json': '{ "language": "en" }\n' });
    const refused = await runCli(['import', 'van-ban.txt'], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('van-ban.kh: a file is already there; not overwritten');
    const imported = await runCli(['import', 'van-ban.txt', '-o', 'moi.kh'], root);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Imported van-ban.txt into moi.kh');
    const vietnamese = await runCli(['import', '--lang', 'vi', 'van-ban.txt'], root);
    expect(vietnamese.stderr).toContain('van-ban.kh: đã có tệp này, không ghi đè');
    expect(readFileSync(join(root, 'van-ban.kh'), 'utf8')).toBe('kế hoạch của tôi\n');
  });

  it('refuses an output that is not a .kh file, and a document it cannot read', async () => {
    const root = tempWorkspace({ 'van-ban.txt': 'KẾ HOẠCH\n', 'cu.doc': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...[...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0])]) });
    const wrongOutput = await runCli(['import', 'van-ban.txt', '-o', 'ra.docx'], root);
    expect(wrongOutput.code).toBe(2);
    expect(existsSync(join(root, 'ra.docx'))).toBe(false);
    const word97 = await runCli(['import', '--lang', 'en', 'cu.doc'], root);
    expect(word97.code).toBe(2);
    expect(word97.stderr).toMatch(/cu\.doc: .*Word 97/);
    expect(existsSync(join(root, 'cu.kh'))).toBe(false);
  });

  it('writes a new file through a link that fails on a taken name, and leaves no temporary file', () => {
    const root = tempWorkspace({ 'moi.kh': 'đã có\n' });
    expect(() => writeNewFile(join(root, 'moi.kh'), 'khác\n')).toThrow(WriteError);
    writeNewFile(join(root, 'thu-muc/khac.kh'), 'mới\n');
    expect(readFileSync(join(root, 'moi.kh'), 'utf8')).toBe('đã có\n');
    expect(readFileSync(join(root, 'thu-muc/khac.kh'), 'utf8')).toBe('mới\n');
    expect([...readdirSync(root), ...readdirSync(join(root, 'thu-muc'))].filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
