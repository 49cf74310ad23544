import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationAfterPlan = defineRule({
  code: 'citation/after-plan',
  defaultSeverity: 'error',
  summary: { vi: 'Văn bản được trích dẫn ban hành sau ngày của kế hoạch.', en: 'A cited document is dated after the plan.' },
  rationale: {
    vi: 'Kế hoạch không thể thực hiện một văn bản chưa có: ngày của văn bản hay của kế hoạch bị ghi sai.',
    en: 'A plan cannot implement a document that does not exist yet: one of the two dates is wrong.',
  },
  example: 'kế hoạch\n  ngày: 17/02/2023\nvăn bản CV1: Công văn số 12/UBND-NC ngày 20/3/2023 của UBND tỉnh\nThực hiện @CV1, …',
  reportedBy: citationAnalysis,
});
