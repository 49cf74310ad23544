/**
 * The editor's report command (kehoach/report): the Báo cáo beside the plan, pre-filled from the
 * status file, as of the day asked or today; a file already there is not replaced; a plan with no
 * task and a status file with a bad line are said in words.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { ReportResult } from '../../server/src/lsp/protocol';
import { CATALOG, PLAN_HEAD } from './fixtures';
import { MemoryFileSystem, startTestServer, type TestClient } from './harness';

const PLAN = `${PLAN_HEAD}\nThực hiện @KH30.\n\nI. Nội dung\n\n1. Báo cáo.\n   nhiệm vụ BC: Báo cáo quý I\n     chủ trì: @VP\n     hạn: chậm nhất 31/3/2023\n   nhiệm vụ TH: Tổng hợp kết quả\n     chủ trì: @VP\n     hạn: trước 15/6/2023\n\nký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A\n`;

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

async function start(files: Record<string, string>): Promise<TestClient> {
  client = await startTestServer({ files: { 'danh-muc.kh': CATALOG, ...files } });
  return client;
}

describe('the report command', () => {
  test('writes the Báo cáo beside the plan from the status file, with the overdue task', async () => {
    const server = await start({ 'ke-hoach.tien-do': 'TH: đang làm\n' });
    const file = await server.open('ke-hoach.kh', PLAN);
    const result = await server.request<ReportResult>('kehoach/report', { uri: file.uri, asOf: '2023-04-10' });
    expect(result).toEqual({ path: '/ws/ke-hoach.bao-cao-2023-04-10.kh', tasks: 2, overdue: 1 });
    const text = new TextDecoder().decode(server.fs.written.get('/ws/ke-hoach.bao-cao-2023-04-10.kh')!);
    expect(text.startsWith('báo cáo\n')).toBe(true);
    expect(text).toMatch(/Báo cáo quý I\. Chủ trì: Văn phòng Sở\. .*Tình hình: Chưa có thông tin; quá hạn 10 ngày/);
    expect(text).toMatch(/Tổng hợp kết quả\. .*Tình hình: Đang thực hiện\./);
  });

  test('is as of today when no day is given, and never replaces a report already there', async () => {
    const server = await start({ 'ke-hoach.bao-cao-2023-03-01.kh': 'báo cáo\n  cơ quan: đã soạn\n' });
    const file = await server.open('ke-hoach.kh', PLAN);
    const result = await server.request<ReportResult>('kehoach/report', { uri: file.uri });
    expect(result.path).toBeUndefined();
    expect(result.error).toMatch(/ke-hoach\.bao-cao-2023-03-01\.kh đã có/);
    expect([...server.fs.written.keys()]).toEqual([]);
  });

  test('does not replace a report created after it looked, and says so in words', async () => {
    const server = await start({ 'ke-hoach.bao-cao-2023-04-10.kh': 'báo cáo\n  cơ quan: vừa soạn\n' });
    const file = await server.open('ke-hoach.kh', PLAN);
    // The file is not there when the command looks, and is there when it writes.
    server.fs.exists = (path) => !path.endsWith('.bao-cao-2023-04-10.kh') && MemoryFileSystem.prototype.exists.call(server.fs, path);
    const result = await server.request<ReportResult>('kehoach/report', { uri: file.uri, asOf: '2023-04-10' });
    expect(result.path).toBeUndefined();
    expect(result.error).toBe('Không ghi được /ws/ke-hoach.bao-cao-2023-04-10.kh: tệp vừa được tạo trong lúc viết báo cáo; không ghi đè.');
    expect([...server.fs.written.keys()]).toEqual([]);
  });

  test('says what is wrong with the status file, at its line, and with a plan that has no task', async () => {
    const server = await start({ 'ke-hoach.tien-do': 'TH: đang làm\nBC: xong\n', 'trong.kh': `${PLAN_HEAD}\nThực hiện @KH30.\n\nký: GIÁM ĐỐC / Nguyễn Văn A\n` });
    const file = await server.open('ke-hoach.kh', PLAN);
    const bad = await server.request<ReportResult>('kehoach/report', { uri: file.uri, asOf: '2023-04-10' });
    expect(bad.error).toMatch(/ke-hoach\.tien-do:2:5: "xong": ghi ngày hoàn thành/);
    const empty = await server.open('trong.kh', `${PLAN_HEAD}\nThực hiện @KH30.\n\nký: GIÁM ĐỐC / Nguyễn Văn A\n`);
    const none = await server.request<ReportResult>('kehoach/report', { uri: empty.uri, asOf: '2023-04-10' });
    expect(none.error).toMatch(/không có nhiệm vụ nào/);
    expect([...server.fs.written.keys()]).toEqual([]);
  });
});
