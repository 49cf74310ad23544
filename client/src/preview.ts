/// <reference types="vscode" />
/**
 * The preview beside the editor: the server renders the plan as the printed page, this panel shows
 * it, refreshes it after edits and scrolls it to the block under the cursor. Blocks carry
 * `data-loc="start-end"` (offsets in the source), which is all the webview needs to follow.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest, type PreviewParams, type PreviewResult } from '../../server/src/lsp/protocol';
import { say } from './say';

/** Quiet time after typing before the page is rendered again. */
const REFRESH_DELAY_MS = 300;

/** Runs in the webview: finds the innermost block around an offset and scrolls it into view. */
const FOLLOW_SCRIPT = `
const vscode = acquireVsCodeApi();
let marked;
window.addEventListener('message', (event) => {
  if (event.data.type !== 'reveal') return;
  const offset = event.data.offset;
  let best, bestSize = Infinity, before, beforeStart = -1;
  for (const element of document.querySelectorAll('[data-loc]')) {
    const [start, end] = element.getAttribute('data-loc').split('-').map(Number);
    if (start <= offset && offset <= end && end - start < bestSize) { best = element; bestSize = end - start; }
    if (start <= offset && start > beforeStart) { before = element; beforeStart = start; }
  }
  const target = best || before;
  if (!target) return;
  if (marked) marked.classList.remove('kehoach-cursor');
  target.classList.add('kehoach-cursor');
  marked = target;
  target.scrollIntoView({ block: 'center', behavior: event.data.smooth ? 'smooth' : 'auto' });
});
vscode.postMessage({ type: 'ready' });
`;

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 32 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}

/** The server's page with a policy that allows only its inline styles and this panel's script. */
function withFollowScript(html: string): string {
  const token = nonce();
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${token}';">`;
  const style = '<style>.kehoach-cursor{outline:2px solid rgba(0,122,204,.35);outline-offset:2px}</style>';
  return html.replace(/<head>/i, `<head>\n${policy}\n${style}`).replace(/<\/body>/i, `<script nonce="${token}">${FOLLOW_SCRIPT}</script>\n</body>`);
}

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<string>();
  /** Fires with each page the panel is given; a webview's page cannot be read from outside it. */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.scheduleRefresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // The preview follows the plan being edited, as the Markdown preview does.
        if (this.panel && editor?.document.languageId === 'kehoach' && editor.document !== this.document) {
          this.document = editor.document;
          void this.refresh();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) this.reveal(event.textEditor, true);
      }),
    );
  }

  show(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'kehoach') {
      void vscode.window.showWarningMessage(say({ vi: 'Hãy mở một tệp .kh trước.', en: 'Open a .kh file first.' }));
      return;
    }
    this.document = editor.document;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = vscode.window.createWebviewPanel(
        'kehoach.preview',
        say({ vi: 'Xem trước kế hoạch', en: 'Plan preview' }),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
      });
      this.panel.webview.onDidReceiveMessage((message: { type?: string }) => {
        // A page that has just loaded asks where the cursor is.
        const active = vscode.window.activeTextEditor;
        if (message.type === 'ready' && active && active.document === this.document) this.reveal(active, false);
      });
    }
    void this.refresh();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    this.rendered.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const params: PreviewParams = { uri: document.uri.toString() };
    try {
      const result = await this.client.sendRequest<PreviewResult>(PreviewRequest, params);
      // A newer edit has already asked for a newer page.
      if (document !== this.document || (result.version !== -1 && result.version !== document.version)) return;
      panel.title = say({ vi: `Xem trước: ${basename(document.uri)}`, en: `Preview: ${basename(document.uri)}` });
      if (result.html) {
        panel.webview.html = withFollowScript(result.html);
        this.rendered.fire(panel.webview.html);
      }
    } catch (error) {
      void vscode.window.showErrorMessage(say({ vi: `Không xem trước được: ${String(error)}`, en: `The preview failed: ${String(error)}` }));
    }
  }

  private reveal(editor: vscode.TextEditor, smooth: boolean): void {
    const offset = editor.document.offsetAt(editor.selection.active);
    void this.panel?.webview.postMessage({ type: 'reveal', offset, smooth });
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
