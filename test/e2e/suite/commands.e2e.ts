/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * The extension's commands in a real VS Code: the preview opens beside the plan and shows it as the
 * printed page, "Xuất DOCX" writes the document under out/, and the language status item says
 * what the server found. A webview's page and a status item cannot be read through VS Code's API, so
 * the tests read them from what the extension's activate() returns (KehoachApi).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import type { KehoachApi } from '../../../client/src/extension';
import { folder, poll } from '../helpers';

suite('Kế hoạch commands', () => {
  let api: KehoachApi;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    api = await vscode.extensions.getExtension<KehoachApi>('kehoach.kehoach')!.activate();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'ke-hoach.kh'));
    editor = await vscode.window.showTextDocument(document);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the preview opens beside the plan with the plan as the printed page', async () => {
    const rendered = new Promise<string>((resolve) => {
      const subscription = api.onDidRenderPreview((html) => {
        subscription.dispose();
        resolve(html);
      });
    });
    await vscode.commands.executeCommand('kehoach.preview');
    const html = await rendered;
    assert.match(html, /KẾ HOẠCH/);
    assert.match(html, /Thực hiện quy chế dân chủ năm 2023/);

    const tab = await poll('the preview tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((candidate) => candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.endsWith('kehoach.preview')),
    );
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is beside the editor, not over it');
    assert.equal(vscode.window.activeTextEditor?.document, editor.document, 'the plan keeps the focus');
  });

  test('"Xuất DOCX" writes the DOCX of a clean plan under out/ at the workspace root', async () => {
    const target = vscode.Uri.joinPath(folder(), 'out', 'sach.docx').fsPath;
    rmSync(target, { force: true });
    try {
      // The command ends only when its "Đã ghi …" notification is closed, so it is not awaited here.
      const command = vscode.commands.executeCommand('kehoach.buildDocx', vscode.Uri.joinPath(folder(), 'sach.kh'));
      // The server writes the file atomically, so once it exists it is whole.
      const bytes = await poll('out/sach.docx', () => (existsSync(target) ? readFileSync(target) : undefined));
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a DOCX is a zip');
      await vscode.commands.executeCommand('notifications.clearAll');
      await command;
    } finally {
      rmSync(vscode.Uri.joinPath(folder(), 'out').fsPath, { recursive: true, force: true });
    }
  });

  test('the language status item counts the files and the problems in the open plan', async () => {
    const status = await poll('the status after a check', () => (/^Kế hoạch: \d+ tệp$/.test(api.status.text) ? api.status : undefined));
    assert.equal(status.text, 'Kế hoạch: 3 tệp');
    assert.equal(status.busy, false);
    // ke-hoach.kh refers to an undeclared KH31: one error in the open files.
    assert.match(status.detail ?? '', /^1 lỗi, \d+ cảnh báo/);
    assert.equal(status.severity, vscode.LanguageStatusSeverity.Warning);
  });
});
