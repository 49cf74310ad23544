import { defineRule } from '../../rule';
import { taskAnalysis } from '../../tasks';

export const taskUnitNotInRecipients = defineRule({
  code: 'task/unit-not-in-recipients',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Đơn vị chủ trì, phối hợp hay nhận kết quả một nhiệm vụ nhưng không có trong "Nơi nhận".',
    en: 'A unit that leads, helps or receives a task is not among the recipients.',
  },
  rationale: {
    vi: 'Nơi nhận là danh sách gửi văn bản (Nghị định 30, Phụ lục I): đơn vị không nhận được kế hoạch thì không biết việc của mình. Đơn vị được tính là có khi nơi nhận ghi @ID, tên hay tên viết tắt của nó, hoặc dòng "Lưu:" ghi mã của nó (đơn vị soạn thảo).',
    en: 'The recipients are the distribution list (Decree 30, Annex I): a unit that does not get the plan does not know its task. A unit counts as listed when an entry is its @ID, its name or short name, or when the "Lưu:" line names its id (the drafting unit).',
  },
  example: 'nhiệm vụ BC: chủ trì @PKT\nnơi nhận:\n  - @SNV\n  - Lưu: VT, VP',
  fix: { vi: 'Thêm "- @ID" vào nơi nhận, trước dòng "Lưu:".', en: 'Adds "- @ID" to the recipients, before the "Lưu:" line.' },
  reportedBy: taskAnalysis,
});
