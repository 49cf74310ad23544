/**
 * The check a rule at a time (checkFileInSteps), which the language server runs in slices so an
 * edit can stop it: it pauses after every rule and ends with exactly the diagnostics of checkFile,
 * on every documented example, the samples and the test fixtures.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { checkFile, checkFileInSteps } from '../../server/src/check/index';
import { ALL_RULES } from '../../server/src/check/rules-catalogue';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { workspaceCases } from './helpers';

function workspaceOf(files: Record<string, string>): Workspace {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  for (const [uri, text] of Object.entries(files)) workspace.setFile(uri, text);
  return workspace;
}

describe('the check a rule at a time', () => {
  const calendar = new WorkingCalendar();

  it.each(workspaceCases().map((one) => [one.name, one] as const))('%s: pauses after each rule and ends with the diagnostics of checkFile', (_name, one) => {
    const options = { calendar, ...(one.asOf ? { asOf: one.asOf } : {}) };
    // Each its own workspace: an analysis shared between rules is memoised per check, not per workspace.
    const expected = checkFile(workspaceOf(one.files), one.uri, options);
    const workspace = workspaceOf(one.files);
    const steps = checkFileInSteps(workspace, one.uri, options);
    let pauses = 0;
    let result: IteratorResult<void, Diagnostic[]>;
    while (!(result = steps.next()).done) pauses++;
    const file = workspace.getFile(one.uri)!;
    // A document of another type runs only the syntax and internal rules.
    const applicable = ALL_RULES.filter((rule) => !file.unsupportedType || rule.code.startsWith('syntax/') || rule.code.startsWith('internal/')).length;
    expect(pauses).toBe(applicable);
    expect(result.value).toEqual(expected);
  });

  it('gives no diagnostics, and does not pause, for a file the workspace does not hold', () => {
    const steps = checkFileInSteps(workspaceOf({}), 'file:///khong-co.kh', { calendar });
    expect(steps.next()).toEqual({ done: true, value: [] });
  });
});
