import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';
import { INTERNAL } from '../rationales';

export const internalParser = defineRule({
  code: 'internal/parser',
  defaultSeverity: 'error',
  summary: { vi: 'Lỗi nội bộ khi đọc tệp.', en: 'Internal error while reading a file.' },
  rationale: INTERNAL,
  example: '(không có ví dụ: đây là lỗi của công cụ)',
  reportedBy: syntaxAnalysis,
});
