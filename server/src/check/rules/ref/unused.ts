import { defineRule } from '../../rule';
import { referenceAnalysis } from '../../references';

export const refUnused = defineRule({
  code: 'ref/unused',
  defaultSeverity: 'hint',
  summary: { vi: 'Văn bản hay đơn vị khai báo trong kế hoạch nhưng không được nhắc đến.', en: 'A document or unit declared in a plan and never referred to.' },
  rationale: {
    vi: 'Thường là trích dẫn bị quên hay đơn vị chưa được giao việc.',
    en: 'Usually a forgotten citation or a unit that was meant to get a task.',
  },
  example: 'đơn vị PKTM: Phòng Kinh tế mới\n\nI. Nội dung\n1. Việc không giao cho đơn vị nào.',
  reportedBy: referenceAnalysis,
});
