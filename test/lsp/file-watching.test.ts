/**
 * A catalog created on disk, a plan deleted, a configuration edited: seen without a restart,
 * whether the editor watches the files for the server (dynamic registration) or the server has to
 * watch them itself (Neovim 0.7, Helix). The in-memory disk tells its watchers as a real one does.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { WATCHED_GLOBS } from '../../server/src/lsp/file-watching';
import { ROOT, startTestServer, type TestClient, uriOf } from './harness';
import { CATALOG, PLAN_HEAD } from './fixtures';

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

const PLAN = `${PLAN_HEAD}\nThực hiện @KH30.\n`;
const unknown = (diagnostics: Diagnostic[]): boolean => diagnostics.some((diagnostic) => diagnostic.code === 'ref/unknown');

/** Waits for a condition by turns of the event loop, failing after a deadline instead of sleeping. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('an editor that cannot watch files', () => {
  test('a catalog created on disk resolves the plan, and deleting it brings the problem back', async () => {
    client = await startTestServer();
    const plan = await client.open('ke-hoach.kh', PLAN);
    expect(unknown(plan.diagnostics)).toBe(true);

    const resolved = client.diagnosticsWhere(plan.uri, (params) => !unknown(params.diagnostics));
    client.fs.put(`${ROOT}/danh-muc.kh`, CATALOG);
    await resolved;

    const unresolved = client.diagnosticsWhere(plan.uri, (params) => unknown(params.diagnostics));
    client.fs.delete(`${ROOT}/danh-muc.kh`);
    await unresolved;
  });

  test('a catalog created in a sub-folder of a configured workspace counts', async () => {
    client = await startTestServer({ files: { 'kehoach.config.json': '{}' } });
    const plan = await client.open('ke-hoach.kh', PLAN);
    const resolved = client.diagnosticsWhere(plan.uri, (params) => !unknown(params.diagnostics));
    client.fs.put(`${ROOT}/danh-muc/chung.kh`, CATALOG);
    await resolved;
  });

  test('a configuration edited on disk applies at once', async () => {
    client = await startTestServer({ files: { 'kehoach.config.json': '{}' } });
    const plan = await client.open('ke-hoach.kh', PLAN);
    expect(unknown(plan.diagnostics)).toBe(true);
    const silenced = client.diagnosticsWhere(plan.uri, (params) => !unknown(params.diagnostics));
    client.fs.put(`${ROOT}/kehoach.config.json`, JSON.stringify({ rules: { 'ref/unknown': 'off' } }));
    await silenced;
  });
});

describe('an editor that watches files', () => {
  const capabilities = { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } };

  test('is asked to watch plans and configurations, and the server does not watch as well', async () => {
    client = await startTestServer({ capabilities });
    await until(() => client!.registrations.length > 0, 'the registration');
    expect(client.registrations).toEqual([{ id: expect.any(String), method: 'workspace/didChangeWatchedFiles', registerOptions: { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) } }]);
    expect(WATCHED_GLOBS).toEqual(['**/*.kh', '**/kehoach.config.json']);

    const plan = await client.open('ke-hoach.kh', PLAN);
    // The disk changes silently: only the editor's notification makes the server read it.
    client.fs.files.set(`${ROOT}/danh-muc.kh`, CATALOG);
    const resolved = client.diagnosticsWhere(plan.uri, (params) => !unknown(params.diagnostics));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('danh-muc.kh'), type: 1 }] });
    await resolved;
  });

  test('an editor without dynamic registration is not asked', async () => {
    client = await startTestServer();
    await client.open('ke-hoach.kh', PLAN);
    expect(client.registrations).toEqual([]);
  });
});
