import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationYearMismatch = defineRule({
  code: 'citation/year-mismatch',
  defaultSeverity: 'error',
  summary: {
    vi: 'Năm trong số văn bản quy phạm pháp luật khác năm ban hành (134/2021/NĐ-CP ngày 30/10/2020).',
    en: 'The year in a legal normative number differs from the year of its date (134/2021/NĐ-CP ngày 30/10/2020).',
  },
  rationale: {
    vi: 'Luật Ban hành văn bản quy phạm pháp luật và Nghị định 30/2020/NĐ-CP: số văn bản quy phạm pháp luật ghi năm ban hành, nên năm trong số phải trùng năm của ngày ban hành.',
    en: 'The Law on legal normative documents and Decree 30/2020/NĐ-CP: a legal normative number carries the year of issue, so it must equal the year of the date.',
  },
  example: 'Nghị định số 134/2021/NĐ-CP ngày 30/10/2020 của Chính phủ',
  reportedBy: citationAnalysis,
});
