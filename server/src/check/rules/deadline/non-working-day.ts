import { defineRule } from '../../rule';
import { deadlineAnalysis } from '../../deadlines';

export const deadlineNonWorkingDay = defineRule({
  code: 'deadline/non-working-day',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Ngày cuối cùng của thời hạn rơi vào thứ Bảy, Chủ nhật, ngày lễ, Tết hay ngày nghỉ bù (cảnh báo); hoặc ngày ghi trong “trước <ngày>” là ngày nghỉ tuy ngày cuối cùng là ngày làm việc (thông tin).',
    en: 'The last day of a deadline is a Saturday, Sunday, public holiday, Tết or substitute day off (a warning); or the date in "before <date>" is a day off although the last day is a working day (information).',
  },
  rationale: {
    vi: 'Cơ quan nhà nước không nhận văn bản ngày nghỉ. Bộ luật Dân sự 2015, Điều 148 khoản 5 lùi thời hạn kết thúc vào ngày nghỉ sang ngày làm việc tiếp theo; ở đây nêu ngày làm việc cuối cùng trước đó, vì nộp trong ngày ấy là đúng hạn theo cả hai cách hiểu, còn người soạn “trước ngày 15/10” thường muốn nhận báo cáo trước ngày nghỉ, không phải sau; ghi thẳng ngày ấy tránh hiểu nhầm. “Trước <thứ Bảy>” kết thúc vào thứ Sáu, một ngày làm việc, nên chỉ là thông tin đề nghị ghi rõ; ngày cuối cùng tự nó là ngày nghỉ thì là cảnh báo. Lịch nghỉ theo Bộ luật Lao động 2019 (Điều 111, 112) và thông báo nghỉ Tết, lễ hằng năm, tính cho các năm 1900–2200 (ngoài khoảng ấy chỉ tính thứ Bảy, Chủ nhật). Thời hạn là cả một kỳ (“trong quý I/2023”) không bị báo: kỳ chỉ phạm vi công việc, không phải ngày nộp.',
    en: 'Agencies do not receive documents on days off. The Civil Code 2015, article 148(5), moves a period that ends on a day off to the next working day; this rule names the last working day before instead, because delivering on that day is on time under either reading, and a drafter who writes "before 15/10" usually wants the report before the days off, not after them; writing that day avoids misunderstandings. "Before <a Saturday>" ends on the Friday, a working day, so it is only information suggesting the plainer wording; a last day that is itself a day off is a warning. The calendar follows the Labour Code 2019 (articles 111, 112) and the yearly holiday announcements, computed for 1900–2200 (outside those years only weekends count). Deadlines that are a whole period ("within Q1/2023") are not reported: a period bounds the work, it is not a submission day.',
  },
  example: 'nhiệm vụ BC: hạn trước ngày 15/10/2023',
  fix: {
    vi: 'Ghi lại thời hạn thành “chậm nhất ngày <ngày làm việc cuối cùng>” (chỉ là sửa nhanh trong trình soạn thảo).',
    en: 'Rewrites the deadline as "by <last working day>" (an editor quick fix only).',
  },
  reportedBy: deadlineAnalysis,
});
