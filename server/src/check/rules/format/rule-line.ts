import { defineRule } from '../../rule';

export const formatRuleLine = defineRule({
  code: 'format/rule-line',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản Word/OpenDocument: thiếu đường kẻ ngang dưới tên cơ quan ban hành hay dưới Tiêu ngữ.',
    en: 'Word/OpenDocument original: the rule line under the issuing agency or under the Tiêu ngữ is missing.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: dưới Tiêu ngữ có đường kẻ ngang nét liền dài bằng dòng chữ; dưới tên cơ quan ban hành có đường kẻ ngang nét liền dài từ 1/3 đến 1/2 dòng chữ. Đường kẻ là viền dưới của đoạn, một hình vẽ đường thẳng, hay một dòng gạch chân.',
    en: 'Decree 30, Annex I: a solid rule as long as the text goes under the Tiêu ngữ, and one a third to half as long under the issuing agency. A bottom border of the paragraph, a drawn line or an underlined run all draw it.',
  },
  example: '(tệp Word có Tiêu ngữ mà không có đường kẻ dưới)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
