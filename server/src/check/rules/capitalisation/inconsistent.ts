import { defineRule } from '../../rule';
import { namesAnalysis } from '../../names';

export const capitalisationInconsistent = defineRule({
  code: 'capitalisation/inconsistent',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Cùng một tên cơ quan được viết hoa hai cách trong một văn bản: "Phòng Văn hóa và Thông tin" và "Phòng Văn hóa và thông tin".',
    en: 'One agency’s name capitalised two ways in one document: "Phòng Văn hóa và Thông tin" and "Phòng Văn hóa và thông tin".',
  },
  rationale: {
    vi: 'Nghị định 30/2020, Phụ lục II, IV cho một cách viết hoa tên cơ quan; một tên viết hai cách trong cùng văn bản thì ít nhất một cách sai. So các cụm từ bắt đầu bằng loại hình cơ quan (Bộ, Sở, Ban, Phòng, Trung tâm…) viết hoa, chỉ khác nhau ở chữ hoa sau loại hình. Một tên viết kèm chữ viết tắt trong ngoặc ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)") cũng được so giữa các lần viết. Cách viết được dùng nhiều nhất được giữ; hòa nhau thì theo chỗ đầu tiên, với tên có chữ viết tắt thì theo cách ít chữ hoa hơn (chỉ viết hoa âm tiết đầu). Tên đã biết và các đơn vị khai báo trong thư mục do quy tắc capitalisation/agency-name xét.',
    en: 'Decree 30/2020, Annex II, IV gives one way to capitalise an agency’s name; a name written two ways in one document is wrong in at least one. Phrases that start with a capitalised kind of agency (Bộ, Sở, Ban, Phòng, Trung tâm …) and differ only in their capitals after the kind are compared. A name written with its abbreviation in brackets ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)") is compared across its occurrences too. The form used most is kept; on a tie, the first one met, or for a name with an abbreviation the one with fewer capitals (its first syllable only). Known names and the units the workspace declares are capitalisation/agency-name’s.',
  },
  example: 'Phòng Văn hóa và Thông tin chủ trì; Phòng Văn hóa và Thông tin tổng hợp; Phòng Văn hóa và thông tin báo cáo.',
  fix: { vi: 'Viết tên như cách được dùng nhiều nhất; chỉ chữ hoa thay đổi.', en: 'Writes the name as its most used form; only the capitals change.' },
  reportedBy: namesAnalysis,
});
