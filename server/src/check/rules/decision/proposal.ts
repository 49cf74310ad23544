import { defineRule } from '../../rule';
import { decisionAnalysis } from '../../document-parts';

export const decisionProposal = defineRule({
  code: 'decision/proposal',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Quyết định không ghi "Theo đề nghị của …" sau các căn cứ, hoặc ghi trước một căn cứ.',
    en: 'A decision without "Theo đề nghị của …" after its legal bases, or with it before one of them.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục III, Mẫu 1.3: sau các dòng "Căn cứ …;" là dòng "Theo đề nghị của … ." (cơ quan, đơn vị trình), kết thúc bằng dấu chấm, ngay trước "QUYẾT ĐỊNH:".',
    en: 'Decree 30, Annex III, Template 1.3: after the "Căn cứ …;" lines comes "Theo đề nghị của … ." (who submitted it), ending with a full stop, right before "QUYẾT ĐỊNH:".',
  },
  example: 'quyết định\n  thẩm quyền: Giám đốc Sở Công Thương\n\nCăn cứ @KH30;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2023.\n\nĐiều 2. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này.',
  reportedBy: decisionAnalysis,
});
