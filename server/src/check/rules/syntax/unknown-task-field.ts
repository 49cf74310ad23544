import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';
import { LANGUAGE } from '../rationales';

export const syntaxUnknownTaskField = defineRule({
  code: 'syntax/unknown-task-field',
  defaultSeverity: 'error',
  summary: {
    vi: 'Một phần của nhiệm vụ viết trên một dòng không bắt đầu bằng tên trường.',
    en: 'A part of a one-line task does not start with a field name.',
  },
  rationale: LANGUAGE,
  example: 'nhiệm vụ BC: chủ trì @VP; trước 01/6/2023',
  reportedBy: syntaxAnalysis,
});
