import { defineRule } from '../../rule';

export const formatAlignment = defineRule({
  code: 'format/alignment',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản Word/OpenDocument: căn lề của một thành phần không đúng quy định (phần đầu, tên loại, trích yếu căn giữa; nội dung căn đều hai bên).',
    en: 'Word/OpenDocument original: a part is aligned wrongly (the header, type and summary centred; the body justified).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: tên cơ quan, số và ký hiệu, Quốc hiệu, Tiêu ngữ, địa danh và ngày tháng, tên loại, trích yếu và khối chữ ký được đặt canh giữa; nội dung văn bản căn đều cả hai lề.',
    en: 'Decree 30, Annex I: the agency, number and symbol, Quốc hiệu, Tiêu ngữ, place and date, type, summary and the signer\'s block are centred; the body is justified on both margins.',
  },
  example: '(tệp Word có tên loại "KẾ HOẠCH" căn trái)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
