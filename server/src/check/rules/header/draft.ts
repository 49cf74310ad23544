import { defineRule } from '../../rule';
import { headerAnalysis } from '../../header';

export const headerDraft = defineRule({
  code: 'header/draft',
  defaultSeverity: 'hint',
  summary: { vi: 'Bản dự thảo: số hay ngày ban hành để trống.', en: 'A draft: the number or the day of issue is blank.' },
  rationale: {
    vi: 'Văn thư ghi số và ngày khi ký ban hành (Nghị định 30, Phụ lục I, mục II.3, II.4); bản dự thảo để trống là đúng, chỉ cần nhớ điền khi ban hành.',
    en: 'The records office fills in the number and the day at signing (Decree 30, Annex I, II.3, II.4); a draft leaves them blank, to be filled in at issue.',
  },
  example: 'kế hoạch\n  số: /KH-SCT\n  ngày: /02/2023',
  reportedBy: headerAnalysis,
});
