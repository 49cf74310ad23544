import { defineRule } from '../../rule';
import { taskAnalysis } from '../../tasks';

export const taskNoLead = defineRule({
  code: 'task/no-lead',
  defaultSeverity: 'error',
  summary: { vi: 'Nhiệm vụ không có đơn vị chủ trì.', en: 'A task without a lead unit.' },
  rationale: {
    vi: 'Việc không có đơn vị chủ trì thì không ai chịu trách nhiệm; bảng nhiệm vụ của kế hoạch luôn có cột "Cơ quan chủ trì".',
    en: 'Work without a lead has no one answerable for it; a plan’s task table always has a "lead agency" column.',
  },
  example: 'nhiệm vụ BC: Báo cáo năm; gửi @SNV; hạn trước 15/10/2023',
  reportedBy: taskAnalysis,
});
