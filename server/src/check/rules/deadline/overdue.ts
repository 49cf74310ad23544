import { defineRule } from '../../rule';
import { deadlineAnalysis } from '../../deadlines';

export const deadlineOverdue = defineRule({
  code: 'deadline/overdue',
  defaultSeverity: 'warning',
  summary: { vi: 'Đã qua ngày cuối cùng của thời hạn (tính đến ngày được chỉ định).', en: "The deadline's last day has passed (as of the given day)." },
  rationale: {
    vi: 'Giúp lãnh đạo theo dõi việc chậm; chỉ chạy khi có ngày đối chiếu (--as-of), để kết quả kiểm tra không đổi theo đồng hồ.',
    en: 'Helps leadership follow late work; runs only with a reference day (--as-of), so a check never depends on the clock.',
  },
  example: 'nhiệm vụ BC6T: hạn trước 01/6/2023   (kiểm tra ngày 15/6/2023)',
  reportedBy: deadlineAnalysis,
});
