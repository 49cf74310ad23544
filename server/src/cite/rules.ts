/**
 * The codes of the problems the citation reader finds, so producers and tests never spell a code
 * twice. Each is a rule of server/src/check/rules, which gives it its severity and documentation.
 */
export const CITE = {
  numberSpacing: 'citation/number-spacing',
  numberDash: 'citation/number-dash',
  issuerCase: 'citation/issuer-case',
  malformedNumber: 'citation/malformed-number',
  numberForm: 'citation/number-form',
  missingSpace: 'citation/missing-space',
  symbolType: 'citation/symbol-type',
  yearMismatch: 'citation/year-mismatch',
  invalidDate: 'citation/invalid-date',
  commaBeforeDate: 'citation/comma-before-date',
  unrecognised: 'citation/unrecognised',
} as const;

export type CiteRuleCode = (typeof CITE)[keyof typeof CITE];

/**
 * Rules whose fix only restores the canonical spelling of what was written (a space, a hyphen, a
 * comma) and so may be applied by `kehoach check --fix` without review. LocalProblem has no flag for
 * this, so the code that turns problems into diagnostics asks here.
 */
export const SAFE_FIX_CODES: ReadonlySet<string> = new Set<string>([
  CITE.numberSpacing,
  CITE.numberDash,
  CITE.missingSpace,
  CITE.commaBeforeDate,
]);
