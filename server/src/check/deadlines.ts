/**
 * The deadlines of a plan, checked on its working calendar (server/src/deadline/check.ts), for the
 * deadline rules to report.
 */
import { checkDeadlines } from '../deadline/check';
import { parseDeadline, type ParsedDeadline } from '../deadline/parse';
import type { CheckContext } from './context';
import { PieceReading } from './memo';
import type { Analysis } from './rule';

export const deadlineAnalysis: Analysis = (context) => {
  const deadlines = deadlineReading(context, 'deadlines');
  const findings = checkDeadlines(context.file, context.options, deadlines.parse);
  deadlines.finish();
  return findings;
};

/**
 * The deadlines of a file read through the memo: what a deadline says depends on its text alone
 * (its problems are placed from the field's offset), so a text the last check read is not parsed
 * again. `name` tells apart the analyses that read them, each of which keeps its own.
 */
export function deadlineReading(context: CheckContext, name: string): { parse(text: string): ParsedDeadline; finish(): void } {
  const reading = new PieceReading<ParsedDeadline>(context.memo, context.file.source, name, '');
  return {
    parse: (text) => reading.read(text, 0, () => ({ findings: [], facts: parseDeadline(text) })),
    finish: () => reading.finish(),
  };
}
