/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * The language server killed again and again, as a crash would: the first four times it is started
 * again at once (as the client library does), after that after a wait with a message, instead of
 * staying down; the restart command starts it again too, and checks go on. The server is found as
 * the extension host's child running dist/server.js, so nothing else is touched.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { KehoachApi } from '../../../client/src/extension';
import { codeOf, diagnosticsWhere, discardEditsAndCloseAll, folder, nextEvent, poll } from '../helpers';

function serverPid(): number | undefined {
  const listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  const line = listing.split('\n').find((each) => /dist[\\/]server\.js/.test(each));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}

suite('Kế hoạch language server restarts', () => {
  let api: KehoachApi;

  suiteSetup(async () => {
    api = await vscode.extensions.getExtension<KehoachApi>('kehoach.kehoach')!.activate();
  });

  suiteTeardown(async () => {
    await discardEditsAndCloseAll();
  });

  test('after more crashes than the client restarts, the server is started again after a wait, and checks go on', async function () {
    this.timeout(120000);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'ke-hoach.kh'));
    await vscode.window.showTextDocument(document);
    const shown = nextEvent(api.onDidRenderPreview, 'the preview', (event) => event.uri === document.uri.toString());
    await vscode.commands.executeCommand('kehoach.preview');
    await shown;
    const waits: number[] = [];
    for (let crash = 1; crash <= 5; crash++) {
      const pid = await poll('the language server process', () => serverPid());
      const back = nextEvent(api.onDidStartServer, `the server after crash ${crash}`, () => true, 60000);
      // While the server waits out its back-off, the preview says it may be out of date, then is current again.
      const stale = crash === 5 ? nextEvent(api.onDidChangePreviewStale, 'the preview marked stale', (event) => event.stale, 60000) : undefined;
      const current = crash === 5 ? nextEvent(api.onDidChangePreviewStale, 'the preview current again', (event) => !event.stale, 60000) : undefined;
      const killed = Date.now();
      process.kill(pid, 'SIGKILL');
      await stale;
      await back;
      await current;
      waits.push(Date.now() - killed);
      assert.notEqual(serverPid(), pid);
    }
    // The fifth restart waited for its back-off (2 s); the first four did not.
    assert.ok(waits[4]! >= 1900, `the fifth restart came after ${waits[4]} ms`);
    await vscode.commands.executeCommand('notifications.clearAll');
    await diagnosticsWhere(document.uri, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'ref/unknown'));
  });

  test('the restart command starts a new server', async () => {
    const before = await poll('the language server process', () => serverPid());
    const back = nextEvent(api.onDidStartServer, 'the restarted server');
    await vscode.commands.executeCommand('kehoach.restartServer');
    await back;
    const after = await poll('the new language server process', () => {
      const pid = serverPid();
      return pid !== undefined && pid !== before ? pid : undefined;
    });
    assert.notEqual(after, before);
    assert.match(api.status.text, /^Kế hoạch/);
  });
});
