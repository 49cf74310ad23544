import { defineRule } from '../../rule';
import { INTERNAL } from '../rationales';

export const internalCheck = defineRule({
  code: 'internal/check',
  defaultSeverity: 'error',
  summary: { vi: 'Lỗi nội bộ trong một nhóm kiểm tra.', en: 'Internal error in a group of checks.' },
  rationale: INTERNAL,
  example: '(không có ví dụ: đây là lỗi của công cụ)',
  // The pipeline (check/index.ts) reports this rule when another rule's check fails.
  check: () => [],
});
