import { defineRule } from '../../rule';
import { numberingAnalysis } from '../../numbering';

export const numberingMarkerForm = defineRule({
  code: 'numbering/marker-form',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Dấu đầu dòng hay số thứ tự không đúng hình thức: "-" viết liền chữ ("-Lưu VT;"), mục hay phần đánh "I-", "A-" thay cho "I.", "A.".',
    en: 'A bullet or number not in its form: "-" glued to the text ("-Lưu VT;"), a section or part numbered "I-", "A-" for "I.", "A.".',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: mục đánh số La Mã và dấu chấm ("I."), khoản "1.", điểm "a)"; các ý và mỗi nơi nhận bắt đầu bằng gạch đầu dòng "-" rồi một khoảng trắng. Một dấu "-" viết liền chữ hoa ở đầu dòng vẫn được đọc là gạch đầu dòng, nên người soạn không mất ý nào, nhưng được nhắc (công văn của Phòng GD&ĐT Hiệp Hòa 2020 và báo cáo cấp xã 2018 trong bộ văn bản thật).',
    en: 'Decree 30, Annex I: sections are numbered in Roman numerals with a full stop ("I."), clauses "1.", points "a)"; bullets and every recipient start with "-" and a space. A "-" glued to a capital at the start of a line is still read as a bullet, so nothing the drafter wrote is lost, but it is reported (a letter of Phòng GD&ĐT Hiệp Hòa 2020 and a commune report of 2018 in the real corpus).',
  },
  example: 'nơi nhận:\n  - Như trên;\n  -Lưu: VT.',
  fix: { vi: 'Thêm khoảng trắng sau "-" (sửa an toàn); "I-" không được sửa tự động.', en: 'Adds the space after "-" (safe fix); "I-" is not fixed automatically.' },
  reportedBy: numberingAnalysis,
});
