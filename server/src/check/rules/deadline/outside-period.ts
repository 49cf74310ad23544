import { defineRule } from '../../rule';
import { deadlineAnalysis } from '../../deadlines';

export const deadlineOutsidePeriod = defineRule({
  code: 'deadline/outside-period',
  defaultSeverity: 'warning',
  summary: { vi: 'Ngày cuối cùng của thời hạn nằm ngoài thời kỳ của kế hoạch.', en: "The deadline's last day is outside the plan's period." },
  rationale: {
    vi: 'Kế hoạch năm 2023 giao việc cho năm 2023; hạn rơi sang năm khác thường là gõ nhầm năm, nếu không thì nên nói rõ thời kỳ của kế hoạch.',
    en: 'A plan for 2023 assigns work for 2023; a deadline in another year is usually a typo, or else the plan should state its period.',
  },
  example: 'kế hoạch\n  ngày: 17/02/2023\nnhiệm vụ BCN: hạn trước 15/10/2024',
  reportedBy: deadlineAnalysis,
});
