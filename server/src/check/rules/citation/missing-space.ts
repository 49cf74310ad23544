import { defineRule } from '../../rule';
import { citationAnalysis } from '../../citations';

export const citationMissingSpace = defineRule({
  code: 'citation/missing-space',
  defaultSeverity: 'warning',
  summary: { vi: 'Thiếu khoảng trắng sau chữ "số" (số1411/QĐ-SCT).', en: 'No space after "số" (số1411/QĐ-SCT).' },
  rationale: {
    vi: 'Chính tả tiếng Việt: chữ "số" là một từ, cách số văn bản một khoảng trắng; viết dính thì tìm kiếm và ngắt dòng sai.',
    en: 'Vietnamese orthography: "số" is a word, separated from the number by a space; glued, it breaks search and line wrapping.',
  },
  example: 'Quyết định số1411/QĐ-SCT ngày 08/7/2022 của Sở Công Thương',
  fix: { vi: 'Chèn khoảng trắng: số 1411/QĐ-SCT.', en: 'Inserts the space: số 1411/QĐ-SCT.' },
  reportedBy: citationAnalysis,
});
