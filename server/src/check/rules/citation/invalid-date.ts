import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationInvalidDate = defineRule({
  code: 'citation/invalid-date',
  defaultSeverity: 'error',
  summary: { vi: 'Ngày ban hành không có thật (31/02/2023) hoặc năm sai dạng.', en: 'The date does not exist (31/02/2023) or its year is malformed.' },
  rationale: {
    vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (địa danh và thời gian ban hành): ngày, tháng, năm ban hành viết đầy đủ, năm bốn chữ số.',
    en: 'Decree 30/2020/NĐ-CP, Annex I (place and date of issue): the date is written in full with a four-digit year.',
  },
  example: 'Kế hoạch số 30/KH-UBND ngày 31/02/2023 của UBND tỉnh',
  reportedBy: citationAnalysis,
});
