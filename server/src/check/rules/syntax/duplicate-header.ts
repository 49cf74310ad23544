import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxDuplicateHeader = defineRule({
  code: 'syntax/duplicate-header',
  defaultSeverity: 'error',
  summary: { vi: 'Tệp có hai khối "kế hoạch".', en: 'A file with two "kế hoạch" header blocks.' },
  rationale: { vi: 'Mỗi văn bản chỉ có một phần đầu (Nghị định 30, Phụ lục I).', en: 'A document has one header (Decree 30, Annex I).' },
  example: 'kế hoạch\n  số: /KH-SCT\nkế hoạch\n  số: 05/KH-SCT',
  reportedBy: syntaxAnalysis,
});
