import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationSuperseded = defineRule({
  code: 'citation/superseded',
  defaultSeverity: 'warning',
  summary: { vi: 'Văn bản được trích dẫn đã hết hiệu lực hoặc bị thay thế.', en: 'A cited document has expired or been replaced.' },
  rationale: {
    vi: 'Thực hiện một văn bản đã bị thay thế là căn cứ sai; danh mục ghi văn bản thay thế để sửa.',
    en: 'Implementing a replaced document is a wrong basis; the catalog names the replacement.',
  },
  example: 'văn bản QD56: Quyết định số 56/2015/QĐ-UBND ngày 29/12/2015 của UBND tỉnh\n  tình trạng: bị thay thế\n\nThực hiện @QD56.',
  reportedBy: citationAnalysis,
});
