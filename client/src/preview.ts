/// <reference types="vscode" />
/**
 * The preview, as VS Code's Markdown preview behaves: one preview follows the active plan, locked
 * ones stay on theirs; each shows the server's page as A4 sheets (webview/preview-page.ts) and is
 * updated in place when the server has checked an edit, keeping the reader's place. Editor and
 * preview scroll together both ways (settings `kehoach.preview.*`), a double-click in the preview
 * puts the cursor on the source, and the panels come back after a window reload (the serializer).
 * Blocks carry `data-loc="start-end"` (offsets in the source), which is all the two sides share.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type LayoutSettings, PreviewRequest, type PreviewParams, type PreviewResult } from '../../server/src/lsp/protocol';
import { previewShell } from './webview/shell';

export const PREVIEW_VIEW_TYPE = 'kehoach.preview';

/** What the webview reports after it has shown an update: read by the end-to-end tests. */
export interface PreviewRendered {
  uri: string;
  version: number;
  pages: number;
  /** Blocks replaced by this update; the others were kept as they were. */
  replaced: number;
  /** Sheets poured again by this update; the others were kept as they were. */
  repaged: number;
  blocks: number;
  /** The preview's scroll position once the update was shown. */
  scrollY: number;
  /** Time from the check's result (the problems of that version) to the page shown, in ms. */
  sinceCheckMs?: number;
  /** Of which: the server's answer to the preview request, and the webview's patching and paging. */
  requestMs: number;
  webviewMs: number;
  /** The way of the page to the webview and of its answer back (the workbench's message passing). */
  toWebviewMs: number;
  backMs: number;
  /** The server's page the update came from. */
  html: string;
}

export interface PreviewScrolled {
  uri: string;
  offset: number;
  scrollY: number;
  /** True when the preview followed the editor, false when the reader scrolled it. */
  own: boolean;
}

/** What the panel keeps across a reload of the window. */
interface PreviewState {
  uri: string;
  locked: boolean;
}

type FromWebview =
  | { type: 'ready' }
  | { type: 'rendered'; version: number; pages: number; repaged: number; replaced: number; blocks: number; scrollY: number; ms: number; received: number }
  | { type: 'scrolled'; offset: number; scrollY: number; own: boolean }
  | { type: 'open'; offset: number };

/**
 * How far from the line the preview asked for the editor may stop (it keeps a line of context or
 * lands on a wrapped line) and still be the echo of that request, which must not scroll the preview.
 */
const ECHO_LINES = 3;

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('kehoach');

/** The layout settings the server renders with (`kehoach.layout.*`). */
export function layoutSettings(): LayoutSettings {
  const config = settings();
  const margins = config.get<LayoutSettings['marginsMm']>('layout.margins');
  return {
    bodySizePt: config.get<number>('layout.bodySize', 14),
    ...(margins ? { marginsMm: { ...margins } } : {}),
  };
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 32 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}

/** The page the webview starts from: empty sheets, this extension's script, and a policy that allows nothing else. */
function shell(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'preview-page.js'));
  return previewShell({ nonce: nonce(), scriptUri: script.toString(), cspSource: webview.cspSource });
}

class Preview {
  private document: vscode.TextDocument | undefined;
  private ready = false;
  private inFlight = false;
  private again = false;
  private lastHtml = '';
  private lastRequestMs = 0;
  private lastPostedAt = 0;
  private checkedAt: { version: number; time: number } | undefined;
  /** The top line this preview scrolled the editor to: that scroll must not scroll the preview back. */
  private editorTopFromPreview: number | undefined;
  private stale = false;
  /** A closed panel is not written to: its title and messages would throw. */
  private disposed = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly manager: PreviewManager,
    public uri: vscode.Uri,
    public locked: boolean,
  ) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(manager.extensionUri, 'dist')] };
    panel.webview.html = shell(panel.webview, manager.extensionUri);
    panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message));
    panel.onDidDispose(() => (this.disposed = true));
    void this.setDocument(uri);
  }

  get documentUri(): string {
    return this.uri.toString();
  }

  async setDocument(uri: vscode.Uri): Promise<void> {
    this.uri = uri;
    this.lastHtml = '';
    this.document = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
    if (this.disposed) return;
    this.saveState();
    await this.updateTitle();
    void this.refresh();
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.saveState();
    void this.updateTitle();
  }

  /** The problems of a version arrived: the server has checked it, so its page is ready to ask for. */
  checked(): void {
    if (!this.document) return;
    this.checkedAt = { version: this.document.version, time: Date.now() };
    void this.refresh();
  }

  setStale(stale: boolean, message?: string): void {
    if (this.stale === stale) return;
    this.stale = stale;
    void this.panel.webview.postMessage({ type: 'stale', stale, message });
    this.manager.staleness.fire({ uri: this.documentUri, stale });
    if (!stale) void this.refresh();
  }

  async refresh(): Promise<void> {
    const document = this.document;
    if (!document || !this.ready) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    if (!this.manager.serverRunning()) {
      this.setStale(true, vscode.l10n.t('The language server is not running: this preview may be out of date. Run "Kehoach: Restart Language Server".'));
      return;
    }
    this.inFlight = true;
    try {
      const params: PreviewParams = { uri: document.uri.toString(), layout: layoutSettings() };
      const asked = Date.now();
      const result = await this.manager.client.sendRequest<PreviewResult>(PreviewRequest, params);
      this.lastRequestMs = Date.now() - asked;
      // A newer edit asks for a newer page; an unchanged page needs nothing.
      const current = result.version === -1 || result.version === document.version;
      if (current && result.html && result.page && result.html !== this.lastHtml) {
        this.lastHtml = result.html;
        this.lastPostedAt = Date.now();
        void this.panel.webview.postMessage({ type: 'update', html: result.html, page: result.page, version: result.version });
      }
      if (result.layoutProblems) this.manager.layoutProblems(result.layoutProblems);
      this.setStale(false);
    } catch (error) {
      this.setStale(true, vscode.l10n.t('The preview could not be updated: {0}', error instanceof Error ? error.message : String(error)));
    } finally {
      this.inFlight = false;
    }
    if (this.again) {
      this.again = false;
      void this.refresh();
    }
  }

  /** The editor scrolled: the preview shows the same place. */
  editorScrolled(editor: vscode.TextEditor): void {
    const top = editor.visibleRanges[0]?.start;
    const echo = top && this.editorTopFromPreview !== undefined && Math.abs(top.line - this.editorTopFromPreview) <= ECHO_LINES;
    this.editorTopFromPreview = undefined;
    if (echo) return;
    if (!settings().get<boolean>('preview.scrollPreviewWithEditor', true)) return;
    if (top) void this.panel.webview.postMessage({ type: 'scrollTo', offset: editor.document.offsetAt(top) });
  }

  cursorMoved(editor: vscode.TextEditor): void {
    if (!settings().get<boolean>('preview.markEditorSelection', true)) return;
    void this.panel.webview.postMessage({ type: 'cursor', offset: editor.document.offsetAt(editor.selection.active) });
  }

  private onMessage(message: FromWebview): void {
    const document = this.document;
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        this.lastHtml = '';
        this.saveState();
        void this.refresh();
        return;
      }
      case 'rendered': {
        const since = this.checkedAt && this.checkedAt.version === message.version ? Date.now() - this.checkedAt.time : undefined;
        const { ms, received, ...shown } = message;
        this.manager.rendered.fire({
          uri: this.documentUri,
          ...shown,
          ...(since !== undefined ? { sinceCheckMs: since } : {}),
          requestMs: this.lastRequestMs,
          webviewMs: Math.round(ms),
          toWebviewMs: received - this.lastPostedAt,
          backMs: Date.now() - received - Math.round(ms),
          html: this.lastHtml,
        });
        // The first page of a plan opens where the editor is.
        const editor = this.editorOf();
        if (editor && message.replaced === message.blocks) this.editorScrolled(editor);
        return;
      }
      case 'scrolled': {
        this.manager.scrolled.fire({ uri: this.documentUri, offset: message.offset, scrollY: message.scrollY, own: message.own });
        if (message.own || !document || !settings().get<boolean>('preview.scrollEditorWithPreview', true)) return;
        const editor = this.editorOf();
        if (!editor) return;
        const position = document.positionAt(message.offset);
        const top = editor.visibleRanges[0]?.start.line;
        if (top === position.line) return;
        this.editorTopFromPreview = position.line;
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'open': {
        if (!document || !settings().get<boolean>('preview.doubleClickToSwitchToEditor', true)) return;
        const position = document.positionAt(message.offset);
        const column = this.editorOf()?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        void vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Range(position, position), preserveFocus: false });
        return;
      }
    }
  }

  /** The webview keeps what the serializer needs to bring the panel back. */
  private saveState(): void {
    const state: PreviewState = { uri: this.documentUri, locked: this.locked };
    void this.panel.webview.postMessage({ type: 'state', state });
  }

  private editorOf(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.documentUri);
  }

  /** "Preview ke-hoach.kh", with the folder when another plan of the workspace has the same name. */
  private async updateTitle(): Promise<void> {
    const name = this.uri.path.slice(this.uri.path.lastIndexOf('/') + 1);
    const parent = this.uri.path.slice(0, this.uri.path.lastIndexOf('/'));
    let shown = name;
    if (this.uri.scheme === 'file') {
      const same = await vscode.workspace.findFiles(`**/${name.replace(/[[\]{}*?]/g, '?')}`, '**/node_modules/**', 2);
      if (same.length > 1) shown = `${name} (${parent.slice(parent.lastIndexOf('/') + 1)})`;
    }
    // The panel may have been closed while the workspace was searched.
    if (this.disposed) return;
    this.panel.title = this.locked ? vscode.l10n.t('[Preview] {0}', shown) : vscode.l10n.t('Preview {0}', shown);
  }
}

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly previews = new Set<Preview>();
  /** The preview that follows the active plan; locked ones stay on theirs. */
  private dynamic: Preview | undefined;
  private active: Preview | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastLayoutWarning = '';
  readonly rendered = new vscode.EventEmitter<PreviewRendered>();
  readonly scrolled = new vscode.EventEmitter<PreviewScrolled>();
  readonly staleness = new vscode.EventEmitter<{ uri: string; stale: boolean }>();
  /** Fires when the webview has shown a page (a webview's page cannot be read from outside it). */
  readonly onDidRender = this.rendered.event;
  readonly onDidScroll = this.scrolled.event;
  /** Fires when a preview is marked out of date (the server is down) and when it is current again. */
  readonly onDidChangeStale = this.staleness.event;

  constructor(
    readonly client: LanguageClient,
    readonly extensionUri: vscode.Uri,
    readonly serverRunning: () => boolean,
  ) {
    this.subscriptions.push(
      this.rendered,
      this.scrolled,
      this.staleness,
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const changed = new Set(event.uris.map((uri) => uri.toString()));
        for (const preview of this.previews) if (changed.has(preview.documentUri)) preview.checked();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('kehoach.layout')) for (const preview of this.previews) void preview.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // The preview follows the plan being edited, as the Markdown preview does.
        if (this.dynamic && editor?.document.languageId === 'kehoach' && editor.document.uri.toString() !== this.dynamic.documentUri) {
          void this.dynamic.setDocument(editor.document.uri);
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        for (const preview of this.previewsOf(event.textEditor.document)) preview.editorScrolled(event.textEditor);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        for (const preview of this.previewsOf(event.textEditor.document)) preview.cursorMoved(event.textEditor);
      }),
    );
  }

  /** Opens the preview of the active plan: beside it or in its place, following it or locked on it. */
  show(options: { beside: boolean; locked: boolean }): void {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'kehoach') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a .kh file first.'));
      return;
    }
    const column = options.beside ? vscode.ViewColumn.Beside : (editor.viewColumn ?? vscode.ViewColumn.Active);
    if (!options.locked && this.dynamic) {
      this.dynamic.panel.reveal(column, options.beside);
      void this.dynamic.setDocument(editor.document.uri);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Preview {0}', editor.document.uri.path.slice(editor.document.uri.path.lastIndexOf('/') + 1)),
      { viewColumn: column, preserveFocus: options.beside },
      { enableScripts: true, retainContextWhenHidden: false },
    );
    this.adopt(panel, editor.document.uri, options.locked);
  }

  /** The preview in front becomes locked on its plan, or follows the active plan again. */
  toggleLock(): void {
    const preview = this.active;
    if (!preview) return;
    if (preview.locked) {
      if (this.dynamic) this.dynamic.panel.dispose();
      preview.setLocked(false);
      this.dynamic = preview;
    } else {
      preview.setLocked(true);
      if (this.dynamic === preview) this.dynamic = undefined;
    }
  }

  /** A window reload brings the panel back on its plan. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = state as Partial<PreviewState> | undefined;
    if (!saved?.uri) {
      panel.dispose();
      return;
    }
    this.adopt(panel, vscode.Uri.parse(saved.uri), saved.locked === true);
  }

  /** The server stopped or started again. */
  serverState(running: boolean): void {
    const message = vscode.l10n.t('The language server is not running: this preview may be out of date. Run "Kehoach: Restart Language Server".');
    for (const preview of this.previews) preview.setStale(!running, message);
  }

  layoutProblems(problems: string[]): void {
    const text = problems.join(' ');
    if (text === this.lastLayoutWarning) return;
    this.lastLayoutWarning = text;
    void vscode.window.showWarningMessage(text);
  }

  /** Sends a message to the webviews, as the end-to-end tests act on them. */
  postToPreviews(message: unknown): void {
    for (const preview of this.previews) void preview.panel.webview.postMessage(message);
  }

  dispose(): void {
    for (const preview of this.previews) preview.panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, locked: boolean): void {
    const preview = new Preview(panel, this, uri, locked);
    this.previews.add(preview);
    if (!locked) {
      this.dynamic?.panel.dispose();
      this.dynamic = preview;
    }
    this.active = preview;
    void vscode.commands.executeCommand('setContext', 'kehoachPreviewFocus', true);
    panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.active) this.active = preview;
      void vscode.commands.executeCommand('setContext', 'kehoachPreviewFocus', webviewPanel.active);
    });
    panel.onDidDispose(() => {
      this.previews.delete(preview);
      if (this.dynamic === preview) this.dynamic = undefined;
      if (this.active === preview) this.active = undefined;
    });
  }

  private previewsOf(document: vscode.TextDocument): Preview[] {
    return [...this.previews].filter((preview) => preview.documentUri === document.uri.toString());
  }
}
