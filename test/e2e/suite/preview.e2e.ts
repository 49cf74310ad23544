/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * The preview as a drafter uses it: Ctrl+K V opens it beside a long plan (dan-van/ke-hoach.kh, the
 * Quảng Ngãi sample, five A4 pages when LibreOffice renders its DOCX), its pages break where the
 * DOCX's do, an edit patches the page in place and leaves the reader where they were, the editor
 * and the preview scroll together, and a double-click in the preview puts the cursor on the source.
 * Keys are pressed in the workbench by the runner; the preview's page is read through KehoachApi.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { KehoachApi } from '../../../client/src/extension';
import type { PreviewRendered } from '../../../client/src/preview';
import { discardEditsAndCloseAll, folder, nextEvent, poll, pressKeys, screenshot } from '../helpers';

/** The pages of the plan's DOCX as LibreOffice lays them out: `kehoach build`, `soffice`, `pdfinfo`. */
async function libreOfficePages(plan: string, repository: string): Promise<number> {
  // Run asynchronously: the extension host must keep answering the workbench meanwhile.
  const run = promisify(execFile);
  const out = mkdtempSync(join(tmpdir(), 'kehoach-pages-'));
  try {
    await run(process.execPath, [join(repository, 'bin', 'kehoach.js'), 'build', plan, '-o', out, '--format', 'docx']);
    const docx = join(out, basename(plan).replace(/\.kh$/, '.docx'));
    await run('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, docx], { timeout: 120000 });
    const pdf = readdirSync(out).find((name) => name.endsWith('.pdf'));
    assert.ok(pdf, `soffice made no PDF of ${plan}`);
    const { stdout } = await run('pdfinfo', [join(out, pdf)], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)![1]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

suite('Kế hoạch preview', () => {
  let api: KehoachApi;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let first: PreviewRendered;
  const repository = (): string => vscode.extensions.getExtension('kehoach.kehoach')!.extensionUri.fsPath;
  const previewTabs = (): vscode.Tab[] =>
    vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((candidate) => candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.endsWith('kehoach.preview'));
  const closePreviews = async (): Promise<void> => {
    await vscode.window.tabGroups.close(previewTabs());
    await poll('no preview left', () => (previewTabs().length === 0 ? true : undefined));
  };
  const renderedAfter = (version: number): Promise<PreviewRendered> =>
    nextEvent(api.onDidRenderPreview, `the preview of version ${version}`, (event) => event.uri === document.uri.toString() && event.version >= version);

  suiteSetup(async () => {
    api = await vscode.extensions.getExtension<KehoachApi>('kehoach.kehoach')!.activate();
    await discardEditsAndCloseAll();
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'dan-van', 'ke-hoach.kh'));
    editor = await vscode.window.showTextDocument(document);
  });

  suiteTeardown(async () => {
    await discardEditsAndCloseAll();
  });

  test('Ctrl+K V opens the preview beside the plan, named with its folder since the root has a ke-hoach.kh too', async () => {
    const rendered = renderedAfter(document.version);
    pressKeys('Control+k v');
    first = await rendered;
    const tab = await poll('the preview tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((candidate) => candidate.input instanceof vscode.TabInputWebview),
    );
    assert.notEqual(tab.group.viewColumn, editor.viewColumn);
    assert.equal(tab.label, 'Preview ke-hoach.kh (dan-van)');
  });

  test('the pages break as LibreOffice breaks the DOCX: the same number of A4 pages, for each sample', async () => {
    assert.equal(first.pages, await libreOfficePages(document.uri.fsPath, repository()), 'dan-van/ke-hoach.kh');
    for (const sample of ['cai-cach-hanh-chinh-2024', 'ngan-gon-2025']) {
      const plan = join(repository(), 'samples', sample, 'ke-hoach.kh');
      const other = await vscode.workspace.openTextDocument(vscode.Uri.file(plan));
      const shown = nextEvent(api.onDidRenderPreview, `the preview of ${sample}`, (event) => event.uri === other.uri.toString());
      await vscode.window.showTextDocument(other, editor.viewColumn);
      const { pages } = await shown;
      assert.equal(pages, await libreOfficePages(plan, repository()), sample);
    }
    const back = renderedAfter(document.version);
    editor = await vscode.window.showTextDocument(document, editor.viewColumn);
    first = await back;
    assert.ok(dirname(document.uri.fsPath).endsWith('dan-van'));
  });

  test('a screenshot of the preview beside the editor at half width', async () => {
    const file = await screenshot('preview-half-width');
    assert.ok(file.endsWith('.png'));
  });

  test('an edit replaces only the changed block, soon after the check, and the reader stays where they were', async () => {
    // The reader scrolls the preview to the fourth part of the plan, far from the cursor at the top.
    const target = document.getText().indexOf('III. Tổ chức thực hiện');
    assert.ok(target > 0);
    const scrolled = nextEvent(api.onDidScrollPreview, 'the reader scrolling the preview', (event) => !event.own && event.scrollY > 0);
    api.postToPreviews({ type: 'test', action: 'scrollToBlock', offset: target });
    const place = await scrolled;

    // The drafter changes a word in the first paragraph, far above what the reader looks at.
    const word = document.getText().indexOf('thắng lợi');
    assert.ok(word > 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(word), document.positionAt(word + 'thắng lợi'.length)), 'thành công');
    const updated = renderedAfter(document.version + 1);
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const after = await updated;
      assert.match(after.html, /thành công các mục tiêu/);
      assert.equal(after.replaced, 1, 'one block replaced, the others kept');
      // Its line breaks are the same: only its sheet is poured again, the four after it are kept.
      assert.equal(after.repaged, 1, `${after.repaged} of ${after.pages} sheets poured again`);
      assert.ok(Math.abs(after.scrollY - place.scrollY) < 2, `the preview stays at ${place.scrollY}, not ${after.scrollY}`);
      // Visible once the webview has drawn it; the way of its answer back is not the reader's wait.
      const visible = after.sinceCheckMs! - after.backMs;
      console.log(`preview visible ${visible} ms after the check's result (server ${after.requestMs} ms, to the webview ${after.toWebviewMs} ms, webview ${after.webviewMs} ms for ${after.repaged} of ${after.pages} sheets; answer back ${after.backMs} ms)`);
      // The aim is 100 ms; the bound leaves room for a loaded machine, where the workbench's message
      // passing alone took from 9 to 450 ms between runs.
      assert.ok(visible < 2000, `visible ${visible} ms after the check`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('scrolling the editor scrolls the preview to the same part, and the reader scrolling the preview scrolls the editor', async () => {
    const line = document.positionAt(document.getText().indexOf('II. Nội dung thực hiện')).line;
    // The preview's top comes to the editor's top line, give or take the lines of a block.
    const followed = nextEvent(api.onDidScrollPreview, 'the preview following the editor', (event) => {
      const top = editor.visibleRanges[0]!.start.line;
      return event.own && top <= line && Math.abs(document.positionAt(event.offset).line - top) <= 2;
    });
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    await followed;

    const target = document.getText().indexOf('nơi nhận:');
    const moved = nextEvent(vscode.window.onDidChangeTextEditorVisibleRanges, 'the editor following the preview', (event) => event.textEditor.document === document && event.visibleRanges[0]!.start.line > line + 5);
    api.postToPreviews({ type: 'test', action: 'scrollToBlock', offset: target });
    await moved;
  });

  test('a preview comes back after a window reload, locked on its plan, through the serializer VS Code calls', async () => {
    // VS Code calls the serializer with the state the page saved; a reload itself would end this run.
    const panel = vscode.window.createWebviewPanel('kehoach.preview', 'restoring', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    const shown = nextEvent(api.onDidRenderPreview, 'the restored preview', (event) => event.uri === document.uri.toString() && event.pages === first.pages);
    await api.previewSerializer.deserializeWebviewPanel(panel, { uri: document.uri.toString(), locked: true });
    await shown;
    await poll('the title of the locked preview', () => (panel.title === '[Preview] ke-hoach.kh (dan-van)' ? true : undefined));
    // The panel hid the preview that follows the editor; shown again, its page is drawn anew.
    const again = nextEvent(api.onDidRenderPreview, 'the following preview drawn again', (event) => event.uri === document.uri.toString());
    panel.dispose();
    await again;
  });

  test('a double-click in the preview puts the cursor on the source of the block', async () => {
    const target = document.getText().indexOf('2. Theo dõi, nắm chắc tình hình');
    const expected = document.positionAt(target).line;
    const selected = nextEvent(vscode.window.onDidChangeTextEditorSelection, 'the cursor on the block', (event) => event.textEditor.document === document && event.selections[0]!.active.line === expected);
    api.postToPreviews({ type: 'test', action: 'dblclick', offset: target + 5 });
    const event = await selected;
    assert.equal(event.selections[0]!.active.line, expected);
  });

  test('Ctrl+Shift+V opens the preview in place of the plan, in the editor\'s own group', async () => {
    await closePreviews();
    editor = await vscode.window.showTextDocument(document, editor.viewColumn);
    const rendered = renderedAfter(document.version);
    pressKeys('Control+Shift+V');
    await rendered;
    const tab = await poll('the preview tab', () => previewTabs()[0]);
    assert.equal(tab.group.viewColumn, editor.viewColumn, 'in the group of the plan, not beside it');
    assert.equal(tab.isActive, true, 'in front of the plan');
    assert.equal(tab.label, 'Preview ke-hoach.kh (dan-van)');
  });

  test('a locked preview stays on its plan when another plan is shown, and follows again once unlocked', async () => {
    await closePreviews();
    editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const rendered = renderedAfter(document.version);
    await vscode.commands.executeCommand('kehoach.previewLocked');
    await rendered;
    const tab = await poll('the locked preview tab', () => previewTabs()[0]);
    assert.equal(tab.label, '[Preview] ke-hoach.kh (dan-van)');

    // Another plan in front: the locked preview keeps showing its own, as an edit of it shows.
    const other = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'sach.kh'));
    await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
    const word = document.getText().indexOf('thắng lợi');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(word), document.positionAt(word + 'thắng lợi'.length)), 'thành công');
    const updated = renderedAfter(document.version + 1);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.match((await updated).html, /thành công các mục tiêu/);
    assert.equal(previewTabs().length, 1, 'no second preview was opened for the other plan');
    assert.equal(previewTabs()[0]!.label, '[Preview] ke-hoach.kh (dan-van)');

    // Unlocked (the lock button acts on the preview last in front), it follows the plan in front again.
    await vscode.commands.executeCommand('kehoach.togglePreviewLock');
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const follows = nextEvent(api.onDidRenderPreview, 'the unlocked preview following sach.kh', (event) => event.uri === other.uri.toString());
    await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
    await follows;
    await poll('the title of the unlocked preview', () => (previewTabs()[0]?.label === 'Preview sach.kh' ? true : undefined));
    const back = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    editor = back;
  });
});
