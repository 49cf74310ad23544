/**
 * JUnit XML for CI systems that show test reports: one test suite per file, one failing test
 * case per error or warning, and one passing case for a clean file so it is counted.
 */
import { shownSafely } from '../../base/characters';
import { messageIn } from '../../base/diagnostic';
import { type Formatter, pageSuffix } from './types';

/**
 * Text for an attribute or element: control characters and the characters XML 1.0 cannot carry
 * are shown escaped (`\u001b`) first, as in the terminal, then the markup characters are escaped.
 */
function xml(text: string): string {
  return shownSafely(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const formatJunit: Formatter = (reports, options) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const report of reports) {
    const failing = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error' || diagnostic.severity === 'warning');
    const cases = failing.map((diagnostic) => {
      const { line, character } = diagnostic.location.range.start;
      const message = messageIn(diagnostic.message, options.language);
      return (
        `    <testcase classname="${xml(report.path)}" name="${xml(`${diagnostic.code} ${line + 1}:${character + 1}`)}">\n` +
        `      <failure type="${xml(diagnostic.severity)}" message="${xml(message)}">${xml(`${report.path}:${line + 1}:${character + 1}${pageSuffix(report, diagnostic, options.language)} ${diagnostic.code} ${message}`)}</failure>\n` +
        '    </testcase>'
      );
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(report.path)}" name="kehoach"/>`);
    tests += cases.length;
    failures += failing.length;
    suites.push(
      `  <testsuite name="${xml(report.path)}" tests="${cases.length}" failures="${failing.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kehoach" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
