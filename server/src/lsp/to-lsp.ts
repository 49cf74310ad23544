/**
 * The one place where domain objects become LSP objects: severities, ranges, rule codes with a
 * link to their explanation, related information, tags and edits. Every handler converts through
 * here, so a change in the protocol mapping is made once.
 */
import {
  type CodeDescription,
  type Diagnostic as LspDiagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  type Location as LspLocation,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { type Diagnostic, type Language, messageIn, type Severity, type TextEdit } from '../base/diagnostic';
import type { LineIndex, Location } from '../base/source';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const TAGS = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

/** The source name shown next to each problem in the editor. */
export const DIAGNOSTIC_SOURCE = 'kehoach';

export interface ConversionOptions {
  language: Language;
  /** URI of docs/rules.md; without it codes are shown without a link. */
  rulesDocUri?: string;
}

export function toRange(location: Location): LspRange {
  return { start: { ...location.range.start }, end: { ...location.range.end } };
}

export function toLocation(uri: string, location: Location): LspLocation {
  return { uri, range: toRange(location) };
}

/**
 * The heading anchor GitHub and VS Code's Markdown preview give a heading that is exactly the rule
 * code: lower case, with the characters other than letters, digits, "-" and "_" dropped, so
 * "citation/symbol-type" becomes "citationsymbol-type".
 */
export function ruleAnchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

export function toLspDiagnostic(diagnostic: Diagnostic, options: ConversionOptions): LspDiagnostic {
  const converted: LspDiagnostic = {
    range: toRange(diagnostic.location),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCE,
    message: messageIn(diagnostic.message, options.language),
  };
  if (options.rulesDocUri) {
    const description: CodeDescription = { href: `${options.rulesDocUri}#${ruleAnchor(diagnostic.code)}` };
    converted.codeDescription = description;
  }
  if (diagnostic.related?.length) {
    converted.relatedInformation = diagnostic.related.map((related) => ({
      location: toLocation(related.uri, related.location),
      message: messageIn(related.message, options.language),
    }));
  }
  if (diagnostic.tags?.length) converted.tags = diagnostic.tags.map((tag) => TAGS[tag]);
  return converted;
}

/** A domain edit (offsets in the original text) as an LSP edit, through the text's line index. */
export function toLspEdit(edit: TextEdit, lines: LineIndex): LspTextEdit {
  return { range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) }, newText: edit.newText };
}

/** The key under which a published diagnostic is found again when the editor asks for fixes. */
export function diagnosticKey(code: string | number | undefined, range: LspRange): string {
  return `${String(code)}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
