import { defineRule } from '../../rule';
import { deadlineAnalysis } from '../../deadlines';

export const deadlineInvalidDate = defineRule({
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
  reportedBy: deadlineAnalysis,
});
