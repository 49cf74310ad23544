/**
 * Output formats of `kehoach check` share one input: the diagnostics of each file, in the order
 * the files were given.
 */
import type { Diagnostic, Language } from '../../base/diagnostic';
import type { ParagraphPlace } from '../../original/check-original';

export interface FileReport {
  /** Path as shown to the user: relative to the working folder, with "/" separators. */
  path: string;
  diagnostics: Diagnostic[];
  /**
   * For an original (a Word, OpenDocument, PDF or text document), each diagnostic's paragraph,
   * column, page and the paragraph's text. A text file's positions stay line:column; the others'
   * lines are paragraphs (`file:P:C`).
   */
  places?: ReadonlyMap<Diagnostic, ParagraphPlace>;
  /** Whether the report's lines are paragraphs of a Word, OpenDocument or PDF file. */
  paragraphs?: boolean;
}

/** " (trang 3)" after the position of a diagnostic in a PDF, which names its page too. */
export function pageSuffix(report: FileReport, diagnostic: Diagnostic, language: Language): string {
  const page = report.places?.get(diagnostic)?.page;
  if (page === undefined) return '';
  return language === 'en' ? ` (page ${page})` : ` (trang ${page})`;
}

export interface FormatOptions {
  language: Language;
  /** ANSI colours; only for a terminal, and never when NO_COLOR is set. */
  color: boolean;
  /** Version of the tool, for formats that name their producer. */
  version: string;
}

export type Formatter = (reports: FileReport[], options: FormatOptions) => string;

export function countBySeverity(reports: FileReport[]): Record<Diagnostic['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) for (const diagnostic of report.diagnostics) counts[diagnostic.severity]++;
  return counts;
}

/** Where the rules are explained, for links in SARIF and editors. */
export const RULES_DOC_URL = 'https://github.com/kehoach/kehoach/blob/main/docs/rules.md';

/** The anchor of a rule's entry in docs/rules.md, as GitHub writes heading ids. */
export function ruleAnchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}
