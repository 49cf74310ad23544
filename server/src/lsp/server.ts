/**
 * The language server's composition root: it wires the editor features to one connection, keeps
 * the workspaces in memory (projects.ts) and runs the checks. The connection, the file system and
 * the clock are given to it, so tests drive the same server over in-memory streams.
 *
 * Every handler is guarded: an exception is logged and answered with an empty result (or an error
 * response for the custom requests), and never takes the server down.
 */
import {
  type CodeAction,
  CodeActionKind,
  type CompletionItem,
  CompletionItemKind,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type FileEvent,
  ErrorCodes,
  FileChangeType,
  InsertTextFormat,
  MarkupKind,
  type TextDocumentPositionParams,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dirname, relative } from 'node:path';
import { type CivilDate, parseIsoDate } from '../base/civil-date';
import { type Diagnostic, type Language, type Message, messageIn } from '../base/diagnostic';
import { LineIndex } from '../base/source';
import type { CheckOptions } from '../check/context';
import { runSteps } from '../base/steps';
import { checkFileForErrors, checkFileInSteps } from '../check/index';
import { CheckMemo } from '../check/memo';
import { CONFIG_FILE_NAME } from '../config/config';
import { WriteError } from '../node/atomic-write';
import { ConversionError } from '../node/libreoffice';
import { knownDeclarations } from '../original/known-declarations';
import type { DocxToPdf } from '../render/pdf';
import { DOCUMENT_TYPES } from '../model/document-types';
import { ID_PATTERN } from '../syntax/keywords';
import { mergeSafeEdits } from './code-actions';
import { type CandidateKind, completeAt } from './completion';
import { crossFileFacts, debounceFor, sameCrossFileFacts } from './cross-file';
import { documentSymbols } from './document-symbols';
import { clientRefreshesEditorFeatures, EDITOR_FEATURE_CAPABILITIES, type EditorFeatureRefresh, refreshEditorFeatures, registerEditorFeatures } from './editor-features';
import { askClientToWatch, clientWatchesFiles, ServerWatcher } from './file-watching';
import { clientPullsDiagnostics, clientRefreshesDiagnostics, PULL_DIAGNOSTICS_CAPABILITIES, registerPullDiagnostics, type ReportedFile } from './pull-diagnostics';
import { buildPlan, deadlinePlan, layoutOptionsOf, libreOfficeConverter, previewHtml } from './export';
import { importOriginal } from './import';
import { writeReportFile } from './report';
import type { FileSystem } from './file-system';
import { formatDocument, formatRange } from './formatting';
import { hoverAt } from './hover';
import { BackgroundIndexing } from './indexing';
import { canonicalUri, pathToUri, type Project, Projects, UNSAVED_ROOT, uriToPath } from './projects';
import {
  type BuildFormat,
  BuildRequest,
  type BuildParams,
  type BuildResult,
  DeadlinesRequest,
  type DeadlinesResult,
  type InitializationOptions,
  ImportRequest,
  type ImportParams,
  type ImportResult,
  NewPlanRequest,
  type NewPlanParams,
  type NewPlanResult,
  ReportRequest,
  type ReportParams,
  type ReportResult,
  PreviewRequest,
  type PreviewParams,
  type PreviewResult,
  StatusNotification,
  type StatusParams,
} from './protocol';
import { pause, runInSlices } from './slices';
import { idAt, occurrencesOf } from './symbols-at';
import { headerDefaults, newDocumentSnippet } from './template';
import { diagnosticKey, toLocation, toLspDiagnostic, toLspEdit, toRange } from './to-lsp';

export interface ServerOptions {
  fs: FileSystem;
  /** Today's date where the user is: read only when the setting `kehoach.deadlines.asOfToday` asks. */
  today: () => CivilDate;
  /** The time written into built documents. */
  now: () => Date;
  /**
   * Turns a DOCX into a PDF, unless a test gives another: LibreOffice at the path of the setting
   * `kehoach.pdf.libreOffice`, else as the server's environment finds it.
   */
  convert?: DocxToPdf;
  /** Quiet time after an edit before the checks run. */
  debounceMs?: number;
}

/** The user's settings under `kehoach.*`. */
interface Settings {
  language: Language;
  asOfToday: boolean;
  /** `kehoach.deadlines.asOf`: the day deadlines are judged on, before the configuration's and today. */
  asOf?: CivilDate;
}

const BUILD_FORMATS: readonly BuildFormat[] = ['docx', 'html', 'ics', 'json', 'pdf'];

const DEFAULT_SETTINGS: Settings = { language: 'vi', asOfToday: false };

const COMPLETION_KINDS: Record<CandidateKind, CompletionItemKind> = {
  document: CompletionItemKind.Reference,
  unit: CompletionItemKind.Module,
  task: CompletionItemKind.Event,
  keyword: CompletionItemKind.Keyword,
  field: CompletionItemKind.Field,
};

/** What was published for a document, kept to answer the editor's requests for fixes. */
interface Published {
  version: number;
  diagnostics: Diagnostic[];
  lines: LineIndex;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  let rulesDocUri: string | undefined;
  let canAskConfiguration = false;
  const published = new Map<string, Published>();
  /**
   * What the last check of each open document found piece by piece (check/memo.ts), so the check
   * after a keystroke reads again only the pieces that changed; dropped when the document closes.
   */
  const memos = new Map<string, CheckMemo>();

  const say = (message: Message): string => messageIn(message, settings.language);
  const logError = (what: string, error: unknown): void => {
    connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };
  const projects = new Projects(options.fs, (message) => connection.console.warn(say(message)));

  /**
   * Runs a handler; a failure is logged and answered with `fallback`. A ResponseError thrown on
   * purpose (a rename that is refused, with the reason) is the answer itself.
   */
  function guard<P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R | ResponseError<void>> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) return error as ResponseError<void>;
        logError(name, error);
        return fallback;
      }
    };
  }

  /** A notification has no answer: a failure is only logged. */
  function guardNotification<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
    return (params: P) => {
      void (async () => {
        try {
          await handler(params);
        } catch (error) {
          logError(name, error);
        }
      })();
    };
  }

  /** A custom request answers a failure with an error the client can show. */
  function guardRequest<P, R>(name: string, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R | ResponseError<void>> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (error) {
        logError(name, error);
        return new ResponseError(ErrorCodes.InternalError, error instanceof Error ? error.message : String(error));
      }
    };
  }

  function fileOf(uri: string): { project: Project; file: NonNullable<ReturnType<Project['workspace']['getFile']>> } | undefined {
    refreshOpenDocuments();
    const project = projects.projectOf(uri);
    const file = project.workspace.getFile(canonicalUri(uri));
    return file ? { project, file } : undefined;
  }

  /**
   * The file with every plan of its workspace read. A plan opened outside the folders starts a
   * project whose other files (its catalog) are still to be read: an answer about the whole
   * document (the preview, an export, a report, the deadline view) waits for them, as the checks
   * do, so it never shows a citation of a catalog not read yet as unknown.
   */
  async function indexedFileOf(uri: string): Promise<ReturnType<typeof fileOf>> {
    projects.projectOf(uri);
    await readWorkspace();
    return fileOf(uri);
  }

  /** Reads every plan found on disk, including those a project started meanwhile added. */
  async function readWorkspace(): Promise<void> {
    while (projects.pendingCount() > 0) await indexing.run();
  }

  function checkOptions(project: Project): CheckOptions {
    const { config } = project;
    // The same day the deadline view marks by: the setting, else the configuration's, else today when asked.
    const asOf = settings.asOf ?? config.asOf ?? (settings.asOfToday ? options.today() : undefined);
    return {
      calendar: project.calendar,
      rules: config.rules,
      ...(asOf ? { asOf } : {}),
      ...(config.dueSoonDays !== undefined ? { dueSoonDays: config.dueSoonDays } : {}),
      ...(project.catalogs.length > 0 ? { catalogs: project.catalogs } : {}),
      ...(config.toneStyle ? { toneStyle: config.toneStyle } : {}),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Diagnostics: debounced after edits, the edited document first, and abandoned when a newer edit
  // arrives, since its results would be stale before they were shown.

  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let first: string[] = [];
  // Every plan of the workspace is reported on, open or not: pushed to editors that wait for
  // problems, answered to those that pull them (pull-diagnostics.ts). Every change of what a check
  // reads passes through scheduleChecks and makes a new revision; a result is kept for its revision.
  let revision = 0;
  const checked = new Map<string, { revision: number; diagnostics: Diagnostic[] }>();
  let pullsDiagnostics = false;
  let refreshesDiagnostics = false;
  let refreshesFeatures: EditorFeatureRefresh = { semanticTokens: false, inlayHints: false };
  /** The revision the client's semantic tokens and inlay hints were last asked to follow. */
  let featuresRevision = 0;
  /** Files not open in the editor whose problems were pushed, so they are cleared when they go. */
  const pushedUnopened = new Set<string>();

  // An edit does not parse: the check after the debounce, or the first request that needs the
  // document, does (refreshOpen). Each content change still counts, for the pull results' ids.
  let contentChanges = 0;

  // The plans found in the folders are read in the background (indexing.ts). A slice that read
  // some makes a new revision: what was answered before it (pulled problems) read fewer files.
  const indexing = new BackgroundIndexing({
    connection,
    projects,
    say,
    onSlice: () => {
      revision++;
    },
  });

  /**
   * Brings an open document's parse up to its text, once per text. An edit that changes what the
   * other files read of this one (cross-file.ts) makes a new revision, so their checks run again;
   * any other edit leaves their results standing and re-checks the document alone.
   */
  function refreshOpen(uri: string): void {
    const document = documents.get(uri);
    if (!document) return;
    const canonical = canonicalUri(uri);
    const text = document.getText();
    const before = projects.findProject(canonical);
    if (before && projects.isOpen(canonical) && before.workspace.getText(canonical) === text) return;
    const facts = crossFileFacts(before?.workspace.getFile(canonical));
    const after = projects.open(uri, text);
    if (after !== before || !sameCrossFileFacts(facts, crossFileFacts(after.workspace.getFile(canonical)))) revision++;
  }

  function refreshOpenDocuments(): void {
    for (const document of documents.all()) {
      try {
        refreshOpen(document.uri);
      } catch (error) {
        logError(`open ${document.uri}`, error);
      }
    }
  }

  function scheduleChecks(uris: string[] = [], delay = options.debounceMs ?? 200, newRevision = true): void {
    if (newRevision) revision++;
    first = [...new Set([...uris, ...first])];
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void runChecks();
    }, delay);
  }

  async function runChecks(): Promise<void> {
    const current = ++generation;
    // Every plan found on disk is read first: a check against part of the index would report
    // references to the plans not yet read.
    await indexing.run();
    if (current !== generation) return;
    // Every edited document is parsed before any is checked, so no check reads a stale neighbour.
    refreshOpenDocuments();
    const open = documents.all().map((document) => document.uri);
    const ordered = [...new Set([...first.filter((uri) => open.includes(uri)), ...open])];
    first = [];
    // Checks run in slices (slices.ts); an edit, a newer run or a change of what they read makes
    // this round's results stale, and it stops at the next pause.
    const startRevision = revision;
    const startChanges = contentChanges;
    const stale = (): boolean => current !== generation || revision !== startRevision || contentChanges !== startChanges;
    const abandon = (): void => {
      // An edit has already scheduled the next round; a change that did not (plans read from disk
      // meanwhile) starts one, so the results always catch up.
      if (current === generation && !timer) scheduleChecks(ordered, 0, false);
    };
    let errors = 0;
    let warnings = 0;
    const count = (found: Diagnostic[]): void => {
      errors += found.filter((diagnostic) => diagnostic.severity === 'error').length;
      warnings += found.filter((diagnostic) => diagnostic.severity === 'warning').length;
    };
    for (const uri of ordered) {
      if (stale()) return abandon();
      const document = documents.get(uri);
      if (!document) continue;
      const version = document.version;
      const found = await runInSlices(checkDocumentSteps(document), stale);
      if (found === undefined) return abandon();
      count(found);
      if (!pullsDiagnostics) sendDiagnostics(document.uri, version, found);
      // Let edits and requests that arrived meanwhile in before the next file.
      await pause();
    }
    const unopened = unopenedFiles();
    for (const uri of unopened) {
      if (stale()) return abandon();
      const found = await runInSlices(checkUnopenedSteps(uri), stale);
      if (found === undefined) return abandon();
      count(found);
      if (!pullsDiagnostics) {
        sendDiagnostics(uri, undefined, found);
        pushedUnopened.add(uri);
      }
      await pause();
    }
    if (stale()) return abandon();
    const openNow = new Set(documents.all().map((document) => canonicalUri(document.uri)));
    for (const uri of [...pushedUnopened].filter((pushed) => !unopened.includes(pushed))) {
      // A file deleted or left out of the workspace has no problems any more; an open one has its own.
      if (!openNow.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      pushedUnopened.delete(uri);
    }
    if (pullsDiagnostics && refreshesDiagnostics) void connection.languages.diagnostics.refresh();
    // A new revision is a change other files read (a declaration, a file on disk, a setting).
    if (featuresRevision !== revision) {
      featuresRevision = revision;
      refreshEditorFeatures(connection, refreshesFeatures);
    }
    const files = new Set(projects.all().flatMap((project) => project.workspace.userUris())).size;
    const status: StatusParams = { files, errors, warnings };
    void connection.sendNotification(StatusNotification, status);
  }

  function conversionOptions(): Parameters<typeof toLspDiagnostic>[1] {
    return { language: settings.language, ...(rulesDocUri ? { rulesDocUri } : {}) };
  }

  /** The plans and catalogs of every workspace that no editor has open, by canonical URI. */
  function unopenedFiles(): string[] {
    const open = new Set(documents.all().map((document) => canonicalUri(document.uri)));
    const files = new Set(projects.all().flatMap((project) => project.workspace.userUris()));
    return [...files].filter((uri) => !open.has(uri)).sort();
  }

  /** A file not open in the editor, as the disk has it; undefined when no workspace holds it. */
  function checkUnopened(uri: string): Diagnostic[] | undefined {
    return projects.findProject(uri) ? runSteps(checkUnopenedSteps(uri)) : undefined;
  }

  /** checkUnopened a rule at a time; a file no workspace holds has no problems. */
  function* checkUnopenedSteps(uri: string): Generator<void, Diagnostic[], void> {
    const known = checked.get(uri);
    if (known?.revision === revision) return known.diagnostics;
    const project = projects.findProject(uri);
    if (!project) return [];
    const at = revision;
    let found: Diagnostic[] = [];
    try {
      found = yield* checkFileInSteps(project.workspace, canonicalUri(uri), checkOptions(project));
    } catch (error) {
      logError(`check ${uri}`, error);
    }
    // Its problems are kept; its tree goes back to what the other files need of it, so a
    // workspace of a thousand plans holds the trees of the open documents only.
    project.workspace.releaseTree(canonicalUri(uri));
    checked.set(uri, { revision: at, diagnostics: found });
    return found;
  }

  function sendDiagnostics(uri: string, version: number | undefined, found: readonly Diagnostic[]): void {
    void connection.sendDiagnostics({
      uri,
      ...(version !== undefined ? { version } : {}),
      diagnostics: found.map((diagnostic) => toLspDiagnostic(diagnostic, conversionOptions())),
    });
  }

  /** An open document's problems, kept with its version for the fixes the editor asks for. */
  function checkDocument(document: TextDocument): Diagnostic[] {
    return runSteps(checkDocumentSteps(document));
  }

  /**
   * checkDocument a rule at a time. Its text and version are taken when it starts: a run in
   * slices is dropped when an edit comes, so what it keeps is always the problems of that text.
   */
  function* checkDocumentSteps(document: TextDocument): Generator<void, Diagnostic[], void> {
    const version = document.version;
    const known = checked.get(document.uri);
    if (known?.revision === revision && published.get(document.uri)?.version === version) return known.diagnostics;
    let found: Diagnostic[] = [];
    let at = revision;
    try {
      refreshOpen(document.uri);
      at = revision;
      const project = projects.projectOf(document.uri);
      const canonical = canonicalUri(document.uri);
      const lines = project.workspace.getFile(canonical)?.source.lines ?? new LineIndex(document.getText());
      let memo = memos.get(document.uri);
      if (!memo) memos.set(document.uri, (memo = new CheckMemo()));
      found = yield* checkFileInSteps(project.workspace, canonical, checkOptions(project), memo);
      published.set(document.uri, { version, diagnostics: found, lines });
    } catch (error) {
      // Stale problems are worse than none: they point at text that may no longer be there.
      logError(`check ${document.uri}`, error);
      found = [];
      published.delete(document.uri);
    }
    checked.set(document.uri, { revision: at, diagnostics: found });
    return found;
  }

  /** What pull-diagnostics.ts reports on: the open documents, then every other file of the workspaces. */
  function reportedFiles(): ReportedFile[] {
    return [...documents.all().map((document) => ({ uri: document.uri, version: document.version })), ...unopenedFiles().map((uri) => ({ uri, version: null }))];
  }

  function diagnoseForPull(uri: string): ReturnType<typeof toLspDiagnostic>[] | undefined {
    const document = documents.get(uri);
    const found = document ? checkDocument(document) : checkUnopened(canonicalUri(uri));
    return found?.map((diagnostic) => toLspDiagnostic(diagnostic, conversionOptions()));
  }

  async function readSettings(change?: DidChangeConfigurationParams): Promise<void> {
    let raw: unknown;
    if (canAskConfiguration) raw = await connection.workspace.getConfiguration('kehoach');
    else raw = (change?.settings as { kehoach?: unknown } | undefined)?.kehoach;
    const record = (typeof raw === 'object' && raw !== null ? raw : {}) as { language?: unknown; deadlines?: { asOfToday?: unknown; asOf?: unknown } };
    // An empty or malformed day is no day: the client's settings schema already tells the user.
    const asOf = typeof record.deadlines?.asOf === 'string' ? parseIsoDate(record.deadlines.asOf) : undefined;
    settings = {
      language: record.language === 'en' ? 'en' : 'vi',
      asOfToday: record.deadlines?.asOfToday === true,
      ...(asOf ? { asOf } : {}),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle

  // Files changed on disk: watched by the editor when it can, else by the server (file-watching.ts).
  let clientWatches = false;
  let folderPaths: string[] = [];
  /** The folders of initialize, loaded once the client says it is initialized. */
  let initialFolders: string[] = [];
  const serverWatcher = new ServerWatcher(options.fs, (changes) => {
    try {
      applyFileChanges(changes);
    } catch (error) {
      logError('watched files', error);
    }
  });

  connection.onInitialize((params) => {
    const initialization = (params.initializationOptions ?? {}) as InitializationOptions;
    rulesDocUri = initialization.rulesDocUri;
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    clientWatches = clientWatchesFiles(params.capabilities);
    pullsDiagnostics = clientPullsDiagnostics(params.capabilities);
    refreshesDiagnostics = clientRefreshesDiagnostics(params.capabilities);
    refreshesFeatures = clientRefreshesEditorFeatures(params.capabilities);
    initialFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folderPaths = initialFolders.flatMap((uri) => uriToPath(uri) ?? []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['@', ' '] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        ...EDITOR_FEATURE_CAPABILITIES,
        ...(pullsDiagnostics ? PULL_DIAGNOSTICS_CAPABILITIES : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'kehoach' },
    };
  });

  connection.onInitialized(
    guardNotification('initialized', async () => {
      // The folders' plans are found on disk only now, so initialize is answered at once: finding a
      // thousand plans and their configuration took 100 ms and more of it. The client sends
      // nothing before this notification, so no document or request can miss the folders.
      try {
        projects.setFolders(initialFolders);
      } catch (error) {
        logError('load workspace', error);
      }
      // The plans are read while the rest starts; requests are answered meanwhile.
      void indexing.run().catch((error: unknown) => logError('read workspace', error));
      // The settings first: the first checks speak the user's language.
      if (canAskConfiguration) await readSettings();
      if (clientWatches) await askClientToWatch(connection);
      else serverWatcher.watch(folderPaths);
      const workspaceFolders = connection.workspace;
      workspaceFolders.onDidChangeWorkspaceFolders(
        guardNotification('workspace folders', async () => {
          const folders = (await workspaceFolders.getWorkspaceFolders()) ?? [];
          projects.setFolders(folders.map((folder) => folder.uri));
          folderPaths = folders.flatMap((folder) => uriToPath(folder.uri) ?? []);
          if (!clientWatches) serverWatcher.watch(folderPaths);
          scheduleChecks();
        }),
      );
    }),
  );

  connection.onDidChangeConfiguration(
    guardNotification('configuration', async (change: DidChangeConfigurationParams) => {
      await readSettings(change);
      scheduleChecks([], 0);
    }),
  );

  documents.onDidChangeContent((event) => {
    contentChanges++;
    scheduleChecks([event.document.uri], options.debounceMs ?? debounceFor(event.document.getText().length), false);
  });

  documents.onDidClose((event) => {
    try {
      projects.close(event.document.uri);
    } catch (error) {
      logError(`close ${event.document.uri}`, error);
    }
    published.delete(event.document.uri);
    checked.delete(event.document.uri);
    memos.delete(event.document.uri);
    // A closed plan still in a workspace keeps being reported, as the disk has it, by the next checks.
    if (!pullsDiagnostics && !projects.findProject(event.document.uri)) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    scheduleChecks();
  });

  function applyFileChanges(changes: readonly FileEvent[]): void {
    let configChanged = false;
    for (const change of changes) {
      if (change.uri.endsWith(`/${CONFIG_FILE_NAME}`)) configChanged = true;
      else if (change.uri.endsWith('.kh')) {
        projects.diskChanged(change.uri);
        if (change.type === FileChangeType.Deleted && !projects.isOpen(change.uri)) projects.findProject(change.uri)?.workspace.removeFile(canonicalUri(change.uri));
      }
    }
    if (configChanged) projects.reload();
    scheduleChecks();
  }

  connection.onDidChangeWatchedFiles(guardNotification('watched files', (params: DidChangeWatchedFilesParams) => applyFileChanges(params.changes)));
  connection.onShutdown(() => serverWatcher.close());

  // ---------------------------------------------------------------------------------------------
  // Language features

  connection.onHover(
    guard('hover', null, (params) => {
      const found = fileOf(params.textDocument.uri);
      if (!found) return null;
      const { project, file } = found;
      const lines = file.source.lines;
      const hover = hoverAt(
        {
          workspace: project.workspace,
          file,
          calendar: project.calendar,
          language: settings.language,
          catalogs: project.catalogs,
          describeUri: (uri, line) => {
            const path = uriToPath(uri);
            const shown = path && project.root !== UNSAVED_ROOT ? relative(project.root, path) : uri;
            return `${shown}:${line + 1}`;
          },
        },
        lines.offsetAt(params.position),
      );
      if (!hover) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: hover.markdown },
        range: { start: lines.positionAt(hover.start), end: lines.positionAt(hover.end) },
      };
    }),
  );

  connection.onCompletion(
    guard('completion', null, (params) => {
      const found = fileOf(params.textDocument.uri);
      if (!found) return null;
      const { project, file } = found;
      const lines = file.source.lines;
      const result = completeAt(
        project.workspace,
        file,
        lines,
        lines.offsetAt(params.position),
        settings.language,
        params.context?.triggerCharacter === ' ',
        project.catalogs,
      );
      const items: CompletionItem[] = result.candidates.map((candidate) => {
        const item: CompletionItem = {
          label: candidate.label,
          kind: COMPLETION_KINDS[candidate.kind],
          filterText: candidate.filterText,
          sortText: candidate.sortText,
          insertTextFormat: InsertTextFormat.PlainText,
          textEdit: {
            range: { start: lines.positionAt(candidate.start), end: lines.positionAt(candidate.end) },
            newText: candidate.insertText,
          },
        };
        if (candidate.detail) item.detail = candidate.detail;
        if (candidate.documentation) item.documentation = { kind: MarkupKind.Markdown, value: candidate.documentation };
        return item;
      });
      return { isIncomplete: result.incomplete, items };
    }),
  );

  connection.onDefinition(
    guard('definition', null, (params) => {
      const found = fileOf(params.textDocument.uri);
      if (!found) return null;
      const { project, file } = found;
      const at = idAt(project.workspace, file, file.source.lines.offsetAt(params.position));
      if (!at) return null;
      if (at.scope.kind === 'global') {
        const declared = project.workspace.resolve(at.id, file.uri);
        // The built-in catalog has no file the editor could open.
        if (!declared || declared.builtin) return null;
        return toLocation(declared.uri, declared.declaration.idLoc);
      }
      return occurrencesOf(project.workspace, at.id, at.scope)
        .filter((occurrence) => occurrence.isDeclaration)
        .map((occurrence) => toLocation(occurrence.uri, occurrence.loc));
    }),
  );

  connection.onReferences(
    guard('references', [], (params) => {
      const found = fileOf(params.textDocument.uri);
      if (!found) return [];
      const { project, file } = found;
      const at = idAt(project.workspace, file, file.source.lines.offsetAt(params.position));
      if (!at) return [];
      return occurrencesOf(project.workspace, at.id, at.scope)
        .filter((occurrence) => params.context.includeDeclaration || !occurrence.isDeclaration)
        .filter((occurrence) => !project.workspace.isBuiltin(occurrence.uri))
        .map((occurrence) => toLocation(occurrence.uri, occurrence.loc));
    }),
  );

  /** Why an id cannot be renamed, or undefined when it can. */
  function renameRefusal(project: Project, id: string, scope: Parameters<typeof occurrencesOf>[2]): Message | undefined {
    const occurrences = occurrencesOf(project.workspace, id, scope);
    if (occurrences.some((occurrence) => project.workspace.isBuiltin(occurrence.uri))) {
      return {
        vi: `"${id}" được khai báo trong danh mục kèm theo công cụ nên không đổi tên được.`,
        en: `"${id}" is declared in the built-in catalog and cannot be renamed.`,
      };
    }
    if (!occurrences.some((occurrence) => occurrence.isDeclaration)) {
      return { vi: `"${id}" chưa được khai báo.`, en: `"${id}" is not declared.` };
    }
    return undefined;
  }

  /** The id under the cursor that a rename would change, or an error saying why it cannot be. */
  function renameTarget(params: TextDocumentPositionParams) {
    const found = fileOf(params.textDocument.uri);
    if (!found) return undefined;
    const { project, file } = found;
    const at = idAt(project.workspace, file, file.source.lines.offsetAt(params.position));
    if (!at) return undefined;
    const refusal = renameRefusal(project, at.id, at.scope);
    if (refusal) throw new ResponseError(ErrorCodes.InvalidRequest, say(refusal));
    return { project, at };
  }

  connection.onPrepareRename(
    guard('prepare rename', null, (params) => {
      const target = renameTarget(params);
      return target ? { range: toRange(target.at.loc), placeholder: target.at.id } : null;
    }),
  );

  connection.onRenameRequest(
    guard('rename', null, (params) => {
      const target = renameTarget(params);
      if (!target) return null;
      const { project, at } = target;
      if (!ID_PATTERN.test(params.newName)) {
        throw new ResponseError(
          ErrorCodes.InvalidParams,
          say({
            vi: `"${params.newName}" không phải là mã hợp lệ: chỉ dùng chữ Latinh không dấu, chữ số, "_" và "-" ở giữa.`,
            en: `"${params.newName}" is not a valid id: use unaccented Latin letters, digits, "_" and "-" between them.`,
          }),
        );
      }
      const edit: WorkspaceEdit = { changes: {} };
      for (const occurrence of occurrencesOf(project.workspace, at.id, at.scope)) {
        (edit.changes![occurrence.uri] ??= []).push({ range: toRange(occurrence.loc), newText: params.newName });
      }
      return edit;
    }),
  );

  connection.onDocumentSymbol(
    guard('document symbols', [], (params) => {
      const found = fileOf(params.textDocument.uri);
      return found ? documentSymbols(found.file) : [];
    }),
  );

  connection.onDocumentFormatting(
    guard('formatting', [], (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const text = document.getText();
      const lines = new LineIndex(text);
      return formatDocument(document.uri, text).map((edit) => toLspEdit(edit, lines));
    }),
  );

  connection.onDocumentRangeFormatting(
    guard('range formatting', [], (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const text = document.getText();
      const lines = new LineIndex(text);
      return formatRange(document.uri, text, params.range).map((edit) => toLspEdit(edit, lines));
    }),
  );

  connection.onCodeAction(
    guard('code actions', [], async (params) => {
      const uri = params.textDocument.uri;
      const document = documents.get(uri);
      if (!document) return [];
      // Fixes computed for another version of the text would edit the wrong characters: a request
      // that comes before the check of the current version checks it now, in slices so other
      // requests are answered meanwhile (the round of checks after the debounce then finds it
      // done). A newer edit meanwhile leaves no fixes: the editor asks again for its version.
      const version = document.version;
      if (published.get(uri)?.version !== version) await runInSlices(checkDocumentSteps(document), () => document.version !== version);
      const state = published.get(uri);
      if (!state || state.version !== document.version) return [];
      const wants = (kind: string): boolean => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
      const byKey = new Map(state.diagnostics.map((diagnostic) => [diagnosticKey(diagnostic.code, toRange(diagnostic.location)), diagnostic]));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) {
        for (const lspDiagnostic of params.context.diagnostics) {
          const diagnostic = byKey.get(diagnosticKey(lspDiagnostic.code, lspDiagnostic.range));
          diagnostic?.fixes?.forEach((fix, index) => {
            actions.push({
              title: say(fix.title),
              kind: CodeActionKind.QuickFix,
              diagnostics: [lspDiagnostic],
              isPreferred: fix.safe && index === 0,
              edit: { changes: { [uri]: fix.edits.map((edit) => toLspEdit(edit, state.lines)) } },
            });
          });
        }
      }
      const safe = mergeSafeEdits(state.diagnostics);
      const fixAllTitle = say({ vi: `Sửa mọi lỗi an toàn trong tệp (${safe.count})`, en: `Fix all safe problems in the file (${safe.count})` });
      const fixAllEdit = { changes: { [uri]: safe.edits.map((edit) => toLspEdit(edit, state.lines)) } };
      // Listed once, as the source action: VS Code shows it in the light-bulb menu too, and a
      // second copy as a quick fix made editors that list both (Neovim) show it twice.
      if (safe.count > 0 && wants(CodeActionKind.SourceFixAll)) {
        actions.push({ title: fixAllTitle, kind: `${CodeActionKind.SourceFixAll}.kehoach`, edit: fixAllEdit });
      }
      return actions;
    }),
  );

  // ---------------------------------------------------------------------------------------------
  // Custom requests (protocol.ts)

  connection.onRequest(
    PreviewRequest,
    guardRequest('preview', async (params: PreviewParams): Promise<PreviewResult> => {
      const found = await indexedFileOf(params.uri);
      if (!found) return { version: -1 };
      const layout = layoutOptionsOf(params.layout);
      const { html, page } = previewHtml(found.project.workspace, found.file, layout.options);
      return {
        html,
        page,
        ...(layout.problems.length > 0 ? { layoutProblems: layout.problems.map(say) } : {}),
        version: documents.get(params.uri)?.version ?? -1,
      };
    }),
  );

  connection.onRequest(
    BuildRequest,
    guardRequest('build', async (params: BuildParams): Promise<BuildResult> => {
      const path = uriToPath(params.uri);
      const found = await indexedFileOf(params.uri);
      if (!path || !found) {
        return { error: say({ vi: 'Chỉ xuất được tệp .kh đã lưu trên đĩa.', en: 'Only a .kh file saved on disk can be built.' }) };
      }
      // As on the command line, a plan with errors is not built: the document would say something
      // the drafter did not mean. Only the rules that can report an error run, as for a build.
      const errors = checkFileForErrors(found.project.workspace, found.file.uri, checkOptions(found.project));
      if (!BUILD_FORMATS.includes(params.format)) {
        return { error: say({ vi: `Không có định dạng xuất "${String(params.format)}".`, en: `There is no output format "${String(params.format)}".` }) };
      }
      const format = params.format.toUpperCase();
      if (errors.length > 0) {
        return {
          error: say({
            vi: `Kế hoạch còn ${errors.length} lỗi (xem Problems); sửa lỗi trước khi xuất ${format}.`,
            en: `The plan has ${errors.length} error(s) (see Problems); fix them before building the ${format}.`,
          }),
        };
      }
      const layout = layoutOptionsOf(params.layout);
      if (layout.problems.length > 0) return { error: layout.problems.map(say).join(' ') };
      try {
        const { workspace, calendar, root } = found.project;
        const target = { workspace, file: found.file, planPath: path, root, calendar };
        const convert = options.convert ?? libreOfficeConverter(params.libreOffice, root);
        return { path: await buildPlan(params.format, target, layout.options, options.fs, options.now(), convert) };
      } catch (error) {
        logError('build', error);
        // A refused or failed write is said in words (server/src/node/atomic-write.ts); anything
        // else is a fault of the build, shown as it is.
        const fault = error instanceof Error ? error.message : String(error);
        const detail: Message = error instanceof WriteError || error instanceof ConversionError ? error.words() : { vi: fault, en: fault };
        const missing = error instanceof ConversionError && (error.failure.kind === 'missing' || error.failure.kind === 'unusable');
        return { error: say({ vi: `Không ghi được tệp ${format}: ${detail.vi}`, en: `The ${format} could not be written: ${detail.en}` }), ...(missing ? { missingLibreOffice: true } : {}) };
      }
    }),
  );

  connection.onRequest(
    DeadlinesRequest,
    guardRequest('deadlines', async (): Promise<DeadlinesResult> => {
      await readWorkspace();
      refreshOpenDocuments();
      const plans = projects.all().flatMap((project) =>
        project.workspace
          .userFiles()
          .filter((file) => file.header)
          .map((file) => deadlinePlan(project.workspace, file, project.calendar, project.config)),
      );
      return { plans };
    }),
  );

  connection.onRequest(
    ReportRequest,
    guardRequest('report', async (params: ReportParams): Promise<ReportResult> => {
      const path = uriToPath(params.uri);
      const found = await indexedFileOf(params.uri);
      if (!path || !found?.file.header) {
        return { error: say({ vi: 'Chỉ viết được báo cáo của một kế hoạch đã lưu trên đĩa.', en: 'A report can be written only for a plan saved on disk.' }) };
      }
      const asOf = params.asOf === undefined ? options.today() : parseIsoDate(params.asOf);
      if (!asOf) return { error: say({ vi: `"${params.asOf}" không phải ngày YYYY-MM-DD.`, en: `"${params.asOf}" is not a YYYY-MM-DD date.` }) };
      const outcome = await writeReportFile(found.project, found.file, path, asOf, options.fs);
      return 'error' in outcome ? { error: say(outcome.error) } : outcome;
    }),
  );

  connection.onRequest(
    ImportRequest,
    guardRequest('import', async (params: ImportParams): Promise<ImportResult> => {
      const path = uriToPath(params.uri);
      if (!path) return { error: say({ vi: 'Chỉ nhập được văn bản lưu trên đĩa.', en: 'Only a document saved on disk can be imported.' }) };
      // The plan joins the workspace of the document's folder: every plan of it is read first, so
      // the tasks name its catalogs' units and the import makes none of its ids.
      projects.loadPending(() => false);
      const joined = projects.projectOfLocation(pathToUri(dirname(path))).workspace;
      const outcome = await importOriginal(path, options.fs, knownDeclarations(joined, ''));
      return 'error' in outcome ? { error: say(outcome.error) } : { uri: pathToUri(outcome.path), summary: say(outcome.summary) };
    }),
  );

  connection.onRequest(
    NewPlanRequest,
    guardRequest('new plan', (params: NewPlanParams): NewPlanResult => {
      const project = params.uri ? projects.projectOfLocation(params.uri) : projects.all()[0];
      // A type the server does not know (an older or a foreign client) gets the plan's template.
      const type = params.documentType !== undefined && Object.hasOwn(DOCUMENT_TYPES, params.documentType) ? params.documentType : 'ke-hoach';
      return { snippet: newDocumentSnippet(type, project ? headerDefaults(project.workspace) : {}) };
    }),
  );

  registerEditorFeatures(connection, {
    guard,
    fileOf,
    projects: () => {
      refreshOpenDocuments();
      return projects.all();
    },
    language: () => settings.language,
  });
  registerPullDiagnostics(connection, {
    guard,
    // The open documents are parsed first: a parse that makes a new revision changes the id.
    resultId: () => {
      refreshOpenDocuments();
      return `${revision}.${contentChanges}`;
    },
    diagnose: diagnoseForPull,
    files: reportedFiles,
  });

  documents.listen(connection);
  connection.listen();
}
