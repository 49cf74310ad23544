/**
 * The entry point of the syntax layer: text in, tree and diagnostics out. It never throws; an
 * internal failure becomes a diagnostic on the first line so a broken file cannot take the
 * language server or a CI run down.
 */
import type { Finding } from '../base/diagnostic';
import { SourceText } from '../base/source';
import type { PlanFile } from '../model/ast';
import { TreeBuilder } from './build';
import { compactLists } from './compact';
import { parseLines } from './parser';
import { type Lexed, lex, lexInPieces, relex } from './relex';
import type { SyntaxRuleCode } from './rules';

export function parsePlan(uri: string, text: string): PlanFile {
  const source = new SourceText(text);
  const builder = new TreeBuilder(uri, source);
  try {
    lexInPieces(lexedText(source), PIECE_SIZE, (tokens) => builder.addLines(parseLines(tokens)));
    return compactLists(builder.finish());
  } catch (error) {
    return failed(builder, source, error);
  }
}

/** The code units a parse that keeps no tokens lexes at a time: a few thousand tokens. */
const PIECE_SIZE = 1 << 16;

/**
 * A plan being edited: its text parsed with the tokens of its previous version wherever the edit
 * left the lines as they were (relex.ts), which the language server keeps for the plans an editor
 * has open. The tree is the one `parsePlan` gives; `lexed` is for the next version, and
 * `previous` is used up.
 */
export function parsePlanAfterEdit(uri: string, text: string, previous: Lexed | undefined): { file: PlanFile; lexed: Lexed | undefined } {
  const source = new SourceText(text);
  const builder = new TreeBuilder(uri, source);
  try {
    const whole = lexedText(source);
    const lexed = previous ? relex(previous, whole) : lex(whole);
    return { file: compactLists(builder.build(parseLines(lexed.tokens))), lexed };
  } catch (error) {
    return { file: failed(builder, source, error), lexed: undefined };
  }
}

/**
 * The text the lexer reads. The grammar ends every line with a newline; a last line without one
 * gets it here, after the end of the real text, so no offset of the file moves. The lexer reads
 * every character (prose takes what no other token does) and every token sequence it gives is a
 * sequence of lines, so neither step reports errors; test/syntax checks that they never do.
 */
function lexedText(source: SourceText): string {
  return /[\r\n]$/.test(source.text) || source.text.length === 0 ? source.text : `${source.text}\n`;
}

function failed(builder: TreeBuilder, source: SourceText, error: unknown): PlanFile {
  const file = builder.build([]);
  file.syntaxFindings.push(internalError(source, error));
  return file;
}

function internalError(source: SourceText, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal/parser' satisfies SyntaxRuleCode,
    message: {
      vi: `Lỗi nội bộ khi đọc tệp (xin báo cho nhóm phát triển): ${detail}`,
      en: `Internal error while reading the file (please report it): ${detail}`,
    },
    location: source.lines.location(0, 0),
  };
}
