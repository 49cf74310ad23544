/**
 * The custom messages between the VS Code client and the language server, typed once here and
 * imported by both. This file imports nothing, so the client bundle does not pull in the server.
 */

/** Settings the client passes when it starts the server. */
export interface InitializationOptions {
  /** Where docs/rules.md lives (a URI), so each diagnostic code links to its explanation. */
  rulesDocUri?: string;
}

export const PreviewRequest = 'kehoach/preview';

/**
 * The page the editor asks for (the settings `kehoach.layout.*`), within Nghị định 30's ranges; a
 * value outside them is refused by the server with the reason, as `kehoach build` refuses it.
 */
export interface LayoutSettings {
  /** Body size, 13 or 14 pt. */
  bodySizePt?: number;
  /** Margins in millimetres. */
  marginsMm?: { top?: number; bottom?: number; left?: number; right?: number };
}

export interface PreviewParams {
  uri: string;
  layout?: LayoutSettings;
}

/** The printed page the preview cuts the blocks into. */
export interface PreviewPage {
  widthMm: number;
  heightMm: number;
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Size of the page numbers, centred in the top margin from the second page of each section. */
  pageNumberSizePt: number;
}

export interface PreviewResult {
  /** A complete HTML document, or undefined when the file is not known to the server. */
  html?: string;
  page?: PreviewPage;
  /** Why the layout settings were not used, in the language the user chose. */
  layoutProblems?: string[];
  /** The version of the text the HTML was made from; -1 for a file that is not open. */
  version: number;
}

export const BuildRequest = 'kehoach/build';

/** The formats `kehoach build --format` writes. */
export type BuildFormat = 'docx' | 'html' | 'ics' | 'json' | 'pdf';

export interface BuildParams {
  uri: string;
  format: BuildFormat;
  layout?: LayoutSettings;
  /**
   * The setting `kehoach.pdf.libreOffice`: the path of LibreOffice's soffice, for a PDF. Empty or
   * left out, soffice is looked for on PATH and in the usual install folders.
   */
  libreOffice?: string;
}

export interface BuildResult {
  /** Absolute path of the file written. */
  path?: string;
  /** Why nothing was written, in the language the user chose. */
  error?: string;
  /**
   * A PDF was asked for and there is no LibreOffice to run (none found, or none at the path of
   * `kehoach.pdf.libreOffice`): the editor offers the DOCX instead.
   */
  missingLibreOffice?: boolean;
}

/** Writes the plan of a Word, OpenDocument, PDF or text document as a new `.kh` beside it (`kehoach import`). */
export const ImportRequest = 'kehoach/import';

export interface ImportParams {
  /** The document to import (a file URI). */
  uri: string;
}

export interface ImportResult {
  /** The new plan's URI: never a file that was there before. */
  uri?: string;
  /** What was recognised, per kind, in the language the user chose. */
  summary?: string;
  /** Why nothing was written, in the language the user chose. */
  error?: string;
}

/** Writes the Báo cáo a plan asks for beside it (`kehoach report`). */
export const ReportRequest = 'kehoach/report';

export interface ReportParams {
  uri: string;
  /** YYYY-MM-DD; today where the user is when left out. */
  asOf?: string;
}

export interface ReportResult {
  /** Absolute path of the report written. */
  path?: string;
  tasks?: number;
  overdue?: number;
  /** Why nothing was written, in the language the user chose. */
  error?: string;
}

export const NewPlanRequest = 'kehoach/newPlan';

/** The types of document the new-document command writes (model/document-types.ts). */
export type NewDocumentType = 'ke-hoach' | 'bao-cao' | 'to-trinh' | 'quyet-dinh' | 'cong-van';

export interface NewPlanParams {
  /** The workspace folder (or a file in it) whose plans give the header's agency and place. */
  uri?: string;
  /** The type of the new document; a plan when left out. */
  documentType?: NewDocumentType;
}

export interface NewPlanResult {
  /** The template of the document in VS Code snippet syntax. */
  snippet: string;
}

/**
 * The options of the Node process VS Code starts the server in (client/src/extension.ts). V8 lets
 * the young generation grow to two halves of 16 MB, fixed when the process starts; the server's
 * garbage dies young either way, and halves of 8 MB take 16 MB less of its memory (a workspace of
 * 1,000 plans: about 132 MB instead of 148 MB once every plan is reported on) for more, shorter
 * scavenges.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=8'];

/** Sent by the server after each check run, so the client's status item can say what it found. */
export const StatusNotification = 'kehoach/status';

export interface StatusParams {
  /** Files of the workspace the server knows, user files only. */
  files: number;
  /** Problems in every file of the workspace, open or not, by severity. */
  errors: number;
  warnings: number;
}

/** Every task of every plan the server knows, with its last day, for the editor's deadline view. */
export const DeadlinesRequest = 'kehoach/deadlines';

export interface DeadlineTask {
  id: string;
  name: string;
  /** The lead units by name. */
  lead: string[];
  /** The last day (ISO), when the deadline gives one. */
  lastDay?: string;
  /** The deadline as written in the plan. */
  written?: string;
  /** Where the task is declared: zero-based line and UTF-16 character, as LSP counts. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface DeadlinePlan {
  uri: string;
  title: string;
  /** The reference day of the plan's configuration (`asOf` in kehoach.config.json), ISO. */
  asOf?: string;
  /** How many calendar days ahead counts as due soon (`dueSoonDays`, 7 by default). */
  dueSoonDays: number;
  tasks: DeadlineTask[];
}

export interface DeadlinesResult {
  plans: DeadlinePlan[];
}
