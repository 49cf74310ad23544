import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxExpectedRecipient = defineRule({
  code: 'syntax/expected-recipient',
  defaultSeverity: 'error',
  summary: { vi: 'Dòng trong nơi nhận không bắt đầu bằng "-".', en: 'A line in the recipients that does not start with "-".' },
  rationale: { vi: 'Nghị định 30, Phụ lục I: mỗi nơi nhận một dòng, bắt đầu bằng gạch đầu dòng.', en: 'Decree 30, Annex I: one recipient per line, each starting with a dash.' },
  example: 'nơi nhận:\n  Sở Nội vụ',
  reportedBy: syntaxAnalysis,
});
