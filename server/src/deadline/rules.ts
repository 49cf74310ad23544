/**
 * The deadline rules, documented once for docs/rules.md, SARIF and the configuration schema.
 */
import type { RuleMeta } from '../base/rule';

export const INVALID_DATE: RuleMeta = {
  code: 'deadline/invalid-date',
  defaultSeverity: 'error',
  summary: {
    vi: 'Ngày trong thời hạn không tồn tại hoặc viết sai dạng dd/mm/yyyy.',
    en: 'A date in a deadline does not exist or is not written dd/mm/yyyy.',
  },
  rationale: {
    vi: 'Một ngày không có thật (31/02/2023), năm viết hai chữ số hay chữ O thay số 0 làm thời hạn không xác định được; Nghị định 30 viết ngày bằng chữ số Ả Rập đủ ngày, tháng, năm.',
    en: 'An impossible day (31/02/2023), a two-digit year or a letter O for a zero leaves the deadline undefined; Decree 30 writes dates in Arabic digits with day, month and full year.',
  },
  example: 'nhiệm vụ BC6T: hạn trước 31/02/2023',
  fix: {
    vi: 'Khi chắc chắn được ý định (chữ O thay số 0, năm hai chữ số, dấu chấm thay dấu “/”), thay bằng ngày đúng dạng.',
    en: 'When the intent is clear (a letter O for a zero, a two-digit year, dots instead of "/"), rewrites the date properly.',
  },
};

export const UNRECOGNISED: RuleMeta = {
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
};

export const BEFORE_PLAN_DATE: RuleMeta = {
  code: 'deadline/before-plan-date',
  defaultSeverity: 'error',
  summary: { vi: 'Ngày cuối cùng của thời hạn sớm hơn ngày ban hành kế hoạch.', en: "The deadline's last day is before the plan's issue date." },
  rationale: {
    vi: 'Một việc hết hạn trước khi kế hoạch giao nó được ban hành thì không ai thực hiện được: thường là nhầm năm hoặc chép từ kế hoạch năm trước.',
    en: 'Work due before the plan that assigns it is issued cannot be done: usually a wrong year or a copy from last year’s plan.',
  },
  example: 'kế hoạch\n  ngày: 17/02/2023\nnhiệm vụ BC: hạn trước 15/01/2023',
};

export const OUTSIDE_PERIOD: RuleMeta = {
  code: 'deadline/outside-period',
  defaultSeverity: 'warning',
  summary: { vi: 'Ngày cuối cùng của thời hạn nằm ngoài thời kỳ của kế hoạch.', en: "The deadline's last day is outside the plan's period." },
  rationale: {
    vi: 'Kế hoạch năm 2023 giao việc cho năm 2023; hạn rơi sang năm khác thường là gõ nhầm năm, nếu không thì nên nói rõ thời kỳ của kế hoạch.',
    en: 'A plan for 2023 assigns work for 2023; a deadline in another year is usually a typo, or else the plan should state its period.',
  },
  example: 'kế hoạch\n  ngày: 17/02/2023\nnhiệm vụ BCN: hạn trước 15/10/2024',
};

export const NON_WORKING_DAY: RuleMeta = {
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
};

export const OUT_OF_RANGE: RuleMeta = {
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
};

export const DEPENDENCY_ORDER: RuleMeta = {
  code: 'deadline/dependency-order',
  defaultSeverity: 'error',
  summary: { vi: 'Nhiệm vụ hết hạn trước nhiệm vụ mà nó phụ thuộc.', en: 'A task is due before a task it depends on.' },
  rationale: {
    vi: 'Việc làm “sau” một việc khác không thể xong trước việc đó; một trong hai thời hạn bị ghi sai.',
    en: 'Work that comes "after" other work cannot finish before it; one of the two deadlines is wrong.',
  },
  example: 'nhiệm vụ TH: hạn trước 01/6/2023\nnhiệm vụ BC: hạn trước 15/5/2023; sau @TH',
};

export const OVERDUE: RuleMeta = {
  code: 'deadline/overdue',
  defaultSeverity: 'warning',
  summary: { vi: 'Đã qua ngày cuối cùng của thời hạn (tính đến ngày được chỉ định).', en: "The deadline's last day has passed (as of the given day)." },
  rationale: {
    vi: 'Giúp lãnh đạo theo dõi việc chậm; chỉ chạy khi có ngày đối chiếu (--as-of), để kết quả kiểm tra không đổi theo đồng hồ.',
    en: 'Helps leadership follow late work; runs only with a reference day (--as-of), so a check never depends on the clock.',
  },
  example: 'nhiệm vụ BC6T: hạn trước 01/6/2023   (kiểm tra ngày 15/6/2023)',
};

export const DUE_SOON: RuleMeta = {
  code: 'deadline/due-soon',
  defaultSeverity: 'info',
  summary: { vi: 'Sắp đến ngày cuối cùng của thời hạn (mặc định trong 7 ngày).', en: "The deadline's last day is near (within 7 days by default)." },
  rationale: {
    vi: 'Nhắc trước để kịp chuẩn bị; chỉ chạy khi có ngày đối chiếu.',
    en: 'A reminder in time to prepare; runs only with a reference day.',
  },
  example: 'nhiệm vụ BC6T: hạn trước 01/6/2023   (kiểm tra ngày 26/5/2023)',
};

export const DEADLINE_RULES: readonly RuleMeta[] = [
  INVALID_DATE,
  UNRECOGNISED,
  BEFORE_PLAN_DATE,
  OUTSIDE_PERIOD,
  NON_WORKING_DAY,
  OUT_OF_RANGE,
  DEPENDENCY_ORDER,
  OVERDUE,
  DUE_SOON,
];
