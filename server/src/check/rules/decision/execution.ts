import { defineRule } from '../../rule';
import { decisionAnalysis } from '../../document-parts';

export const decisionExecution = defineRule({
  code: 'decision/execution',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Điều cuối của Quyết định không nêu ai chịu trách nhiệm thi hành.',
    en: 'The last article of a decision does not name who carries it out.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục III, Mẫu 1.3: Điều cuối giao trách nhiệm thi hành ("… chịu trách nhiệm thi hành Quyết định này"), và nơi nhận gửi quyết định đến những người đó bằng "Như Điều …".',
    en: 'Decree 30, Annex III, Template 1.3: the last article charges who carries it out ("… chịu trách nhiệm thi hành Quyết định này"), and the recipients send the decision to them as "Như Điều …".',
  },
  example: 'quyết định\n  thẩm quyền: Giám đốc Sở Công Thương\n\nCăn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2023.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  reportedBy: decisionAnalysis,
});
