import { defineRule } from '../../rule';
import { letterAnalysis } from '../../document-parts';

export const letterSubject = defineRule({
  code: 'letter/subject',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Công văn không có trích yếu (dòng "V/v …" dưới số), hoặc trích yếu tự viết "V/v".',
    en: 'An official letter without its summary (the "V/v …" line under the number), or a summary that writes "V/v" itself.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.5.b và Mẫu 1.5, ô 5b: trích yếu công văn đặt dưới số, ký hiệu, sau chữ "V/v", chữ thường, cỡ 12–13; trình biên dịch in chữ "V/v".',
    en: 'Decree 30, Annex I, II.5.b and Template 1.5, box 5b: a letter\'s summary stands under its number, after "V/v", in normal case, size 12–13; the compiler prints the "V/v".',
  },
  example: 'công văn\n  cơ quan: Sở Công Thương\n  số: /SCT-VP\n  kính gửi: @SNV',
  fix: { vi: 'Bỏ chữ "V/v" viết thừa.', en: 'Removes a "V/v" written in the summary.' },
  reportedBy: letterAnalysis,
});
