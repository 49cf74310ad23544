/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * A real window reload: the first run opens a locked preview and reloads the window, which ends it;
 * VS Code then runs this suite again in the new window, where the preview must be back on its plan,
 * locked, with its page drawn, brought back by the extension's serializer from the state its page
 * saved. A file in the run's temporary folder tells the two runs apart.
 */
import * as assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { KehoachApi } from '../../../client/src/extension';
import { folder, nextEvent, poll, screenshot } from '../helpers';

const RELOADED = join(tmpdir(), 'kehoach-e2e-reloaded');

const previewTabs = (): vscode.Tab[] =>
  vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('kehoach.preview'));

suite('Kế hoạch preview across a window reload', () => {
  test('the locked preview is back after the reload, on its plan, with its page', async () => {
    const plan = vscode.Uri.joinPath(folder(), 'dan-van', 'ke-hoach.kh');
    if (!existsSync(RELOADED)) {
      const api = await vscode.extensions.getExtension<KehoachApi>('kehoach.kehoach')!.activate();
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plan));
      const shown = nextEvent(api.onDidRenderPreview, 'the preview before the reload', (event) => event.uri === plan.toString());
      await vscode.commands.executeCommand('kehoach.previewLocked');
      await shown;
      writeFileSync(RELOADED, plan.toString());
      // This run ends here: the window reloads and runs the suite again.
      await vscode.commands.executeCommand('workbench.action.reloadWindow');
      await new Promise(() => undefined);
    }
    rmSync(RELOADED, { force: true });
    // The panel comes back before anything of the extension is asked for: VS Code activates it for
    // the panel (onWebviewPanel:kehoach.preview) and calls its serializer.
    const tab = await poll('the preview restored by the reload', () => previewTabs()[0], 60000);
    const api = await vscode.extensions.getExtension<KehoachApi>('kehoach.kehoach')!.activate();
    await poll('the title of the restored locked preview', () => (previewTabs()[0]?.label === '[Preview] ke-hoach.kh (dan-van)' ? true : undefined));
    // Its page: drawn already, or drawn again when asked to update.
    const drawn = nextEvent(api.onDidRenderPreview, 'the restored preview drawn', (event) => event.uri === plan.toString() && event.pages === 5, 60000);
    const document = await vscode.workspace.openTextDocument(plan);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(plan, document.positionAt(document.getText().length), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await drawn;
    assert.equal(previewTabs().length, 1);
    assert.ok(tab);
    await screenshot('preview-after-reload');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
