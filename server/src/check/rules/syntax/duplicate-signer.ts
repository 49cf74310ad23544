import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxDuplicateSigner = defineRule({
  code: 'syntax/duplicate-signer',
  defaultSeverity: 'error',
  summary: { vi: 'Tệp có hai dòng "ký:".', en: 'A file with two "ký:" lines.' },
  rationale: { vi: 'Kế hoạch có một người ký.', en: 'A plan has one signer.' },
  example: 'ký: GIÁM ĐỐC / Nguyễn Văn A\nký: GIÁM ĐỐC / Trần Văn B',
  reportedBy: syntaxAnalysis,
});
