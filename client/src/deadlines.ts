/// <reference types="vscode" />
/**
 * The deadline view in the Explorer: every task of the workspace's plans, by lead unit and by month
 * of its last day, overdue and due-soon tasks marked as of the configured day (`kehoach.deadlines.asOf`,
 * else the plan's `asOf` in kehoach.config.json, else today). A task opens where it is declared. The
 * server computes the last days on the working calendar (DeadlinesRequest); this view only groups them.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type DeadlinePlan, DeadlinesRequest, type DeadlinesResult, type DeadlineTask } from '../../server/src/lsp/protocol';

export type DeadlineStatus = 'overdue' | 'dueSoon' | 'later' | 'undated';

export interface DeadlineEntry {
  plan: DeadlinePlan;
  task: DeadlineTask;
  status: DeadlineStatus;
  /** Calendar days from the reference day to the last day; negative when overdue. */
  daysLeft?: number;
}

export interface GroupingNode {
  kind: 'grouping';
  by: 'unit' | 'month';
}
export interface GroupNode {
  kind: 'group';
  by: 'unit' | 'month';
  label: string;
  entries: DeadlineEntry[];
  parent: GroupingNode;
}
export interface TaskNode {
  kind: 'task';
  entry: DeadlineEntry;
  showPlan: boolean;
  parent: GroupNode;
}
export type DeadlineNode = GroupingNode | GroupNode | TaskNode;

const epochDay = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** Today where the user is, as an ISO date: the view reads the clock, the server does not need to. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The configured reference day when it is a valid ISO date. */
function configuredAsOf(): string | undefined {
  const value = vscode.workspace.getConfiguration('kehoach').get<string>('deadlines.asOf', '').trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

export function statusOf(task: DeadlineTask, asOf: string, dueSoonDays: number): { status: DeadlineStatus; daysLeft?: number } {
  if (!task.lastDay) return { status: 'undated' };
  const daysLeft = epochDay(task.lastDay) - epochDay(asOf);
  return { status: daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'dueSoon' : 'later', daysLeft };
}

const ICONS: Record<DeadlineStatus, vscode.ThemeIcon> = {
  overdue: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  dueSoon: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  later: new vscode.ThemeIcon('calendar'),
  undated: new vscode.ThemeIcon('circle-outline'),
};

function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

export class DeadlineTree implements vscode.TreeDataProvider<DeadlineNode>, vscode.Disposable {
  private entries: DeadlineEntry[] | undefined;
  /** What the entries were made from: a check that changes no task redraws nothing. */
  private madeFrom = '';
  /** The nodes given to VS Code, kept until the data changes, so the view finds them again. */
  private roots: DeadlineNode[] | undefined;
  private readonly children = new WeakMap<DeadlineNode, DeadlineNode[]>();
  private readonly changed = new vscode.EventEmitter<DeadlineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('kehoach.deadlines')) void this.refresh();
      }),
    );
  }

  /** Asks the server again and redraws the view when a task, a last day or the reference day changed. */
  async refresh(): Promise<void> {
    if (!this.client.isRunning()) return;
    try {
      if (await this.reload()) this.changed.fire(undefined);
    } catch {
      // The server stopped meanwhile: the view keeps what it showed, and the status item says why.
    }
  }

  /** Every task with its status, from the server's last check. */
  async load(): Promise<DeadlineEntry[]> {
    if (!this.entries) await this.reload();
    return this.entries ?? [];
  }

  private async reload(): Promise<boolean> {
    const { plans } = await this.client.sendRequest<DeadlinesResult>(DeadlinesRequest, {});
    const fixed = configuredAsOf();
    const now = today();
    const madeFrom = JSON.stringify([plans, fixed, now]);
    if (this.entries && madeFrom === this.madeFrom) return false;
    this.madeFrom = madeFrom;
    this.roots = undefined;
    this.entries = plans.flatMap((plan) => {
      const asOf = fixed ?? plan.asOf ?? now;
      return plan.tasks.map((task) => ({ plan, task, ...statusOf(task, asOf, plan.dueSoonDays) }));
    });
    return true;
  }

  async getChildren(node?: DeadlineNode): Promise<DeadlineNode[]> {
    if (!node) {
      if (!this.client.isRunning()) return [];
      const entries = await this.load();
      this.roots ??= entries.length === 0 ? [] : [{ kind: 'grouping', by: 'unit' }, { kind: 'grouping', by: 'month' }];
      return this.roots;
    }
    const known = this.children.get(node);
    if (known) return known;
    const made = this.childrenOf(node, await this.load());
    this.children.set(node, made);
    return made;
  }

  private childrenOf(node: DeadlineNode, entries: DeadlineEntry[]): DeadlineNode[] {
    if (node.kind === 'task') return [];
    const showPlan = new Set(entries.map((entry) => entry.plan.uri)).size > 1;
    if (node.kind === 'group') return sortByDay(node.entries).map((entry) => ({ kind: 'task', entry, showPlan, parent: node }));
    const groups = new Map<string, DeadlineEntry[]>();
    for (const entry of entries) {
      // A task led by the same unit twice is listed once under it.
      const keys = node.by === 'unit' ? (entry.task.lead.length > 0 ? [...new Set(entry.task.lead)] : [vscode.l10n.t('No lead unit')]) : [entry.task.lastDay?.slice(0, 7) ?? ''];
      for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    const keys = [...groups.keys()].sort((a, b) => (node.by === 'month' ? (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)) : a.localeCompare(b, 'vi')));
    return keys.map((key) => ({ kind: 'group', by: node.by, label: node.by === 'month' ? monthLabel(key) : key, entries: groups.get(key)!, parent: node }));
  }

  getParent(node: DeadlineNode): DeadlineNode | undefined {
    return node.kind === 'grouping' ? undefined : node.parent;
  }

  getTreeItem(node: DeadlineNode): vscode.TreeItem {
    if (node.kind === 'grouping') {
      const item = new vscode.TreeItem(node.by === 'unit' ? vscode.l10n.t('By lead unit') : vscode.l10n.t('By month'), vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(node.by === 'unit' ? 'organization' : 'calendar');
      return item;
    }
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      const overdue = node.entries.filter((entry) => entry.status === 'overdue').length;
      const soon = node.entries.filter((entry) => entry.status === 'dueSoon').length;
      item.description = [
        node.entries.length === 1 ? vscode.l10n.t('1 task') : vscode.l10n.t('{0} tasks', node.entries.length),
        overdue > 0 ? vscode.l10n.t('{0} overdue', overdue) : '',
        soon > 0 ? vscode.l10n.t('{0} due soon', soon) : '',
      ]
        .filter(Boolean)
        .join(' · ');
      return item;
    }
    const { entry, showPlan } = node;
    const { task, plan } = entry;
    const item = new vscode.TreeItem(`${task.id}: ${task.name}`, vscode.TreeItemCollapsibleState.None);
    item.iconPath = ICONS[entry.status];
    const when = task.lastDay ? formatDay(task.lastDay) : vscode.l10n.t('no last day');
    const state =
      entry.status === 'overdue'
        ? vscode.l10n.t('overdue by {0} days', -(entry.daysLeft ?? 0))
        : entry.status === 'dueSoon'
          ? vscode.l10n.t('due in {0} days', entry.daysLeft ?? 0)
          : '';
    item.description = [when, state, showPlan ? plan.title : ''].filter(Boolean).join(' · ');
    // Plan text is the user's: appendText escapes it, so a name never becomes Markdown.
    const tooltip = new vscode.MarkdownString().appendMarkdown('**').appendText(task.id).appendMarkdown('**: ').appendText(task.name);
    const lines = [task.written ? `${vscode.l10n.t('Deadline')}: ${task.written}` : '', task.lead.length > 0 ? `${vscode.l10n.t('Lead')}: ${task.lead.join(', ')}` : '', plan.title];
    for (const line of lines.filter(Boolean)) tooltip.appendMarkdown('\n\n').appendText(line);
    item.tooltip = tooltip;
    item.contextValue = `kehoach.task.${entry.status}`;
    const range = new vscode.Range(task.range.start.line, task.range.start.character, task.range.start.line, task.range.start.character);
    item.command = { title: vscode.l10n.t('Open the task'), command: 'vscode.open', arguments: [vscode.Uri.parse(plan.uri), { selection: range } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function sortByDay(entries: DeadlineEntry[]): DeadlineEntry[] {
  return [...entries].sort((a, b) => (a.task.lastDay ?? '9999').localeCompare(b.task.lastDay ?? '9999') || a.task.id.localeCompare(b.task.id));
}

function monthLabel(key: string): string {
  if (key === '') return vscode.l10n.t('No last day');
  const [year, month] = key.split('-');
  return vscode.l10n.t('Month {0}/{1}', String(Number(month)), year!);
}
