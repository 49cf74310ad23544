/**
 * The syntax rules of the catalogue are what the parser reports: each example triggers its rule,
 * at the catalogued severity, and no fixture or sample gets a syntax diagnostic at another severity
 * except where the catalogue says the severity depends on the context.
 */
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../server/src/base/diagnostic';
import { ALL_RULES, ruleByCode } from '../../server/src/check/rules';
import { parsePlan } from '../../server/src/syntax/parse';

const SYNTAX_RULES = ALL_RULES.filter((rule) => rule.code.startsWith('syntax/'));

function parse(text: string) {
  return parsePlan('file:///test.kh', text);
}

/** The severity a finding is reported at: its own where the rule documents a second one, else the rule's. */
function severityOf(finding: Finding): Severity {
  return finding.severity ?? ruleByCode(finding.code)!.defaultSeverity;
}

/** A control character cannot be shown in docs/rules.md, so its example describes one in words. */
const EXAMPLE_TEXT: Record<string, string> = {
  'syntax/unexpected-character': 'Văn bản\u0001 này.\n',
};

/** Rules whose severity depends on the context, as their summary says, with a case for each other severity. */
const OTHER_SEVERITIES: Record<string, { severity: Severity; text: string }[]> = {
  'syntax/missing-value': [
    { severity: 'warning', text: 'kế hoạch\n  số:\n' },
    { severity: 'warning', text: 'nơi nhận:\n  - \n' },
  ],
};

describe('the syntax rules of the catalogue', () => {
  it.each(SYNTAX_RULES.map((rule) => ({ code: rule.code, rule })))('$code: its example triggers it at its severity', ({ rule }) => {
    const text = EXAMPLE_TEXT[rule.code] ?? rule.example;
    const found = parse(text).syntaxFindings.filter((diagnostic) => diagnostic.code === rule.code);
    expect(found.length).toBeGreaterThan(0);
    for (const diagnostic of found) expect(severityOf(diagnostic)).toBe(rule.defaultSeverity);
  });

  it.each(Object.entries(OTHER_SEVERITIES).flatMap(([code, cases]) => cases.map((entry) => ({ code, ...entry }))))(
    '$code is a $severity in "$text"',
    ({ code, severity, text }) => {
      const found = parse(text).syntaxFindings.filter((diagnostic) => diagnostic.code === code);
      expect(found.map(severityOf)).toEqual([severity]);
    },
  );

  it('are reported on the samples and fixtures at the catalogued severity, or at a documented other one', () => {
    const severities = new Map<string, Set<Severity>>(SYNTAX_RULES.map((rule) => [rule.code, new Set([rule.defaultSeverity, ...(OTHER_SEVERITIES[rule.code] ?? []).map((entry) => entry.severity)])]));
    const files = fg.sync(['samples/**/*.kh', 'test/fixtures/**/*.kh']);
    expect(files.length).toBeGreaterThan(0);
    const unexpected: string[] = [];
    for (const path of files) {
      for (const diagnostic of parse(readFileSync(path, 'utf8')).syntaxFindings) {
        if (!severities.get(diagnostic.code)?.has(severityOf(diagnostic))) unexpected.push(`${path}: ${diagnostic.code} ${severityOf(diagnostic)}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});
