import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationUnrecognised = defineRule({
  code: 'citation/unrecognised',
  defaultSeverity: 'error',
  summary: {
    vi: 'Khai báo văn bản không đọc được thành cụm trích dẫn.',
    en: 'A document declaration cannot be read as a citation phrase.',
  },
  rationale: {
    vi: 'Khai báo văn bản dùng đúng cụm trích dẫn "<loại văn bản> số <số/ký hiệu> ngày <dd/mm/yyyy> của <cơ quan>" để công cụ tách và kiểm tra từng phần (docs/language.md mục 3).',
    en: 'A document is declared with the citation phrase "<type> số <number> ngày <dd/mm/yyyy> của <issuer>" so the tools can split and check its parts (docs/language.md § 3).',
  },
  example: 'văn bản KH30: KH 30 của UBND tỉnh',
  reportedBy: citationAnalysis,
});
