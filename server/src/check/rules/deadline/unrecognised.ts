import { defineRule } from '../../rule';
import { deadlineAnalysis } from '../../deadlines';

export const deadlineUnrecognised = defineRule({
  code: 'deadline/unrecognised',
  defaultSeverity: 'error',
  summary: {
    vi: 'Thời hạn không thuộc dạng nào công cụ đọc được, hoặc đếm quá 3650 ngày.',
    en: 'The deadline is in none of the forms the tools read, or counts more than 3650 days.',
  },
  rationale: {
    vi: 'Thời hạn không đọc được thì không kiểm tra được ngày nghỉ, thứ tự công việc hay quá hạn, và không xuất được lịch. Thời hạn tương đối dài hơn 10 năm (“trong 1000000 ngày”) là gõ nhầm: không tính ngày cuối cùng cho nó.',
    en: 'A deadline that cannot be read cannot be checked against days off, task order or overdue work, nor exported to a calendar. A relative deadline longer than 10 years ("within 1000000 days") is a typo, and no last day is computed for it.',
  },
  example: 'nhiệm vụ BC6T: hạn cuối quý này',
  reportedBy: deadlineAnalysis,
});
