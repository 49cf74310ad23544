import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationDateMismatch = defineRule({
  code: 'citation/date-mismatch',
  defaultSeverity: 'error',
  summary: { vi: 'Trích dẫn trong văn xuôi ghi ngày khác với văn bản đã khai báo.', en: 'A citation in prose gives another date than the declared document.' },
  rationale: {
    vi: 'Một văn bản chỉ có một ngày ban hành (Nghị định 30, Phụ lục I); hai ngày khác nhau là một chỗ chép sai.',
    en: 'A document has one date (Decree 30, Annex I); two different dates mean one was copied wrong.',
  },
  example: 'Thực hiện Kế hoạch số 30/KH-UBND ngày 18/02/2023 của UBND tỉnh',
  reportedBy: citationAnalysis,
});
