/**
 * The grammar of a `.kh` file at the level of lines: each line is an optional indentation, then a
 * comment, or an optional head (keyword, field key or list marker) followed by inline content.
 * How lines group into blocks (a header's fields, a task's fields, items and their paragraphs)
 * depends on indentation and on markers, and is decided by the tree builder, which can report a
 * misplaced line and go on; the grammar itself accepts every sequence of tokens, so parsing never
 * stops at the first problem.
 */
import { CstParser, type CstNode, type IToken } from 'chevrotain';
import * as T from './tokens';

class PlanParser extends CstParser {
  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: true, skipValidations: process.env.KEHOACH_VALIDATE_GRAMMAR !== '1' });
    this.performSelfAnalysis();
  }

  public file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.line));
  });

  public line = this.RULE('line', () => {
    this.OPTION(() => this.CONSUME(T.Indent));
    this.OR([
      { ALT: () => this.CONSUME(T.CommentLine) },
      {
        ALT: () => {
          this.OPTION2(() => this.SUBRULE(this.head));
          this.MANY(() => this.SUBRULE(this.inline));
        },
      },
    ]);
    this.CONSUME(T.Newline);
  });

  public head = this.RULE('head', () => {
    this.OR(T.HEAD_TOKENS.map((tokenType) => ({ ALT: () => this.CONSUME(tokenType) })));
  });

  public inline = this.RULE('inline', () => {
    this.OR(T.INLINE_TOKENS.map((tokenType) => ({ ALT: () => this.CONSUME(tokenType) })));
  });
}

/** The one parser of the process; `input` resets it for each file. */
export const planParser = new PlanParser();

export interface LineCst {
  indent?: IToken;
  comment?: IToken;
  head?: IToken;
  inlines: IToken[];
  newline?: IToken;
}

export type { CstNode };
