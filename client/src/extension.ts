/// <reference types="vscode" />
/**
 * The VS Code side of Kế hoạch, kept thin: it starts the language server and turns commands into
 * requests to it (protocol.ts). Checking, rendering and building all happen in the server; the
 * client only shows what the server answers. Its own words follow VS Code's display language
 * (vscode.l10n, l10n/); the server's messages follow the setting `kehoach.language`.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandlerResult,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import {
  type BuildFormat,
  BuildRequest,
  type BuildParams,
  type BuildResult,
  ImportRequest,
  type ImportParams,
  type ImportResult,
  type InitializationOptions,
  NewPlanRequest,
  type NewDocumentType,
  type NewPlanParams,
  type NewPlanResult,
  SERVER_NODE_OPTIONS,
  StatusNotification,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { type DeadlineNode, DeadlineTree } from './deadlines';
import { layoutSettings, PreviewManager, type PreviewRendered, type PreviewScrolled } from './preview';

/** As the client library does: more crashes than this within the window are not restarted at once. */
const QUICK_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;
/** After that, the server is started again after a wait that doubles up to a minute. */
const FIRST_BACKOFF_MS = 2000;
const LAST_BACKOFF_MS = 60_000;

let client: LanguageClient | undefined;

/**
 * What activate() returns. VS Code offers no way to read a webview's page, a language status item
 * or a tree view's items, so the end-to-end tests read them here to check what the user would see.
 */
export interface KehoachApi {
  /** Fires each time a preview has shown a page. */
  readonly onDidRenderPreview: vscode.Event<PreviewRendered>;
  /** Fires when the reader scrolls a preview. */
  readonly onDidScrollPreview: vscode.Event<PreviewScrolled>;
  /** Fires when a preview is marked out of date because the server is down, and when it is current again. */
  readonly onDidChangePreviewStale: vscode.Event<{ uri: string; stale: boolean }>;
  /** What brings a preview back after a window reload. */
  readonly previewSerializer: vscode.WebviewPanelSerializer;
  /** Sends a message to the previews' pages (the tests act through their own handlers). */
  postToPreviews(message: unknown): void;
  /** Fires each time the language server is up, the first time and after every restart. */
  readonly onDidStartServer: vscode.Event<void>;
  /** The language status item, as the user sees it. */
  readonly status: Readonly<Pick<vscode.LanguageStatusItem, 'text' | 'detail' | 'busy' | 'severity'>>;
  /** The deadline view's items, and the view. */
  readonly deadlines: vscode.TreeDataProvider<DeadlineNode>;
  readonly deadlineView: vscode.TreeView<DeadlineNode>;
}

export async function activate(context: vscode.ExtensionContext): Promise<KehoachApi> {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: InitializationOptions = {
    rulesDocUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md').toString(),
  };
  const crashes: number[] = [];
  let backoff = FIRST_BACKOFF_MS;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  const started = new vscode.EventEmitter<void>();
  context.subscriptions.push(started, { dispose: () => restartTimer && clearTimeout(restartTimer) });

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'kehoach' },
      { scheme: 'untitled', language: 'kehoach' },
    ],
    synchronize: {
      configurationSection: 'kehoach',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.kh,kehoach.config.json}'),
    },
    initializationOptions,
    errorHandler: {
      // One bad message does not make the server useless.
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
      closed: (): CloseHandlerResult => {
        const now = Date.now();
        crashes.push(now);
        while (crashes.length > 0 && crashes[0]! < now - RESTART_WINDOW_MS) crashes.shift();
        if (crashes.length <= QUICK_RESTARTS) return { action: CloseAction.Restart, handled: true };
        // Restarting at once would likely crash again; the drafter still needs checks, so the
        // server is tried again after a wait, and the drafter is told and may restart it sooner.
        const wait = backoff;
        backoff = Math.min(backoff * 2, LAST_BACKOFF_MS);
        restartTimer = setTimeout(() => void startAgain(), wait);
        void announceCrash(crashes.length, wait);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
    initializationFailedHandler: (error) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('The Kế hoạch language server failed to start: {0}', String(error)));
      return false;
    },
  };
  const languageClient = new LanguageClient('kehoach', 'Kế hoạch', serverOptions, clientOptions);
  client = languageClient;

  const startAgain = async (): Promise<void> => {
    if (restartTimer) clearTimeout(restartTimer);
    restartTimer = undefined;
    if (languageClient.state === State.Running) await languageClient.restart();
    else if (languageClient.state === State.Stopped) await languageClient.start();
  };
  const announceCrash = async (count: number, wait: number): Promise<void> => {
    const restartNow = vscode.l10n.t('Restart Now');
    const showOutput = vscode.l10n.t('Show Output');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('The Kế hoạch language server stopped {0} times in three minutes; it will be started again in {1} seconds.', count, Math.round(wait / 1000)),
      restartNow,
      showOutput,
    );
    if (choice === restartNow) await startAgain();
    if (choice === showOutput) languageClient.outputChannel.show(true);
  };

  const status = vscode.languages.createLanguageStatusItem('kehoach.status', { language: 'kehoach' });
  status.name = 'Kế hoạch';
  status.text = vscode.l10n.t('Kế hoạch: starting…');
  status.busy = true;
  status.command = { title: vscode.l10n.t('Preview'), command: 'kehoach.preview' };
  context.subscriptions.push(status);

  const preview = new PreviewManager(languageClient, context.extensionUri, () => languageClient.state === State.Running);
  const deadlines = new DeadlineTree(languageClient);
  const deadlineView = vscode.window.createTreeView('kehoach.deadlines', { treeDataProvider: deadlines, showCollapseAll: true });
  context.subscriptions.push(
    preview,
    deadlines,
    deadlineView,
    languageClient.onDidChangeState((event) => {
      status.busy = event.newState === State.Starting;
      if (event.newState === State.Stopped) {
        // The counts were of a server that is gone: say so instead of showing them as current.
        status.text = vscode.l10n.t('Kế hoạch: server stopped');
        status.detail = vscode.l10n.t('Problems and the preview are not updated until the server runs again.');
        status.severity = vscode.LanguageStatusSeverity.Error;
        status.command = { title: vscode.l10n.t('Restart Language Server'), command: 'kehoach.restartServer' };
      }
      if (event.newState === State.Running) {
        status.command = { title: vscode.l10n.t('Preview'), command: 'kehoach.preview' };
        started.fire();
        void deadlines.refresh();
      }
      preview.serverState(event.newState === State.Running);
    }),
    vscode.commands.registerCommand('kehoach.preview', () => preview.show({ beside: true, locked: false })),
    vscode.commands.registerCommand('kehoach.previewInPlace', () => preview.show({ beside: false, locked: false })),
    vscode.commands.registerCommand('kehoach.previewLocked', () => preview.show({ beside: true, locked: true })),
    vscode.commands.registerCommand('kehoach.togglePreviewLock', () => preview.toggleLock()),
    ...(['docx', 'html', 'ics', 'json', 'pdf'] as const).map((format) =>
      vscode.commands.registerCommand(`kehoach.build${format[0]!.toUpperCase()}${format.slice(1)}`, (uri?: vscode.Uri) => build(languageClient, format, uri)),
    ),
    vscode.commands.registerCommand('kehoach.newPlan', () => newPlan(languageClient)),
    vscode.commands.registerCommand('kehoach.importOriginal', (uri?: vscode.Uri) => importOriginal(languageClient, preview, uri)),
    vscode.commands.registerCommand('kehoach.restartServer', async () => {
      crashes.length = 0;
      backoff = FIRST_BACKOFF_MS;
      await startAgain();
    }),
    vscode.commands.registerCommand('kehoach.showOutput', () => languageClient.outputChannel.show()),
    vscode.commands.registerCommand('kehoach.refreshDeadlines', () => deadlines.refresh()),
    languageClient.onNotification(StatusNotification, (params: StatusParams) => {
      status.busy = false;
      status.text = vscode.l10n.t('Kế hoạch: {0} files', params.files);
      status.detail = vscode.l10n.t('{0} errors, {1} warnings in the open files', params.errors, params.warnings);
      status.severity = params.errors > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
      // A check ran: the tasks' last days may have changed.
      void deadlines.refresh();
    }),
  );
  void vscode.commands.executeCommand('setContext', 'kehoach.active', true);

  await languageClient.start();
  return {
    onDidRenderPreview: preview.onDidRender,
    onDidScrollPreview: preview.onDidScroll,
    onDidChangePreviewStale: preview.onDidChangeStale,
    previewSerializer: preview,
    postToPreviews: (message) => preview.postToPreviews(message),
    onDidStartServer: started.event,
    status,
    deadlines,
    deadlineView,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** The plan to act on: the one given (explorer menu), else the active editor's. */
function targetUri(uri: vscode.Uri | undefined): vscode.Uri | undefined {
  if (uri) return uri;
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'kehoach' ? document.uri : undefined;
}

async function build(languageClient: LanguageClient, format: BuildFormat, uri: vscode.Uri | undefined): Promise<void> {
  // Restricted Mode: nothing is written into a folder the user has not trusted.
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Export writes files into the workspace: trust the workspace first (Restricted Mode).'));
    return;
  }
  const target = targetUri(uri);
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a .kh file first.'));
    return;
  }
  const name = format.toUpperCase();
  const params: BuildParams = { uri: target.toString(), format, layout: layoutSettings(), libreOffice: vscode.workspace.getConfiguration('kehoach').get<string>('pdf.libreOffice', '') };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building the {0}…', name) },
    () => languageClient.sendRequest<BuildResult>(BuildRequest, params),
  );
  if (!result.path) {
    const message = result.error ?? vscode.l10n.t('The {0} could not be built.', name);
    if (!result.missingLibreOffice) {
      void vscode.window.showErrorMessage(message);
      return;
    }
    // The PDF is LibreOffice's rendering of the DOCX: without it (none found, or none at the path
    // of kehoach.pdf.libreOffice), the DOCX is what can be made.
    const docx = vscode.l10n.t('Export DOCX Instead');
    if ((await vscode.window.showErrorMessage(message, docx)) === docx) await build(languageClient, 'docx', target);
    return;
  }
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0}', result.path), open);
  if (choice !== open) return;
  // A text format opens in the editor; a DOCX or a PDF in the program the system gives it.
  if (format === 'docx' || format === 'pdf') await vscode.env.openExternal(vscode.Uri.file(result.path));
  else await vscode.window.showTextDocument(vscode.Uri.file(result.path));
}

/**
 * Imports a Word, OpenDocument, PDF or text document (the one given, else the one the drafter
 * picks) into a new plan beside it, and opens the plan with its preview. Returns the new plan.
 */
async function importOriginal(languageClient: LanguageClient, preview: PreviewManager, given: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Import writes a new plan into the workspace: trust the workspace first (Restricted Mode).'));
    return undefined;
  }
  const picked =
    given ??
    (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: vscode.l10n.t('Import'),
        filters: { [vscode.l10n.t('Word, OpenDocument, PDF or text')]: ['docx', 'odt', 'pdf', 'txt'] },
        ...(vscode.workspace.workspaceFolders?.[0] ? { defaultUri: vscode.workspace.workspaceFolders[0].uri } : {}),
      })
    )?.[0];
  if (!picked) return undefined;
  const name = picked.path.slice(picked.path.lastIndexOf('/') + 1);
  const params: ImportParams = { uri: picked.toString() };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing {0}…', name) },
    () => languageClient.sendRequest<ImportResult>(ImportRequest, params),
  );
  if (!result.uri) {
    void vscode.window.showErrorMessage(result.error ?? vscode.l10n.t('{0} could not be imported.', name));
    return undefined;
  }
  const plan = vscode.Uri.parse(result.uri);
  await vscode.window.showTextDocument(plan);
  preview.show({ beside: true, locked: false });
  // Not awaited: the message stays until closed, and the plan is open already.
  if (result.summary) void vscode.window.showInformationMessage(result.summary);
  return plan;
}

/** The types the new-document command offers, the plan first, as the command's name says. */
function documentTypeChoices(): { label: string; documentType: NewDocumentType }[] {
  return [
    { label: vscode.l10n.t('Plan (Kế hoạch)'), documentType: 'ke-hoach' },
    { label: vscode.l10n.t('Decision (Quyết định)'), documentType: 'quyet-dinh' },
    { label: vscode.l10n.t('Official letter (Công văn)'), documentType: 'cong-van' },
    { label: vscode.l10n.t('Report (Báo cáo)'), documentType: 'bao-cao' },
    { label: vscode.l10n.t('Submission (Tờ trình)'), documentType: 'to-trinh' },
  ];
}

async function newPlan(languageClient: LanguageClient): Promise<void> {
  const choice = await vscode.window.showQuickPick(documentTypeChoices(), { placeHolder: vscode.l10n.t('Which document?') });
  if (!choice) return;
  const folder = vscode.window.activeTextEditor
    ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)
    : vscode.workspace.workspaceFolders?.[0];
  const params: NewPlanParams = { ...(folder && { uri: folder.uri.toString() }), documentType: choice.documentType };
  const { snippet } = await languageClient.sendRequest<NewPlanResult>(NewPlanRequest, params);
  const document = await vscode.workspace.openTextDocument({ language: 'kehoach', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(snippet));
}
