import { defineRule } from '../../rule';
import { capitalisationAnalysis } from '../../capitalisation';

export const capitalisationDocumentName = defineRule({
  code: 'capitalisation/document-name',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Tên một luật viết hoa sai: "Luật tổ chức chính quyền địa phương" thay vì "Luật Tổ chức chính quyền địa phương".',
    en: 'A law’s name with the wrong capitals: "Luật tổ chức chính quyền địa phương" for "Luật Tổ chức chính quyền địa phương".',
  },
  rationale: {
    vi: 'Nghị định 30/2020, Phụ lục II, V.6: tên loại văn bản và tên văn bản viết hoa chữ cái đầu của loại và của âm tiết đầu tên, cùng các danh từ riêng trong tên ("Luật Tổ chức Chính phủ"). Chỉ những tên luật có trong danh mục kèm theo công cụ được xét, nên một cụm từ chung ("luật pháp", "tổ chức chính quyền") không bao giờ bị báo. Bản sửa chỉ đổi chữ hoa.',
    en: 'Decree 30/2020, Annex II, V.6: a document’s type and name capitalise the type, the first syllable of the name and the proper nouns in it ("Luật Tổ chức Chính phủ"). Only the names of laws the built-in catalog holds are judged, so a common phrase ("luật pháp", "tổ chức chính quyền") is never reported. The fix changes only the capitals.',
  },
  example: 'Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  reportedBy: capitalisationAnalysis,
});
