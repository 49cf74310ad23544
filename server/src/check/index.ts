/**
 * The check pipeline: every rule of the registry (rules/index.ts) looks at the file, what it finds
 * becomes a diagnostic of that rule at the rule's severity, then the user's settings apply
 * (severities per rule, inline suppressions). A rule whose check fails becomes one internal/check
 * diagnostic and the others still run, so a bug in one rule never hides the rest.
 */
import type { Diagnostic, Severity } from '../base/diagnostic';
import { runSteps } from '../base/steps';
import type { PlanFile } from '../model/ast';
import type { Workspace } from '../model/workspace';
import type { CheckContext, CheckOptions, RuleSetting } from './context';
import type { CheckMemo } from './memo';
import type { Rule } from './rule';
import { ALL_RULES } from './rules';

/**
 * The rules that still run on a document of another type (a Quyết định, a Công văn): the parser
 * has said once what it is, and a plan's checks would only pile up noise on it.
 */
function appliesToOtherTypes(rule: Rule): boolean {
  return rule.code.startsWith('syntax/') || rule.code.startsWith('internal/');
}

/**
 * Every rule's diagnostics for one file. A caller that checks the same file again and again (the
 * language server, after each edit) passes the file's `memo`, so the prose analyses read again
 * only the pieces that changed; the diagnostics are the same with it as without.
 */
export function checkFile(workspace: Workspace, uri: string, options: CheckOptions, memo?: CheckMemo): Diagnostic[] {
  return runSteps(checkFileInSteps(workspace, uri, options, memo));
}

/**
 * The same check as `checkFile`, paused after each rule. A caller that must stay responsive (the
 * language server) lets other work in between the steps and drops a check that an edit made stale;
 * the diagnostics are the generator's return value, the same as `checkFile`'s.
 */
export function checkFileInSteps(workspace: Workspace, uri: string, options: CheckOptions, memo?: CheckMemo): Generator<void, Diagnostic[], void> {
  return ruleSteps(workspace, uri, options, ALL_RULES, memo);
}

/**
 * The errors of a file, and only those: what stops a build. Only the rules that can report an
 * error under the user's settings run, so a build does not pay for the hints and warnings it
 * would throw away. A finding never carries a severity above its rule's default (the second
 * severities docs/rules.md documents are lower; test/check/errors-only.test.ts holds that), so
 * the errors are those of a full check.
 */
export function checkFileForErrors(workspace: Workspace, uri: string, options: CheckOptions): Diagnostic[] {
  const rules = ALL_RULES.filter((rule) => canReportError(rule, options.rules ?? {}));
  return runSteps(ruleSteps(workspace, uri, options, rules)).filter((diagnostic) => diagnostic.severity === 'error');
}

/** Whether the rule's findings can be errors under these settings, as applySettings decides. */
export function canReportError(rule: Rule, rules: Record<string, RuleSetting>): boolean {
  const setting = silenceable(rule.code) ? ruleSetting(rule.code, rules) : undefined;
  return setting ? setting === 'error' : rule.defaultSeverity === 'error';
}

function* ruleSteps(workspace: Workspace, uri: string, options: CheckOptions, rules: readonly Rule[], memo?: CheckMemo): Generator<void, Diagnostic[], void> {
  const file = workspace.getFile(uri);
  if (!file) return [];
  const context: CheckContext = { workspace, file, options, ...(memo ? { memo } : {}) };
  const found: Diagnostic[] = [];
  const failures = new Set<unknown>();
  for (const rule of rules) {
    if (file.unsupportedType && !appliesToOtherTypes(rule)) continue;
    try {
      for (const finding of rule.check(context)) {
        found.push({ ...finding, code: rule.code, severity: finding.severity ?? rule.defaultSeverity, uri: file.uri });
      }
    } catch (error) {
      // An analysis serves several rules and fails for all of them with the same error: say it once.
      if (!failures.has(error)) {
        failures.add(error);
        found.push(ruleFailure(file, rule, error));
      }
    }
    yield;
  }
  return applySettings(found, file, options.rules ?? {}).sort(
    (a, b) => a.location.start - b.location.start || a.code.localeCompare(b.code),
  );
}

function ruleFailure(file: PlanFile, rule: Rule, error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal/check',
    severity: 'error',
    message: {
      vi: `Lỗi nội bộ khi kiểm tra luật ${rule.code} (xin báo cho nhóm phát triển): ${detail}`,
      en: `Internal error while checking the rule ${rule.code} (please report it): ${detail}`,
    },
    uri: file.uri,
    location: file.source.lines.location(0, 0),
  };
}

/** The setting for a rule: an exact code wins over the longest matching prefix. */
export function ruleSetting(code: string, rules: Record<string, RuleSetting>): RuleSetting | undefined {
  if (rules[code]) return rules[code];
  let best: string | undefined;
  for (const key of Object.keys(rules)) {
    const prefix = key.endsWith('/') ? key : `${key}/`;
    if (code.startsWith(prefix) && (!best || key.length > best.length)) best = key;
  }
  return best ? rules[best] : undefined;
}

function suppressedBy(rules: string[], code: string): boolean {
  return rules.length === 0 || rules.some((rule) => code === rule || code.startsWith(rule.endsWith('/') ? rule : `${rule}/`));
}

/** Internal errors and syntax errors cannot be silenced: the file would not mean what it says. */
function silenceable(code: string): boolean {
  return !code.startsWith('internal/') && !code.startsWith('syntax/');
}

function applySettings(diagnostics: Diagnostic[], file: PlanFile, rules: Record<string, RuleSetting>): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (silenceable(diagnostic.code)) {
      const line = diagnostic.location.range.start.line;
      const suppressed = file.suppressions.some(
        (suppression) =>
          (suppression.scope === 'file' || suppression.line === line) && suppressedBy(suppression.rules, diagnostic.code),
      );
      if (suppressed) continue;
      const setting = ruleSetting(diagnostic.code, rules);
      if (setting === 'off') continue;
      if (setting) {
        result.push({ ...diagnostic, severity: setting as Severity });
        continue;
      }
    }
    result.push(diagnostic);
  }
  return result;
}
