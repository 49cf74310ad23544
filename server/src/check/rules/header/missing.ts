import { defineRule } from '../../rule';
import { headerAnalysis } from '../../header';
import { ND30_HEADER } from '../rationales';

export const headerMissing = defineRule({
  code: 'header/missing',
  defaultSeverity: 'error',
  summary: {
    vi: 'Kế hoạch không có phần đầu, hoặc phần đầu thiếu cơ quan, số, nơi ban hành, ngày hay trích yếu.',
    en: 'A plan without a header, or a header without the agency, number, place, date or summary.',
  },
  rationale: ND30_HEADER,
  example: 'kế hoạch\n  cơ quan: Sở Công Thương\n  ngày: /02/2023',
  reportedBy: headerAnalysis,
});
