import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationDateMismatch = defineRule({
  code: 'citation/date-mismatch',
  defaultSeverity: 'error',
  summary: {
    vi: 'Trích dẫn ghi ngày khác với văn bản đã khai báo hoặc với danh mục văn bản.',
    en: 'A citation gives another date than the declared document or the catalog.',
  },
  rationale: {
    vi: 'Một văn bản chỉ có một ngày ban hành (Nghị định 30, Phụ lục I); hai ngày khác nhau là một chỗ chép sai. So với văn bản đã khai báo, đây là lỗi; so với danh mục văn bản, đây là cảnh báo kèm bản sửa ngày và nguồn của danh mục, vì danh mục cũng có thể sai. Một luật dẫn theo tên và ngày, không có số ("Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2016"), được so với luật cùng tên đã khai báo, không có thì với luật cùng tên trong danh mục kèm theo công cụ, khi chỉ một luật tên ấy cùng năm, hoặc cùng ngày và tháng, với ngày đã viết.',
    en: 'A document has one date (Decree 30, Annex I); two different dates mean one was copied wrong. Against a declared document it is an error; against a catalog it is a warning, with a fix of the date and the catalog’s source, since a catalog can be wrong too. A law cited by name and date without its number ("Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2016") is compared with the declared law of that name, or else the built-in catalog’s, when exactly one law of the name shares the year, or the day and month, of the date written.',
  },
  example: 'Thực hiện Kế hoạch số 30/KH-UBND ngày 18/02/2023 của UBND tỉnh',
  reportedBy: citationAnalysis,
});
