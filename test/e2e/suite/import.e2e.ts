/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * "Import from Word/PDF" in a real VS Code: a Word document becomes a new plan beside it through the
 * language server (the same reading as `kehoach import`), a file already at the plan's name is left
 * as it is, and the plan opens with its preview. The document lies outside the workspace, so the
 * suites after this one see the workspace as it was.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { KehoachApi } from '../../../client/src/extension';
import { discardEditsAndCloseAll, folder, nextEvent } from '../helpers';

suite('Kế hoạch import', () => {
  let api: KehoachApi;

  suiteSetup(async () => {
    api = await vscode.extensions.getExtension<KehoachApi>('kehoach.kehoach')!.activate();
  });

  test('Import from Word/PDF: a Word document becomes a new plan beside it, never over a file there, opened with its preview', async () => {
    // The Word document is the one kehoach builds from sach.kh, in a folder of its own outside the workspace.
    const repository = vscode.extensions.getExtension('kehoach.kehoach')!.extensionUri.fsPath;
    const out = mkdtempSync(join(tmpdir(), 'kehoach-import-'));
    try {
      await promisify(execFile)(process.execPath, [join(repository, 'bin', 'kehoach.js'), 'build', vscode.Uri.joinPath(folder(), 'sach.kh').fsPath, '-o', out, '--format', 'docx']);
      const taken = join(out, 'sach.kh');
      writeFileSync(taken, '// đã soạn\n');
      const shown = nextEvent(api.onDidRenderPreview, 'the preview of the imported plan', (event) => event.uri.endsWith('/sach-2.kh'));
      // The open dialog is left out by giving the document, as the Explorer's menu does.
      const plan = await vscode.commands.executeCommand<vscode.Uri | undefined>('kehoach.importOriginal', vscode.Uri.file(join(out, 'sach.docx')));
      assert.ok(plan, 'the command returns the new plan');
      assert.equal(plan.fsPath, join(out, 'sach-2.kh'));
      assert.equal(readFileSync(taken, 'utf8'), '// đã soạn\n', 'the file at the first name is left as it was');
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, plan.fsPath, 'the plan is open in the editor');
      const text = readFileSync(plan.fsPath, 'utf8');
      assert.match(text, /^kế hoạch\n/);
      assert.match(text, /\n {2}số: 16\/KH-SCT\n/);
      assert.match(text, /\n {2}trích yếu: Kiểm tra việc thực hiện quy chế dân chủ năm 2023\n/);
      const { html } = await shown;
      assert.match(html, /Kiểm tra việc thực hiện quy chế dân chủ năm 2023/);
    } finally {
      await vscode.commands.executeCommand('notifications.clearAll');
      await discardEditsAndCloseAll();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
