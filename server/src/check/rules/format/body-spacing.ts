import { defineRule } from '../../rule';

export const formatBodySpacing = defineRule({
  code: 'format/body-spacing',
  defaultSeverity: 'info',
  summary: {
    vi: 'Văn bản Word/OpenDocument: khoảng cách giữa các đoạn nội dung dưới 6 pt, hay giãn dòng ngoài khoảng một dòng đến 1,5 dòng.',
    en: 'Word/OpenDocument original: less than 6 pt between body paragraphs, or line spacing outside single to 1.5 lines.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: khoảng cách giữa các đoạn văn tối thiểu 6 pt; khoảng cách giữa các dòng tối thiểu từ cách dòng đơn, tối đa 1,5 dòng.',
    en: 'Decree 30, Annex I: at least 6 pt between paragraphs; line spacing from single to at most 1.5 lines.',
  },
  example: '(tệp Word có các đoạn nội dung sát nhau, không cách đoạn)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
