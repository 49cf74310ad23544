/**
 * `kehoach import` writes structure: the tasks of the plan with their lead, helpers and deadline,
 * the units of the workspace's catalogs by their ids and the others declared once, and, with
 * `--catalog`, the cited documents appended to a catalog file that keeps every byte it had. The
 * report counts units and tasks and says what stayed prose. A catalog that is a link, a plan, has
 * syntax errors, lies outside the plan's workspace or changes during the run is refused, exit 2,
 * with nothing written.
 */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError } from '../../server/src/node/atomic-write';
import { appendToCatalog, catalogAddition, openImportCatalog, type ImportCatalog } from '../../server/src/cli/import-catalog';
import { runCli, tempWorkspace } from '../helpers/cli';
import { buildDocx, paragraph, run, TNR } from '../original/docx-builder';

const DOCUMENT = [
  'UBND TỈNH PHÚ THỌ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'SỞ Y TẾ                  Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-SYT            Phú Thọ, ngày 05 tháng 3 năm 2024',
  'KẾ HOẠCH',
  'Phòng, chống dịch bệnh truyền nhiễm năm 2024',
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;',
  'Căn cứ Quyết định số 1411/QĐ-UBND ngày 08/7/2022 của UBND tỉnh về phòng, chống dịch bệnh;',
  'I. TỔ CHỨC THỰC HIỆN',
  '1. Sở Y tế chủ trì, phối hợp với Sở Tài chính và UBND tỉnh tổ chức triển khai Kế hoạch, báo cáo kết quả trước ngày 15/12/2024.',
  '2. Giao Sở Tài chính chủ trì bố trí kinh phí thực hiện trong quý II.',
  '3. Các sở, ngành chủ động phối hợp thực hiện, báo cáo trước ngày 30/11/2024.',
  'Nơi nhận:                 GIÁM ĐỐC',
  '- UBND tỉnh;',
  '- Sở Tài chính;',
  '- Lưu: VT, SYT.',
  '                          Nguyễn Văn An',
];
const TEXT = `${DOCUMENT.join('\n')}\n`;

const CATALOG = 'đơn vị SYT: Sở Y tế\nđơn vị UBND: Ủy ban nhân dân tỉnh\n  viết tắt: UBND tỉnh\n';

describe('kehoach import writes tasks and units', () => {
  it('names the catalog’s units by id, declares the others once, writes each task under its item, and counts them', async () => {
    // The catalog declares Nghị định 30 as the original cites it: the plan refers to it and does not declare it again.
    const root = tempWorkspace({ 'van-ban.txt': TEXT, 'danh-muc.kh': `${CATALOG}văn bản ND30: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ\n` });
    const imported = await runCli(['import', '--lang', 'en', 'van-ban.txt'], root);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/recognised: 6 header fields, 1 cited documents \(declared once\), .*2 tasks \(lead, helpers, deadline\), 1 units declared in the plan, 2 units of the catalogs/);
    expect(imported.stdout).toContain('kept as prose: citations written otherwise than the compiler prints them (so their defects stay visible), the wording of every task; 1 deadline(s) of no task it could read');
    const plan = readFileSync(join(root, 'van-ban.kh'), 'utf8');
    expect(plan).toContain('\nđơn vị STC: Sở Tài chính\n');
    expect(plan).not.toMatch(/^đơn vị (SYT|UBND)/mu);
    expect(plan).toContain('\nCăn cứ @@ND30 về công tác văn thư;\n');
    expect(plan).not.toMatch(/^văn bản ND30/mu);
    expect(plan).toContain(
      [
        '1. Sở Y tế chủ trì, phối hợp với Sở Tài chính và UBND tỉnh tổ chức triển khai Kế hoạch, báo cáo kết quả trước ngày 15/12/2024.',
        '  nhiệm vụ NV1: Sở Y tế chủ trì, phối hợp với Sở Tài chính và UBND tỉnh tổ chức triển khai Kế hoạch, báo cáo kết quả trước ngày 15/12/2024.',
        '    chủ trì: @SYT',
        '    phối hợp: @STC, @UBND',
        '    hạn: trước ngày 15/12/2024',
        '',
        '2. Giao Sở Tài chính chủ trì bố trí kinh phí thực hiện trong quý II.',
        '  nhiệm vụ NV2: Giao Sở Tài chính chủ trì bố trí kinh phí thực hiện trong quý II.',
        '    chủ trì: @STC',
        '    hạn: trong quý II/2024',
        '',
        '3. Các sở, ngành chủ động phối hợp thực hiện, báo cáo trước ngày 30/11/2024.',
        '',
      ].join('\n'),
    );
    const checked = await runCli(['check', '--format', 'json', 'van-ban.kh'], root);
    expect(checked.stdout).not.toMatch(/"(syntax|ref)\//u);
  });

  it('Vietnamese report: the counts and what stayed prose', async () => {
    const root = tempWorkspace({ 'van-ban.txt': TEXT });
    const imported = await runCli(['import', 'van-ban.txt'], root);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/nhận ra: .*2 nhiệm vụ \(chủ trì, phối hợp, thời hạn\), 3 đơn vị khai báo trong kế hoạch/u);
    expect(imported.stdout).toContain('văn xuôi giữ nguyên: trích dẫn viết khác cách trình biên dịch in (để kiểm tra thấy lỗi của nó), lời văn của mọi nhiệm vụ; 1 thời hạn không thuộc nhiệm vụ nào đọc được');
    expect(readFileSync(join(root, 'van-ban.kh'), 'utf8')).toMatch(/^đơn vị SYT: Sở Y tế\nđơn vị STC: Sở Tài chính\nđơn vị UBNDT: UBND tỉnh\n/mu);
  });
});

describe('kehoach import of a Word document writes its tasks too', () => {
  it('reads the items Word numbers (w:numPr, the number not in the text) as it reads typed ones', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const numbered = (text: string) => paragraph(run(text, TNR), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    const body = DOCUMENT.map((line) => {
      const item = /^\d\. (.*)$/u.exec(line);
      return item ? numbered(item[1]!) : paragraph(run(line.trim(), TNR));
    }).join('');
    const root = tempWorkspace({ 'van-ban.docx': buildDocx({ body, numbering }), 'danh-muc.kh': CATALOG });
    const imported = await runCli(['import', '--lang', 'en', 'van-ban.docx'], root);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/2 tasks \(lead, helpers, deadline\), 1 units declared in the plan, 2 units of the catalogs/u);
    const plan = readFileSync(join(root, 'van-ban.kh'), 'utf8');
    expect(plan).toContain('\n2. Giao Sở Tài chính chủ trì bố trí kinh phí thực hiện trong quý II.\n  nhiệm vụ NV2: Giao Sở Tài chính chủ trì bố trí kinh phí thực hiện trong quý II.\n    chủ trì: @STC\n    hạn: trong quý II/2024\n');
  });
});

describe('kehoach import --catalog', () => {
  it('appends the new documents to the catalog, keeping every byte, reuses one declared there, and makes no id it has', async () => {
    // A byte order mark, CRLF, a last line without its break; ND30 is declared there, QD1411 is a unit's id.
    const before = '\ufeffvăn bản ND30: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ\r\nđơn vị QD1411: Phòng Quản lý\r\n// cuối';
    const root = tempWorkspace({ 'van-ban.txt': TEXT, 'danh-muc.kh': before });
    const imported = await runCli(['import', '--lang', 'en', 'van-ban.txt', '--catalog', 'danh-muc.kh'], root);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 document(s) declared in the catalog danh-muc.kh');
    const after = readFileSync(join(root, 'danh-muc.kh'));
    expect(after.subarray(0, Buffer.byteLength(before)).equals(Buffer.from(before))).toBe(true);
    expect(after.toString('utf8').slice(before.length)).toBe('\r\n\r\nvăn bản QD1411-2: Quyết định số 1411/QĐ-UBND ngày 08/7/2022 của UBND tỉnh\r\n');
    const plan = readFileSync(join(root, 'van-ban.kh'), 'utf8');
    expect(plan).not.toMatch(/^văn bản /mu);
    expect(plan).toContain('\nCăn cứ @@ND30 về công tác văn thư;\n');
    expect(plan).toContain('\nCăn cứ @@QD1411-2 về phòng, chống dịch bệnh;\n');
    const checked = await runCli(['check', '--format', 'json', 'van-ban.kh', 'danh-muc.kh'], root);
    expect(checked.stdout).not.toMatch(/"(syntax|ref)\//u);
  });

  it('creates the catalog when it is not there', async () => {
    const root = tempWorkspace({ 'van-ban.txt': TEXT });
    const imported = await runCli(['import', 'van-ban.txt', '--catalog', 'danh-muc.kh'], root);
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(join(root, 'danh-muc.kh'), 'utf8')).toBe(
      'văn bản ND30-2020: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ\nvăn bản QD1411: Quyết định số 1411/QĐ-UBND ngày 08/7/2022 của UBND tỉnh\n',
    );
  });

  it.each([
    ['a symbolic link', (root: string) => symlinkSync(join(root, 'that.kh'), join(root, 'danh-muc.kh')), /symbolic link/u],
    ['a catalog with syntax errors', (root: string) => writeFileSync(join(root, 'danh-muc.kh'), 'văn bản 30KH: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ\n'), /1 syntax error\(s\) \(the first on line 1\)/u],
    ['a plan', (root: string) => writeFileSync(join(root, 'danh-muc.kh'), 'kế hoạch\n  trích yếu: Khác\n\nI. Mục đích\n'), /is a plan .*not a catalog/u],
  ])('refuses %s, exit 2, and writes nothing', async (_name, make, words) => {
    const root = tempWorkspace({ 'van-ban.txt': TEXT, 'that.kh': 'đơn vị A: B\n' });
    make(root);
    const before = existsSync(join(root, 'danh-muc.kh')) ? readFileSync(join(root, 'danh-muc.kh'), 'utf8') : undefined;
    const imported = await runCli(['import', '--lang', 'en', 'van-ban.txt', '--catalog', 'danh-muc.kh'], root);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/^danh-muc\.kh: /u);
    expect(imported.stderr).toMatch(words);
    expect(existsSync(join(root, 'van-ban.kh'))).toBe(false);
    expect(readFileSync(join(root, 'that.kh'), 'utf8')).toBe('đơn vị A: B\n');
    if (before !== undefined) expect(readFileSync(join(root, 'danh-muc.kh'), 'utf8')).toBe(before);
  });

  it('refuses a catalog outside the plan’s workspace, and one that is not a .kh file, in Vietnamese too', async () => {
    const root = tempWorkspace({ 'ke-hoach/van-ban.txt': TEXT, 'khac/danh-muc.kh': CATALOG });
    const outside = await runCli(['import', 'ke-hoach/van-ban.txt', '--catalog', 'khac/danh-muc.kh'], root);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('khac/danh-muc.kh: Danh mục không thuộc thư mục làm việc của kế hoạch');
    const notKh = await runCli(['import', 'ke-hoach/van-ban.txt', '--catalog', 'ke-hoach/danh-muc.txt'], root);
    expect(notKh.code).toBe(2);
    expect(notKh.stderr).toContain('ke-hoach/danh-muc.txt: danh mục là một tệp .kh khác tệp kế hoạch');
    expect(existsSync(join(root, 'ke-hoach/van-ban.kh'))).toBe(false);
    expect(readFileSync(join(root, 'khac/danh-muc.kh'), 'utf8')).toBe(CATALOG);
  });

  it('leaves the catalog alone when the plan’s name is taken', async () => {
    const root = tempWorkspace({ 'van-ban.txt': TEXT, 'van-ban.kh': 'của tôi\n', 'danh-muc.kh': CATALOG });
    const imported = await runCli(['import', '--lang', 'en', 'van-ban.txt', '--catalog', 'danh-muc.kh'], root);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('van-ban.kh: a file is already there; not overwritten');
    expect(readFileSync(join(root, 'danh-muc.kh'), 'utf8')).toBe(CATALOG);
  });

  it('does not write a catalog changed, or created, while the import ran', () => {
    const root = tempWorkspace({ 'danh-muc.kh': CATALOG });
    const path = join(root, 'danh-muc.kh');
    const opened = openImportCatalog(path) as ImportCatalog;
    const addition = catalogAddition(opened, [{ id: 'KH1', phrase: 'Kế hoạch số 1/KH-UBND ngày 02/01/2024 của UBND tỉnh', place: { paragraph: 1, column: 0 } }]);
    writeFileSync(path, `${CATALOG}đơn vị VP: Văn phòng\n`);
    expect(() => appendToCatalog(opened, addition)).toThrow(WriteError);
    expect(readFileSync(path, 'utf8')).toBe(`${CATALOG}đơn vị VP: Văn phòng\n`);

    const fresh = join(root, 'moi.kh');
    const missing = openImportCatalog(fresh) as ImportCatalog;
    writeFileSync(fresh, 'đơn vị A: B\n');
    expect(() => appendToCatalog(missing, addition)).toThrow(expect.objectContaining({ code: 'changed' }));
    expect(readFileSync(fresh, 'utf8')).toBe('đơn vị A: B\n');
  });
});
