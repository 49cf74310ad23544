import { defineRule } from '../../rule';
import { numberingAnalysis } from '../../numbering';

export const numberingSequence = defineRule({
  code: 'numbering/sequence',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Số thứ tự nhảy cóc, sai thứ tự, hay khoản con không khớp khoản chứa nó ("2.1." dưới "3.").',
    en: 'A number that skips, is out of order, or a sub-clause that does not match its clause ("2.1." under "3.").',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.6: mục, khoản, điểm đánh số liên tục.',
    en: 'Decree 30, Annex I, II.6: sections, clauses and points are numbered in sequence.',
  },
  example: '1. Mục đích\n3. Yêu cầu',
  fix: { vi: 'Đánh số lại cả dãy cùng cấp.', en: 'Renumbers the whole sequence.' },
  reportedBy: numberingAnalysis,
});
