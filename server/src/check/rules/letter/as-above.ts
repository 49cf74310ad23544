import { defineRule } from '../../rule';
import { letterAnalysis } from '../../document-parts';

export const letterAsAbove = defineRule({
  code: 'letter/as-above',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Nơi nhận của công văn không có "Như trên" cho những nơi đã ghi sau "Kính gửi".',
    en: 'The recipients of an official letter lack "Như trên" for those named after "Kính gửi".',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.9.b và Mẫu 1.5: văn bản có phần "Kính gửi" ghi "- Như trên;" ở đầu nơi nhận, thay cho việc ghi lại các nơi đó.',
    en: 'Decree 30, Annex I, II.9.b and Template 1.5: a document with a "Kính gửi" part writes "- Như trên;" first in its recipients instead of listing them again.',
  },
  example: 'công văn\n  cơ quan: Sở Công Thương\n  số: /SCT-VP\n  trích yếu: gửi Kế hoạch năm 2023\n  kính gửi: @SNV\n\nSở Công Thương gửi Kế hoạch năm 2023.\n\nnơi nhận:\n  - Lưu: VT, VP',
  fix: { vi: 'Thêm "- Như trên" đầu nơi nhận.', en: 'Adds "- Như trên" first in the recipients.' },
  reportedBy: letterAnalysis,
});
