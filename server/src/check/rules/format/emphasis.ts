import { defineRule } from '../../rule';

export const formatEmphasis = defineRule({
  code: 'format/emphasis',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản Word/OpenDocument: chữ đậm, nghiêng hay in hoa của một thành phần không đúng quy định.',
    en: 'Word/OpenDocument original: the bold, italic or capitals of a part are not as required.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: Quốc hiệu in hoa, đứng, đậm; Tiêu ngữ đứng, đậm; tên cơ quan chủ quản in hoa, không đậm; tên cơ quan ban hành in hoa, đậm; địa danh, ngày tháng nghiêng; tên loại và trích yếu đậm; "Nơi nhận" đậm nghiêng; chức vụ và họ tên người ký đậm.',
    en: 'Decree 30, Annex I: the Quốc hiệu is in capitals, upright, bold; the Tiêu ngữ upright, bold; the parent agency in capitals, not bold; the issuing agency in capitals, bold; the place and date italic; the type and summary bold; "Nơi nhận" bold italic; the signer\'s title and name bold.',
  },
  example: '(tệp Word có Quốc hiệu không đậm, hay ngày tháng không nghiêng)',
  // A plan in the language has no page or fonts: its compiler writes them. The check of a Word or
  // OpenDocument original reports this rule (original/format-checks.ts), with the paragraph's role.
  check: () => [],
});
