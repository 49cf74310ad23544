import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationSuperseded = defineRule({
  code: 'citation/superseded',
  defaultSeverity: 'warning',
  summary: { vi: 'Văn bản được trích dẫn đã hết hiệu lực hoặc bị thay thế.', en: 'A cited document has expired or been replaced.' },
  rationale: {
    vi: 'Thực hiện một văn bản đã bị thay thế là căn cứ sai. Tình trạng lấy từ khai báo của người dùng, hoặc từ danh mục (danh mục kèm theo công cụ, danh mục xuất từ cơ sở dữ liệu pháp luật khai trong "catalogs"), tính đến ngày của kế hoạch; danh mục ghi văn bản thay thế, và khi chỉ có một văn bản thay thế thì có bản sửa dẫn văn bản ấy.',
    en: 'Implementing a replaced document is a wrong basis. The status comes from the user’s declaration, or from a catalog (the built-in one, or exports of legal databases named in "catalogs") as of the plan’s date; the catalog names the replacement, and when there is one, a fix cites it.',
  },
  example: 'văn bản QD56: Quyết định số 56/2015/QĐ-UBND ngày 29/12/2015 của UBND tỉnh\n  tình trạng: bị thay thế\n\nThực hiện @QD56.',
  reportedBy: citationAnalysis,
});
