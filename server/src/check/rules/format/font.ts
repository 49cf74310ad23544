import { defineRule } from '../../rule';

export const formatFont = defineRule({
  code: 'format/font',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản Word/OpenDocument: một đoạn chữ không dùng phông Times New Roman ở mọi ô phông (ascii, hAnsi, cs, eastAsia).',
    en: 'Word/OpenDocument original: a run of text does not use Times New Roman in every font slot (ascii, hAnsi, cs, eastAsia).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: phông chữ tiếng Việt Times New Roman, bộ mã Unicode (TCVN 6909:2001). Word chọn ô phông theo từng ký tự: một ô để phông khác (thường là phông của chủ đề, như Calibri) làm một số chữ in ra phông khác.',
    en: 'Decree 30, Annex I: the font is Times New Roman, Unicode (TCVN 6909:2001). Word picks a font slot per character: one slot left on another font (often the theme\'s, such as Calibri) prints some letters in that font.',
  },
  example: '(tệp Word có đoạn chữ phông Arial, hay ô phông cs để Calibri của chủ đề)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
