import { defineRule } from '../../rule';

export const formatPageNumbers = defineRule({
  code: 'format/page-numbers',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản Word/OpenDocument: văn bản nhiều trang không đánh số trang, đánh ở chân trang, hay đánh cả trang đầu.',
    en: 'Word/OpenDocument original: a document of several pages has no page numbers, has them in the footer, or numbers page 1 too.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: số trang bằng chữ số Ả Rập, cỡ 13–14, đặt canh giữa theo chiều ngang trong phần lề trên, không hiển thị số trang thứ nhất.',
    en: 'Decree 30, Annex I: pages are numbered in Arabic numerals, size 13–14, centred in the top margin, and page 1 shows no number.',
  },
  example: '(tệp Word ba trang không có trường số trang)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
