import { defineRule } from '../../rule';
import { typographyAnalysis } from '../../typography';
import { TYPOGRAPHY } from '../rationales';

export const typographySpaceBeforePunctuation = defineRule({
  code: 'typography/space-before-punctuation',
  defaultSeverity: 'warning',
  summary: { vi: 'Khoảng trắng trước dấu . , ; : ! ?', en: 'A space before . , ; : ! ?' },
  rationale: TYPOGRAPHY,
  example: '- … gắn với nhiệm vụ chuyên môn của Sở .',
  fix: { vi: 'Bỏ khoảng trắng (sửa an toàn).', en: 'Removes the space (safe fix).' },
  reportedBy: typographyAnalysis,
});
