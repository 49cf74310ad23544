import { defineRule } from '../../rule';
import { namesAnalysis } from '../../names';

export const capitalisationPlaceName = defineRule({
  code: 'capitalisation/place-name',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Tên đơn vị hành chính, địa danh hoặc quốc gia viết hoa sai: "tỉnh Quảng ngãi" thay vì "tỉnh Quảng Ngãi", "Trung quốc" thay vì "Trung Quốc".',
    en: 'The name of an administrative unit, place or country with the wrong capitals: "tỉnh Quảng ngãi" for "tỉnh Quảng Ngãi", "Trung quốc" for "Trung Quốc".',
  },
  rationale: {
    vi: 'Nghị định 30/2020, Phụ lục II, III: tên riêng của đơn vị hành chính viết hoa chữ cái đầu của tất cả các âm tiết ("tỉnh Nam Định", "thành phố Thái Nguyên"); tên nước ngoài phiên âm Hán Việt viết như tên Việt Nam ("Trung Quốc"). Chỉ những tên đã biết được xét: các tỉnh, thành phố trước và sau ngày 01/7/2025, các nước gọi theo Hán Việt và các địa danh trong phần đầu văn bản (cơ quan ban hành, nơi ban hành). Sau "tỉnh", "huyện", "xã"… mọi cách viết khác bị báo; không có danh từ chung đứng trước, chỉ báo khi âm tiết đầu đã viết hoa và không ở đầu câu.',
    en: 'Decree 30/2020, Annex II, III: the proper name of an administrative unit capitalises every syllable ("tỉnh Nam Định", "thành phố Thái Nguyên"); a foreign country named in Sino-Vietnamese is written as a Vietnamese name ("Trung Quốc"). Only known names are judged: the provinces and cities before and after 1/7/2025, the countries named in Sino-Vietnamese and the places of the document’s header (issuing agency, place of issue). After "tỉnh", "huyện", "xã" … any other capitals are reported; without the common noun before it, only when the first syllable is already capitalised and the name does not open a sentence.',
  },
  example: 'Triển khai trên địa bàn tỉnh Quảng ngãi.',
  fix: { vi: 'Viết hoa mọi âm tiết của tên; chỉ chữ hoa thay đổi.', en: 'Capitalises every syllable of the name; only the capitals change.' },
  reportedBy: namesAnalysis,
});
