import { defineRule } from '../../rule';
import { encodingAnalysis } from '../../encoding';

export const textLegacyEncoding = defineRule({
  code: 'text/legacy-encoding',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Chữ gõ bằng bảng mã cũ TCVN3 (ABC, .VnTime) hay VNI-Windows được dán vào ("Thùc hiÖn", "Keá hoaïch").',
    en: 'Text in the legacy TCVN3 (ABC, .VnTime) or VNI-Windows encodings pasted in ("Thùc hiÖn", "Keá hoaïch").',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: văn bản dùng bộ mã Unicode (TCVN 6909:2001); đoạn chép từ văn bản cũ hiện ra thành ký tự lạ khi in.',
    en: 'Decree 30, Annex I: documents use Unicode (TCVN 6909:2001); text copied from old documents prints as garbage.',
  },
  example: '- Thùc hiÖn KÕ ho¹ch số 30/KH-UBND',
  fix: { vi: 'Chuyển đoạn đó sang Unicode.', en: 'Converts the run to Unicode.' },
  reportedBy: encodingAnalysis,
});
