/**
 * A build asks only for a plan's errors (checkFileForErrors), and runs only the rules that can
 * report one under the user's settings. That holds only if no finding is ever more severe than
 * its rule's default, and if the errors are exactly those of a full check, whatever the settings:
 * both are checked here on every documented example, the samples and the test fixtures.
 */
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../server/src/base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import type { RuleSetting } from '../../server/src/check/context';
import { checkFile, checkFileForErrors } from '../../server/src/check/index';
import { ALL_RULES } from '../../server/src/check/rules-catalogue';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { workspaceCases } from './helpers';

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
const DEFAULT_OF = new Map<string, Severity>(ALL_RULES.map((rule) => [rule.code, rule.defaultSeverity]));

/** No settings, settings that raise and lower whole areas, and one that turns a rule off. */
const SETTINGS: Record<string, RuleSetting>[] = [
  {},
  { 'typography/': 'error', deadline: 'error', header: 'hint' },
  { 'citation/': 'off', 'prose/stale-year': 'error', 'syntax/': 'off' },
  Object.fromEntries(ALL_RULES.map((rule) => [rule.code, rule.defaultSeverity === 'error' ? 'warning' : 'error'])),
];

describe('the errors a build asks for', () => {
  const calendar = new WorkingCalendar();
  const all = workspaceCases();

  it('are checked on the examples, the samples and the fixtures', () => {
    expect(all.length).toBeGreaterThan(ALL_RULES.length + 5);
  });

  it.each(all.map((one) => [one.name, one] as const))('%s: no finding is more severe than its rule, and the errors are those of a full check', (_name, one) => {
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    for (const [uri, text] of Object.entries(one.files)) workspace.setFile(uri, text);
    const base = { calendar, ...(one.asOf ? { asOf: one.asOf } : {}) };
    for (const diagnostic of checkFile(workspace, one.uri, base)) {
      const ruleDefault = DEFAULT_OF.get(diagnostic.code);
      if (ruleDefault) expect(RANK[diagnostic.severity], `${diagnostic.code} reported as ${diagnostic.severity}`).toBeLessThanOrEqual(RANK[ruleDefault]);
    }
    for (const rules of SETTINGS) {
      const options = { ...base, rules };
      const errors = checkFile(workspace, one.uri, options).filter((diagnostic) => diagnostic.severity === 'error');
      expect(checkFileForErrors(workspace, one.uri, options)).toEqual(errors);
    }
  });
});
