import { defineRule } from '../../rule';
import { numberingAnalysis } from '../../numbering';

export const numberingLetterSequence = defineRule({
  code: 'numbering/letter-sequence',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Điểm a), b), c)… không theo thứ tự bảng chữ cái tiếng Việt (a b c d đ e g h i k l m n o p q r s t u v x y).',
    en: 'Points a), b), c)… out of the Vietnamese alphabet order (a b c d đ e g h i k l m n o p q r s t u v x y).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: điểm đánh thứ tự bằng chữ cái tiếng Việt; sau d) là đ), không có f), j), w), z).',
    en: 'Decree 30, Annex I: points are lettered with the Vietnamese alphabet; đ) follows d), and there is no f), j), w) or z).',
  },
  example: 'a) Thứ nhất\nb) Thứ hai\nc) Thứ ba\nd) Thứ tư\ne) Thứ năm',
  fix: { vi: 'Đánh lại chữ cái cả dãy.', en: 'Re-letters the whole sequence.' },
  reportedBy: numberingAnalysis,
});
