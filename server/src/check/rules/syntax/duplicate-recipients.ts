import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxDuplicateRecipients = defineRule({
  code: 'syntax/duplicate-recipients',
  defaultSeverity: 'error',
  summary: { vi: 'Tệp có hai phần "nơi nhận".', en: 'A file with two recipients parts.' },
  rationale: { vi: 'Văn bản có một phần nơi nhận (Nghị định 30, Phụ lục I).', en: 'A document has one recipients part (Decree 30, Annex I).' },
  example: 'nơi nhận:\n  - @SNV\nnơi nhận:\n  - Lưu: VT',
  reportedBy: syntaxAnalysis,
});
