import { defineRule } from '../../rule';
import { decisionAnalysis } from '../../document-parts';

export const decisionDecides = defineRule({
  code: 'decision/decides',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Quyết định thiếu dòng "QUYẾT ĐỊNH:" giữa các căn cứ và Điều 1, hoặc dòng đó đứng sau một Điều.',
    en: 'A decision without the line "QUYẾT ĐỊNH:" between its legal bases and Điều 1, or with it after an article.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục III, Mẫu 1.2 và 1.3: "QUYẾT ĐỊNH:" đứng riêng một dòng, căn giữa, in đậm, sau các căn cứ và trước các Điều.',
    en: 'Decree 30, Annex III, Templates 1.2 and 1.3: "QUYẾT ĐỊNH:" stands on its own line, centred, bold, after the legal bases and before the articles.',
  },
  example: 'quyết định\n  thẩm quyền: Giám đốc Sở Công Thương\n\nCăn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2023.\n\nĐiều 2. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này.',
  fix: { vi: 'Thêm "QUYẾT ĐỊNH:" trước Điều 1.', en: 'Adds "QUYẾT ĐỊNH:" before Điều 1.' },
  reportedBy: decisionAnalysis,
});
