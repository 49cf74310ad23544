/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * The .vsix users install, not the development tree: the runner installs it into code-server's
 * extensions folder before the workbench starts, and this suite checks that the extension loaded
 * from there and that its bundled server reports problems on a plan.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, folder } from '../helpers';

suite('Kế hoạch installed from its .vsix', () => {
  test('the installed extension reports an unknown reference in a plan', async () => {
    const extension = vscode.extensions.getExtension('kehoach.kehoach');
    assert.ok(extension, 'the extension is installed');
    const root = extension.extensionUri.fsPath;
    // VS Code writes .vsixmanifest only when it installs a package; the sources stay behind.
    assert.ok(existsSync(join(root, '.vsixmanifest')), `${root} was installed from a .vsix`);
    assert.ok(!existsSync(join(root, 'server')) && !existsSync(join(root, 'node_modules')), `${root} holds the package, not the repository`);
    // Without its server the client would wait for problems that never come: say so at once instead.
    assert.ok(existsSync(join(root, 'dist', 'server.js')), 'the package holds the language server');

    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'ke-hoach.kh'));
    await vscode.window.showTextDocument(document);
    const problems = await diagnosticsWhere(document.uri, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'ref/unknown'));
    const unknown = problems.find((d) => codeOf(d) === 'ref/unknown')!;
    assert.equal(document.getText(unknown.range), 'KH31');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
