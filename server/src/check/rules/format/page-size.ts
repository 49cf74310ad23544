import { defineRule } from '../../rule';

export const formatPageSize = defineRule({
  code: 'format/page-size',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản Word/OpenDocument: khổ giấy không phải A4 đứng (21 × 29,7 cm).',
    en: 'Word/OpenDocument original: the paper is not portrait A4 (21 × 29.7 cm).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: văn bản hành chính trình bày trên khổ A4 (210 mm × 297 mm), hướng dọc.',
    en: 'Decree 30, Annex I: administrative documents are laid out on A4 paper (210 mm × 297 mm), portrait.',
  },
  example: '(tệp Word có khổ giấy Letter 21,59 × 27,94 cm)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
