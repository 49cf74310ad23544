import { defineRule } from '../../rule';
import { originalAnalysis } from '../../original';

export const headerDatePadding = defineRule({
  code: 'header/date-padding',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản gốc: ngày hay tháng trong dòng địa danh, ngày tháng thiếu hoặc thừa số 0.',
    en: 'Original document: the day or month of the place-and-date line lacks or has an extra leading zero.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.4: ngày dưới 10 và tháng 1, 2 viết thêm số 0 ở trước ("ngày 06 tháng 02 năm 2023"), các tháng từ 3 trở đi không ("ngày 14 tháng 3 năm 2023"). Kế hoạch viết bằng ngôn ngữ in dòng này đúng quy định; chỉ văn bản gốc (Word, PDF, văn bản thuần) mới sai được.',
    en: 'Decree 30, Annex I, II.4: days below 10 and the months 1 and 2 take a leading zero ("ngày 06 tháng 02 năm 2023"), the months from 3 on do not ("ngày 14 tháng 3 năm 2023"). A plan in the language prints this line right; only an original (Word, PDF, text) can get it wrong.',
  },
  example: 'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nSố: 10/KH-UBND\nHưng Yên, ngày 14 tháng 03 năm 2026\nKẾ HOẠCH\nTuyển sinh năm 2026',
  reportedBy: originalAnalysis,
});
