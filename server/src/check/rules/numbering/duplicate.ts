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
    vi: 'Đánh số lại cả dãy cùng cấp, kể cả tiền tố của các khoản con "2.1.". Một dãy bắt đầu lại từ số đầu sau khi đã đánh tiếp ("1." sau "1.", "2.") không được sửa tự động: người soạn đã mở một dãy mới, nên hoặc thiếu đề mục cấp trên, hoặc sai cấp (một mục "II." viết thành "1."), và đánh số tiếp thành "3." sẽ che lỗi đi; sau tiêu đề một Điều ("Điều 2. …") dãy khoản bắt đầu lại là đúng.',
    en: 'Renumbers the whole sequence, including the prefixes of sub-clauses such as "2.1.". A count that starts over at its first number after it went on ("1." after "1.", "2.") gets no automatic fix: the drafter began a new count, so either a parent heading is missing or the level is wrong (a section "II." written "1."), and numbering it on to "3." would hide that; after an article heading ("Điều 2. …") the khoản rightly start over.',
  },
  reportedBy: numberingAnalysis,
});
