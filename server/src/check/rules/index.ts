/**
 * Every rule the tools report, in the order docs/rules.md lists them. A rule is one file under this
 * folder; adding one is that file, its line here and its test case. The codes of the product are
 * the codes of this list, as a type: a check, the parser or a producer of problems that names a code
 * not listed here does not compile.
 */
import type { CiteRuleCode } from '../../cite/rules';
import type { DeadlineRuleCode } from '../../deadline/rules';
import type { SyntaxRuleCode } from '../../syntax/rules';
import type { Rule } from '../rule';
import { syntaxUnexpectedCharacter } from './syntax/unexpected-character';
import { syntaxDuplicateHeader } from './syntax/duplicate-header';
import { syntaxInvalidId } from './syntax/invalid-id';
import { syntaxMissingValue } from './syntax/missing-value';
import { syntaxUnknownTaskField } from './syntax/unknown-task-field';
import { syntaxMisplacedField } from './syntax/misplaced-field';
import { syntaxFieldIndentation } from './syntax/field-indentation';
import { syntaxExpectedField } from './syntax/expected-field';
import { syntaxDuplicateRecipients } from './syntax/duplicate-recipients';
import { syntaxExpectedNewline } from './syntax/expected-newline';
import { syntaxExpectedRecipient } from './syntax/expected-recipient';
import { syntaxDuplicateSigner } from './syntax/duplicate-signer';
import { syntaxContentAfterEnd } from './syntax/content-after-end';
import { syntaxJoinedHeading } from './syntax/joined-heading';
import { syntaxLostMarker } from './syntax/lost-marker';
import { syntaxUnsupportedDocumentType } from './syntax/unsupported-document-type';
import { internalParser } from './internal/parser';
import { internalCheck } from './internal/check';
import { refUnknown } from './ref/unknown';
import { refUnknownTask } from './ref/unknown-task';
import { refWrongKind } from './ref/wrong-kind';
import { refDuplicateDeclaration } from './ref/duplicate-declaration';
import { refUnused } from './ref/unused';
import { citationNumberSpacing } from './citation/number-spacing';
import { citationNumberDash } from './citation/number-dash';
import { citationIssuerCase } from './citation/issuer-case';
import { citationMalformedNumber } from './citation/malformed-number';
import { citationNumberForm } from './citation/number-form';
import { citationMissingSpace } from './citation/missing-space';
import { citationSymbolType } from './citation/symbol-type';
import { citationYearMismatch } from './citation/year-mismatch';
import { citationInvalidDate } from './citation/invalid-date';
import { citationCommaBeforeDate } from './citation/comma-before-date';
import { citationUnrecognised } from './citation/unrecognised';
import { citationAfterPlan } from './citation/after-plan';
import { citationSuperseded } from './citation/superseded';
import { citationDateMismatch } from './citation/date-mismatch';
import { citationIssuerMismatch } from './citation/issuer-mismatch';
import { citationSubjectMismatch } from './citation/subject-mismatch';
import { spellingSyllable } from './spelling/syllable';
import { spellingToneStyle } from './spelling/tone-style';
import { spellingConfusion } from './spelling/confusion';
import { capitalisationDocumentName } from './capitalisation/document-name';
import { capitalisationAgencyName } from './capitalisation/agency-name';
import { capitalisationOffice } from './capitalisation/office';
import { capitalisationPlaceName } from './capitalisation/place-name';
import { capitalisationAdminUnit } from './capitalisation/admin-unit';
import { capitalisationInconsistent } from './capitalisation/inconsistent';
import { citationWrittenOut } from './citation/written-out';
import { deadlineInvalidDate } from './deadline/invalid-date';
import { deadlineUnrecognised } from './deadline/unrecognised';
import { deadlineBeforePlanDate } from './deadline/before-plan-date';
import { deadlineOutsidePeriod } from './deadline/outside-period';
import { deadlineNonWorkingDay } from './deadline/non-working-day';
import { deadlineOutOfRange } from './deadline/out-of-range';
import { deadlineDependencyOrder } from './deadline/dependency-order';
import { deadlineOverdue } from './deadline/overdue';
import { deadlineDueSoon } from './deadline/due-soon';
import { taskNoLead } from './task/no-lead';
import { taskMultipleLeads } from './task/multiple-leads';
import { taskLeadAlsoHelper } from './task/lead-also-helper';
import { taskUnitNotInRecipients } from './task/unit-not-in-recipients';
import { taskDependencyCycle } from './task/dependency-cycle';
import { headerMissing } from './header/missing';
import { headerMissingParent } from './header/missing-parent';
import { headerDraft } from './header/draft';
import { headerNumberForm } from './header/number-form';
import { headerDateForm } from './header/date-form';
import { headerDatePadding } from './header/date-padding';
import { headerMottoForm } from './header/motto-form';
import { headerIssuedWithNumber } from './header/issued-with-number';
import { numberingDuplicate } from './numbering/duplicate';
import { numberingSequence } from './numbering/sequence';
import { numberingLetterSequence } from './numbering/letter-sequence';
import { numberingLevel } from './numbering/level';
import { numberingMarkerForm } from './numbering/marker-form';
import { signerAuthority } from './signer/authority';
import { signerUpperCase } from './signer/upper-case';
import { signerMissing } from './signer/missing';
import { recipientsMissing } from './recipients/missing';
import { recipientsMissingLuu } from './recipients/missing-luu';
import { proseStaleYear } from './prose/stale-year';
import { recipientsGlued } from './recipients/glued';
import { signerRunInName } from './signer/run-in-name';
import { decisionAuthority } from './decision/authority';
import { decisionLegalBasis } from './decision/legal-basis';
import { decisionProposal } from './decision/proposal';
import { decisionDecides } from './decision/decides';
import { decisionArticleNumbering } from './decision/article-numbering';
import { decisionExecution } from './decision/execution';
import { decisionIssuedDocument } from './decision/issued-document';
import { decisionAsArticle } from './decision/as-article';
import { letterAddressees } from './letter/addressees';
import { letterSubject } from './letter/subject';
import { letterSymbol } from './letter/symbol';
import { letterAsAbove } from './letter/as-above';
import { spellingGluedWord } from './spelling/glued-word';
import { citationIncompleteSymbol } from './citation/incomplete-symbol';
import { typographySpaceBeforePunctuation } from './typography/space-before-punctuation';
import { typographyMissingSpaceAfterPunctuation } from './typography/missing-space-after-punctuation';
import { typographyDoubleSpace } from './typography/double-space';
import { typographyStraightQuotes } from './typography/straight-quotes';
import { textNotNfc } from './text/not-nfc';
import { textLegacyEncoding } from './text/legacy-encoding';
import { textUnprintableCharacter } from './text/unprintable-character';
import { formatPageSize } from './format/page-size';
import { formatMargins } from './format/margins';
import { formatFont } from './format/font';
import { formatFontSize } from './format/font-size';
import { formatEmphasis } from './format/emphasis';
import { formatAlignment } from './format/alignment';
import { formatRuleLine } from './format/rule-line';
import { formatBodyIndent } from './format/body-indent';
import { formatBodySpacing } from './format/body-spacing';
import { formatPageNumbers } from './format/page-numbers';

export const ALL_RULES = [
  syntaxUnexpectedCharacter,
  syntaxDuplicateHeader,
  syntaxInvalidId,
  syntaxMissingValue,
  syntaxUnknownTaskField,
  syntaxMisplacedField,
  syntaxFieldIndentation,
  syntaxExpectedField,
  syntaxDuplicateRecipients,
  syntaxExpectedNewline,
  syntaxExpectedRecipient,
  syntaxDuplicateSigner,
  syntaxContentAfterEnd,
  syntaxJoinedHeading,
  syntaxLostMarker,
  syntaxUnsupportedDocumentType,
  internalParser,
  internalCheck,
  refUnknown,
  refUnknownTask,
  refWrongKind,
  refDuplicateDeclaration,
  refUnused,
  citationNumberSpacing,
  citationNumberDash,
  citationIssuerCase,
  citationMalformedNumber,
  citationNumberForm,
  citationMissingSpace,
  citationSymbolType,
  citationYearMismatch,
  citationInvalidDate,
  citationCommaBeforeDate,
  citationUnrecognised,
  citationAfterPlan,
  citationSuperseded,
  citationDateMismatch,
  citationIssuerMismatch,
  citationSubjectMismatch,
  citationWrittenOut,
  deadlineInvalidDate,
  deadlineUnrecognised,
  deadlineBeforePlanDate,
  deadlineOutsidePeriod,
  deadlineNonWorkingDay,
  deadlineOutOfRange,
  deadlineDependencyOrder,
  deadlineOverdue,
  deadlineDueSoon,
  taskNoLead,
  taskMultipleLeads,
  taskLeadAlsoHelper,
  taskUnitNotInRecipients,
  taskDependencyCycle,
  headerMissing,
  headerMissingParent,
  headerDraft,
  headerNumberForm,
  headerDateForm,
  numberingDuplicate,
  headerDatePadding,
  headerMottoForm,
  headerIssuedWithNumber,
  numberingSequence,
  numberingLetterSequence,
  numberingLevel,
  numberingMarkerForm,
  signerAuthority,
  signerUpperCase,
  signerMissing,
  recipientsMissing,
  recipientsMissingLuu,
  decisionAuthority,
  decisionLegalBasis,
  decisionProposal,
  decisionDecides,
  decisionArticleNumbering,
  decisionExecution,
  decisionIssuedDocument,
  decisionAsArticle,
  letterAddressees,
  letterSubject,
  letterSymbol,
  letterAsAbove,
  proseStaleYear,
  spellingSyllable,
  spellingConfusion,
  spellingToneStyle,
  capitalisationDocumentName,
  capitalisationAgencyName,
  capitalisationOffice,
  capitalisationPlaceName,
  capitalisationAdminUnit,
  capitalisationInconsistent,
  typographySpaceBeforePunctuation,
  recipientsGlued,
  signerRunInName,
  spellingGluedWord,
  citationIncompleteSymbol,
  typographyMissingSpaceAfterPunctuation,
  typographyDoubleSpace,
  typographyStraightQuotes,
  textNotNfc,
  textLegacyEncoding,
  textUnprintableCharacter,
  formatPageSize,
  formatMargins,
  formatFont,
  formatFontSize,
  formatEmphasis,
  formatAlignment,
  formatRuleLine,
  formatBodyIndent,
  formatBodySpacing,
  formatPageNumbers,
] as const satisfies readonly Rule[];

/** The code of every rule. */
export type RuleCode = (typeof ALL_RULES)[number]['code'];

type Holds<T extends true> = T;

/**
 * The codes the parser, the citation reader and the deadline reader report with (they cannot import
 * the rules, which sit above them) are each a rule: this type stops compiling when one is not.
 */
export type ProducedCodesAreRules = Holds<Exclude<SyntaxRuleCode | CiteRuleCode | DeadlineRuleCode, RuleCode> extends never ? true : false>;

const BY_CODE: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((rule) => [rule.code, rule]));

export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}
