import { defineRule } from '../../rule';
import { spellingAnalysis } from '../../spelling';

export const spellingConfusion = defineRule({
  code: 'spelling/confusion',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Một cụm từ viết nhầm thường gặp trong văn bản hành chính ("sử lý", "quy pháp pháp luật", "chuẩn đoán").',
    en: 'A misspelling common in administrative writing ("sử lý", "quy pháp pháp luật", "chuẩn đoán").',
  },
  rationale: {
    vi: 'Những chỗ nhầm s/x, ch/tr, d/gi/r, hỏi/ngã, âm cuối -n/-ng, -c/-t vẫn là những tiếng có thật, nên chỉ một danh sách mới bắt được. Danh sách (server/src/check/confusions.json) ghi lý do của từng mục; những cặp cùng đúng như "bảo đảm/đảm bảo" được để yên.',
    en: 'Confusions of s/x, ch/tr, d/gi/r, hỏi/ngã, final -n/-ng, -c/-t still give real syllables, so only a list catches them. The list (server/src/check/confusions.json) gives each entry its reason; pairs that are both right, such as "bảo đảm/đảm bảo", are left alone.',
  },
  example: 'Thường xuyên cập nhật các văn bản quy pháp pháp luật và sử lý kịp thời các kiến nghị.',
  reportedBy: spellingAnalysis,
});
