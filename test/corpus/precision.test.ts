/**
 * The checker against the real corpus (test/corpus/score.ts says how a diagnostic is matched to
 * an answer key): no keyed defect it finds today may be lost, no new false alarm may appear, and
 * the lists of today's false alarms and missed defects (known-false-alarms.json) can only shrink,
 * because an entry that no longer happens fails the test until it is removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRewrite, countedDefects, type DocumentScore, lineTextOf, loadCorpus, orphanRewrites, scoreDocument } from './score';

const CORPUS = new URL('.', import.meta.url).pathname;

interface KnownFalseAlarm {
  /** The rewrite, NNN-slug.kh. */
  file: string;
  rule: string;
  /** The rewrite's line the diagnostic starts on, as `lineTextOf` gives it. */
  line: string;
  reason: string;
}

interface KnownMiss {
  /** The answer key, NNN-slug.key.json. */
  file: string;
  rule: string;
  /** The key entry's line in the original and its text. */
  line: number;
  text: string;
  reason: string;
}

const known = JSON.parse(readFileSync(join(CORPUS, 'known-false-alarms.json'), 'utf8')) as {
  falseAlarms: KnownFalseAlarm[];
  missedDefects: KnownMiss[];
};

const documents = loadCorpus(CORPUS);
const scores: DocumentScore[] = documents.map((document) => scoreDocument(document, checkRewrite(document)));

/** Takes the entries of `expected` that `found` matches, one for one; returns what is left on each side. */
function unmatched<T, K>(found: T[], expected: K[], same: (a: T, b: K) => boolean): { extra: T[]; stale: K[] } {
  const stale = [...expected];
  const extra: T[] = [];
  for (const item of found) {
    const at = stale.findIndex((entry) => same(item, entry));
    if (at >= 0) stale.splice(at, 1);
    else extra.push(item);
  }
  return { extra, stale };
}

describe('the corpus rewritten in the language', () => {
  it('has a rewrite for every document and no rewrite without its document', () => {
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.filter((document) => document.rewrite === undefined).map((document) => `${document.name}.kh`)).toEqual([]);
    expect(orphanRewrites(CORPUS)).toEqual([]);
  });

  it.each(documents.map((document) => [document.name, document] as const))('%s.kh is NFC with LF line breaks', (_, document) => {
    const rewrite = document.rewrite ?? '';
    expect(rewrite.includes('\r')).toBe(false);
    expect(rewrite.normalize('NFC')).toBe(rewrite);
  });

  it.each(scores.map((score) => [score.name, score] as const))(
    '%s.kh: every keyed defect is found in the rewrite or marked as not expressible',
    (_, score) => {
      expect(score.problems).toEqual([]);
    },
  );

  it('finds every keyed defect of an implemented rule that the rewrites carry, but the known misses', () => {
    const missed = scores.flatMap((score) =>
      countedDefects(score)
        .filter((scored) => scored.foundBy.length === 0)
        .map((scored) => ({ file: `${score.name}.key.json`, rule: scored.rule, line: scored.defect.line, text: scored.defect.text })),
    );
    const { extra, stale } = unmatched(
      missed,
      known.missedDefects,
      (miss, entry) => miss.file === entry.file && miss.rule === entry.rule && miss.line === entry.line && miss.text === entry.text,
    );
    expect(extra, 'keyed defects no longer found').toEqual([]);
    expect(stale, 'known misses that are found now: remove them from known-false-alarms.json').toEqual([]);
  });

  it('raises no diagnostic the keys do not list as a defect, but the known false alarms', () => {
    const falseAlarms = scores.flatMap((score) =>
      score.falsePositives.map((diagnostic) => ({ file: `${score.name}.kh`, rule: diagnostic.code, line: lineTextOf(score, diagnostic) })),
    );
    const { extra, stale } = unmatched(
      falseAlarms,
      known.falseAlarms,
      (alarm, entry) => alarm.file === entry.file && alarm.rule === entry.rule && alarm.line === entry.line,
    );
    expect(extra, 'new false alarms').toEqual([]);
    expect(stale, 'known false alarms that are gone: remove them from known-false-alarms.json').toEqual([]);
  });

  it('gives every known false alarm and miss a reason', () => {
    for (const entry of [...known.falseAlarms, ...known.missedDefects]) expect(entry.reason.trim().length, entry.file).toBeGreaterThan(0);
  });
});
