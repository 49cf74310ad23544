import { defineRule } from '../../rule';
import { recipientsAnalysis } from '../../recipients';

export const recipientsMissingLuu = defineRule({
  code: 'recipients/missing-luu',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Nơi nhận không kết thúc bằng "Lưu: VT, …" (thiếu dòng, dòng không ở cuối, hay thiếu "VT").',
    en: 'The recipients do not end with "Lưu: VT, …" (no such line, not last, or no "VT").',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.8: dòng cuối cùng của nơi nhận là "Lưu: VT, <đơn vị soạn thảo>" — bản lưu tại Văn thư và đơn vị soạn thảo.',
    en: 'Decree 30, Annex I, II.8: the last recipient line is "Lưu: VT, <drafting unit>" — the copies kept by the records office and the drafting unit.',
  },
  example: 'nơi nhận:\n  - @SNV\n  - Lưu: VP',
  fix: { vi: 'Thêm "- Lưu: VT", thêm "VT" hay chuyển dòng "Lưu:" xuống cuối.', en: 'Adds "- Lưu: VT", adds "VT", or moves the "Lưu:" line to the end.' },
  reportedBy: recipientsAnalysis,
});
