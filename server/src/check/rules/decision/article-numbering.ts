import { defineRule } from '../../rule';
import { decisionAnalysis } from '../../document-parts';

export const decisionArticleNumbering = defineRule({
  code: 'decision/article-numbering',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Quyết định không có Điều nào, hoặc các Điều không đánh số liên tục từ Điều 1.',
    en: 'A decision with no article, or with articles not numbered from Điều 1 without gaps.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục III, Mẫu 1.2 và 1.3: nội dung quyết định viết thành các Điều, "Điều 1.", "Điều 2." … theo thứ tự; nơi nhận và các văn bản khác dẫn chiếu đến chúng bằng số ("Như Điều 3").',
    en: 'Decree 30, Annex III, Templates 1.2 and 1.3: what a decision decides is written as articles "Điều 1.", "Điều 2." … in order; its recipients and other documents refer to them by number ("Như Điều 3").',
  },
  example: 'quyết định\n  thẩm quyền: Giám đốc Sở Công Thương\n\nCăn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2023.\n\nĐiều 3. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này.',
  fix: { vi: 'Đánh số lại Điều theo thứ tự.', en: 'Renumbers the article in order.' },
  reportedBy: decisionAnalysis,
});
