import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationWrittenOut = defineRule({
  code: 'citation/written-out',
  defaultSeverity: 'info',
  summary: { vi: 'Văn xuôi chép lại đầy đủ một văn bản đã khai báo.', en: 'Prose writes out a document that is declared.' },
  rationale: {
    vi: 'Viết @ID để trình biên dịch in trích dẫn đầy đủ ở lần đầu và ngắn gọn ở các lần sau, luôn khớp với khai báo. Văn bản mà người soạn đặt tên ngắn ("(sau đây gọi là Quyết định số 213/QĐ-TTg)", "(sau đây viết tắt là …)") thì được viết ra theo tên ngắn ấy, nên không bị báo.',
    en: 'Writing @ID lets the compiler print the full citation first and the short one after, always matching the declaration. A document the drafter gives a short name ("(sau đây gọi là Quyết định số 213/QĐ-TTg)", "(sau đây viết tắt là …)") is written out under that name on purpose, and is not reported.',
  },
  example: 'Thực hiện Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh, …',
  fix: { vi: 'Thay cụm trích dẫn bằng @ID.', en: 'Replaces the citation by @ID.' },
  reportedBy: citationAnalysis,
});
