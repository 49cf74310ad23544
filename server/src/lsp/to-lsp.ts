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
  type DocumentLink,
  type FoldingRange,
  FoldingRangeKind,
  type InlayHint,
  InlayHintKind,
  type Location as LspLocation,
  type Range as LspRange,
  type SemanticTokens,
  SemanticTokensBuilder,
  type SemanticTokensLegend,
  type SymbolInformation,
  SymbolKind,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { type Diagnostic, type Language, messageIn, type Severity, type TextEdit } from '../base/diagnostic';
import type { LineIndex, Location } from '../base/source';
import type { PlanLink } from './document-links';
import type { Fold } from './folding';
import type { DayHint } from './inlay-hints';
import { type SemanticToken, TOKEN_MODIFIERS, TOKEN_TYPES } from './semantic-tokens';
import type { DeclaredSymbol } from './workspace-symbols';

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

// ---------------------------------------------------------------------------------------------
// The features editors other than VS Code rely on: folding, semantic tokens, symbols, links, hints.

export function toFoldingRange(fold: Fold): FoldingRange {
  return { startLine: fold.startLine, endLine: fold.endLine, kind: fold.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region };
}

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/**
 * The protocol's relative encoding of tokens: sorted by position, one line each (a client need not
 * support tokens across lines), and none overlapping the one before it, which the encoding cannot
 * say; of two tokens at one place the first given wins.
 */
export function toSemanticTokens(tokens: readonly SemanticToken[]): SemanticTokens {
  const sorted = tokens
    .filter((token) => token.location.range.start.line === token.location.range.end.line)
    .map((token, order) => ({ token, order }))
    .sort((a, b) => a.token.location.start - b.token.location.start || a.order - b.order);
  const builder = new SemanticTokensBuilder();
  let reached = -1;
  for (const { token } of sorted) {
    if (token.location.start < reached) continue;
    const { start, end } = token.location.range;
    const modifiers = token.modifiers.reduce((bits, modifier) => bits | (1 << TOKEN_MODIFIERS.indexOf(modifier)), 0);
    builder.push(start.line, start.character, end.character - start.character, TOKEN_TYPES.indexOf(token.type), modifiers);
    reached = token.location.end;
  }
  return builder.build();
}

const SYMBOL_KINDS: Record<DeclaredSymbol['kind'], SymbolKind> = {
  // As in the outline (document-symbols.ts).
  document: SymbolKind.Constant,
  unit: SymbolKind.Object,
  task: SymbolKind.Event,
};

export function toWorkspaceSymbol(symbol: DeclaredSymbol): SymbolInformation {
  return { name: symbol.name, kind: SYMBOL_KINDS[symbol.kind], location: toLocation(symbol.uri, symbol.location), containerName: symbol.container };
}

export function toDocumentLink(link: PlanLink): DocumentLink {
  return { range: toRange(link.location), target: link.target, tooltip: link.tooltip };
}

export function toInlayHint(hint: DayHint, lines: LineIndex): InlayHint {
  return { position: lines.positionAt(hint.offset), label: hint.label, kind: InlayHintKind.Parameter, paddingLeft: true };
}
