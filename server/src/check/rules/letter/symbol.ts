import { defineRule } from '../../rule';
import { letterAnalysis } from '../../document-parts';

export const letterSymbol = defineRule({
  code: 'letter/symbol',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Số, ký hiệu công văn mang tên loại, hoặc không theo dạng "<số>/<cơ quan>-<đơn vị soạn thảo>".',
    en: 'An official letter\'s number that carries a type abbreviation, or is not "<number>/<agency>-<drafting unit>".',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.3.b: ký hiệu của công văn gồm chữ viết tắt tên cơ quan ban hành và chữ viết tắt tên đơn vị soạn thảo (ví dụ 12/UBND-VX); công văn không có tên loại nên ký hiệu không có chữ viết tắt tên loại.',
    en: 'Decree 30, Annex I, II.3.b: a letter\'s symbol is the issuing agency\'s abbreviation and the drafting unit\'s (e.g. 12/UBND-VX); a letter has no type name, so its symbol has no type abbreviation.',
  },
  example: 'công văn\n  cơ quan: Sở Công Thương\n  số: 12/CV-SCT\n  trích yếu: gửi Kế hoạch năm 2023\n  kính gửi: @SNV',
  fix: { vi: 'Bỏ tên loại khỏi ký hiệu: 12/CV-SCT thành 12/SCT.', en: 'Removes the type from the symbol: 12/CV-SCT becomes 12/SCT.' },
  reportedBy: letterAnalysis,
});
