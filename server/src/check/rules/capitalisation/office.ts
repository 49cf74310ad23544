import { defineRule } from '../../rule';
import { namesAnalysis } from '../../names';

export const capitalisationOffice = defineRule({
  code: 'capitalisation/office',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Chức vụ đứng trước tên cơ quan viết hoa sai: "chủ tịch Ủy ban nhân dân tỉnh" thay vì "Chủ tịch Ủy ban nhân dân tỉnh".',
    en: 'An office before its agency’s name with the wrong capitals: "chủ tịch Ủy ban nhân dân tỉnh" for "Chủ tịch Ủy ban nhân dân tỉnh".',
  },
  rationale: {
    vi: 'Nghị định 30/2020, Phụ lục II, V.3 và cách chính Nghị định viết: chức vụ gắn với một cơ quan cụ thể viết hoa như tên riêng ("Thủ tướng Chính phủ", "Bộ trưởng Bộ Nội vụ", "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch"). Chỉ báo khi ngay sau chức vụ là tên một cơ quan đã biết (hoặc UBND, HĐND, "nước"); "các chủ tịch", "giám đốc các sở" là danh từ chung.',
    en: 'Decree 30/2020, Annex II, V.3, and the decree’s own usage: an office tied to a specific agency is capitalised as a name ("Thủ tướng Chính phủ", "Bộ trưởng Bộ Nội vụ", "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch"). Reported only when the name of a known agency (or UBND, HĐND, "nước") follows the office; "các chủ tịch", "giám đốc các sở" are common nouns.',
  },
  example: 'Giao phó chủ tịch UBND tỉnh chỉ đạo thực hiện.',
  fix: { vi: 'Viết hoa chức vụ như Nghị định 30 viết; chỉ chữ hoa thay đổi.', en: 'Capitalises the office as Decree 30 writes it; only the capitals change.' },
  reportedBy: namesAnalysis,
});
