import { defineRule } from '../../rule';
import { signerAnalysis } from '../../signer';

export const signerAuthority = defineRule({
  code: 'signer/authority',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Thẩm quyền ký không khớp chức vụ: "KT." không có cấp phó, "TM." không đứng trước một tập thể, cấp phó ký mà không có "KT.".',
    en: 'Signing authority that does not fit the title: "KT." without a deputy, "TM." not before a collective body, a deputy signing without "KT.".',
  },
  rationale: {
    vi: 'Nghị định 30, Điều 13 và Phụ lục I, mục II.7: cấp phó ký thay người đứng đầu ghi "KT." trước chức vụ người đứng đầu, dưới là chức vụ cấp phó; "TM." dùng khi ký thay mặt tập thể.',
    en: 'Decree 30, article 13 and Annex I, II.7: a deputy signing for the head writes "KT." before the head’s title, with the deputy title below; "TM." is for signing on behalf of a collective body.',
  },
  example: 'ký: PHÓ GIÁM ĐỐC / Nguyễn Văn A',
  fix: {
    vi: 'Thêm dòng còn thiếu ("KT. GIÁM ĐỐC" hay "PHÓ GIÁM ĐỐC") khi suy ra được.',
    en: 'Adds the missing line ("KT. GIÁM ĐỐC" or "PHÓ GIÁM ĐỐC") when it can be inferred.',
  },
  reportedBy: signerAnalysis,
});
