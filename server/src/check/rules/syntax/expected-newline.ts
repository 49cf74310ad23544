import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';
import { LANGUAGE } from '../rationales';

export const syntaxExpectedNewline = defineRule({
  code: 'syntax/expected-newline',
  defaultSeverity: 'error',
  summary: { vi: 'Nơi nhận viết ngay sau "nơi nhận:" thay vì trên dòng riêng.', en: 'A recipient written on the "nơi nhận:" line instead of its own line.' },
  rationale: LANGUAGE,
  example: 'nơi nhận: Sở Nội vụ',
  reportedBy: syntaxAnalysis,
});
