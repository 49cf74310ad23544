/// <reference types="vscode" />
/**
 * The VS Code side of Kế hoạch, kept thin: it starts the language server and turns commands into
 * requests to it (protocol.ts). Checking, rendering and building all happen in the server; the
 * client only shows what the server answers.
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
  BuildRequest,
  type BuildParams,
  type BuildResult,
  type InitializationOptions,
  NewPlanRequest,
  type NewPlanParams,
  type NewPlanResult,
  StatusNotification,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { PreviewPanel } from './preview';
import { say } from './say';

/** More crashes than this within the window means restarting again would only crash again. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;

/**
 * What activate() returns. VS Code offers no way to read a webview's page or a language status item,
 * so the end-to-end tests read them here to check what the user would see.
 */
export interface KehoachApi {
  /** Fires with each page the preview panel shows. */
  readonly onDidRenderPreview: vscode.Event<string>;
  /** The language status item, as the user sees it. */
  readonly status: Readonly<Pick<vscode.LanguageStatusItem, 'text' | 'detail' | 'busy' | 'severity'>>;
}

export async function activate(context: vscode.ExtensionContext): Promise<KehoachApi> {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: InitializationOptions = {
    rulesDocUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md').toString(),
  };
  const restarts: number[] = [];
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
        restarts.push(now);
        while (restarts.length > 0 && restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length <= MAX_RESTARTS) return { action: CloseAction.Restart };
        return {
          action: CloseAction.DoNotRestart,
          message: say({
            vi: 'Máy chủ ngôn ngữ Kế hoạch dừng nhiều lần liên tiếp nên không khởi động lại. Xem nhật ký ở bảng Output "Kế hoạch".',
            en: 'The Kế hoạch language server stopped repeatedly and will not be restarted. See the "Kế hoạch" Output panel.',
          }),
        };
      },
    },
    initializationFailedHandler: (error) => {
      void vscode.window.showErrorMessage(
        say({ vi: `Không khởi động được máy chủ ngôn ngữ Kế hoạch: ${String(error)}`, en: `The Kế hoạch language server failed to start: ${String(error)}` }),
      );
      return false;
    },
  };
  const languageClient = new LanguageClient('kehoach', 'Kế hoạch', serverOptions, clientOptions);
  client = languageClient;

  const status = vscode.languages.createLanguageStatusItem('kehoach.status', { language: 'kehoach' });
  status.name = 'Kế hoạch';
  status.text = say({ vi: 'Kế hoạch: đang khởi động…', en: 'Kế hoạch: starting…' });
  status.busy = true;
  status.command = { title: say({ vi: 'Xem trước', en: 'Preview' }), command: 'kehoach.preview' };
  context.subscriptions.push(status);
  context.subscriptions.push(
    languageClient.onDidChangeState((event) => {
      status.busy = event.newState === State.Starting;
      if (event.newState === State.Stopped) {
        status.text = say({ vi: 'Kế hoạch: máy chủ đã dừng', en: 'Kế hoạch: server stopped' });
        status.severity = vscode.LanguageStatusSeverity.Error;
      }
    }),
  );

  const preview = new PreviewPanel(languageClient);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand('kehoach.preview', () => preview.show()),
    vscode.commands.registerCommand('kehoach.buildDocx', (uri?: vscode.Uri) => buildDocx(languageClient, uri)),
    vscode.commands.registerCommand('kehoach.newPlan', () => newPlan(languageClient)),
  );

  await languageClient.start();
  context.subscriptions.push(
    languageClient.onNotification(StatusNotification, (params: StatusParams) => {
      status.busy = false;
      status.text = say({ vi: `Kế hoạch: ${params.files} tệp`, en: `Kế hoạch: ${params.files} files` });
      status.detail = say({
        vi: `${params.errors} lỗi, ${params.warnings} cảnh báo trong các tệp đang mở`,
        en: `${params.errors} errors, ${params.warnings} warnings in the open files`,
      });
      status.severity = params.errors > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    }),
  );
  return { onDidRenderPreview: preview.onDidRender, status };
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

async function buildDocx(languageClient: LanguageClient, uri: vscode.Uri | undefined): Promise<void> {
  const target = targetUri(uri);
  if (!target) {
    void vscode.window.showWarningMessage(say({ vi: 'Hãy mở một tệp .kh trước.', en: 'Open a .kh file first.' }));
    return;
  }
  const params: BuildParams = { uri: target.toString(), format: 'docx' };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: say({ vi: 'Đang xuất DOCX…', en: 'Building the DOCX…' }) },
    () => languageClient.sendRequest<BuildResult>(BuildRequest, params),
  );
  if (!result.path) {
    void vscode.window.showErrorMessage(result.error ?? say({ vi: 'Không xuất được DOCX.', en: 'The DOCX could not be built.' }));
    return;
  }
  const open = say({ vi: 'Mở', en: 'Open' });
  const choice = await vscode.window.showInformationMessage(say({ vi: `Đã ghi ${result.path}`, en: `Wrote ${result.path}` }), open);
  if (choice === open) await vscode.env.openExternal(vscode.Uri.file(result.path));
}

async function newPlan(languageClient: LanguageClient): Promise<void> {
  const folder = vscode.window.activeTextEditor
    ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)
    : vscode.workspace.workspaceFolders?.[0];
  const params: NewPlanParams = folder ? { uri: folder.uri.toString() } : {};
  const { snippet } = await languageClient.sendRequest<NewPlanResult>(NewPlanRequest, params);
  const document = await vscode.workspace.openTextDocument({ language: 'kehoach', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(snippet));
}
