import { defineRule } from '../../rule';
import { numberingAnalysis } from '../../numbering';

export const numberingLevel = defineRule({
  code: 'numbering/level',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Mục, khoản đánh số sai cấp: một câu văn đánh số La Mã bắt đầu lại dãy mục ("I." sau "II."), hay một khoản có tiêu đề viết hoa toàn bộ như mục ("1. MỤC ĐÍCH YÊU CẦU").',
    en: 'A section or clause numbered at the wrong level: a sentence in Roman numerals that starts the sections over ("I." after "II."), or a clause titled in capitals like a section ("1. MỤC ĐÍCH YÊU CẦU").',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I: mục đánh số La Mã I., II. và viết hoa; khoản đánh số 1., 2. và viết thường; điểm a), b). Khi hình thức của một dòng là của cấp khác thì số của nó sai cấp, và đánh số lại (thành "III." hay "3.") chỉ che lỗi đi, nên quy tắc không sửa tự động, trình định dạng cũng không đánh số lại một dãy bắt đầu lại từ đầu (văn bản gốc của UBND tỉnh Hà Tĩnh 2018 và Vĩnh Phúc 2019 trong bộ văn bản thật).',
    en: 'Decree 30, Annex I: sections are numbered I., II. and written in capitals; clauses 1., 2. in normal case; points a), b). When a line has the form of another level its number is at the wrong level, and renumbering it (to "III." or "3.") only hides the fault, so the rule has no automatic fix and the formatter does not renumber a sequence that starts over (originals of UBND Hà Tĩnh 2018 and Vĩnh Phúc 2019 in the real corpus).',
  },
  example: 'I. MỤC TIÊU CHUNG\nII. MỤC TIÊU CỤ THỂ\nI. Giám sát chặt chẽ, phát hiện sớm các ổ dịch.',
  fix: { vi: 'Không sửa tự động: người soạn chọn cấp đúng.', en: 'No automatic fix: the drafter chooses the right level.' },
  reportedBy: numberingAnalysis,
});
