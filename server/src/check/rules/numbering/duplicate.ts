import { defineRule } from '../../rule';
import { numberingAnalysis } from '../../numbering';

export const numberingDuplicate = defineRule({
  code: 'numbering/duplicate',
  defaultSeverity: 'error',
  summary: { vi: 'Hai mục, khoản hay điểm cùng cấp có cùng số thứ tự.', en: 'Two sections, clauses or points at one level with the same number.' },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.6: mục, khoản, điểm đánh số liên tục; hai mục "II." làm mọi chỗ dẫn "mục II" mơ hồ (lỗi của văn bản gốc Sở Công Thương Quảng Ngãi 2023).',
    en: 'Decree 30, Annex I, II.6: sections, clauses and points are numbered in sequence; two "II." make every "section II" ambiguous (a defect of the Quảng Ngãi 2023 original).',
  },
  example: 'I. Mục đích, yêu cầu\nII. Nội dung thực hiện\nII. Tổ chức thực hiện',
  fix: {
    vi: 'Đánh số lại cả dãy cùng cấp, kể cả tiền tố của các khoản con "2.1.".',
    en: 'Renumbers the whole sequence, including the prefixes of sub-clauses such as "2.1.".',
  },
  reportedBy: numberingAnalysis,
});
