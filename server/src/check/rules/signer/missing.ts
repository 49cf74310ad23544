import { defineRule } from '../../rule';
import { signerAnalysis } from '../../signer';

export const signerMissing = defineRule({
  code: 'signer/missing',
  defaultSeverity: 'warning',
  summary: { vi: 'Kế hoạch không có người ký.', en: 'A plan without a signer.' },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.7: chức vụ, họ tên người ký là thành phần bắt buộc.',
    en: 'Decree 30, Annex I, II.7: the signer’s title and name are required.',
  },
  example: 'kế hoạch\n  cơ quan: Sở Công Thương\nI. Mục đích',
  reportedBy: signerAnalysis,
});
