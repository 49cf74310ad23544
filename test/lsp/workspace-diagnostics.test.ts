/**
 * Problems for every plan of the workspace, open in the editor or not: pushed to editors that wait
 * for them, and answered with result ids (and "unchanged" when nothing changed) to editors that
 * pull them with textDocument/diagnostic and workspace/diagnostic.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic, DocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver';
import { ROOT, startTestServer, type TestClient, uriOf } from './harness';
import { CATALOG, PLAN_HEAD } from './fixtures';

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

const PLAN = `${PLAN_HEAD}\nThực hiện @KH30.\n`;
const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((diagnostic) => String(diagnostic.code));
const unknown = (diagnostics: Diagnostic[]): boolean => codes(diagnostics).includes('ref/unknown');

describe('pushed to an editor that does not pull', () => {
  test('a plan nobody opened gets its problems, and loses them when a catalog appears', async () => {
    client = await startTestServer({ files: { 'kehoach.config.json': '{}', 'cu/ke-hoach.kh': PLAN } });
    const uri = uriOf('cu/ke-hoach.kh');
    const first = client.diagnosticsWhere(uri, (params) => unknown(params.diagnostics));
    // Opening another file makes the server check; the unopened plan is reported with it.
    await client.open('khac.kh', `${PLAN_HEAD}\nThực hiện kế hoạch.\n`);
    expect((await first).version).toBeUndefined();
    const resolved = client.diagnosticsWhere(uri, (params) => !unknown(params.diagnostics));
    client.fs.put(`${ROOT}/danh-muc.kh`, CATALOG);
    await resolved;
  });

  test('a plan deleted from disk has its problems cleared', async () => {
    client = await startTestServer({ files: { 'cu.kh': PLAN } });
    const uri = uriOf('cu.kh');
    const first = client.diagnosticsWhere(uri, (params) => unknown(params.diagnostics));
    await client.open('khac.kh', PLAN_HEAD);
    await first;
    const cleared = client.diagnosticsWhere(uri, (params) => params.diagnostics.length === 0);
    client.fs.delete(`${ROOT}/cu.kh`);
    await cleared;
  });

  test('a plan closed with its edits unsaved is reported again as the disk has it', async () => {
    client = await startTestServer({ files: { 'danh-muc.kh': CATALOG, 'ke-hoach.kh': PLAN } });
    const plan = await client.open('ke-hoach.kh', PLAN);
    expect(unknown(plan.diagnostics)).toBe(false);
    expect(unknown(await client.change(plan.uri, PLAN.replace('@KH30', '@KHONG')))).toBe(true);
    const fromDisk = client.diagnosticsWhere(plan.uri, (params) => params.version === undefined && !unknown(params.diagnostics));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: plan.uri } });
    await fromDisk;
  });
});

describe('pulled by an editor that asks', () => {
  const capabilities = {
    workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
    textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  };

  async function startPulling(): Promise<{ server: TestClient; plan: string; refreshed: () => number }> {
    const server = await startTestServer({ capabilities, files: { 'danh-muc.kh': CATALOG, 'cu.kh': `${PLAN_HEAD}\nThực hiện @KHONG.\n` } });
    let refreshes = 0;
    server.connection.onRequest('workspace/diagnostic/refresh', () => {
      refreshes++;
      return null;
    });
    const plan = uriOf('ke-hoach.kh');
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: plan, languageId: 'kehoach', version: 1, text: PLAN } });
    client = server;
    return { server, plan, refreshed: () => refreshes };
  }

  test('the server says it answers pulls for the workspace, and pushes nothing', async () => {
    const { server, plan } = await startPulling();
    expect(server.initializeResult?.capabilities.diagnosticProvider).toEqual({ identifier: 'kehoach', interFileDependencies: true, workspaceDiagnostics: true });
    const report = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: plan } });
    expect(report.kind).toBe('full');
    expect(server.published).toEqual([]);
  });

  test('a document pulled again unchanged is "unchanged"; after an edit it is full again', async () => {
    const { server, plan } = await startPulling();
    const first = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: plan } });
    if (first.kind !== 'full') throw new Error('expected a full report');
    expect(unknown(first.items)).toBe(false);
    expect(first.resultId).toBeDefined();
    const again = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: plan }, previousResultId: first.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: first.resultId });

    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: plan, version: 2 }, contentChanges: [{ text: PLAN.replace('@KH30', '@KHONG') }] });
    const edited = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: plan }, previousResultId: first.resultId });
    if (edited.kind !== 'full') throw new Error('expected a full report after the edit');
    expect(edited.resultId).not.toBe(first.resultId);
    expect(unknown(edited.items)).toBe(true);
  });

  test('the workspace pull reports every file, open ones with their version, and only what changed the second time', async () => {
    const { server, plan } = await startPulling();
    const first = await server.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    expect(first.items.map((item) => [item.uri, item.version, item.kind]).sort()).toEqual([
      [uriOf('cu.kh'), null, 'full'],
      [uriOf('danh-muc.kh'), null, 'full'],
      [plan, 1, 'full'],
    ]);
    const old = first.items.find((item) => item.uri === uriOf('cu.kh'));
    expect(old?.kind === 'full' && unknown(old.items)).toBe(true);

    const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
    const second = await server.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    expect(second.items.map((item) => item.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  test('a change on disk asks the editor to pull again', async () => {
    const { server, refreshed } = await startPulling();
    const refreshAfter = async (count: number): Promise<void> => {
      const deadline = Date.now() + 5000;
      while (refreshed() <= count) {
        if (Date.now() > deadline) throw new Error('no refresh request');
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    // The checks after the document opened ask once; the file created on disk asks again.
    await refreshAfter(0);
    server.fs.put(`${ROOT}/moi.kh`, CATALOG.replace(/KH30|QD12|VP|SNV/g, (id) => `${id}X`));
    await refreshAfter(1);
    const report = await server.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    expect(report.items.map((item) => item.uri)).toContain(uriOf('moi.kh'));
  });
});
