/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * The extension's commands in a real VS Code: the preview opens beside the plan and shows it as the
 * printed page, the export commands write the document under out/ in every format, a PDF export
 * with no LibreOffice at the configured path offers the DOCX instead, and the language status item
 * says what the server found. A webview's page and a status item cannot be
 * read through VS Code's API, so the tests read them from what the extension's activate() returns
 * (KehoachApi).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import type { KehoachApi } from '../../../client/src/extension';
import { answerNotification, discardEditsAndCloseAll, folder, nextEvent, poll } from '../helpers';

suite('Kế hoạch commands', () => {
  let api: KehoachApi;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    api = await vscode.extensions.getExtension<KehoachApi>('kehoach.kehoach')!.activate();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'ke-hoach.kh'));
    editor = await vscode.window.showTextDocument(document);
  });

  suiteTeardown(async () => {
    await discardEditsAndCloseAll();
  });

  test('the preview opens beside the plan with the plan as the printed page', async () => {
    const rendered = nextEvent(api.onDidRenderPreview, 'the first page of the preview');
    await vscode.commands.executeCommand('kehoach.preview');
    const { html, pages } = await rendered;
    assert.match(html, /KẾ HOẠCH/);
    assert.match(html, /Thực hiện quy chế dân chủ năm 2023/);
    assert.equal(pages, 1);

    const tab = await poll('the preview tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((candidate) => candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.endsWith('kehoach.preview')),
    );
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is beside the editor, not over it');
    assert.equal(vscode.window.activeTextEditor?.document, editor.document, 'the plan keeps the focus');
  });

  for (const [command, extension, check] of [
    ['kehoach.buildDocx', 'docx', (bytes: Buffer) => bytes.subarray(0, 2).toString('latin1') === 'PK'],
    ['kehoach.buildHtml', 'html', (bytes: Buffer) => /^<!DOCTYPE html>[\s\S]*Kiểm tra việc thực hiện quy chế dân chủ năm 2023/.test(bytes.toString('utf8'))],
    ['kehoach.buildIcs', 'ics', (bytes: Buffer) => /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/.test(bytes.toString('utf8'))],
    ['kehoach.buildJson', 'json', (bytes: Buffer) => (JSON.parse(bytes.toString('utf8')) as { source: string }).source === 'sach.kh'],
    // LibreOffice renders the DOCX; the PDF is whole once its trailer is there.
    ['kehoach.buildPdf', 'pdf', (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(-1024).toString('latin1').includes('%%EOF')],
  ] as const) {
    test(`${command} writes sach.${extension} of a clean plan under out/ at the workspace root`, async () => {
      const target = vscode.Uri.joinPath(folder(), 'out', `sach.${extension}`).fsPath;
      rmSync(target, { force: true });
      try {
        // The command ends only when its "Wrote …" notification is closed, so it is not awaited here.
        const running = vscode.commands.executeCommand(command, vscode.Uri.joinPath(folder(), 'sach.kh'));
        // The server writes the file atomically, so once it exists it is whole.
        const bytes = await poll(`out/sach.${extension}`, () => (existsSync(target) ? readFileSync(target) : undefined), 50000);
        assert.ok(check(bytes), `out/sach.${extension} is a ${extension} of the plan`);
        await vscode.commands.executeCommand('notifications.clearAll');
        await running;
      } finally {
        rmSync(vscode.Uri.joinPath(folder(), 'out').fsPath, { recursive: true, force: true });
      }
    });
  }

  test('with kehoach.pdf.libreOffice naming no soffice, Export PDF says so, and "Export DOCX Instead" writes the DOCX of the plan and no PDF', async function () {
    this.timeout(120000);
    // A LibreOffice installed where nothing is: the machine's own LibreOffice must not be used instead.
    const missing = join(tmpdir(), `kehoach-e2e-${process.pid}`, 'libreoffice', 'program', 'soffice');
    const out = vscode.Uri.joinPath(folder(), 'out').fsPath;
    rmSync(out, { recursive: true, force: true });
    await vscode.workspace.getConfiguration('kehoach').update('pdf.libreOffice', missing, vscode.ConfigurationTarget.Global);
    try {
      // The extension host learns the new value from the workbench, with no promise to wait on.
      await poll('the setting in force', () => (vscode.workspace.getConfiguration('kehoach').get<string>('pdf.libreOffice') === missing ? true : undefined));
      // The command ends only when its last notification is closed, so it is not awaited here.
      const running = vscode.commands.executeCommand('kehoach.buildPdf', vscode.Uri.joinPath(folder(), 'sach.kh'));
      const message = await answerNotification('Export DOCX Instead');
      assert.ok(message.includes(`"${missing}"`), `the message names the path: ${message}`);
      assert.ok(message.includes('kehoach.pdf.libreOffice'), `the message names the setting: ${message}`);

      const docx = join(out, 'sach.docx');
      const bytes = await poll('out/sach.docx', () => (existsSync(docx) ? readFileSync(docx) : undefined), 50000);
      const parts = unzipSync(new Uint8Array(bytes));
      assert.ok(parts['[Content_Types].xml'] && parts['word/document.xml'], 'out/sach.docx is a Word document');
      const text = [...strFromU8(parts['word/document.xml']).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('').normalize('NFC');
      assert.ok(text.includes('16/KH-SCT') && text.includes('Kiểm tra việc thực hiện quy chế dân chủ năm 2023'), `out/sach.docx is sach.kh: ${text.slice(0, 300)}`);
      assert.ok(!existsSync(join(out, 'sach.pdf')) && !existsSync(join(out, 'sach.pdf.json')), 'no PDF was written');
      await vscode.commands.executeCommand('notifications.clearAll');
      await running;
    } finally {
      await vscode.workspace.getConfiguration('kehoach').update('pdf.libreOffice', undefined, vscode.ConfigurationTarget.Global);
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('the language status item counts the files and the problems in the open plan', async () => {
    const status = await poll('the status after a check', () => (/^Kế hoạch: \d+ files$/.test(api.status.text) ? api.status : undefined));
    // The three plans at the root and the two of dan-van/, a folder with its own configuration.
    assert.equal(status.text, 'Kế hoạch: 5 files');
    assert.equal(status.busy, false);
    // ke-hoach.kh refers to an undeclared KH31: one error in the open files.
    assert.match(status.detail ?? '', /^1 errors, \d+ warnings/);
    assert.equal(status.severity, vscode.LanguageStatusSeverity.Warning);
  });
});
