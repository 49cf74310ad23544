/**
 * The grammar of a `.kh` file at the level of lines: each line is an optional indentation, then a
 * comment, or an optional head (keyword, field key or list marker) followed by inline content,
 * then its line break. How lines group into blocks (a header's fields, a task's fields, items and
 * their paragraphs) depends on indentation and on markers, and is decided by the tree builder,
 * which can report a misplaced line and go on.
 *
 * The grammar is this one rule, so the lines are cut straight from the token stream in one pass:
 * a concrete syntax tree with a node per token, built only to be flattened into these lines, cost
 * three times the memory of the tokens themselves on a large plan.
 */
import type { IToken, TokenType } from 'chevrotain';
import * as T from './tokens';

export interface LineCst {
  indent?: IToken;
  comment?: IToken;
  head?: IToken;
  inlines: IToken[];
  newline?: IToken;
}

const HEADS: ReadonlySet<TokenType> = new Set(T.HEAD_TOKENS);
const INLINES: ReadonlySet<TokenType> = new Set(T.INLINE_TOKENS);

/**
 * The lines of a token stream that ends with a line break. The lexer makes every token sequence a
 * sequence of such lines: indentation and comments only match at the start of a line, heads only
 * after the indentation, prose takes every other character. A token out of its place would be a
 * lexer defect, so it is thrown as one (`parsePlan` reports it) rather than guessed around.
 */
export function parseLines(tokens: readonly IToken[]): LineCst[] {
  const lines: LineCst[] = [];
  let at = 0;
  while (at < tokens.length) {
    let indent: IToken | undefined;
    let comment: IToken | undefined;
    let head: IToken | undefined;
    let token: IToken | undefined = tokens[at];
    if (token?.tokenType === T.Indent) {
      indent = token;
      token = tokens[++at];
    }
    let inlinesStart = at;
    if (token?.tokenType === T.CommentLine) {
      comment = token;
      token = tokens[++at];
      inlinesStart = at;
    } else {
      if (token && HEADS.has(token.tokenType)) {
        head = token;
        token = tokens[++at];
        inlinesStart = at;
      }
      while (token && INLINES.has(token.tokenType)) token = tokens[++at];
    }
    if (token?.tokenType !== T.Newline) {
      const where = token ? `${token.tokenType.name} at offset ${token.startOffset}` : 'the end of the text';
      throw new Error(`the line grammar does not expect ${where}`);
    }
    // A slice has the length of what it holds; a list grown by pushes has room for seventeen,
    // which every line of a large plan kept until the tree was built.
    lines.push({ indent, comment, head, inlines: tokens.slice(inlinesStart, at), newline: token });
    at++;
  }
  return lines;
}
