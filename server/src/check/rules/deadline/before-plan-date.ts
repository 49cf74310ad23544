import { defineRule } from '../../rule';
import { deadlineAnalysis } from '../../deadlines';

export const deadlineBeforePlanDate = defineRule({
  code: 'deadline/before-plan-date',
  defaultSeverity: 'error',
  summary: { vi: 'Ngày cuối cùng của thời hạn sớm hơn ngày ban hành kế hoạch.', en: "The deadline's last day is before the plan's issue date." },
  rationale: {
    vi: 'Một việc hết hạn trước khi kế hoạch giao nó được ban hành thì không ai thực hiện được: thường là nhầm năm hoặc chép từ kế hoạch năm trước.',
    en: 'Work due before the plan that assigns it is issued cannot be done: usually a wrong year or a copy from last year’s plan.',
  },
  example: 'kế hoạch\n  ngày: 17/02/2023\nnhiệm vụ BC: hạn trước 15/01/2023',
  reportedBy: deadlineAnalysis,
});
