import { defineRule } from '../../rule';
import { originalAnalysis } from '../../original';

export const recipientsGlued = defineRule({
  code: 'recipients/glued',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản gốc: nhiều nơi nhận viết liền trên một dòng.',
    en: 'Original document: several recipients typed on one line.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.8: mỗi nơi nhận viết một dòng, bắt đầu bằng dấu gạch ngang, cuối dòng có dấu chấm phẩy. Nơi nhận dồn một dòng thường do dán từ nơi khác hay xóa mất dấu xuống dòng.',
    en: 'Decree 30, Annex I, II.8: each recipient stands on its own line, starting with a dash and ending with a semicolon. Recipients run into one line usually come from pasting or a lost line break.',
  },
  example: 'Nơi nhận: - Sở Nội vụ; - Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Đức Huy',
  reportedBy: originalAnalysis,
});
