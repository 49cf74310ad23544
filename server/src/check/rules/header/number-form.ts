import { defineRule } from '../../rule';
import { headerAnalysis } from '../../header';

export const headerNumberForm = defineRule({
  code: 'header/number-form',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Số, ký hiệu của kế hoạch không theo dạng "<số>/KH-<cơ quan>" (ký hiệu KH, số dưới 10 có số 0 ở trước, viết liền).',
    en: 'The plan’s number is not "<number>/KH-<agency>" (type KH, a leading zero under 10, no spaces).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.3 và Phụ lục III: ký hiệu gồm chữ viết tắt tên loại (Kế hoạch: KH) và tên cơ quan; số nhỏ hơn 10 ghi thêm số 0 phía trước.',
    en: 'Decree 30, Annex I, II.3 and Annex III: the symbol is the type abbreviation (Kế hoạch: KH) and the agency abbreviation; numbers under 10 take a leading zero.',
  },
  example: 'kế hoạch\n  số: 5/QĐ-SCT',
  fix: { vi: 'Viết lại: 05/KH-SCT.', en: 'Rewrites it: 05/KH-SCT.' },
  reportedBy: headerAnalysis,
});
