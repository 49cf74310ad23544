/**
 * For other programs: every diagnostic with 1-based and 0-based positions, both languages of the
 * message and the fixes, so a tool can apply or display them without parsing text. The texts are
 * exact; control characters in them are written as JSON escapes, never as raw bytes.
 */
import { jsonShownSafely } from '../../base/characters';
import { messageIn } from '../../base/diagnostic';
import type { ParagraphPlace } from '../../original/check-original';
import type { Formatter } from './types';

/** An original's diagnostic also names its paragraph (1-based), its page where the file has pages, and the paragraph's text. */
function placeOf(place: ParagraphPlace | undefined): Record<string, unknown> {
  if (!place) return {};
  return { paragraph: place.paragraph, paragraphColumn: place.column, ...(place.page !== undefined ? { page: place.page } : {}), excerpt: place.excerpt };
}

export const formatJson: Formatter = (reports, options) =>
  `${jsonShownSafely(JSON.stringify(
    reports.map((report) => ({
      path: report.path,
      diagnostics: report.diagnostics.map((diagnostic) => ({
        code: diagnostic.code,
        severity: diagnostic.severity,
        message: messageIn(diagnostic.message, options.language),
        messages: diagnostic.message,
        line: diagnostic.location.range.start.line + 1,
        column: diagnostic.location.range.start.character + 1,
        endLine: diagnostic.location.range.end.line + 1,
        endColumn: diagnostic.location.range.end.character + 1,
        range: diagnostic.location.range,
        offset: diagnostic.location.start,
        endOffset: diagnostic.location.end,
        fixes: (diagnostic.fixes ?? []).map((fix) => ({ title: messageIn(fix.title, options.language), safe: fix.safe, edits: fix.edits })),
        ...placeOf(report.places?.get(diagnostic)),
      })),
    })),
    null,
    2,
  ))}\n`;
