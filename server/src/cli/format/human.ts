/**
 * For people: one line per problem, `file:line:col severity code message` (so editors and
 * terminals turn it into a link), files one after the other, then a summary. Colour only on a
 * terminal. Text from the plans (paths, names in messages) is shown with its control characters
 * escaped, so a file cannot drive the terminal.
 */
import { shownSafely } from '../../base/characters';
import { messageIn, type Severity } from '../../base/diagnostic';
import { countBySeverity, type Formatter, pageSuffix } from './types';

const COLOURS: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '2' };

function paint(text: string, code: string, enabled: boolean): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export const formatHuman: Formatter = (reports, options) => {
  const out: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    if (out.length > 0) out.push('');
    for (const diagnostic of report.diagnostics) {
      const { line, character } = diagnostic.location.range.start;
      const where = paint(`${shownSafely(report.path)}:${line + 1}:${character + 1}${pageSuffix(report, diagnostic, options.language)}`, '1', options.color);
      const severity = paint(diagnostic.severity, COLOURS[diagnostic.severity], options.color);
      const code = paint(shownSafely(diagnostic.code), '2', options.color);
      out.push(`${where} ${severity} ${code} ${shownSafely(messageIn(diagnostic.message, options.language))}`);
    }
  }
  const counts = countBySeverity(reports);
  const withProblems = reports.filter((report) => report.diagnostics.length > 0).length;
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) {
    out.push(
      options.language === 'en'
        ? `No problems in ${reports.length} file${reports.length === 1 ? '' : 's'}.`
        : `Không có vấn đề nào trong ${reports.length} tệp.`,
    );
  } else {
    if (out.length > 0) out.push('');
    out.push(
      options.language === 'en'
        ? `${counts.error} error(s), ${counts.warning} warning(s), ${counts.info + counts.hint} note(s) in ${withProblems} of ${reports.length} file(s).`
        : `${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info + counts.hint} gợi ý trong ${withProblems}/${reports.length} tệp.`,
    );
  }
  return `${out.join('\n')}\n`;
};
