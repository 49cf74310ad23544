import { defineRule } from '../../rule';
import { encodingAnalysis } from '../../encoding';

export const textUnprintableCharacter = defineRule({
  code: 'text/unprintable-character',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Ký tự mà XML 1.0 cấm hay không khuyến dùng, ở bất kỳ đâu trong tệp (ghi chú, khai báo, giá trị trường, nơi nhận, người ký): ký tự điều khiển C0 (trừ những ký tự syntax/unexpected-character đã báo), DEL và C1 (U+007F–U+009F), U+FFFE, U+FFFF và các mã không phải ký tự khác, nửa cặp UTF-16 đứng riêng.',
    en: 'A character XML 1.0 forbids or discourages, anywhere in the file (comments, declarations, field values, recipients, signer): C0 controls (but those syntax/unexpected-character reports), DEL and C1 (U+007F–U+009F), U+FFFE, U+FFFF and the other noncharacters, half of a UTF-16 surrogate pair on its own.',
  },
  rationale: {
    vi: 'Tệp DOCX và báo cáo JUnit là XML: một ký tự như vậy làm Word không mở được tệp, nên văn bản DOCX, HTML và lịch ICS bỏ nó đi; người soạn không thấy ký tự đó, nhưng bản in khác với tệp.',
    en: 'DOCX files and JUnit reports are XML: one such character makes Word refuse the file, so the DOCX, HTML and ICS outputs leave it out; the drafter cannot see it, but the printed document differs from the file.',
  },
  example: '(ký tự U+FFFE lọt vào trích yếu khi dán từ một tệp UTF-16 hỏng)',
  fix: { vi: 'Xóa ký tự đó (sửa an toàn).', en: 'Deletes the character (safe fix).' },
  reportedBy: encodingAnalysis,
});
