/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * The extension in a real VS Code: a plan opened from the workspace gets its problems from the
 * language server, they follow edits, and completion and hover answer. Every wait is for an event.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, folder } from '../helpers';

suite('Kế hoạch in VS Code', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'ke-hoach.kh'));
    await vscode.window.showTextDocument(document);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the plan is a kehoach document and the extension starts', () => {
    assert.equal(document.languageId, 'kehoach');
    assert.ok(vscode.extensions.getExtension('kehoach.kehoach'), 'the extension is installed');
  });

  test('an unknown reference is reported with its rule code, and the report goes once it is fixed', async () => {
    const problems = await diagnosticsWhere(document.uri, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'ref/unknown'));
    const unknown = problems.find((d) => codeOf(d) === 'ref/unknown')!;
    assert.equal(document.getText(unknown.range), 'KH31');
    assert.equal(unknown.source, 'kehoach');

    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, unknown.range, 'KH30');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsWhere(document.uri, (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'ref/unknown'));
  });

  test('completion after @ finds a document typed without diacritics', async () => {
    const line = document.lineAt(8);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, line.range.end, ' @dan van');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const position = document.lineAt(8).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, '@');
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('KH30'), `completion offers KH30, got ${labels.join(', ')}`);
  });

  test('hover on a unit shows its name', async () => {
    const offset = document.getText().indexOf('@VP chủ trì') + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /Văn phòng Sở/);
  });
});
