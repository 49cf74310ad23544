/**
 * Checking a document the drafter already has: its recognised plan runs through every rule, as any
 * plan does, with the original beside it for the rules only an original can fail; then each
 * diagnostic is moved from the plan's offsets back to the original's paragraph and column.
 */
import type { Diagnostic } from '../base/diagnostic';
import type { Location } from '../base/source';
import type { CheckOptions } from '../check/context';
import { checkFile, ruleSetting } from '../check/index';
import { ORIGINAL_RULE_CODES, type OriginalRole, type OriginalView } from '../check/original';
import { ruleByCode } from '../check/rules/index';
import type { Workspace } from '../model/workspace';
import type { OriginalDocument, ParagraphRole } from './document';
import { checkFormat } from './format-checks';
import type { Recognition } from './recognise';

/** The recogniser's roles are the roles the checks of an original read; this stops compiling if the two lists part. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type RolesAgree = Holds<Same<ParagraphRole, OriginalRole>>;

/** Turns columns of a paragraph into the location a report shows. */
export type Locate = (paragraph: number, start: number, end: number) => Location;

/** Where a diagnostic of an original is, for the reports that name a paragraph and a page. */
export interface ParagraphPlace {
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based column in the paragraph. */
  column: number;
  /** The page, for a PDF: its pages are what its reader sees. */
  page?: number;
  /** The paragraph's text, for a report to show. */
  excerpt: string;
}

export interface OriginalDiagnostics {
  diagnostics: Diagnostic[];
  /** For each diagnostic, its paragraph, column, page and the paragraph's text. */
  places: Map<Diagnostic, ParagraphPlace>;
}

const ORIGINAL_CODES: ReadonlySet<string> = new Set(ORIGINAL_RULE_CODES);

/**
 * A plan has a header; a Quyết định, a Công văn or a Báo cáo imported without one is not missing
 * the plan's header, so that finding is left out for them.
 */
const NOT_FOR_OTHER_TYPES: ReadonlySet<string> = new Set(['header/missing']);

/**
 * An original's "Kính gửi" line stays prose, where the letter rules, which read the "kính gửi"
 * field, do not see it: that a letter names no addressee is said only of one that has no such line.
 */
const ADDRESSEES_LINE = /^\s*kính\s+gửi(?![\p{L}\p{N}])/iu;

/**
 * Checks the recognised plan, which the workspace holds at `uri` (so the folder's catalogs resolve
 * its references), and gives the diagnostics in the original's positions. Fixes are dropped: they
 * are edits of the plan, not of the original.
 */
export function checkOriginal(workspace: Workspace, uri: string, recognition: Recognition, locate: Locate, options: CheckOptions): OriginalDiagnostics {
  const document = recognition.document;
  const byIndex = new Map(document.paragraphs.map((paragraph) => [paragraph.index, paragraph]));
  // A rule that reads the original reports in its positions through the view's locate; those
  // findings are taken as they are, not moved through the map.
  const inOriginal = new WeakSet<Location>();
  const view: OriginalView = {
    pieces: recognition.pieces,
    paragraphText: (paragraph) => byIndex.get(paragraph)?.text ?? '',
    locate: (paragraph, start, end) => {
      const location = locate(paragraph, start, end);
      inOriginal.add(location);
      return location;
    },
  };
  const diagnostics: Diagnostic[] = [];
  const places = new Map<Diagnostic, ParagraphPlace>();
  const addresseesLine = document.paragraphs.some((paragraph) => ADDRESSEES_LINE.test(paragraph.text));
  for (const found of checkFile(workspace, uri, { ...options, original: view })) {
    if (!recognition.planHeader && NOT_FOR_OTHER_TYPES.has(found.code)) continue;
    if (found.code === 'letter/addressees' && addresseesLine) continue;
    const { fixes: _planEdits, related, ...rest } = found;
    let paragraph: number;
    let column: number;
    let location: Location;
    if (ORIGINAL_CODES.has(found.code) || inOriginal.has(found.location)) {
      location = found.location;
      const place = placeOfLocation(document, location, locate);
      paragraph = place.paragraph;
      column = place.column;
    } else {
      const span = recognition.map.spanOf(found.location.start, found.location.end);
      paragraph = span.paragraph;
      column = span.start;
      location = locate(span.paragraph, span.start, span.end);
      // A span the original broke across paragraphs (lines of a text) ends where its last part does.
      if (span.last) {
        const tail = locate(span.last.paragraph, 0, span.last.end);
        location = { start: location.start, end: tail.end, range: { start: location.range.start, end: tail.range.end } };
      }
    }
    const diagnostic: Diagnostic = { ...rest, location };
    const kept = (related ?? []).filter((information) => information.uri !== uri);
    if (kept.length > 0) diagnostic.related = kept;
    diagnostics.push(diagnostic);
    const original = byIndex.get(paragraph);
    places.set(diagnostic, { paragraph, column: column + 1, ...(document.kind === 'pdf' && original?.page !== undefined ? { page: original.page } : {}), excerpt: original?.text ?? '' });
  }
  // The format of a Word or OpenDocument original (Phụ lục I) is judged on the document itself,
  // each paragraph by the role the recogniser gave it; the user's severities apply as to any rule.
  for (const found of checkFormat(document, recognition.roles, locate)) {
    const setting = ruleSetting(found.code, options.rules ?? {});
    if (setting === 'off') continue;
    const diagnostic: Diagnostic = { ...found, severity: setting ?? ruleByCode(found.code)?.defaultSeverity ?? 'warning', uri };
    diagnostics.push(diagnostic);
    const { paragraph, column } = placeOfLocation(document, found.location, locate);
    places.set(diagnostic, { paragraph, column: column + 1, excerpt: byIndex.get(paragraph)?.text ?? '' });
  }
  diagnostics.sort((a, b) => places.get(a)!.paragraph - places.get(b)!.paragraph || places.get(a)!.column - places.get(b)!.column || a.code.localeCompare(b.code));
  return { diagnostics, places };
}

/**
 * The paragraph and column of a location the checks of an original gave: `locate` made it, so the
 * paragraph is found again by asking `locate` where each paragraph starts.
 */
function placeOfLocation(document: OriginalDocument, location: Location, locate: Locate): { paragraph: number; column: number } {
  const paragraphs = document.paragraphs;
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (locate(paragraphs[middle]!.index, 0, 0).start <= location.start) low = middle;
    else high = middle - 1;
  }
  const paragraph = paragraphs[low];
  if (!paragraph) return { paragraph: 1, column: 0 };
  return { paragraph: paragraph.index, column: Math.max(0, location.start - locate(paragraph.index, 0, 0).start) };
}

/**
 * Positions of a Word, OpenDocument or PDF original: line is the paragraph (so `file:P:C`), and
 * offsets count through the paragraphs' texts joined by a line break, as a reader of the JSON
 * output would join them.
 */
export function paragraphLocator(document: OriginalDocument): Locate {
  const starts = new Map<number, number>();
  const lengths = new Map<number, number>();
  let offset = 0;
  for (const paragraph of document.paragraphs) {
    starts.set(paragraph.index, offset);
    lengths.set(paragraph.index, paragraph.text.length);
    offset += paragraph.text.length + 1;
  }
  return (paragraph, start, end) => {
    const length = lengths.get(paragraph) ?? 0;
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    const base = starts.get(paragraph) ?? 0;
    return {
      start: base + from,
      end: base + to,
      range: { start: { line: paragraph - 1, character: from }, end: { line: paragraph - 1, character: to } },
    };
  };
}
