import { defineRule } from '../../rule';
import { spellingAnalysis } from '../../spelling';

export const spellingToneStyle = defineRule({
  code: 'spelling/tone-style',
  defaultSeverity: 'info',
  summary: {
    vi: 'Dấu thanh của "oa", "oe", "uy" đặt theo hai kiểu trong một văn bản ("hòa" và "hoà").',
    en: 'The tone marks of "oa", "oe", "uy" are placed in two styles in one document ("hòa" and "hoà").',
  },
  rationale: {
    vi: 'Kiểu cũ ("hoà", "thuỷ") và kiểu mới ("hòa", "thủy") cùng được dùng, nhưng một văn bản chỉ nên theo một kiểu. Cấu hình "toneStyle": "old" hoặc "new" chọn kiểu; không cấu hình thì theo kiểu mà phần lớn văn bản dùng. Bản sửa chỉ dời dấu.',
    en: 'The old style ("hoà", "thuỷ") and the new one ("hòa", "thủy") are both in use, but a document should keep to one. The setting "toneStyle": "old" or "new" chooses; without it, the style most of the document uses wins. The fix only moves the mark.',
  },
  example: 'Cộng hòa xã hội chủ nghĩa Việt Nam; Ủy ban nhân dân tỉnh; hoà giải ở cơ sở; hòa nhập; thủy lợi.',
  reportedBy: spellingAnalysis,
});
