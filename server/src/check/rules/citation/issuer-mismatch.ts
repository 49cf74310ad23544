import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationIssuerMismatch = defineRule({
  code: 'citation/issuer-mismatch',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Trích dẫn ghi cơ quan ban hành khác với văn bản đã khai báo hoặc với danh mục văn bản.',
    en: 'A citation names another issuer than the declared document or the catalog.',
  },
  rationale: {
    vi: 'Trích dẫn phải ghi đúng cơ quan ban hành (Nghị định 30, Điều 8 về trích dẫn văn bản).',
    en: 'A citation must name the right issuer (Decree 30 on citing documents).',
  },
  example: 'Thực hiện Kế hoạch số 30/KH-UBND ngày 17/02/2023 của Sở Nội vụ',
  reportedBy: citationAnalysis,
});
