import { defineRule } from '../../rule';
import { deadlineAnalysis } from '../../deadlines';

export const deadlineDueSoon = defineRule({
  code: 'deadline/due-soon',
  defaultSeverity: 'info',
  summary: { vi: 'Sắp đến ngày cuối cùng của thời hạn (mặc định trong 7 ngày).', en: "The deadline's last day is near (within 7 days by default)." },
  rationale: {
    vi: 'Nhắc trước để kịp chuẩn bị; chỉ chạy khi có ngày đối chiếu.',
    en: 'A reminder in time to prepare; runs only with a reference day.',
  },
  example: 'nhiệm vụ BC6T: hạn trước 01/6/2023   (kiểm tra ngày 26/5/2023)',
  reportedBy: deadlineAnalysis,
});
