/**
 * Metadata of a rule, the single source for docs/rules.md, SARIF rule descriptors and the
 * configuration schema.
 */
import type { Message, Severity } from './diagnostic';

export interface RuleMeta {
  /** Stable code, `area/name`. Never renamed once released. */
  code: string;
  defaultSeverity: Severity;
  /** One line: what the rule checks. */
  summary: Message;
  /** Why it matters: the clause of Nghị định 30 or the practice behind it. */
  rationale: Message;
  /** A short `.kh` fragment that triggers the rule. */
  example: string;
  /** What the quick fix does, when the rule has one. */
  fix?: Message;
}
