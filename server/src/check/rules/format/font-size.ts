import { defineRule } from '../../rule';

export const formatFontSize = defineRule({
  code: 'format/font-size',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản Word/OpenDocument: cỡ chữ của một thành phần ngoài khoảng quy định (nội dung 13–14, tên cơ quan 12–13, Quốc hiệu 12–13, Tiêu ngữ 13–14, …).',
    en: 'Word/OpenDocument original: the size of a part is outside its range (body 13–14, agency 12–13, Quốc hiệu 12–13, Tiêu ngữ 13–14, …).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I (bảng cỡ chữ và kiểu chữ): mỗi thành phần thể thức có cỡ chữ riêng; nội dung văn bản cỡ 13–14, Nơi nhận cỡ 12 (chữ "Nơi nhận") và 11 (các nơi nhận).',
    en: 'Decree 30, Annex I (its table of sizes and styles): each part of the layout has its size; the body is 13–14, Nơi nhận 12 (the heading) and 11 (the entries).',
  },
  example: '(tệp Word có nội dung cỡ 12)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
