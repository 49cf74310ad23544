/**
 * Semantic tokens: what each word of a plan is, for editors that colour by meaning (and for
 * Neovim, Helix and Emacs, which do not read the TextMate grammar). Keywords at the start of a
 * line and item markers, field keys, the ids of documents, units and tasks where they are declared
 * and where they are referred to, the dates of the header and of `hạn` lines, and comments. The
 * token types are the protocol's standard ones, so every colour theme already has a colour for
 * them.
 */
import { foldKey, type Location } from '../base/source';
import type { WorkingCalendar } from '../deadline/calendar';
import type { DocumentDecl, PlanFile } from '../model/ast';
import { fieldOf, forEachInline, forEachItem } from '../model/walk';
import { tasksOf, type Workspace } from '../model/workspace';
import { PlanText } from '../render/resolve';
import { deadlineFacts, tasksWithDeadlines } from './deadline-facts';

/** The legend, in the order the protocol numbers them; each maps onto a standard token type. */
export const TOKEN_TYPES = [
  /** `kế hoạch`, `văn bản`, `đơn vị`, `nhiệm vụ`, `nơi nhận` and the markers `I.`, `1.`, `a)`. */
  'keyword',
  /** A field key: `chủ trì`, `hạn`, `trích yếu`. */
  'property',
  /** A document (văn bản): its id and `@ID`. */
  'class',
  /** A unit (đơn vị): an agency or an office. */
  'namespace',
  /** A task (nhiệm vụ), also in `[hạn ID]`. */
  'event',
  /** A date of the header or of a deadline. */
  'number',
  'comment',
  /** A reference to an id the workspace does not declare. */
  'variable',
] as const;

export const TOKEN_MODIFIERS = [
  'declaration',
  /** Declared by the built-in catalog that ships with the tools. */
  'defaultLibrary',
  /** A document that is no longer in force or has been replaced. */
  'deprecated',
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  location: Location;
  type: TokenType;
  modifiers: TokenModifier[];
}

/** `tình trạng: hết hiệu lực` or `bị thay thế`: citing it is allowed but worth a different colour. */
function outOfForce(declaration: DocumentDecl): boolean {
  const status = fieldOf(declaration, 'status');
  if (!status) return false;
  const key = foldKey(status.value.text);
  return key.includes('het hieu luc') || key.includes('thay the') || key.includes('expired') || key.includes('replaced');
}

/** The tokens of a file in no particular order; to-lsp.ts sorts them and drops overlaps. */
export function semanticTokensOf(workspace: Workspace, file: PlanFile, calendar: WorkingCalendar): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  const lines = file.source.lines;
  const push = (location: Location, type: TokenType, modifiers: TokenModifier[] = []): void => {
    if (location.end > location.start) tokens.push({ location, type, modifiers });
  };
  /** The keyword a block starts with: from its first character up to `end`, blanks dropped. */
  const keywordBefore = (start: number, end: number): void => {
    const text = file.source.original;
    let last = end;
    while (last > start && /\s|:/.test(text[last - 1]!)) last--;
    push(lines.location(start, last), 'keyword');
  };

  if (file.header) {
    const head = file.source.lineAt(file.header.loc.start);
    keywordBefore(file.header.loc.start, head.end);
    for (const field of file.header.fields) {
      push(field.keyLoc, 'property');
      if (field.key === 'date') push(field.value.loc, 'number');
    }
  }
  forEachItem(file.items, (item) => push(item.markerLoc, 'keyword'));
  const tasks = tasksOf(file);
  for (const declaration of file.declarations) {
    keywordBefore(declaration.loc.start, declaration.idLoc.start);
    const type: TokenType = declaration.kind === 'document' ? 'class' : declaration.kind === 'unit' ? 'namespace' : 'event';
    const modifiers: TokenModifier[] = ['declaration'];
    if (declaration.kind === 'document' && outOfForce(declaration)) modifiers.push('deprecated');
    push(declaration.idLoc, type, modifiers);
    for (const field of declaration.fields) push(field.keyLoc, 'property');
  }
  if (file.recipients) push(file.recipients.headLoc, 'keyword');
  forEachInline(file, (inline) => {
    if (inline.kind === 'text') return;
    if (inline.kind === 'deadline-ref') {
      push(inline.idLoc, 'event');
      return;
    }
    const declared = workspace.resolve(inline.id, file.uri);
    if (declared) {
      const modifiers: TokenModifier[] = declared.builtin ? ['defaultLibrary'] : [];
      if (declared.declaration.kind === 'document' && outOfForce(declared.declaration)) modifiers.push('deprecated');
      push(inline.loc, declared.declaration.kind === 'document' ? 'class' : 'namespace', modifiers);
    } else {
      push(inline.loc, tasks.has(inline.id) ? 'event' : 'variable');
    }
  });
  const text = new PlanText(workspace, file);
  for (const { task, field } of tasksWithDeadlines(file)) {
    for (const site of deadlineFacts(text, task, field, calendar).sites) {
      if (site.role !== 'end') push(lines.location(site.start, site.end), 'number');
    }
  }
  for (const comment of file.comments) push(comment.loc, 'comment');
  return tokens;
}
