import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';
import { LANGUAGE } from '../rationales';

export const syntaxExpectedField = defineRule({
  code: 'syntax/expected-field',
  defaultSeverity: 'error',
  summary: { vi: 'Dòng thụt lề trong một khối không phải là trường "tên: giá trị".', en: 'An indented line in a block is not a "name: value" field.' },
  rationale: LANGUAGE,
  example: 'đơn vị VP: Văn phòng Sở\n  phụ trách công tác dân vận',
  reportedBy: syntaxAnalysis,
});
