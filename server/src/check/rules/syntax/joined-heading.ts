import { defineRule } from '../../rule';
import { syntaxAnalysis } from '../../syntax-findings';

export const syntaxJoinedHeading = defineRule({
  code: 'syntax/joined-heading',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Một khoản có tiêu đề ngắn, không dấu câu, và nội dung viết ngay dòng dưới: hai dòng bị nối thành một đoạn.',
    en: 'A khoản with a short heading and no punctuation, its text on the very next line: the two lines are joined into one paragraph.',
  },
  rationale: {
    vi: 'Các dòng liền nhau là một đoạn (docs/language.md). Văn bản gõ hay dán từ Word thường để tiêu đề "1. Mục đích" trên một dòng và nội dung ở dòng sau; ghép lặng lẽ thành "1. Mục đích Triển khai…" là làm hỏng văn bản mà không ai thấy, nên công cụ nói ra ở đúng dòng đó.',
    en: 'Consecutive lines are one paragraph (docs/language.md). Text typed or pasted from Word often has the heading "1. Mục đích" on one line and its text on the next; joining them silently into "1. Mục đích Triển khai…" would spoil the document unseen, so the tool says so at that line.',
  },
  example: '1. Mục đích\nTriển khai thực hiện có hiệu quả Kế hoạch.',
  fix: { vi: 'Chèn một dòng trống giữa tiêu đề và nội dung.', en: 'Inserts a blank line between the heading and its text.' },
  reportedBy: syntaxAnalysis,
});
