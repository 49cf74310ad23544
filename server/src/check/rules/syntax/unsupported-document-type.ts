import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxUnsupportedDocumentType = defineRule({
  code: 'syntax/unsupported-document-type',
  defaultSeverity: 'error',
  summary: {
    vi: 'Tệp mở đầu bằng một loại văn bản ngôn ngữ chưa soạn được (Thông báo, Chỉ thị, Nghị quyết…; Kế hoạch, Báo cáo, Tờ trình, Quyết định và Công văn thì soạn được).',
    en: 'The file opens with a type of document the language cannot write yet (Thông báo, Chỉ thị, Nghị quyết…; plans, reports, submissions, decisions and official letters it writes).',
  },
  rationale: {
    vi: 'Mỗi loại văn bản có thể thức riêng (Nghị định 30, Phụ lục III); kiểm tra một Thông báo như một Kế hoạch chỉ sinh hàng loạt lỗi sai và in nhầm tiêu đề "KẾ HOẠCH", nên công cụ báo một lần và không kiểm tra tiếp.',
    en: 'Each type of document has its own form (Decree 30, Annex III); checking a notice as a plan would only pile up wrong errors and print the title "KẾ HOẠCH", so the tool says it once and checks no further.',
  },
  example: 'thông báo\n  cơ quan: UBND tỉnh Quảng Ngãi',
  reportedBy: syntaxAnalysis,
});
