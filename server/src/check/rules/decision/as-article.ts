import { defineRule } from '../../rule';
import { decisionAnalysis } from '../../document-parts';

export const decisionAsArticle = defineRule({
  code: 'decision/as-article',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Nơi nhận của Quyết định không có "Như Điều …" chỉ Điều giao thi hành.',
    en: 'The recipients of a decision lack "Như Điều …" naming the article that charges who carries it out.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục III, Mẫu 1.3: nơi nhận mở đầu bằng "- Như Điều …;", tức những người mà Điều đó giao thi hành, để không ghi lại từng người.',
    en: 'Decree 30, Annex III, Template 1.3: the recipients open with "- Như Điều …;", those the article charges with carrying the decision out, so they are not listed again.',
  },
  example: 'quyết định\n  thẩm quyền: Giám đốc Sở Công Thương\n\nCăn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2023.\n\nĐiều 2. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này.\n\nnơi nhận:\n  - @SNV\n  - Lưu: VT, VP',
  fix: { vi: 'Thêm "- Như Điều <số Điều cuối>" đầu nơi nhận.', en: 'Adds "- Như Điều <last article>" first in the recipients.' },
  reportedBy: decisionAnalysis,
});
