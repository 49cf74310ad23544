/**
 * A text lexed a piece of whole lines at a time gives the tokens of lexing it whole, and a plan
 * parsed after an edit with the tokens of its previous version is the plan a fresh parse gives:
 * after every edit of random sequences (line breaks of each kind inserted, removed and replaced,
 * lines joined and split, edits at line starts, inside indentation and at the end of the text,
 * with and without a final line break, NFD text, byte order marks), its tokens are those of
 * lexing the whole text, and its tree, findings and locations those of `parsePlan`.
 */
import { readFileSync } from 'node:fs';
import type { IToken } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../server/src/model/workspace';
import { parsePlan, parsePlanAfterEdit } from '../../server/src/syntax/parse';
import { type Lexed, lex, lexInPieces, relex } from '../../server/src/syntax/relex';

const SEED = readFileSync('samples/quang-ngai-dan-van-2023/ke-hoach.kh', 'utf8');

/** Texts to edit: a real plan under each line break, pieces of one, and none. */
const BASES = [
  SEED,
  SEED.replace(/\n/g, '\r\n'),
  SEED.replace(/\n/g, '\r'),
  SEED.slice(0, 1500).replace(/\n$/, ''),
  'kế hoạch\n  số: 1/KH\n\n1. Một\r\n   nhiệm vụ A: chủ trì @VP; hạn 1/2/2023\ra) x\n',
  '',
  '\r',
];

/** What an edit writes: line breaks of each kind, blanks, markers, heads, references, NFD letters. */
const INSERTS = ['\n', '\r\n', '\r', '\n\n', '\r\r\n', ' ', '  ', '\t', 'x', 'Ke\u0302\u0301', '1. ', 'a) ', '- ', 'I. ', 'Phần II.', 'kế hoạch', 'nơi nhận:', 'ký: A / B', 'văn bản KH9: Kế hoạch số 9/KH', '   nhiệm vụ T9: chủ trì @VP; hạn trước 1/2/2023', '  chủ trì: @VP', '@VP', '@@{A, B}', '[hạn T1]', '\\', '\\@', '// kehoach-disable-next-line x', '\u0007', ':', ';', '\ufeff', '\u0301'];

interface Edit {
  /** Where the edit starts, as a fraction of the text, or the start of a line by number. */
  at: { fraction: number } | { line: number; column: number };
  deleted: number;
  inserted: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.oneof(fc.record({ fraction: fc.double({ min: 0, max: 1, noNaN: true }) }), fc.record({ line: fc.nat(400), column: fc.nat(4) })),
  deleted: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(200)),
  inserted: fc.oneof(fc.constant(''), fc.constantFrom(...INSERTS), fc.array(fc.constantFrom(...INSERTS), { maxLength: 4 }).map((parts) => parts.join(''))),
});

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function applied(text: string, { at, deleted, inserted }: Edit): string {
  let offset: number;
  if ('fraction' in at) {
    offset = Math.floor(at.fraction * text.length);
  } else {
    const starts = lineStarts(text);
    offset = Math.min(text.length, starts[at.line % starts.length]! + at.column);
  }
  return text.slice(0, offset) + inserted + text.slice(Math.min(text.length, offset + deleted));
}

function named(tokens: readonly IToken[]): string[] {
  return tokens.map((token) => `${token.tokenType.name}@${token.startOffset}:${JSON.stringify(token.image)}${token.payload ? JSON.stringify(token.payload) : ''}`);
}

/** The tree as data: every node, finding and location (with its range), without the source. */
function tree(uri: string, text: string, parsed = parsePlan(uri, text)): string {
  const { source, ...rest } = parsed;
  expect(source.original).toBe(text);
  return JSON.stringify(rest);
}

function lexedText(text: string): string {
  const normalised = text.replace(/^\ufeff/, '').normalize('NFC');
  return /[\r\n]$/.test(normalised) || normalised.length === 0 ? normalised : `${normalised}\n`;
}

describe('lexing in pieces, and again after an edit', () => {
  it('gives the tokens of lexing the whole text, after every edit of a sequence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(edit, { minLength: 1, maxLength: 12 }), (base, edits) => {
        let text = lexedText(base);
        let lexed: Lexed = lex(text);
        for (const change of edits) {
          text = lexedText(applied(text, change));
          lexed = relex(lexed, text);
          expect(named(lexed.tokens)).toEqual(named(lex(text).tokens));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the tokens of lexing the whole text when it lexes it in pieces of whole lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(edit, { maxLength: 4 }), fc.integer({ min: 1, max: 300 }), (base, edits, size) => {
        const text = lexedText(edits.reduce(applied, base));
        const pieces: IToken[] = [];
        lexInPieces(text, size, (tokens) => {
          // Every piece ends with the whole line break of its last line.
          expect(tokens.at(-1)?.image).toMatch(/^(?:\n|\r\n|\r)$/);
          for (const token of tokens) pieces.push(token);
        });
        expect(named(pieces)).toEqual(named(lex(text).tokens));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a plan longer than a piece the tree of lexing it whole', () => {
    const body = SEED.slice(SEED.indexOf('\nI.') + 1, SEED.indexOf('nơi nhận:'));
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const text = `${SEED.slice(0, SEED.indexOf('nơi nhận:'))}${body.repeat(40)}`.replace(/\n/g, lineBreak);
      expect(text.length).toBeGreaterThan(3 * (1 << 16));
      const whole = parsePlanAfterEdit('file:///plan.kh', text, undefined).file;
      expect(tree('file:///plan.kh', text)).toBe(tree('file:///plan.kh', text, whole));
    }
  });

  it('gives the tree of a fresh parse, after every edit of a sequence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(edit, { minLength: 1, maxLength: 8 }), (base, edits) => {
        let text = base;
        let lexed = parsePlanAfterEdit('file:///plan.kh', text, undefined).lexed;
        for (const change of edits) {
          text = applied(text, change);
          const after = parsePlanAfterEdit('file:///plan.kh', text, lexed);
          expect(tree('file:///plan.kh', text, after.file)).toBe(tree('file:///plan.kh', text));
          lexed = after.lexed;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives a workspace editing a plan the trees of a fresh parse, read or not between edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: 8 }), (base, edits) => {
        const workspace = new Workspace();
        let text = base;
        workspace.setFile('file:///plan.kh', text, { editing: true });
        for (const [change, read] of edits) {
          text = applied(text, change);
          workspace.setText('file:///plan.kh', text, { editing: true });
          if (read) expect(tree('file:///plan.kh', text, workspace.getFile('file:///plan.kh'))).toBe(tree('file:///plan.kh', text));
        }
        expect(tree('file:///plan.kh', text, workspace.getFile('file:///plan.kh'))).toBe(tree('file:///plan.kh', text));
      }),
      { numRuns: 100 },
    );
  });

  it('reads again only the lines around the edit', () => {
    const text = lexedText(`${'1. Một dòng @VP\n'.repeat(1000)}`);
    const before = lex(text);
    const kept = new Set(before.tokens);
    const last = before.tokens.at(-1);
    const middle = text.indexOf('\n', text.length / 2) + 1;
    const after = relex(before, `${text.slice(0, middle)}x${text.slice(middle)}`);
    // The same token objects before the edit and after it, those after moved by the one code unit
    // added: only the edited line and the one before it are read again.
    const read = after.tokens.filter((token) => !kept.has(token));
    expect(read.map((token) => token.image)).toEqual(['1.', ' Một dòng ', '@VP', '\n', 'x1. Một dòng ', '@VP', '\n']);
    expect(after.tokens.at(-1)).toBe(last);
    expect(after.tokens.at(-1)!.startOffset).toBe(text.length);
  });
});
