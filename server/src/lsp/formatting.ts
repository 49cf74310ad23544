/**
 * Formatting that can never change what a plan says: trailing white space goes, and each line is
 * put in Unicode NFC, which changes how a letter is encoded, never which letter it is. Line breaks,
 * indentation and every word stay as written.
 */
import type { TextEdit } from '../base/diagnostic';

export function formatEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const linePattern = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = linePattern.exec(text)) !== null) {
    const line = match[1]!;
    const start = match.index;
    const formatted = line.replace(/[ \t\u00a0]+$/u, '').normalize('NFC');
    if (formatted !== line) edits.push({ start, end: start + line.length, newText: formatted });
    if (match[2] === '') break;
  }
  return edits;
}
