import { defineRule } from '../../rule';
import { originalAnalysis } from '../../original';

export const spellingGluedWord = defineRule({
  code: 'spelling/glued-word',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản gốc: một từ dính liền với ngày tháng hay với tên loại văn bản ("07/9/2009của", "tạiCông văn").',
    en: 'Original document: a word glued to a date or to a document type’s name ("07/9/2009của", "tạiCông văn").',
  },
  rationale: {
    vi: 'Khoảng trắng mất đi khi chép từ trang web hay từ PDF, hoặc khi sửa văn bản: từ dính liền làm sai trích dẫn (số, ngày) và khó tìm kiếm. Kế hoạch viết bằng ngôn ngữ trích dẫn qua khai báo nên không mắc lỗi này.',
    en: 'Blanks get lost when text is copied from a web page or a PDF, or in editing: a glued word breaks the citation (its number, its date) and defeats search. A plan in the language cites through declarations and cannot make this slip.',
  },
  example: 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020của Chính phủ về công tác văn thư;',
  reportedBy: originalAnalysis,
});
