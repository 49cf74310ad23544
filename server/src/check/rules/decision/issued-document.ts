import { defineRule } from '../../rule';
import { decisionAnalysis } from '../../document-parts';

export const decisionIssuedDocument = defineRule({
  code: 'decision/issued-document',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Quyết định "Ban hành …" hay "Phê duyệt …" mà Điều 1 không ghi "kèm theo Quyết định này".',
    en: 'A decision "Ban hành …" or "Phê duyệt …" whose Điều 1 does not say "kèm theo Quyết định này".',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục III, Mẫu 1.3: quyết định ban hành hay phê duyệt một văn bản ghi ở Điều 1 "Ban hành (Phê duyệt) kèm theo Quyết định này …", và văn bản đó ghi "(Kèm theo Quyết định số …)" dưới trích yếu.',
    en: 'Decree 30, Annex III, Template 1.3: a decision that issues or approves a document says in Điều 1 "Ban hành (Phê duyệt) kèm theo Quyết định này …", and that document says "(Kèm theo Quyết định số …)" under its summary.',
  },
  example: 'quyết định\n  trích yếu: Ban hành Kế hoạch năm 2023\n  thẩm quyền: Giám đốc Sở Công Thương\n\nCăn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thực hiện Kế hoạch năm 2023.\n\nĐiều 2. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này.',
  reportedBy: decisionAnalysis,
});
