import { describe as group, expect, it } from 'vitest';
import { parseCitationPhrase } from '../../server/src/cite/phrase';
import { ALL_RULES } from '../../server/src/check/rules';
import { CITE, SAFE_FIX_CODES } from '../../server/src/cite/rules';

const CITE_CODES: readonly string[] = Object.values(CITE);
const CITE_RULES = ALL_RULES.filter((rule) => CITE_CODES.includes(rule.code));

group('rule metadata', () => {
  it('describes every code once, in both languages', () => {
    expect(CITE_RULES.map((r) => r.code).sort()).toEqual(Object.values(CITE).sort());
    for (const rule of CITE_RULES) {
      for (const message of [rule.summary, rule.rationale, ...(rule.fix ? [rule.fix] : [])]) {
        expect(message.vi.length).toBeGreaterThan(10);
        expect(message.en.length).toBeGreaterThan(10);
      }
    }
  });

  it('has examples that the citation reader reports under their rule', () => {
    for (const rule of CITE_RULES) {
      const phrase = rule.example.replace(/^văn bản \S+: /, '');
      const hit = parseCitationPhrase(phrase).problems.find((p) => p.code === rule.code);
      expect(hit, `${rule.code}: ${rule.example}`).toBeDefined();
    }
  });

  it('offers a fix description exactly for the rules that can fix', () => {
    const fixing = new Set<string>();
    for (const rule of CITE_RULES) {
      const phrase = rule.example.replace(/^văn bản \S+: /, '');
      for (const p of parseCitationPhrase(phrase).problems) if (p.code === rule.code && p.replacement !== undefined) fixing.add(p.code);
    }
    expect(new Set(CITE_RULES.filter((r) => r.fix).map((r) => r.code))).toEqual(fixing);
    for (const code of SAFE_FIX_CODES) expect(fixing.has(code)).toBe(true);
  });
});
