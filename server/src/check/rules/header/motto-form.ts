import { defineRule } from '../../rule';
import { originalAnalysis } from '../../original';

export const headerMottoForm = defineRule({
  code: 'header/motto-form',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản gốc: Tiêu ngữ không viết đúng "Độc lập - Tự do - Hạnh phúc" (chữ hoa, dấu gạch nối).',
    en: 'Original document: the motto is not written "Độc lập - Tự do - Hạnh phúc" (capitals, hyphens).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.1.b: Tiêu ngữ viết chữ thường, chữ đầu mỗi cụm viết hoa, giữa các cụm là gạch nối (-) có cách chữ. Gạch ngang dài (–) và gạch nối dính chữ là lỗi hay gặp khi gõ trong Word.',
    en: 'Decree 30, Annex I, II.1.b: the motto is in small letters with the first letter of each phrase a capital, the phrases joined by a hyphen (-) with a blank each side. An en dash (–) or a hyphen glued to the words is a common slip in Word.',
  },
  example: 'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nSố: 10/KH-UBND\nHưng Yên, ngày 14 tháng 01 năm 2026\nKẾ HOẠCH\nTuyển sinh năm 2026',
  reportedBy: originalAnalysis,
});
