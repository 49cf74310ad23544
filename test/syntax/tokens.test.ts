/**
 * The lexer's first-character optimisation changes which matchers it tries at an offset, never
 * what it reads: the start characters of every token are checked here against the code units
 * themselves, and the lexer against one that tries every token at every offset.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../server/src/base/source';
import { ALL_TOKENS, keywordStartChars, planLexer } from '../../server/src/syntax/tokens';

/** The same tokens with no first-character optimisation: every matcher tried at every offset. */
const unoptimised = new Lexer(ALL_TOKENS, { safeMode: true, positionTracking: 'onlyOffset' });

/** The tokens as one line each, joined, so that two long readings compare at once. */
function lexed(lexer: Lexer, text: string): string {
  const result = lexer.tokenize(text);
  expect(result.errors).toEqual([]);
  return result.tokens.map((token: IToken) => `${token.tokenType.name}@${token.startOffset}:${JSON.stringify(token.image)}${token.payload ? JSON.stringify(token.payload) : ''}`).join('\n');
}

const BMP = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

function khFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) khFiles(path, found);
    else if (name.endsWith('.kh')) found.push(path);
  }
  return found;
}

describe('the lexer', () => {
  it('gives a keyword matcher every code unit that folds to a letter it starts with, or to nothing', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const expected = BMP.flatMap((char, code) => {
      const folded = foldKey(char);
      return folded === '' || letters.includes(folded[0]!) ? [code] : [];
    });
    expect(keywordStartChars(letters)).toEqual(expected);
    const onlyK = BMP.flatMap((char, code) => (['', 'k'].includes(foldKey(char).slice(0, 1)) ? [code] : []));
    expect(keywordStartChars(['ke hoach'])).toEqual(onlyK);
  });

  it('reads every code unit of the BMP as a lexer without the optimisation does', () => {
    // Each code unit at a line start, after indentation, after a marker and inside prose, before
    // the words and colons that keywords and fields are made of.
    const contexts = [(c: string) => `${c}ế hoạch\n`, (c: string) => `  ${c}hủ trì: x\n`, (c: string) => `1. ${c}@A [hạn ${c}B]\n`, (c: string) => `a${c}b\\${c}\n`];
    for (const context of contexts) {
      const text = BMP.map(context).join('');
      expect(lexed(planLexer, text) === lexed(unoptimised, text)).toBe(true);
    }
  });

  it('reads the samples and the fixtures as a lexer without the optimisation does', () => {
    const files = [...khFiles('samples'), ...khFiles('test')];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = `${readFileSync(file, 'utf8').normalize('NFC')}\n`;
      expect(lexed(planLexer, text) === lexed(unoptimised, text), file).toBe(true);
    }
  });
});
