import { defineRule } from '../../rule';
import { decisionAnalysis } from '../../document-parts';

export const decisionLegalBasis = defineRule({
  code: 'decision/legal-basis',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Quyết định không có căn cứ ban hành ("Căn cứ …;") trước "QUYẾT ĐỊNH:".',
    en: 'A decision without its legal bases ("Căn cứ …;") before "QUYẾT ĐỊNH:".',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.6.a và Mẫu 1.3: căn cứ ban hành nêu văn bản quy định thẩm quyền và văn bản được thực hiện, mỗi căn cứ một dòng, in nghiêng, kết thúc bằng dấu ";".',
    en: 'Decree 30, Annex I, II.6.a and Template 1.3: the legal bases name the document that gives the power and the document carried out, one per line, in italics, each ending with ";".',
  },
  example: 'quyết định\n  thẩm quyền: Giám đốc Sở Công Thương\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2023.\n\nĐiều 2. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này.',
  reportedBy: decisionAnalysis,
});
