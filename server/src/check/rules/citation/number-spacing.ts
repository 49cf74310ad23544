import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';
import { ND30_SYMBOL } from '../rationales';

export const citationNumberSpacing = defineRule({
  code: 'citation/number-spacing',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Số và ký hiệu văn bản có khoảng trắng hoặc xuống dòng quanh dấu "/" hay "-".',
    en: 'A document number has a space or a line break around "/" or "-".',
  },
  rationale: ND30_SYMBOL,
  example: 'Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị',
  fix: { vi: 'Bỏ khoảng trắng: 120-KL/TW.', en: 'Removes the space: 120-KL/TW.' },
  reportedBy: citationAnalysis,
});
