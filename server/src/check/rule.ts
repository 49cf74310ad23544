/**
 * A rule is one object: its stable code, its default severity, its messages and documentation, and
 * the check that finds its problems. The pipeline (index.ts) runs every rule of the registry
 * (rules/index.ts) and turns what a check finds into diagnostics of that rule, at the rule's
 * severity, so no call site repeats a code's severity and no code reaches a user without its entry
 * in docs/rules.md.
 *
 * Rules that share a reading of the file (every citation phrase parsed, every deadline evaluated,
 * the parser's problems) are reported by an analysis: a function run once per check and shared by
 * the rules it serves, which each take the findings of their own code.
 */
import type { Finding } from '../base/diagnostic';
import type { RuleMeta } from '../base/rule';
import type { CheckContext } from './context';

/** What a check returns: the problems of one rule, without the code and severity the rule gives them. */
export type RuleFinding = Omit<Finding, 'code'>;

export interface Rule<C extends string = string> extends RuleMeta {
  readonly code: C;
  check(context: CheckContext): readonly RuleFinding[];
}

/** A reading of the file that finds the problems of several rules at once, each tagged with its code. */
export type Analysis = (context: CheckContext) => readonly Finding[];

type RuleDefinition<C extends string> = RuleMeta & { readonly code: C } & (
    | { check(context: CheckContext): readonly RuleFinding[]; reportedBy?: never }
    | { reportedBy: Analysis; check?: never }
  );

/**
 * Declares a rule. It either checks the file itself (`check`), or takes its findings from an
 * analysis shared with other rules (`reportedBy`).
 */
export function defineRule<const C extends string>(definition: RuleDefinition<C>): Rule<C> {
  const { reportedBy, check, ...meta } = definition;
  if (check) return { ...meta, check };
  const analysis = reportedBy!;
  return { ...meta, check: (context) => findingsOf(analysis, context).get(meta.code) ?? [] };
}

/**
 * Each analysis runs once per check context; its findings are grouped by code for the rules. An
 * analysis that throws is remembered as the same error, so the pipeline reports it once however many
 * rules it serves.
 */
const memo = new WeakMap<CheckContext, Map<Analysis, Map<string, Finding[]> | { failed: unknown }>>();

function findingsOf(analysis: Analysis, context: CheckContext): Map<string, Finding[]> {
  let byAnalysis = memo.get(context);
  if (!byAnalysis) {
    byAnalysis = new Map();
    memo.set(context, byAnalysis);
  }
  let known = byAnalysis.get(analysis);
  if (!known) {
    try {
      const byCode = new Map<string, Finding[]>();
      for (const finding of analysis(context)) {
        const list = byCode.get(finding.code);
        if (list) list.push(finding);
        else byCode.set(finding.code, [finding]);
      }
      known = byCode;
    } catch (error) {
      known = { failed: error };
    }
    byAnalysis.set(analysis, known);
  }
  if (!(known instanceof Map)) throw known.failed;
  return known;
}
