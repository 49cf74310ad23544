import { defineRule } from '../../rule';
import { typographyAnalysis } from '../../typography';
import { TYPOGRAPHY } from '../rationales';

export const typographyMissingSpaceAfterPunctuation = defineRule({
  code: 'typography/missing-space-after-punctuation',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Thiếu khoảng trắng sau dấu , ; : hay sau dấu chấm trước chữ hoa (không tính số 1.000, ngày 17/02/2023, "./.").',
    en: 'No space after , ; : or after a full stop before a capital (numbers such as 1.000, dates such as 17/02/2023 and "./." aside).',
  },
  rationale: TYPOGRAPHY,
  example: '- Trên địa bàn tỉnh,không để xảy ra điểm nóng.',
  fix: { vi: 'Thêm một khoảng trắng (sửa an toàn).', en: 'Adds a space (safe fix).' },
  reportedBy: typographyAnalysis,
});
