import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationMalformedNumber = defineRule({
  code: 'citation/malformed-number',
  defaultSeverity: 'error',
  summary: {
    vi: 'Số và ký hiệu không theo dạng nào đã biết, hoặc năm trong số không hợp lý.',
    en: 'A number and symbol fits no known form, or the year in it is implausible.',
  },
  rationale: {
    vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (30/KH-UBND, công văn 4418/UBND-NC), Luật Ban hành văn bản quy phạm pháp luật (04/2015/NĐ-CP, có năm ban hành) và Hướng dẫn 36-HD/VPTW (120-KL/TW).',
    en: 'Decree 30/2020/NĐ-CP, Annex I (30/KH-UBND, official letter 4418/UBND-NC), the Law on legal normative documents (04/2015/NĐ-CP, with its year) and Hướng dẫn 36-HD/VPTW (120-KL/TW).',
  },
  example: 'Nghị định số 04/15/NĐ-CP ngày 09/01/2015 của Chính phủ',
  reportedBy: citationAnalysis,
});
