/**
 * Real slips of spelling and capitals, taken from the documents of the corpus (real-slips.json
 * names each one's document and line): every one is caught by its rule, at the slip and nowhere
 * else in its words, and a fix, where the rule gives one, changes nothing outside the slip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../server/src/check/fixes';
import { check, HEADER_LINES, plan } from './helpers';

interface Slip {
  document: string;
  line: number;
  rule: string;
  slip: string;
  in: 'body' | 'title' | 'declaration';
  text: string;
}

const { slips } = JSON.parse(readFileSync(join(__dirname, 'real-slips.json'), 'utf8')) as { slips: Slip[] };

/** The slip's words in a plan, where the document has them: the prose, the title or a document's declaration. */
function planWith(slip: Slip): string {
  if (slip.in === 'body') return plan(slip.text);
  if (slip.in === 'title') return plan('Triển khai thực hiện.', { header: HEADER_LINES.map((line) => (line.startsWith('  trích yếu:') ? `  trích yếu: ${slip.text}` : line)).join('\n') });
  return plan('Triển khai thực hiện.', { header: `${HEADER_LINES.join('\n')}\n${slip.text}` });
}

describe('real slips of the corpus', () => {
  it('come from the corpus, one per keyed defect', () => {
    expect(slips.length).toBeGreaterThanOrEqual(20);
    for (const slip of slips) {
      const key = JSON.parse(readFileSync(join(__dirname, '..', 'corpus', 'docs', `${slip.document}.key.json`), 'utf8')) as { defects: { line: number; rule: string }[] };
      expect(key.defects.some((defect) => defect.line === slip.line && defect.rule === slip.rule), `${slip.document}:${slip.line}`).toBe(true);
    }
  });

  it.each(slips.map((slip) => [`${slip.document}:${slip.line}`, slip.rule, slip.slip, slip] as const))('%s: %s catches "%s"', (_where, rule, words, slip) => {
    const text = planWith(slip);
    const found = check(text).filter((diagnostic) => diagnostic.code === rule);
    expect(found.map((diagnostic) => text.slice(diagnostic.location.start, diagnostic.location.end))).toEqual([words]);
    const [diagnostic] = found;
    for (const fix of diagnostic!.fixes ?? []) {
      const fixed = applyFixes(text, [fix]).text;
      const { start, end } = diagnostic!.location;
      expect(fixed.slice(0, start)).toBe(text.slice(0, start));
      expect(fixed.slice(fixed.length - (text.length - end))).toBe(text.slice(end));
    }
  });
});
