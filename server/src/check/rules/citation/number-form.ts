import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationNumberForm = defineRule({
  code: 'citation/number-form',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản của Đảng đánh số theo dạng văn bản nhà nước, hoặc số văn bản của Đảng có năm.',
    en: 'A Party document is numbered in the state form, or a Party number carries a year.',
  },
  rationale: {
    vi: 'Hướng dẫn 36-HD/VPTW: số văn bản của Đảng gồm số thứ tự và chữ viết tắt tên loại, nối bằng gạch nối, rồi dấu "/" và tên cơ quan ban hành (120-KL/TW); số được đánh theo nhiệm kỳ, không theo năm. Số của một Ban Chỉ đạo ("03/CV-BCĐ") không bị báo: ban chỉ đạo do Đảng hay Nhà nước lập ra thì đánh số theo cách của nơi lập, mà ký hiệu không cho biết là nơi nào (bộ văn bản thật, 075).',
    en: 'Hướng dẫn 36-HD/VPTW: a Party number is the serial and the type abbreviation joined by a hyphen, then "/" and the issuer (120-KL/TW); Party documents are numbered per term, not per year. A steering committee\'s number ("03/CV-BCĐ") is not reported: a Ban Chỉ đạo set up by the Party or by the State numbers the way of the one that set it up, which the symbol does not say (real corpus, 075).',
  },
  example: 'Kết luận số 120/KL-TW ngày 07/01/2016 của Bộ Chính trị',
  fix: { vi: 'Viết lại theo dạng của Đảng: 120-KL/TW.', en: 'Rewrites it in the Party form: 120-KL/TW.' },
  reportedBy: citationAnalysis,
});
