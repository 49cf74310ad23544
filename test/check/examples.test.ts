/**
 * docs/rules.md is only worth reading if its examples are true: each rule's example, beside the
 * catalog every example assumes, must trigger that rule at its documented default severity.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { checkFile } from '../../server/src/check/index';
import { ORIGINAL_RULE_CODES } from '../../server/src/check/original';
import { ALL_RULES, EXAMPLE_CONTEXT } from '../../server/src/check/rules-catalogue';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { checkText } from '../original/helpers';
import { asOfIn } from './helpers';

/**
 * Rules whose example describes its trigger in words, because the trigger cannot be shown in a
 * document: an invisible character, or a failure inside the tools themselves. Each is triggered by
 * its own tests instead.
 */
const DESCRIBED_IN_WORDS = new Set(['syntax/unexpected-character', 'text/unprintable-character', 'internal/parser', 'internal/check']);

/**
 * The format rules of Phụ lục I judge a Word or OpenDocument file's page, fonts and paragraphs,
 * which a plan in the language does not have: test/original/format-checks.test.ts triggers each.
 */
const isFormatRule = (code: string) => code.startsWith('format/');

/** Rules only an original can fail: their example is the text of a document, checked as a `.txt` file is. */
const OF_ORIGINALS: ReadonlySet<string> = new Set(ORIGINAL_RULE_CODES);

describe('every documented example', () => {
  const calendar = new WorkingCalendar();
  const rules = ALL_RULES.filter((rule) => !DESCRIBED_IN_WORDS.has(rule.code) && !isFormatRule(rule.code));

  it('covers the catalogue', () => {
    expect(rules.length).toBeGreaterThan(50);
  });

  it.each(rules.filter((rule) => OF_ORIGINALS.has(rule.code)).map((rule) => [rule.code, rule] as const))(
    '%s: the example, as an original, triggers the rule at its default severity',
    (_code, rule) => {
      const found = checkText(rule.example).diagnostics.filter((d) => d.code === rule.code);
      expect(found, `the example of ${rule.code} does not trigger it:\n${rule.example}`).not.toEqual([]);
      expect(found.map((d) => d.severity)).toContain(rule.defaultSeverity);
    },
  );

  it.each(rules.filter((rule) => !OF_ORIGINALS.has(rule.code)).map((rule) => [rule.code, rule] as const))('%s: the example triggers the rule at its default severity', (_code, rule) => {
    const { text, asOf } = asOfIn(rule.example);
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile('file:///ws/danh-muc.kh', EXAMPLE_CONTEXT);
    workspace.setFile('file:///ws/vi-du.kh', text);
    const found = checkFile(workspace, 'file:///ws/vi-du.kh', { calendar, ...(asOf ? { asOf } : {}) }).filter((d) => d.code === rule.code);
    expect(found, `the example of ${rule.code} does not trigger it:\n${text}`).not.toEqual([]);
    expect(found.map((d) => d.severity)).toContain(rule.defaultSeverity);
  });
});
