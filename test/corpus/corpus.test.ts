/**
 * The real corpus stays usable: every document has its answer key, every key names where its
 * document came from, and every spot a key points at is really on the line it names, so the
 * precision and recall figures measured against the keys mean what they say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCS = new URL('./docs/', import.meta.url).pathname;

interface Spot {
  line: number;
  text: string;
  rule?: string;
  note: string;
  newRule?: boolean;
}

interface Key {
  source: string;
  type: string;
  agency: string;
  parent: string | null;
  number: string | null;
  date: string | null;
  place: string | null;
  complete: boolean;
  stripped: string | null;
  defects: Spot[];
  correct: Spot[];
  features: string[];
}

const RULE_CODE = /^[a-z]+\/[a-z0-9-]+$/;

const texts = readdirSync(DOCS)
  .filter((name) => name.endsWith('.txt'))
  .sort();

function keyOf(textName: string): Key {
  return JSON.parse(readFileSync(join(DOCS, textName.replace(/\.txt$/, '.key.json')), 'utf8')) as Key;
}

describe('the real corpus', () => {
  it('holds at least 30 documents, each with its answer key and no key without its document', () => {
    expect(texts.length).toBeGreaterThanOrEqual(30);
    const keys = readdirSync(DOCS).filter((name) => name.endsWith('.key.json'));
    expect(keys.map((name) => name.replace(/\.key\.json$/, '.txt')).sort()).toEqual(texts);
  });

  it.each(texts)('%s: its key has every field and names an https source', (name) => {
    const key = keyOf(name);
    expect(key.source).toMatch(/^https:\/\/[^\s]+$/);
    for (const field of ['type', 'agency'] as const) expect(key[field].trim().length).toBeGreaterThan(0);
    expect(typeof key.complete).toBe('boolean');
    expect(Array.isArray(key.defects)).toBe(true);
    expect(Array.isArray(key.correct)).toBe(true);
    expect(Array.isArray(key.features)).toBe(true);
    if (key.date !== null) expect(key.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const defect of key.defects) expect(defect.rule).toMatch(RULE_CODE);
  });

  it.each(texts)('%s: every spot of its key is on the line it names', (name) => {
    const lines = readFileSync(join(DOCS, name), 'utf8').split('\n');
    const key = keyOf(name);
    for (const spot of [...key.defects, ...key.correct]) {
      expect(spot.line, `${spot.text}`).toBeGreaterThanOrEqual(1);
      expect(lines[spot.line - 1] ?? '', `line ${spot.line} should hold "${spot.text}"`).toContain(spot.text);
      expect(spot.note.trim().length).toBeGreaterThan(0);
    }
  });

  it.each(texts)('%s: is UTF-8 text in NFC with LF line breaks', (name) => {
    const text = readFileSync(join(DOCS, name), 'utf8');
    expect(text.includes('\r')).toBe(false);
    expect(text.normalize('NFC')).toBe(text);
  });
});
