/**
 * Lexing a new version of a text by reading again only the lines an edit touched. The language
 * is line-oriented, and the lexer keeps no state from line to line: every matcher looks back no
 * further than the start of its line and ahead no further than its end, but for a CR that looks
 * at the next character to see whether it is the CR of a CRLF. So from a line start on, the tokens
 * of a text depend only on the text from there on, and the tokens of the lines an edit did not
 * touch are those of the previous version, moved by the length the edit added or removed.
 */
import type { IToken } from 'chevrotain';
import { Newline, planLexer } from './tokens';

/** A text as the lexer read it (ending with a line break, or empty) and its tokens. */
export interface Lexed {
  text: string;
  tokens: IToken[];
}

export function lex(text: string): Lexed {
  return { text, tokens: planLexer.tokenize(text).tokens };
}

/**
 * Lexes a text a piece of whole lines at a time, about `size` code units each, handing each
 * piece's tokens on before the next is read: a parse that keeps no tokens holds those of one piece
 * instead of the whole text's (half a parsed plan's memory again), and they die young, where all
 * of them lived through the parse and were copied by every collection of the young generation.
 */
export function lexInPieces(text: string, size: number, take: (tokens: IToken[]) => void): void {
  for (let from = 0; from < text.length; ) {
    const to = endOfLineFrom(text, Math.min(text.length, from + size) - 1);
    const tokens = planLexer.tokenize(text.slice(from, to)).tokens;
    for (const token of tokens) token.startOffset += from;
    take(tokens);
    from = to;
  }
}

/**
 * The tokens of `text`, taken from those of `previous` outside the lines that differ, which are
 * lexed again. `previous` is used up: its tokens after the edit are moved in place, so that an
 * edit costs a pass over the offsets instead of a copy of every token.
 */
export function relex(previous: Lexed, text: string): Lexed {
  const before = previous.text;
  if (before === text) return previous;
  if (before.length === 0 || text.length === 0) return lex(text);
  // The texts agree on [0, prefix) and on their last `suffix` code units, which do not overlap it.
  const shorter = Math.min(before.length, text.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const tokens = previous.tokens;
  // From the start of the line before the one the edit starts on: an edit at the start of a line
  // can make the CR that ended the line before the CR of a CRLF.
  const first = lineStartToken(tokens, tokenAt(tokens, prefix), 2);
  const from = first < tokens.length ? tokens[first]!.startOffset : before.length;
  // Up to the end of the first line that ends in the unchanged tail, with the break that ends it
  // whole: from there on the text, and so the tokens, are the previous version's.
  const to = endOfLineFrom(text, text.length - suffix);
  const shift = text.length - before.length;
  const kept = firstTokenFrom(tokens, to - shift);
  const read = planLexer.tokenize(text.slice(from, to)).tokens;
  const last = read.at(-1);
  // The lexer reads every text into tokens and ends a text that ends in a break with a Newline;
  // anything else would be a lexer defect, and the whole text is read instead of trusted.
  if (!last || last.tokenType !== Newline || from + last.startOffset + last.image.length !== to) return lex(text);
  if (kept < tokens.length && tokens[kept]!.startOffset !== to - shift) return lex(text);
  for (const token of read) token.startOffset += from;
  for (let at = kept; at < tokens.length; at++) tokens[at]!.startOffset += shift;
  const merged = tokens.slice(0, first);
  for (const token of read) merged.push(token);
  for (let at = kept; at < tokens.length; at++) merged.push(tokens[at]!);
  return { text, tokens: merged };
}

/** The index of the last token that starts at or before `offset` (0 when none does). */
function tokenAt(tokens: readonly IToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (tokens[middle]!.startOffset <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The index of the first token that starts at or after `offset` (the length when none does). */
function firstTokenFrom(tokens: readonly IToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.startOffset < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The index of the first token of the line that holds token `index`, or of the line `lines - 1`
 * lines above it: the token after the Newline that ends the line before, or 0.
 */
function lineStartToken(tokens: readonly IToken[], index: number, lines: number): number {
  let at = index;
  for (let left = lines; left > 0; left--) {
    // Back over the tokens of the line to the Newline before it; the token at `at` itself may be
    // the Newline that ends its own line.
    at--;
    while (at >= 0 && tokens[at]!.tokenType !== Newline) at--;
    if (at < 0) return 0;
  }
  return at + 1;
}

/**
 * The offset just past the first line break that starts at or after `offset` and is whole there:
 * an LF, a CRLF, or a CR that no LF follows. A text the lexer reads ends with a break, so there is
 * always one.
 */
function endOfLineFrom(text: string, offset: number): number {
  for (let at = offset; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) return at + 1;
    if (code === 13 && text.charCodeAt(at + 1) !== 10) return at + 1;
  }
  return text.length;
}
