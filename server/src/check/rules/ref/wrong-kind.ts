import { defineRule } from '../../rule';
import { referenceAnalysis } from '../../references';

export const refWrongKind = defineRule({
  code: 'ref/wrong-kind',
  defaultSeverity: 'error',
  summary: {
    vi: 'Tham chiếu sai loại: một văn bản ở chỗ cần đơn vị, một nhiệm vụ trong văn xuôi…',
    en: 'A reference of the wrong kind: a document where a unit is expected, a task in prose…',
  },
  rationale: {
    vi: 'Chủ trì, phối hợp, gửi là đơn vị; "sau" là nhiệm vụ; trong văn xuôi, nhiệm vụ được nhắc bằng thời hạn [hạn ID].',
    en: 'Leads, helpers and receivers are units; "sau" takes tasks; in prose a task is mentioned through its deadline [hạn ID].',
  },
  example: 'nhiệm vụ BC: chủ trì @KH30',
  fix: { vi: 'Với nhiệm vụ trong văn xuôi: đổi @ID thành [hạn ID].', en: 'For a task in prose: changes @ID to [hạn ID].' },
  reportedBy: referenceAnalysis,
});
