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

export interface PreviewParams {
  uri: string;
}

export interface PreviewResult {
  /** A complete HTML document, or undefined when the file is not known to the server. */
  html?: string;
  /** The version of the text the HTML was made from; -1 for a file that is not open. */
  version: number;
}

export const BuildRequest = 'kehoach/build';

export interface BuildParams {
  uri: string;
  format: 'docx';
}

export interface BuildResult {
  /** Absolute path of the file written. */
  path?: string;
  /** Why nothing was written, in the language the user chose. */
  error?: string;
}

export const NewPlanRequest = 'kehoach/newPlan';

export interface NewPlanParams {
  /** The workspace folder (or a file in it) whose plans give the header's agency and place. */
  uri?: string;
}

export interface NewPlanResult {
  /** The plan template in VS Code snippet syntax. */
  snippet: string;
}

/** Sent by the server after each check run, so the client's status item can say what it found. */
export const StatusNotification = 'kehoach/status';

export interface StatusParams {
  /** Files of the workspace the server knows, user files only. */
  files: number;
  /** Problems in the open files, by severity. */
  errors: number;
  warnings: number;
}
