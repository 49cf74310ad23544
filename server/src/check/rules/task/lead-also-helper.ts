import { defineRule } from '../../rule';
import { taskAnalysis } from '../../tasks';

export const taskLeadAlsoHelper = defineRule({
  code: 'task/lead-also-helper',
  defaultSeverity: 'warning',
  summary: { vi: 'Một đơn vị vừa chủ trì vừa phối hợp cùng một nhiệm vụ.', en: 'A unit both leads and helps with one task.' },
  rationale: { vi: 'Mỗi đơn vị một vai trò trong một nhiệm vụ.', en: 'Each unit has one role in a task.' },
  example: 'nhiệm vụ BC: chủ trì @VP; phối hợp @VP, @PKT',
  fix: {
    vi: 'Bỏ các đơn vị chủ trì khỏi "phối hợp" (bỏ cả trường nếu trống).',
    en: 'Removes the leading units from "phối hợp" (and the field if it becomes empty).',
  },
  reportedBy: taskAnalysis,
});
