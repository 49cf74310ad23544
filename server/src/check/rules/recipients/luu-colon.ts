import { defineRule } from '../../rule';
import { originalAnalysis } from '../../original';

export const recipientsLuuColon = defineRule({
  code: 'recipients/luu-colon',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản gốc: dòng "Lưu" thiếu dấu hai chấm ("Lưu VT" thay cho "Lưu: VT").',
    en: 'Original document: the "Lưu" line has no colon ("Lưu VT" for "Lưu: VT").',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.8: dòng cuối của nơi nhận viết "Lưu: VT, <đơn vị soạn thảo>". Kế hoạch viết bằng ngôn ngữ do trình biên dịch viết dấu này.',
    en: 'Decree 30, Annex I, II.8: the last recipient line reads "Lưu: VT, <drafting unit>". In a plan in the language the compiler writes the colon.',
  },
  example: 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Đức Huy',
  reportedBy: originalAnalysis,
});
