/**
 * The check pipeline: the parser's diagnostics, then every checker, then the user's settings
 * (severities per rule, inline suppressions). A checker that fails becomes one diagnostic and
 * the others still run, so a bug in one rule never hides the rest.
 */
import type { Diagnostic, Severity } from '../base/diagnostic';
import type { PlanFile } from '../model/ast';
import type { Workspace } from '../model/workspace';
import type { Checker, CheckOptions, RuleSetting } from './context';
import { checkDeadlines } from '../deadline/check';
import { citationsChecker } from './citations';
import { documentChecker } from './document';
import { encodingChecker } from './encoding';
import { referencesChecker } from './references';
import { tasksChecker } from './tasks';
import { typographyChecker } from './typography';

const deadlinesChecker: Checker = {
  name: 'deadlines',
  run: ({ file, options }) => checkDeadlines(file, options),
};

export const CHECKERS: readonly Checker[] = [
  referencesChecker,
  citationsChecker,
  deadlinesChecker,
  tasksChecker,
  documentChecker,
  typographyChecker,
  encodingChecker,
];

export function checkFile(workspace: Workspace, uri: string, options: CheckOptions): Diagnostic[] {
  const file = workspace.getFile(uri);
  if (!file) return [];
  const found: Diagnostic[] = [...file.syntaxDiagnostics];
  // A document of another type has said so once; the plan's checks would only pile up noise on it.
  const checkers = file.unsupportedType ? [] : CHECKERS;
  for (const checker of checkers) {
    try {
      found.push(...checker.run({ workspace, file, options }));
    } catch (error) {
      found.push(checkerFailure(file, checker, error));
    }
  }
  return applySettings(found, file, options.rules ?? {}).sort(
    (a, b) => a.location.start - b.location.start || a.code.localeCompare(b.code),
  );
}

function checkerFailure(file: PlanFile, checker: Checker, error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal/check',
    severity: 'error',
    message: {
      vi: `Lỗi nội bộ trong nhóm kiểm tra "${checker.name}" (xin báo cho nhóm phát triển): ${detail}`,
      en: `Internal error in the "${checker.name}" checks (please report it): ${detail}`,
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

function applySettings(diagnostics: Diagnostic[], file: PlanFile, rules: Record<string, RuleSetting>): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    // Internal errors and syntax errors cannot be silenced: the file would not mean what it says.
    const silenceable = !diagnostic.code.startsWith('internal/') && !diagnostic.code.startsWith('syntax/');
    if (silenceable) {
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
