import { defineRule } from '../../rule';

export const formatMargins = defineRule({
  code: 'format/margins',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản Word/OpenDocument: lề trang ngoài khoảng quy định (trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm).',
    en: 'Word/OpenDocument original: a page margin outside its range (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: lề trên và lề dưới cách mép 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm.',
    en: 'Decree 30, Annex I: the top and bottom margins are 20–25 mm from the edge, the left 30–35 mm, the right 15–20 mm.',
  },
  example: '(tệp Word có lề trái 2,54 cm, lề mặc định của Word)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
