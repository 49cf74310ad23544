import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';
import { LANGUAGE } from '../rationales';

export const syntaxMisplacedField = defineRule({
  code: 'syntax/misplaced-field',
  defaultSeverity: 'error',
  summary: { vi: 'Trường không thuộc khối đang viết (ví dụ "chủ trì" trong phần đầu).', en: 'A field that does not belong in its block (e.g. "chủ trì" in the header).' },
  rationale: LANGUAGE,
  example: 'kế hoạch\n  chủ trì: @VP',
  reportedBy: syntaxAnalysis,
});
