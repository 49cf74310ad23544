import { defineRule } from '../../rule';
import { taskAnalysis } from '../../tasks';

export const taskMultipleLeads = defineRule({
  code: 'task/multiple-leads',
  defaultSeverity: 'error',
  summary: { vi: 'Nhiệm vụ có hai đơn vị chủ trì trở lên.', en: 'A task with two or more leads.' },
  rationale: {
    vi: 'Một việc một đơn vị chủ trì, các đơn vị khác phối hợp: hai nơi chủ trì là không nơi nào chịu trách nhiệm.',
    en: 'One task, one lead, the others help: two leads means no one is answerable.',
  },
  example: 'nhiệm vụ BC: chủ trì @VP, @PKT',
  reportedBy: taskAnalysis,
});
