import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';
import { ND30_SYMBOL } from '../rationales';

export const citationNumberDash = defineRule({
  code: 'citation/number-dash',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Ký hiệu văn bản dùng gạch ngang dài (–, —) hay dấu trừ (−) thay cho dấu gạch nối "-".',
    en: 'A document symbol uses an en or em dash (–, —) or a minus sign (−) instead of the hyphen "-".',
  },
  rationale: {
    vi: `${ND30_SYMBOL.vi} Gạch ngang dài thường do trình soạn thảo tự thay; tìm kiếm số văn bản sẽ không khớp.`,
    en: `${ND30_SYMBOL.en} Word processors often substitute the dash, and searches for the number then fail.`,
  },
  example: 'Chương trình phối hợp số 31–CTr/BDVTU-BCSĐUBND ngày 28/01/2022 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh',
  fix: { vi: 'Thay bằng dấu gạch nối: 31-CTr/BDVTU-BCSĐUBND.', en: 'Replaces it with a hyphen: 31-CTr/BDVTU-BCSĐUBND.' },
  reportedBy: citationAnalysis,
});
