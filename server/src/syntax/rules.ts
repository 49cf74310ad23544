/**
 * The codes of the problems the parser finds. Each is a rule of server/src/check/rules, which gives
 * it its severity and its documentation.
 */
export type SyntaxRuleCode =
  | 'syntax/unexpected-character'
  | 'syntax/duplicate-header'
  | 'syntax/invalid-id'
  | 'syntax/missing-value'
  | 'syntax/unknown-task-field'
  | 'syntax/misplaced-field'
  | 'syntax/field-indentation'
  | 'syntax/expected-field'
  | 'syntax/duplicate-recipients'
  | 'syntax/expected-newline'
  | 'syntax/expected-recipient'
  | 'syntax/duplicate-signer'
  | 'syntax/content-after-end'
  | 'syntax/joined-heading'
  | 'syntax/lost-marker'
  | 'syntax/unsupported-document-type'
  | 'internal/parser';
