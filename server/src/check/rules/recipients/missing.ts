import { defineRule } from '../../rule';
import { recipientsAnalysis } from '../../recipients';

export const recipientsMissing = defineRule({
  code: 'recipients/missing',
  defaultSeverity: 'warning',
  summary: { vi: 'Kế hoạch không có nơi nhận.', en: 'A plan without recipients.' },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.8: nơi nhận xác định nơi văn bản được gửi và lưu.',
    en: 'Decree 30, Annex I, II.8: the recipients say where the document is sent and filed.',
  },
  example: 'I. Mục đích\nký: GIÁM ĐỐC / Nguyễn Văn A',
  fix: { vi: 'Thêm "nơi nhận:" với dòng "- Lưu: VT".', en: 'Adds "nơi nhận:" with a "- Lưu: VT" line.' },
  reportedBy: recipientsAnalysis,
});
