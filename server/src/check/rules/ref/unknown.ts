import { defineRule } from '../../rule';
import { referenceAnalysis } from '../../references';

export const refUnknown = defineRule({
  code: 'ref/unknown',
  defaultSeverity: 'error',
  summary: { vi: 'Tham chiếu "@ID" đến một mã chưa khai báo.', en: 'A reference "@ID" to an id that is not declared.' },
  rationale: {
    vi: 'Văn bản, đơn vị hay nhiệm vụ không khai báo thì trình biên dịch không in được tên hay trích dẫn của nó.',
    en: 'The compiler cannot print the name or citation of a document, unit or task that is not declared.',
  },
  example: 'Thực hiện @KH31, …',
  fix: { vi: 'Đổi thành mã đã khai báo gần giống nhất.', en: 'Changes it to the closest declared id.' },
  reportedBy: referenceAnalysis,
});
