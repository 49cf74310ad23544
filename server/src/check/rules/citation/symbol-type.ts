import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationSymbolType = defineRule({
  code: 'citation/symbol-type',
  defaultSeverity: 'error',
  summary: {
    vi: 'Chữ viết tắt trong ký hiệu không khớp với tên loại văn bản (Kế hoạch số 30/QĐ-UBND).',
    en: 'The type abbreviation in the symbol does not match the type name (Kế hoạch số 30/QĐ-UBND).',
  },
  rationale: {
    vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục III: mỗi loại văn bản có một chữ viết tắt (Kế hoạch KH, Chương trình CTr, Đề án ĐA); công văn không có chữ viết tắt tên loại. Trích dẫn sai loại hay sai số là trích dẫn một văn bản khác.',
    en: 'Decree 30/2020/NĐ-CP, Annex III: each type has one abbreviation (Kế hoạch KH, Chương trình CTr, Đề án ĐA); công văn has none. A wrong type or number cites another document.',
  },
  example: 'Kế hoạch số 30/QĐ-UBND ngày 17/02/2023 của UBND tỉnh',
  fix: { vi: 'Sửa chữ viết tắt trong ký hiệu theo tên loại.', en: 'Changes the abbreviation to match the type name.' },
  reportedBy: citationAnalysis,
});
