import { defineRule } from '../../rule';
import { headerAnalysis } from '../../header';

export const headerIssuedWithNumber = defineRule({
  code: 'header/issued-with-number',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản ban hành kèm theo một Quyết định (trường "kèm theo") mà vẫn có số hay ngày riêng.',
    en: 'A document issued with a decision (the "kèm theo" field) that still has a number or a date of its own.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục III, Mẫu 1.3: văn bản được ban hành kèm theo quyết định không có số, ký hiệu và địa danh, ngày tháng riêng; dưới trích yếu ghi "(Kèm theo Quyết định số … ngày …)", nên số và ngày là của Quyết định.',
    en: 'Decree 30, Annex III, Template 1.3: a document issued with a decision has no number, place or date of its own; under its summary it says "(Kèm theo Quyết định số … ngày …)", so the number and the date are the decision\'s.',
  },
  example: 'kế hoạch\n  cơ quan: Sở Công Thương\n  số: /KH-SCT\n  kèm theo: Quyết định số /QĐ-SCT ngày /02/2023 của Giám đốc Sở Công Thương',
  reportedBy: headerAnalysis,
});
