import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';
import { LANGUAGE } from '../rationales';

export const syntaxFieldIndentation = defineRule({
  code: 'syntax/field-indentation',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Trường của một khối không được thụt lề; nó vẫn được đọc là trường của khối ở trên.',
    en: 'A field of a block is not indented; it is still read as a field of the block above.',
  },
  rationale: LANGUAGE,
  example: 'kế hoạch\nsố: /KH-SCT',
  fix: { vi: 'Thụt lề trường hai khoảng trắng dưới dòng đầu khối.', en: 'Indents the field two spaces under the head of its block.' },
  reportedBy: syntaxAnalysis,
});
