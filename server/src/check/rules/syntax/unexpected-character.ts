import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxUnexpectedCharacter = defineRule({
  code: 'syntax/unexpected-character',
  defaultSeverity: 'error',
  summary: {
    vi: 'Ký tự điều khiển (U+0000–U+001F trừ tab và xuống dòng, U+007F) trong tệp; phần còn lại của dòng vẫn được đọc.',
    en: 'A control character (U+0000–U+001F but tab and line breaks, U+007F) in the file; the rest of the line is still read.',
  },
  rationale: {
    vi: 'Ký tự điều khiển không in ra được (hoặc in thành ô vuông) và thường lọt vào khi dán từ PDF hay phần mềm cũ; người soạn không thấy nó nhưng bản in và các công cụ khác thì có.',
    en: 'Control characters print as nothing or as boxes and come in by pasting from PDFs or old software; the drafter cannot see them, but the printed document and other tools do.',
  },
  example: '(một ký tự điều khiển lọt vào tệp, ví dụ U+0001 khi dán từ PDF)',
  fix: { vi: 'Xóa ký tự đó (sửa an toàn).', en: 'Deletes the character (safe fix).' },
  reportedBy: syntaxAnalysis,
});
