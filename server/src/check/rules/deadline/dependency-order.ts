import { defineRule } from '../../rule';
import { deadlineAnalysis } from '../../deadlines';

export const deadlineDependencyOrder = defineRule({
  code: 'deadline/dependency-order',
  defaultSeverity: 'error',
  summary: { vi: 'Nhiệm vụ hết hạn trước nhiệm vụ mà nó phụ thuộc.', en: 'A task is due before a task it depends on.' },
  rationale: {
    vi: 'Việc làm “sau” một việc khác không thể xong trước việc đó; một trong hai thời hạn bị ghi sai.',
    en: 'Work that comes "after" other work cannot finish before it; one of the two deadlines is wrong.',
  },
  example: 'nhiệm vụ TH: hạn trước 01/6/2023\nnhiệm vụ BC: hạn trước 15/5/2023; sau @TH',
  reportedBy: deadlineAnalysis,
});
