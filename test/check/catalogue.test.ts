/**
 * The rule catalogue: one entry per code, each complete in both languages, and docs/rules.md is
 * exactly what the catalogue renders (UPDATE_DOCS=1 rewrites it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, renderRulesMarkdown } from '../../server/src/check/rules-catalogue';

const DOC = 'docs/rules.md';

describe('the rule catalogue', () => {
  it('lists each code once, in the area/name form', () => {
    const codes = ALL_RULES.map((rule) => rule.code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
    for (const code of codes) expect(code).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  });

  it.each(ALL_RULES.map((rule) => ({ code: rule.code, rule })))('describes $code in Vietnamese and English', ({ rule }) => {
    for (const message of [rule.summary, rule.rationale, ...(rule.fix ? [rule.fix] : [])]) {
      expect(message.vi.trim().length).toBeGreaterThan(0);
      expect(message.en.trim().length).toBeGreaterThan(0);
    }
    expect(rule.example.trim().length).toBeGreaterThan(0);
  });

  it('is what docs/rules.md shows', () => {
    const rendered = renderRulesMarkdown(ALL_RULES);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, rendered);
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });
});
