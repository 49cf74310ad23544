import { defineRule } from '../../rule';
import { typographyAnalysis } from '../../typography';
import { TYPOGRAPHY } from '../rationales';

export const typographyDoubleSpace = defineRule({
  code: 'typography/double-space',
  defaultSeverity: 'warning',
  summary: { vi: 'Hai khoảng trắng trở lên giữa hai từ.', en: 'Two or more spaces between words.' },
  rationale: TYPOGRAPHY,
  example: '- công chức, viên chức toàn Sở  hoạt động công vụ.',
  fix: { vi: 'Chỉ giữ một khoảng trắng (sửa an toàn).', en: 'Keeps one space (safe fix).' },
  reportedBy: typographyAnalysis,
});
