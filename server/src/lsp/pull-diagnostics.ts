/**
 * Pull diagnostics (`textDocument/diagnostic`, `workspace/diagnostic`) for editors that ask for
 * problems instead of being sent them, and the list of every plan of the workspace that both ways
 * report on, open or not. A result id names the revision of everything a check reads (the files of
 * the workspace, the configuration, the settings): a file asked again at the same revision is
 * answered "unchanged" without checking anything, which is what makes an editor's periodic
 * workspace pull cheap.
 */
import {
  type ClientCapabilities,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  ResponseError,
  type ServerCapabilities,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';

export function clientPullsDiagnostics(capabilities: ClientCapabilities): boolean {
  return capabilities.textDocument?.diagnostic !== undefined;
}

export function clientRefreshesDiagnostics(capabilities: ClientCapabilities): boolean {
  return capabilities.workspace?.diagnostics?.refreshSupport === true;
}

export const PULL_DIAGNOSTICS_CAPABILITIES: ServerCapabilities = {
  // A plan's problems depend on the catalogs of its workspace, so an edit anywhere can change them.
  diagnosticProvider: { identifier: 'kehoach', interFileDependencies: true, workspaceDiagnostics: true },
};

/** A file the workspace reports on: by the URI the editor opened it under, with its version if open. */
export interface ReportedFile {
  uri: string;
  version: number | null;
}

type Guard = <P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>) => (params: P) => Promise<R | ResponseError<void>>;

export interface PullContext {
  guard: Guard;
  /** The revision the answers are for; it changes with every edit, file change or setting. */
  resultId(): string;
  /** The problems of a file at the current revision, undefined when it is in no workspace. */
  diagnose(uri: string): LspDiagnostic[] | undefined;
  /** Every plan and catalog of every workspace, open documents under their own URI. */
  files(): ReportedFile[];
}

export function registerPullDiagnostics(connection: Connection, context: PullContext): void {
  const empty: DocumentDiagnosticReport = { kind: 'full', items: [] };
  // The protocol types these answers' errors with cancellation data, which the guard never sends:
  // its answer to a failure is the fallback.
  const guard =
    <P, R>(name: string, fallback: R, handler: (params: P) => R) =>
    async (params: P): Promise<R> => {
      const answer = await context.guard(name, fallback, handler)(params);
      return answer instanceof ResponseError ? fallback : answer;
    };

  connection.languages.diagnostics.on(
    guard('document diagnostics', empty, (params: DocumentDiagnosticParams): DocumentDiagnosticReport => {
      const resultId = context.resultId();
      if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
      const items = context.diagnose(params.textDocument.uri);
      return items ? { kind: 'full', resultId, items } : empty;
    }),
  );

  connection.languages.diagnostics.onWorkspace(
    guard('workspace diagnostics', { items: [] }, (params: WorkspaceDiagnosticParams): WorkspaceDiagnosticReport => {
      const resultId = context.resultId();
      const previous = new Map(params.previousResultIds.map((entry) => [entry.uri, entry.value]));
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const file of context.files()) {
        if (previous.get(file.uri) === resultId) {
          items.push({ kind: 'unchanged', uri: file.uri, version: file.version, resultId });
          continue;
        }
        const diagnostics = context.diagnose(file.uri);
        if (diagnostics) items.push({ kind: 'full', uri: file.uri, version: file.version, resultId, items: diagnostics });
      }
      return { items };
    }),
  );
}
