/**
 * The editor's import (kehoach/import): a Word or text document becomes a new plan beside it, read
 * and recognised as `kehoach import` does; a name already taken is never written over (the next
 * free name is taken), and a document that cannot be read is said in words, in the user's language.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { ImportResult } from '../../server/src/lsp/protocol';
import { buildDocx, paragraph, run, table, TNR } from '../original/docx-builder';
import { ROOT, startTestServer, type TestClient, uriOf } from './harness';

const CENTER = '<w:jc w:val="center"/>';
const BOLD = `${TNR}<w:b/><w:sz w:val="28"/>`;
const PLAIN = `${TNR}<w:sz w:val="28"/>`;

/** A plan as Word holds it: the two-column header as a table, the type and title bold and centred. */
const WORD_PLAN = buildDocx({
  body:
    table([
      [paragraph(run('UBND TỈNH HƯNG YÊN', PLAIN), CENTER) + paragraph(run('SỞ CÔNG THƯƠNG', BOLD), CENTER), paragraph(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', BOLD), CENTER) + paragraph(run('Độc lập - Tự do - Hạnh phúc', BOLD), CENTER)],
      [paragraph(run('Số: 10/KH-SCT', PLAIN), CENTER), paragraph(run('Hưng Yên, ngày 14 tháng 01 năm 2026', `${PLAIN}<w:i/>`), CENTER)],
    ]) +
    paragraph(run('KẾ HOẠCH', BOLD), CENTER) +
    paragraph(run('Triển khai chuyển đổi số năm 2026', BOLD), CENTER) +
    paragraph(run('I. MỤC ĐÍCH, YÊU CẦU', BOLD)) +
    paragraph(run('1. Nâng cao hiệu quả quản lý nhà nước bằng công nghệ số.', PLAIN)) +
    paragraph(run('II. TỔ CHỨC THỰC HIỆN', BOLD)) +
    paragraph(run('Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch này.', PLAIN)) +
    paragraph(run('Nơi nhận:', `${TNR}<w:b/><w:i/><w:sz w:val="24"/>`)) +
    paragraph(run('- UBND tỉnh;', `${TNR}<w:sz w:val="22"/>`)) +
    paragraph(run('- Lưu: VT.', `${TNR}<w:sz w:val="22"/>`)) +
    paragraph(run('GIÁM ĐỐC', BOLD), CENTER) +
    paragraph(run('Nguyễn Văn A', BOLD), CENTER),
});

const TEXT_PLAN = [
  'UBND TỈNH QUẢNG NGÃI',
  'SỞ CÔNG THƯƠNG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 15/KH-SCT',
  'Quảng Ngãi, ngày 10 tháng 02 năm 2023',
  'KẾ HOẠCH',
  'Thực hiện quy chế dân chủ năm 2023',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Phát huy quyền làm chủ của nhân dân.',
  'Nơi nhận:',
  '- Lưu: VT.',
  'GIÁM ĐỐC',
  'Nguyễn Văn A',
  '',
].join('\n');

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

/**
 * Waits until the server has read the user's settings, which it asks for once it has started: the
 * refusal of a document not on disk is asked for until it comes in English.
 */
async function speaksEnglish(server: TestClient): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await server.request<ImportResult>('kehoach/import', { uri: 'untitled:Untitled-1' })).error !== 'Only a document saved on disk can be imported.') {
    if (Date.now() > deadline) throw new Error('the server never read the English setting');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const writtenText = (server: TestClient, path: string): string => new TextDecoder().decode(server.fs.written.get(path)!);

describe('import from Word or PDF in the editor', () => {
  test('a Word plan becomes a new plan beside it, with its header recognised', async () => {
    client = await startTestServer();
    client.fs.binaries.set(`${ROOT}/van-ban.docx`, WORD_PLAN);
    const result = await client.request<ImportResult>('kehoach/import', { uri: uriOf('van-ban.docx') });
    expect(result.error).toBeUndefined();
    expect(result.uri).toBe(uriOf('van-ban.kh'));
    expect(result.summary).toMatch(/^Đã nhập van-ban\.docx vào van-ban\.kh: nhận ra \d+ trường phần đầu, .*\d+ mục/);
    const plan = writtenText(client, `${ROOT}/van-ban.kh`);
    expect(plan).toMatch(/^kế hoạch\n/);
    expect(plan).toMatch(/\n {2}số: 10\/KH-SCT\n/);
    expect(plan).toMatch(/\n {2}trích yếu: Triển khai chuyển đổi số năm 2026\n/);
    expect(plan).toContain('Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch này.');
  });

  test('the tasks of the plan name the units of the workspace’s catalog by their ids, as kehoach import does', async () => {
    client = await startTestServer({ files: { 'danh-muc.kh': 'đơn vị VPS: Văn phòng Sở\n' } });
    client.fs.files.set(`${ROOT}/van-ban.txt`, TEXT_PLAN.replace('1. Phát huy quyền làm chủ của nhân dân.', '1. Văn phòng Sở chủ trì, phối hợp với Sở Nội vụ tổng hợp, báo cáo trước ngày 15/3/2023.'));
    const result = await client.request<ImportResult>('kehoach/import', { uri: uriOf('van-ban.txt') });
    expect(result.error).toBeUndefined();
    expect(result.summary).toMatch(/1 nhiệm vụ \(chủ trì, phối hợp, thời hạn\), 1 đơn vị khai báo trong kế hoạch, 1 đơn vị của danh mục/u);
    const plan = writtenText(client, `${ROOT}/van-ban.kh`);
    expect(plan).toContain('\nđơn vị SNV: Sở Nội vụ\n');
    expect(plan).toContain('    chủ trì: @VPS\n    phối hợp: @SNV\n    hạn: trước ngày 15/3/2023\n');
    expect(plan).not.toMatch(/^đơn vị VPS/mu);
  });

  test('a name already taken is left as it is: the plan goes to the next free name', async () => {
    client = await startTestServer({ files: { 'van-ban.kh': 'kế hoạch\n  số: 1/KH-SCT\n', 'van-ban-2.kh': '// đã soạn\n' } });
    client.fs.files.set(`${ROOT}/van-ban.txt`, TEXT_PLAN);
    const taken = client.fs.files.get(`${ROOT}/van-ban.kh`);
    const result = await client.request<ImportResult>('kehoach/import', { uri: uriOf('van-ban.txt') });
    expect(result.uri).toBe(uriOf('van-ban-3.kh'));
    expect([...client.fs.written.keys()]).toEqual([`${ROOT}/van-ban-3.kh`]);
    expect(writtenText(client, `${ROOT}/van-ban-3.kh`)).toMatch(/^kế hoạch\n[\s\S]*\n {2}số: 15\/KH-SCT\n/);

    // Imported again, the plan written first is kept too.
    const again = await client.request<ImportResult>('kehoach/import', { uri: uriOf('van-ban.txt') });
    expect(again.uri).toBe(uriOf('van-ban-4.kh'));
    expect(client.fs.files.get(`${ROOT}/van-ban.kh`)).toBe(taken);
    expect(writtenText(client, `${ROOT}/van-ban-3.kh`)).toMatch(/^kế hoạch\n/);
  });

  test.each([
    ['a corrupt Word file', 'hong.docx', new TextEncoder().encode('PK\u0003\u0004 not a zip at all'), /^\/ws\/hong\.docx: .+/],
    ['a document of another kind', 'bang.xlsx', new Uint8Array([1, 2, 3]), /^\/ws\/bang\.xlsx: a \.docx, \.odt, \.pdf or \.txt document can be imported\.$/],
    ['a document that is not there', 'khong-co.pdf', undefined, /^\/ws\/khong-co\.pdf: no such file$/],
  ])('%s is refused in words, and nothing is written', async (_what, name, bytes, message) => {
    client = await startTestServer({ settings: { language: 'en' } });
    await speaksEnglish(client);
    if (bytes) client.fs.binaries.set(`${ROOT}/${name}`, bytes);
    const result = await client.request<ImportResult>('kehoach/import', { uri: uriOf(name) });
    expect(result.uri).toBeUndefined();
    expect(result.error).toMatch(message);
    expect(result.error).not.toMatch(/\n\s+at /);
    expect([...client.fs.written.keys()]).toEqual([]);
  });

  test('speaks English when the setting asks', async () => {
    client = await startTestServer({ settings: { language: 'en' } });
    await speaksEnglish(client);
    client.fs.files.set(`${ROOT}/van-ban.txt`, TEXT_PLAN);
    const result = await client.request<ImportResult>('kehoach/import', { uri: uriOf('van-ban.txt') });
    expect(result.summary).toMatch(/^Imported van-ban\.txt into van-ban\.kh: recognised \d+ header fields, /);
  });

  test('a document not on disk cannot be imported', async () => {
    client = await startTestServer();
    const result = await client.request<ImportResult>('kehoach/import', { uri: 'untitled:Untitled-1' });
    expect(result.error).toBe('Chỉ nhập được văn bản lưu trên đĩa.');
  });
});
