import { defineRule } from '../../rule';
import { decisionAnalysis } from '../../document-parts';

export const decisionAuthority = defineRule({
  code: 'decision/authority',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Quyết định không có thẩm quyền ban hành (trường "thẩm quyền").',
    en: 'A decision without its issuing authority (the "thẩm quyền" field).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục III, Mẫu 1.3, ô 5b: dưới trích yếu là thẩm quyền ban hành, in hoa, đậm: chức vụ người đứng đầu ("GIÁM ĐỐC SỞ …") khi thẩm quyền thuộc người đứng đầu, tên tập thể ("ỦY BAN NHÂN DÂN TỈNH …") khi thuộc tập thể.',
    en: 'Decree 30, Annex III, Template 1.3, box 5b: under the summary stands the issuing authority, in capitals, bold: the head\'s title ("GIÁM ĐỐC SỞ …") when the power is the head\'s, the collective body\'s name ("ỦY BAN NHÂN DÂN TỈNH …") when it is the body\'s.',
  },
  example: 'quyết định\n  cơ quan: Sở Công Thương\n  trích yếu: Ban hành Kế hoạch năm 2023',
  reportedBy: decisionAnalysis,
});
