import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxLostMarker = defineRule({
  code: 'syntax/lost-marker',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Dòng dưới một điểm chỉ là chữ cái của điểm tiếp theo mà thiếu ")" ("b", "b."): dòng bị nối vào điểm trước.',
    en: 'A line under a point that is only the next point’s letter without ")" ("b", "b."): it is joined to the point before.',
  },
  rationale: {
    vi: 'Điểm được đánh bằng chữ cái và dấu ")" (Nghị định 30, Phụ lục I); khi dán từ PDF hay Word, dấu ")" hay bị mất và dòng "b" lặng lẽ dính vào điểm a).',
    en: 'Points are lettered with ")" (Decree 30, Annex I); pasting from PDF or Word often loses the ")", and the line "b" silently sticks to point a).',
  },
  example: 'a) Nội dung thứ nhất\nb\nNội dung thứ hai.',
  fix: { vi: 'Viết lại thành "b)".', en: 'Rewrites it as "b)".' },
  reportedBy: syntaxAnalysis,
});
