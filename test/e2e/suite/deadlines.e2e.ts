/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * The deadline view in the Explorer: every task of the workspace's plans by lead unit and by month,
 * overdue and due-soon ones marked as of the plan's `asOf` (dan-van/kehoach.config.json says
 * 2023-06-25) or the setting `kehoach.deadlines.asOf`, each opening where it is declared.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DeadlineNode } from '../../../client/src/deadlines';
import type { KehoachApi } from '../../../client/src/extension';
import { collapsePane, discardEditsAndCloseAll, folder, nextEvent, poll, screenshot } from '../helpers';

suite('Kế hoạch deadline view', () => {
  let api: KehoachApi;
  const tree = (): vscode.TreeDataProvider<DeadlineNode> => api.deadlines;
  const children = async (node?: DeadlineNode): Promise<DeadlineNode[]> => (await tree().getChildren(node)) ?? [];
  const item = (node: DeadlineNode): vscode.TreeItem => tree().getTreeItem(node) as vscode.TreeItem;
  const label = (node: DeadlineNode): string => String(item(node).label);

  async function taskItem(grouping: 'unit' | 'month', group: string, id: string): Promise<vscode.TreeItem> {
    const roots = await children();
    const by = roots.find((root) => root.kind === 'grouping' && root.by === grouping)!;
    const groups = await children(by);
    const found = groups.find((candidate) => label(candidate) === group);
    assert.ok(found, `group ${group} among ${groups.map(label).join(', ')}`);
    const task = (await children(found)).find((candidate) => label(candidate).startsWith(`${id}:`));
    assert.ok(task, `task ${id} in ${group}`);
    return item(task);
  }

  suiteSetup(async () => {
    api = await vscode.extensions.getExtension<KehoachApi>('kehoach.kehoach')!.activate();
    await poll('the tasks of the workspace', async () => ((await children()).length === 2 ? true : undefined));
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('kehoach').update('deadlines.asOf', undefined, vscode.ConfigurationTarget.Global);
    await discardEditsAndCloseAll();
  });

  test('tasks are grouped by lead unit and by month, overdue ones marked as of the plan\'s asOf', async () => {
    assert.deepEqual((await children()).map(label), ['By lead unit', 'By month']);
    const report = await taskItem('unit', 'Văn phòng Sở', 'BC6T');
    // Two plans in the view: each task also names its plan.
    assert.match(String(report.description), /^31\/05\/2023 · overdue by 25 days · Thực hiện quy chế dân chủ ở cơ sở/);
    assert.equal((report.iconPath as vscode.ThemeIcon).id, 'error');
    const later = await taskItem('month', 'Month 10/2023', 'BCN');
    assert.equal((later.iconPath as vscode.ThemeIcon).id, 'calendar');
    // The root plan has no asOf: its task of 2023 is overdue as of today.
    assert.match(String((await taskItem('unit', 'Văn phòng Sở', 'BC')).description), /^31\/03\/2023 · overdue by \d+ days/);
  });

  test('the as-of setting moves the marks: five days before the last day it is due soon', async () => {
    const changed = nextEvent(tree().onDidChangeTreeData!, 'the view redrawn for the new day');
    await vscode.workspace.getConfiguration('kehoach').update('deadlines.asOf', '2023-05-26', vscode.ConfigurationTarget.Global);
    await changed;
    const report = await taskItem('unit', 'Văn phòng Sở', 'BC6T');
    assert.match(String(report.description), /^31\/05\/2023 · due in 5 days/);
    assert.equal((report.iconPath as vscode.ThemeIcon).id, 'warning');
  });

  test('a task opens its plan at its declaration', async () => {
    const report = await taskItem('month', 'Month 5/2023', 'BC6T');
    const command = report.command!;
    const opened = nextEvent(vscode.window.onDidChangeActiveTextEditor, 'the plan of the task', (editor) => editor?.document.uri.path.endsWith('dan-van/ke-hoach.kh') === true);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = (await opened)!;
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /nhiệm vụ BC6T/);
    assert.equal(editor.document.uri.toString(), vscode.Uri.joinPath(folder(), 'dan-van', 'ke-hoach.kh').toString());
  });

  test('a screenshot of the deadline view in the Explorer', async () => {
    // The folders view leaves the deadline view a few lines; collapsed, it gives it the Explorer.
    collapsePane('workspace');
    await vscode.commands.executeCommand('kehoach.deadlines.focus');
    await poll('the deadline view on screen', () => (api.deadlineView.visible ? true : undefined));
    // The view is drawn from the same nodes the tests above read: ask for them as the view does.
    for (const root of await children()) for (const group of await children(root)) await children(group);
    assert.ok((await screenshot('deadline-view')).endsWith('.png'));
  });
});
