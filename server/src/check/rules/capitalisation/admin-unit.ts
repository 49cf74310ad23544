import { defineRule } from '../../rule';
import { namesAnalysis } from '../../names';

export const capitalisationAdminUnit = defineRule({
  code: 'capitalisation/admin-unit',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Danh từ chung chỉ đơn vị hành chính viết hoa giữa câu: "UBND Huyện Sơn Tịnh" thay vì "UBND huyện Sơn Tịnh".',
    en: 'The common noun of an administrative unit capitalised in mid-sentence: "UBND Huyện Sơn Tịnh" for "UBND huyện Sơn Tịnh".',
  },
  rationale: {
    vi: 'Nghị định 30/2020, Phụ lục II, III: tên đơn vị hành chính gồm danh từ chung (tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn) và tên riêng; danh từ chung viết thường ("tỉnh Nam Định"). Chỉ báo trước một tên đã biết, giữa câu; "Thành phố Hồ Chí Minh" là trường hợp đặc biệt của Nghị định, và một tên dài hơn ("Phường Điện Biên Phủ", tên người, sự kiện) không bị báo.',
    en: 'Decree 30/2020, Annex II, III: an administrative unit’s name is a common noun (tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn) and a proper name; the common noun is in lower case ("tỉnh Nam Định"). Reported only before a known name, in mid-sentence; "Thành phố Hồ Chí Minh" is the decree’s special case, and a longer name ("Phường Điện Biên Phủ", after a person or an event) is not reported.',
  },
  example: 'Giao UBND Tỉnh Quảng Ngãi chỉ đạo thực hiện.',
  fix: { vi: 'Viết thường danh từ chung.', en: 'Writes the common noun in lower case.' },
  reportedBy: namesAnalysis,
});
