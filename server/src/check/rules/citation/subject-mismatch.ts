import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationSubjectMismatch = defineRule({
  code: 'citation/subject-mismatch',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Trích yếu (hay tên luật) viết sau số văn bản không khớp với danh mục.',
    en: 'The subject (or the name of a law) written with a document number does not match the catalog.',
  },
  rationale: {
    vi: 'Khi trích yếu gần như không có chữ nào chung với trích yếu của văn bản mang số ấy, số hoặc trích yếu đã bị chép nhầm từ một văn bản khác (Nghị định 30, Phụ lục I: trích dẫn ghi đủ số, ngày, cơ quan ban hành và trích yếu).',
    en: 'When the subject shares almost no word with the subject of the document that carries the number, the number or the subject was copied from another document (Decree 30, Annex I: a citation gives number, date, issuer and subject).',
  },
  example: 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về quản lý, sử dụng đất trồng lúa;',
  reportedBy: citationAnalysis,
});
