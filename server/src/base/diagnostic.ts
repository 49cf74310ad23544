/**
 * Diagnostics are domain objects: a stable rule code, a message in Vietnamese and English, a
 * location in the original text and, where one exists, the edits of a fix. The language server
 * converts them to LSP in one place; the CLI prints the same objects.
 */
import type { Location } from './source';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type Language = 'vi' | 'en';

/** A text in both languages the product speaks; Vietnamese is the default. */
export interface Message {
  vi: string;
  en: string;
}

/** Replace the original text in [start, end) by newText. Offsets are in the original text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Message;
  edits: TextEdit[];
  /** Safe fixes are applied by `kehoach check --fix`; the others only as editor quick fixes. */
  safe: boolean;
}

export interface RelatedInformation {
  uri: string;
  location: Location;
  message: Message;
}

/** A problem a check found, before the pipeline gives it its rule's severity and its file. */
export interface Finding {
  /** Stable rule code such as `citation/symbol-type`; documented in docs/rules.md. */
  code: string;
  message: Message;
  location: Location;
  fixes?: Fix[];
  related?: RelatedInformation[];
  /** Marks diagnostics about code that is unused or obsolete, for editors that fade it. */
  tags?: ('unnecessary' | 'deprecated')[];
  /**
   * Set only where a rule documents a second severity (docs/rules.md says where); otherwise the
   * rule's default severity applies.
   */
  severity?: Severity;
}

export interface Diagnostic extends Finding {
  severity: Severity;
  uri: string;
}

export function messageIn(message: Message, language: Language): string {
  return language === 'en' ? message.en : message.vi;
}

/**
 * A problem found inside a piece of text (a citation phrase, a deadline) before it is placed in a
 * file: offsets are relative to the start of that text in the normalised source.
 */
export interface LocalProblem {
  /** The rule's code; the rule gives the severity. */
  code: string;
  message: Message;
  start: number;
  end: number;
  /** Replacement of [start, end) for the fix, when the problem has a mechanical fix. */
  replacement?: string;
  fixTitle?: Message;
}

/**
 * Applies edits that do not overlap, all in offsets of `text`, in one pass over the text: a
 * formatted file can carry an edit on every line, and rebuilding the whole text per edit would
 * take quadratic time. An insertion comes before a replacement that starts at the same offset.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const edit of ordered) {
    parts.push(text.slice(at, edit.start), edit.newText);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
