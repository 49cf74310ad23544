import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';
import { LANGUAGE } from '../rationales';

export const syntaxMissingValue = defineRule({
  code: 'syntax/missing-value',
  defaultSeverity: 'error',
  summary: {
    vi: 'Trường, khai báo, người ký hay dòng nơi nhận không có giá trị. Là cảnh báo (không phải lỗi) với trường của phần đầu (bản dự thảo để trống) và dòng nơi nhận trống.',
    en: 'A field, declaration, signer or recipient line has no value. A warning (not an error) for header fields, which drafts leave empty, and for an empty recipient line.',
  },
  rationale: LANGUAGE,
  example: 'đơn vị VP:',
  reportedBy: syntaxAnalysis,
});
