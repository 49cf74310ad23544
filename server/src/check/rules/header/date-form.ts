import { defineRule } from '../../rule';
import { headerAnalysis } from '../../header';

export const headerDateForm = defineRule({
  code: 'header/date-form',
  defaultSeverity: 'error',
  summary: { vi: 'Ngày ban hành không đọc được hoặc không tồn tại.', en: 'The date of issue cannot be read or does not exist.' },
  rationale: {
    vi: 'Ngày ban hành là mốc của mọi thời hạn và của năm kế hoạch (Nghị định 30, Phụ lục I, mục II.4).',
    en: 'The date of issue anchors every deadline and the plan’s year (Decree 30, Annex I, II.4).',
  },
  example: 'kế hoạch\n  ngày: 30/02/2023',
  reportedBy: headerAnalysis,
});
