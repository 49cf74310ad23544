import { defineRule } from '../../rule';
import { referenceAnalysis } from '../../references';

export const refDuplicateDeclaration = defineRule({
  code: 'ref/duplicate-declaration',
  defaultSeverity: 'error',
  summary: { vi: 'Một mã được khai báo nhiều lần trong thư mục làm việc.', en: 'An id declared more than once in the workspace.' },
  rationale: { vi: 'Hai khai báo cùng mã làm tham chiếu mơ hồ.', en: 'Two declarations of one id make references ambiguous.' },
  example: 'đơn vị VP: Văn phòng Sở\nđơn vị VP: Văn phòng UBND tỉnh',
  reportedBy: referenceAnalysis,
});
