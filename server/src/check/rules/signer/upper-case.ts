import { defineRule } from '../../rule';
import { signerAnalysis } from '../../signer';

export const signerUpperCase = defineRule({
  code: 'signer/upper-case',
  defaultSeverity: 'warning',
  summary: { vi: 'Thẩm quyền và chức vụ người ký không viết chữ in hoa.', en: 'The signing authority and title are not in capitals.' },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.7: quyền hạn và chức vụ người ký trình bày bằng chữ in hoa.',
    en: 'Decree 30, Annex I, II.7: the signer’s authority and title are printed in capitals.',
  },
  example: 'ký: KT. Giám đốc / PHÓ GIÁM ĐỐC / Nguyễn Văn A',
  fix: { vi: 'Viết hoa dòng đó.', en: 'Capitalises the line.' },
  reportedBy: signerAnalysis,
});
