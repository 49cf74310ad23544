/**
 * Formatting in the editor: the core formatter's edits, for the whole document or for the lines of
 * a selection. The formatter changes only whitespace and numbers, so formatting on save can never
 * change what a plan says.
 */
import type { TextEdit } from '../base/diagnostic';
import { LineIndex, type Range } from '../base/source';
import { formatPlan } from '../format/format';
import { parsePlan } from '../syntax/parse';

export function formatDocument(uri: string, text: string): TextEdit[] {
  return formatPlan(parsePlan(uri, text));
}

/**
 * The edits of the whole document that lie in the lines the range touches. Numbers are decided by
 * the whole body, so a selection gets the new numbers of its own markers and leaves the others for
 * a full format. A range that ends at the start of a line, as a selection of whole lines does,
 * leaves that line out.
 */
export function formatRange(uri: string, text: string, range: Range): TextEdit[] {
  const lines = new LineIndex(text);
  const lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  const start = lines.lineStart(range.start.line);
  const end = lines.lineSpan(lastLine).next;
  return formatDocument(uri, text).filter((edit) => edit.start >= start && edit.end <= end);
}
