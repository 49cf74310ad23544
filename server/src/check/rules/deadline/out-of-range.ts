import { defineRule } from '../../rule';
import { deadlineAnalysis } from '../../deadlines';

export const deadlineOutOfRange = defineRule({
  code: 'deadline/out-of-range',
  defaultSeverity: 'error',
  summary: {
    vi: 'Ngày cuối cùng tính được của thời hạn nằm ngoài các năm 1000–9999 (“trước 01/01/1000”, hay chuỗi thời hạn tương đối quá dài).',
    en: 'The computed last day of a deadline is outside the years 1000–9999 ("before 01/01/1000", or a chain of relative deadlines that runs too far).',
  },
  rationale: {
    vi: 'Ngày như vậy không viết được bằng bốn chữ số của năm, không kiểm tra được với lịch và không xuất được sang lịch ICS; đó là số ngày hay năm bị gõ nhầm.',
    en: 'Such a day cannot be written with a four-digit year, checked against the calendar or exported to an ICS calendar; a number of days or a year was mistyped.',
  },
  example: 'nhiệm vụ BC: hạn trong 3650 ngày làm việc kể từ ngày 01/01/9990',
  reportedBy: deadlineAnalysis,
});
