import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationIssuerCase = defineRule({
  code: 'citation/issuer-case',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Chữ viết tắt trong ký hiệu sai chữ hoa, chữ thường (QĐ-TTG, kh-UBND, CTR).',
    en: 'An abbreviation in the symbol has the wrong case (QĐ-TTG, kh-UBND, CTR).',
  },
  rationale: {
    vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I và Phụ lục III: ký hiệu viết chữ in hoa, trừ các chữ viết tắt chính thức có chữ thường như TTr (Tờ trình), CTr (Chương trình), QyĐ (Quy định), TTg (Thủ tướng Chính phủ); Hướng dẫn 36-HD/VPTW: QĐi (Quy định của Đảng). Mã đơn vị soạn thảo viết hoa xen một chữ thường sau chữ hoa, như GDTrH (Vụ Giáo dục Trung học) hay TTr (Thanh tra), là cách viết có chủ ý của cơ quan nên không bị báo; mã viết thường cả ("ubnd") hay TTG thì bị báo.',
    en: 'Decree 30/2020/NĐ-CP, Annexes I and III: symbols are in capitals except the official mixed-case abbreviations TTr (Tờ trình), CTr (Chương trình), QyĐ (Quy định), TTg (the Prime Minister); Hướng dẫn 36-HD/VPTW: QĐi (Party Quy định). A drafting-unit code in capitals with a single small letter after a capital, such as GDTrH (the Secondary Education department) or TTr (the Inspectorate), is the agency’s deliberate spelling and is not reported; a code all in small letters ("ubnd"), or TTG, is.',
  },
  example: 'Quyết định số 12/QĐ-TTG ngày 05/01/2023 của Thủ tướng Chính phủ',
  fix: { vi: 'Viết lại theo cách viết chính thức: QĐ-TTg.', en: 'Rewrites it in the official spelling: QĐ-TTg.' },
  reportedBy: citationAnalysis,
});
