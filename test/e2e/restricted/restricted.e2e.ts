/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * Restricted Mode: the folder is not trusted (the runner turns workspace trust on for this run).
 * The extension declares limited support, so a plan is still a Kế hoạch document with its checks
 * and preview, and only the commands that write files refuse.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { KehoachApi } from '../../../client/src/extension';
import { codeOf, diagnosticsWhere, folder, nextEvent } from '../helpers';

suite('Kế hoạch in Restricted Mode', () => {
  test('the folder is untrusted and the extension runs with its declared limits', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const extension = vscode.extensions.getExtension<KehoachApi>('kehoach.kehoach')!;
    assert.equal(extension.packageJSON.capabilities.untrustedWorkspaces.supported, 'limited');
    const api = await extension.activate();

    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'ke-hoach.kh'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'kehoach', 'not Plain Text');
    await diagnosticsWhere(document.uri, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'ref/unknown'));

    const rendered = nextEvent(api.onDidRenderPreview, 'the preview');
    await vscode.commands.executeCommand('kehoach.preview');
    assert.match((await rendered).html, /KẾ HOẠCH/);

    // The command returns once it has said why it refuses; nothing was asked of the server.
    await vscode.commands.executeCommand('kehoach.buildDocx', vscode.Uri.joinPath(folder(), 'sach.kh'));
    assert.equal(existsSync(vscode.Uri.joinPath(folder(), 'out').fsPath), false, 'nothing is written in Restricted Mode');
    // Import writes a new plan: refused too, with no plan written beside the document.
    const documents = mkdtempSync(join(tmpdir(), 'kehoach-restricted-'));
    try {
      writeFileSync(join(documents, 'van-ban.txt'), 'KẾ HOẠCH\nKiểm tra\n');
      assert.equal(await vscode.commands.executeCommand('kehoach.importOriginal', vscode.Uri.file(join(documents, 'van-ban.txt'))), undefined);
      assert.equal(existsSync(join(documents, 'van-ban.kh')), false, 'no plan is imported in Restricted Mode');
    } finally {
      rmSync(documents, { recursive: true, force: true });
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
