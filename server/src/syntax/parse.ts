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
import type { SyntaxRuleCode } from './rules';
import { planLexer } from './tokens';

export function parsePlan(uri: string, text: string): PlanFile {
  const source = new SourceText(text);
  const builder = new TreeBuilder(uri, source);
  try {
    // The grammar ends every line with a newline; a last line without one gets it here, after the
    // end of the real text, so no offset of the file moves.
    const lexed = /[\r\n]$/.test(source.text) || source.text.length === 0 ? source.text : `${source.text}\n`;
    // The lexer reads every character (prose takes what no other token does) and every token
    // sequence it gives is a sequence of lines, so neither step reports errors; test/syntax checks
    // that they never do.
    return compactLists(builder.build(parseLines(planLexer.tokenize(lexed).tokens)));
  } catch (error) {
    const file = builder.build([]);
    file.syntaxFindings.push(internalError(source, error));
    return file;
  }
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
