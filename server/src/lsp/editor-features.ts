/**
 * The read-only features every editor asks for beyond hover and completion: folding ranges,
 * semantic tokens, workspace symbols, document links and the inlay hints of deadlines. Each reads
 * the parsed files the server already keeps (projects.ts) and converts through to-lsp.ts; server.ts
 * registers them with its guard, so a failure answers empty and never takes the server down.
 */
import { relative } from 'node:path';
import type {
  ClientCapabilities,
  Connection,
  DocumentLinkParams,
  FoldingRangeParams,
  InlayHintParams,
  ResponseError,
  SemanticTokensParams,
  ServerCapabilities,
  WorkspaceSymbolParams,
} from 'vscode-languageserver';
import type { Language } from '../base/diagnostic';
import type { PlanFile } from '../model/ast';
import { documentLinks } from './document-links';
import { foldsOf } from './folding';
import { dayHints } from './inlay-hints';
import { type Project, UNSAVED_ROOT, uriToPath } from './projects';
import { semanticTokensOf } from './semantic-tokens';
import { SEMANTIC_TOKENS_LEGEND, toDocumentLink, toFoldingRange, toInlayHint, toSemanticTokens, toWorkspaceSymbol } from './to-lsp';
import { workspaceSymbols } from './workspace-symbols';

export const EDITOR_FEATURE_CAPABILITIES: ServerCapabilities = {
  foldingRangeProvider: true,
  semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
  workspaceSymbolProvider: true,
  documentLinkProvider: { resolveProvider: false },
  inlayHintProvider: true,
};

/** Which of the editor's views of a file the client can be asked to draw again. */
export interface EditorFeatureRefresh {
  semanticTokens: boolean;
  inlayHints: boolean;
}

export function clientRefreshesEditorFeatures(capabilities: ClientCapabilities): EditorFeatureRefresh {
  return {
    semanticTokens: capabilities.workspace?.semanticTokens?.refreshSupport === true,
    inlayHints: capabilities.workspace?.inlayHint?.refreshSupport === true,
  };
}

/**
 * Asks the client to request the semantic tokens and inlay hints of its open files again. Both read
 * more than the file (a unit declared in a catalog turns an unknown reference into a known one; the
 * calendar of kehoach.config.json and the language move the hints), and an editor asks for them
 * only when its own file changes, so the server says when something else they read did.
 */
export function refreshEditorFeatures(connection: Connection, support: EditorFeatureRefresh): void {
  // A client that fails the request only misses a redraw; its next request of the file is right.
  if (support.semanticTokens) connection.languages.semanticTokens.refresh().catch(() => undefined);
  if (support.inlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
}

/** server.ts's guard: a failing handler is logged and answered with `fallback`. */
type Guard = <P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>) => (params: P) => Promise<R | ResponseError<void>>;

export interface EditorFeatureContext {
  guard: Guard;
  fileOf(uri: string): { project: Project; file: PlanFile } | undefined;
  projects(): Project[];
  language(): Language;
}

/** "danh-muc.kh:5": a declaration's place as the drafter would name it, relative to the workspace. */
export function describePlace(project: Project, uri: string, line: number): string {
  const path = uriToPath(uri);
  const shown = path && project.root !== UNSAVED_ROOT ? relative(project.root, path) : uri;
  return `${shown}:${line + 1}`;
}

export function registerEditorFeatures(connection: Connection, context: EditorFeatureContext): void {
  const { guard, fileOf } = context;

  connection.onFoldingRanges(
    guard('folding ranges', [], (params: FoldingRangeParams) => {
      const found = fileOf(params.textDocument.uri);
      return found ? foldsOf(found.file).map(toFoldingRange) : [];
    }),
  );

  connection.languages.semanticTokens.on(
    guard('semantic tokens', { data: [] as number[] }, (params: SemanticTokensParams) => {
      const found = fileOf(params.textDocument.uri);
      return found ? toSemanticTokens(semanticTokensOf(found.project.workspace, found.file, found.project.calendar)) : { data: [] };
    }),
  );

  connection.onWorkspaceSymbol(
    guard('workspace symbols', [], (params: WorkspaceSymbolParams) => {
      // A file may be reachable from two folders' projects only once: each project owns its files.
      const files = context.projects().flatMap((project) => project.workspace.userFiles());
      return workspaceSymbols(files, params.query).map(toWorkspaceSymbol);
    }),
  );

  connection.onDocumentLinks(
    guard('document links', [], (params: DocumentLinkParams) => {
      const found = fileOf(params.textDocument.uri);
      if (!found) return [];
      const { project, file } = found;
      return documentLinks(project.workspace, file, context.language(), (uri, line) => describePlace(project, uri, line)).map(toDocumentLink);
    }),
  );

  connection.languages.inlayHint.on(
    guard('inlay hints', [], (params: InlayHintParams) => {
      const found = fileOf(params.textDocument.uri);
      if (!found) return [];
      const { project, file } = found;
      const lines = file.source.lines;
      const [start, end] = [lines.offsetAt(params.range.start), lines.offsetAt(params.range.end)];
      return dayHints(project.workspace, file, project.calendar, context.language(), start, end).map((hint) => toInlayHint(hint, lines));
    }),
  );
}
