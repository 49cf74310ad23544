import { defineRule } from '../../rule';
import { typographyAnalysis } from '../../typography';

export const textNotNfc = defineRule({
  code: 'text/not-nfc',
  defaultSeverity: 'info',
  summary: { vi: 'Tệp có chữ tiếng Việt dạng tổ hợp (không phải Unicode NFC).', en: 'The file has Vietnamese letters in decomposed form (not Unicode NFC).' },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: phông chữ tiếng Việt Unicode theo TCVN 6909:2001, dạng dựng sẵn; chữ tổ hợp (từ một số bàn phím, macOS) làm tìm kiếm và so sánh trong phần mềm khác sai.',
    en: 'Decree 30, Annex I: Vietnamese Unicode per TCVN 6909:2001, precomposed; decomposed letters (from some keyboards, macOS) break search and comparison in other software.',
  },
  example: 'Ke\u0302\u0301 hoa\u0323ch (gõ dạng tổ hợp)',
  fix: { vi: 'Chuẩn hóa toàn bộ tệp sang NFC (sửa an toàn).', en: 'Normalises the whole file to NFC (safe fix).' },
  reportedBy: typographyAnalysis,
});
