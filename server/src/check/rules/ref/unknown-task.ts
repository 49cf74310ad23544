import { defineRule } from '../../rule';
import { referenceAnalysis } from '../../references';

export const refUnknownTask = defineRule({
  code: 'ref/unknown-task',
  defaultSeverity: 'error',
  summary: { vi: '"[hạn ID]" nhắc đến một nhiệm vụ không có trong kế hoạch.', en: '"[hạn ID]" names a task that is not in the plan.' },
  rationale: { vi: 'Thời hạn in ra lấy từ nhiệm vụ; không có nhiệm vụ thì không có thời hạn.', en: 'The printed deadline comes from the task; no task, no deadline.' },
  example: 'báo cáo gửi [hạn BC6]',
  fix: { vi: 'Đổi thành mã nhiệm vụ gần giống nhất.', en: 'Changes it to the closest task id.' },
  reportedBy: referenceAnalysis,
});
