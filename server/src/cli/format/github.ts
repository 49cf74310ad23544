/**
 * GitHub Actions workflow commands: each problem becomes an annotation on its line of the pull
 * request. Messages and properties are escaped as the runner expects, after their control
 * characters are shown escaped: a line break or an escape sequence from a plan would otherwise
 * reach the log, where `::` at a line start is a command.
 */
import { shownSafely } from '../../base/characters';
import { messageIn, type Severity } from '../../base/diagnostic';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

function escapeData(text: string): string {
  return shownSafely(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (reports, options) => {
  const lines: string[] = [];
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) {
      const { start, end } = diagnostic.location.range;
      const properties = [
        `file=${escapeProperty(report.path)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(diagnostic.code)}`,
      ].join(',');
      lines.push(`::${COMMAND[diagnostic.severity]} ${properties}::${escapeData(messageIn(diagnostic.message, options.language))}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
