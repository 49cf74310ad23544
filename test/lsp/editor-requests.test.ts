import { afterEach, describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import type { BuildResult, DeadlinesResult, PreviewResult } from '../../server/src/lsp/protocol';
import { startTestServer, type TestClient, uriOf } from './harness';
import { CATALOG, PLAN_HEAD } from './fixtures';

/** The requests behind the editor's commands: export in every format, the page set-up, the deadline view. */

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

async function start(files: Record<string, string> = {}): Promise<TestClient> {
  client = await startTestServer({ files: { 'danh-muc.kh': CATALOG, ...files } });
  return client;
}

const CLEAN_PLAN = `${PLAN_HEAD}\nThực hiện @KH30.\n\nI. Nội dung\n\n1. Báo cáo.\n   nhiệm vụ BC: Báo cáo quý I\n     chủ trì: @VP\n     hạn: chậm nhất 31/3/2023\n   nhiệm vụ TH: Tổng hợp kết quả\n     chủ trì: @SNV\n     hạn: trước 15/6/2023\n\nký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A\n`;

describe('export from the editor', () => {
  test.each([
    ['html', '/ws/out/ke-hoach.html', /^<!DOCTYPE html>[\s\S]*class="title"[^>]*>Thực hiện quy chế dân chủ năm 2023</],
    ['ics', '/ws/out/ke-hoach.ics', /^BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:[^\r]*Báo cáo quý I/],
    ['json', '/ws/out/ke-hoach.json', /"source": "ke-hoach\.kh"[\s\S]*"id": "BC"/],
  ])('%s is written under out/ at the workspace root', async (format, path, content) => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', CLEAN_PLAN);
    const build = await server.request<BuildResult>('kehoach/build', { uri: file.uri, format });
    expect(build).toEqual({ path });
    expect(new TextDecoder().decode(server.fs.written.get(path)!)).toMatch(content);
  });

  test('an unknown format and margins outside the decree are refused with the reason, and nothing is written', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', CLEAN_PLAN);
    const unknown = await server.request<BuildResult>('kehoach/build', { uri: file.uri, format: 'exe' });
    expect(unknown.error).toMatch(/"exe"/);
    const margins = await server.request<BuildResult>('kehoach/build', { uri: file.uri, format: 'docx', layout: { marginsMm: { left: 10 } } });
    expect(margins.error).toMatch(/Lề trái phải từ 30 đến 35 mm/);
    expect([...server.fs.written.keys()]).toEqual([]);
  });
});

describe('the preview page', () => {
  test('follows the layout settings, and says why it keeps the default for settings outside the decree', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', CLEAN_PLAN);
    const wide = await server.request<PreviewResult>('kehoach/preview', { uri: file.uri, layout: { bodySizePt: 13, marginsMm: { left: 35, top: 25 } } });
    expect(wide.page).toEqual({ widthMm: 210, heightMm: 297, marginsMm: { top: 25, bottom: 20, left: 35, right: 15 }, pageNumberSizePt: expect.any(Number) });
    expect(wide.html).toContain('font-size:13pt');
    expect(wide.layoutProblems).toBeUndefined();
    const refused = await server.request<PreviewResult>('kehoach/preview', { uri: file.uri, layout: { bodySizePt: 20 } });
    expect(refused.layoutProblems).toEqual([expect.stringMatching(/Cỡ chữ phần nội dung phải là 13 hoặc 14/)]);
    expect(refused.html).toContain('font-size:14pt');
    expect(refused.page?.marginsMm).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
  });
});

describe('a plan opened outside the workspace folders', () => {
  // Its folder becomes a project whose catalog is read in the background; the preview and an export
  // asked for at once must not show its citations as unknown.
  const PLAN_ELSEWHERE = '../ngoai/ke-hoach.kh';

  async function openWithoutWaiting(server: TestClient): Promise<string> {
    const uri = uriOf(PLAN_ELSEWHERE);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kehoach', version: 1, text: CLEAN_PLAN } });
    return uri;
  }

  test("is previewed with its folder's catalog read, even when asked before any check", async () => {
    const server = await start({ '../ngoai/danh-muc.kh': CATALOG });
    const uri = await openWithoutWaiting(server);
    const { html } = await server.request<PreviewResult>('kehoach/preview', { uri });
    expect(html).toContain('Kế hoạch số 30/KH-UBND ngày 17/01/2023');
  });

  test("is exported with its folder's catalog read, not refused for references not yet read", async () => {
    const server = await start({ '../ngoai/danh-muc.kh': CATALOG });
    const uri = await openWithoutWaiting(server);
    const build = await server.request<BuildResult>('kehoach/build', { uri, format: 'html' });
    expect(build.error).toBeUndefined();
    expect(new TextDecoder().decode(server.fs.written.get(build.path!)!)).toContain('Kế hoạch số 30/KH-UBND ngày 17/01/2023');
  });
});

describe('the deadline view', () => {
  test('lists every task of every plan with its lead, last day and where it is declared; catalogs are left out', async () => {
    const server = await start({ 'kehoach.config.json': '{"asOf": "2023-03-25"}', 'khac.kh': CLEAN_PLAN.replace('Báo cáo quý I', 'Báo cáo khác') });
    const file = await server.open('ke-hoach.kh', CLEAN_PLAN);
    const { plans } = await server.request<DeadlinesResult>('kehoach/deadlines', {});
    expect(plans.map((plan) => plan.uri.slice(plan.uri.lastIndexOf('/') + 1)).sort()).toEqual(['ke-hoach.kh', 'khac.kh']);
    const plan = plans.find((candidate) => candidate.uri === file.uri)!;
    expect(plan).toMatchObject({ title: 'Thực hiện quy chế dân chủ năm 2023', asOf: '2023-03-25', dueSoonDays: 7 });
    expect(plan.tasks.map(({ id, name, lead, lastDay }) => ({ id, name, lead, lastDay }))).toEqual([
      { id: 'BC', name: 'Báo cáo quý I', lead: ['Văn phòng Sở'], lastDay: '2023-03-31' },
      { id: 'TH', name: 'Tổng hợp kết quả', lead: ['Sở Nội vụ'], lastDay: '2023-06-14' },
    ]);
    const lines = CLEAN_PLAN.split('\n');
    expect(lines[plan.tasks[0]!.range.start.line]).toContain('nhiệm vụ BC');
    expect(lines[plan.tasks[1]!.range.start.line]).toContain('nhiệm vụ TH');
  });
});

describe('fix all', () => {
  test('is offered once, as the source action, when the editor asks for every kind of action', async () => {
    const server = await start();
    const file = await server.open(
      'ke-hoach.kh',
      `${PLAN_HEAD}\nThực hiện @A và @B.\n\nvăn bản A: Kế hoạch số 31 /KH-UBND ngày 17/01/2023 của UBND tỉnh\nvăn bản B: Quyết định số 7/QĐ-UBND, ngày 05/01/2023 của UBND tỉnh\n`,
    );
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: file.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
      context: { diagnostics: file.diagnostics },
    });
    const fixAll = actions.filter((action) => action.title.startsWith('Sửa mọi lỗi an toàn'));
    expect(fixAll.map((action) => action.kind)).toEqual(['source.fixAll.kehoach']);
    expect(actions.filter((action) => action.kind === 'quickfix').length).toBeGreaterThan(1);
  });
});
