import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxContentAfterEnd = defineRule({
  code: 'syntax/content-after-end',
  defaultSeverity: 'error',
  summary: { vi: 'Nội dung văn bản đứng sau nơi nhận hay người ký.', en: 'Body text after the recipients or the signer.' },
  rationale: { vi: 'Nơi nhận và chữ ký kết thúc văn bản (Nghị định 30, Phụ lục I).', en: 'The recipients and the signature end a document (Decree 30, Annex I).' },
  example: 'ký: GIÁM ĐỐC / Nguyễn Văn A\nIV. Kinh phí',
  reportedBy: syntaxAnalysis,
});
