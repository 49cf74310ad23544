import { defineRule } from '../../rule';
import { namesAnalysis } from '../../names';

export const capitalisationAgencyName = defineRule({
  code: 'capitalisation/agency-name',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Tên một cơ quan, tổ chức viết hoa sai: "Bộ tài nguyên và môi trường" thay vì "Bộ Tài nguyên và Môi trường".',
    en: 'An agency’s name with the wrong capitals: "Bộ tài nguyên và môi trường" for "Bộ Tài nguyên và Môi trường".',
  },
  rationale: {
    vi: 'Nghị định 30/2020, Phụ lục II, IV: tên cơ quan, tổ chức viết hoa chữ cái đầu của các từ, cụm từ chỉ loại hình và chức năng, lĩnh vực hoạt động ("Bộ Tài nguyên và Môi trường", "Sở Tài chính", "Hội đồng nhân dân tỉnh Sơn La", "Ban Chấp hành Trung ương"). Chỉ những tên đã biết được xét: danh sách các bộ, sở, cơ quan của Đảng, Mặt trận và đoàn thể kèm theo công cụ, các cơ quan ban hành trong danh mục văn bản và các đơn vị khai báo trong thư mục; một tên viết bằng chữ thường ("các sở, ngành", "ủy ban các cấp") là danh từ chung và không bị báo.',
    en: 'Decree 30/2020, Annex II, IV: an agency’s or organisation’s name capitalises the first letter of the words for its type and for its function or field ("Bộ Tài nguyên và Môi trường", "Sở Tài chính", "Hội đồng nhân dân tỉnh Sơn La", "Ban Chấp hành Trung ương"). Only known names are judged: the ministries, departments, Party, Front and mass organisations the tools list, the issuers of the built-in catalog and the units the workspace declares; a name written in lower case ("các sở, ngành", "ủy ban các cấp") is a common noun and is not reported.',
  },
  example: 'Phối hợp với Bộ tài nguyên và môi trường hướng dẫn thực hiện.',
  fix: { vi: 'Viết lại tên với chữ hoa đúng; chỉ chữ hoa thay đổi.', en: 'Rewrites the name with the right capitals; only the capitals change.' },
  reportedBy: namesAnalysis,
});
