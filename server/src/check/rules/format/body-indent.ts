import { defineRule } from '../../rule';

export const formatBodyIndent = defineRule({
  code: 'format/body-indent',
  defaultSeverity: 'info',
  summary: {
    vi: 'Văn bản Word/OpenDocument: đoạn nội dung không lùi dòng đầu 1–1,27 cm.',
    en: 'Word/OpenDocument original: a body paragraph\'s first line is not indented 1–1.27 cm.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: khi xuống dòng, chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm.',
    en: 'Decree 30, Annex I: the first line of each paragraph is indented 1 cm or 1.27 cm.',
  },
  example: '(tệp Word có đoạn nội dung không lùi dòng đầu)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
