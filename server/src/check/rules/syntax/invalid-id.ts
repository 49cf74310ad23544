import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxInvalidId = defineRule({
  code: 'syntax/invalid-id',
  defaultSeverity: 'error',
  summary: {
    vi: 'Mã khai báo có ký tự không hợp lệ (dấu tiếng Việt, khoảng trắng…) hoặc thiếu mã ("văn bản : …").',
    en: 'A declared id has invalid characters (Vietnamese letters, spaces…) or is missing ("văn bản : …").',
  },
  rationale: {
    vi: 'Mã được gõ lại sau "@"; mã chỉ gồm chữ Latinh không dấu, chữ số, "_" và "-" thì gõ bằng mọi bàn phím và không nhầm lẫn.',
    en: 'Ids are typed again after "@"; ASCII letters, digits, "_" and "-" type on any keyboard and cannot be confused.',
  },
  example: 'văn bản QĐ56: Quyết định số 56/2015/QĐ-UBND ngày 29/12/2015 của UBND tỉnh',
  reportedBy: syntaxAnalysis,
});
