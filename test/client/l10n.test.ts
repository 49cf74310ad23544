import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The extension's words in both languages: every string the client passes to vscode.l10n.t has an
 * entry in the English and the Vietnamese bundle, and every %key% of package.json is in both
 * package.nls files, so no title falls back to a key or to the other language.
 */

const ROOT = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string): Record<string, string> => JSON.parse(read(path)) as Record<string, string>;

function l10nKeys(): string[] {
  const keys = new Set<string>();
  for (const name of readdirSync(join(ROOT, 'client', 'src')).filter((file) => file.endsWith('.ts'))) {
    for (const match of read(join('client', 'src', name)).matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) keys.add(match[1]!.replace(/\\'/g, "'"));
  }
  return [...keys];
}

describe('localisation of the extension', () => {
  test.each(['l10n/bundle.l10n.json', 'l10n/bundle.l10n.vi.json'])('%s translates every message of the client and nothing else', (bundle) => {
    const keys = l10nKeys();
    expect(keys.length).toBeGreaterThan(10);
    expect(Object.keys(json(bundle)).sort()).toEqual([...keys].sort());
    // A placeholder the translation drops would lose a count or a path.
    for (const [key, value] of Object.entries(json(bundle))) expect(value.match(/\{\d\}/g)?.sort(), key).toEqual(key.match(/\{\d\}/g)?.sort());
  });

  test.each(['package.nls.json', 'package.nls.vi.json'])('%s holds every %%key%% of package.json', (file) => {
    const keys = [...new Set([...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((match) => match[1]!))];
    expect(Object.keys(json(file)).sort()).toEqual(keys.sort());
  });

  test('the English titles hold "Kehoach", so typing kehoach in the palette finds the commands in either language', () => {
    expect(json('package.nls.json')['category']).toBe('Kehoach');
  });
});
