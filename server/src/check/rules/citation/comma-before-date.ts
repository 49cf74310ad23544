import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationCommaBeforeDate = defineRule({
  code: 'citation/comma-before-date',
  defaultSeverity: 'hint',
  summary: { vi: 'Dấu phẩy thừa giữa số văn bản và "ngày".', en: 'A superfluous comma between the number and "ngày".' },
  rationale: {
    vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I: trích dẫn viết "tên loại, số, ký hiệu, ngày, tháng, năm" liền một cụm, không ngắt bằng dấu phẩy (Kế hoạch số 30/KH-UBND ngày 17/02/2023).',
    en: 'Decree 30/2020/NĐ-CP, Annex I: a citation reads as one phrase, type, number, date, without a comma (Kế hoạch số 30/KH-UBND ngày 17/02/2023).',
  },
  example: 'Quyết định số 396-QĐ/TU, ngày 19/10/2021 của Ban Thường vụ Tỉnh ủy',
  fix: { vi: 'Bỏ dấu phẩy: 396-QĐ/TU ngày 19/10/2021.', en: 'Removes the comma: 396-QĐ/TU ngày 19/10/2021.' },
  reportedBy: citationAnalysis,
});
