import { defineRule } from '../../rule';
import { headerAnalysis } from '../../header';

export const headerMissingParent = defineRule({
  code: 'header/missing-parent',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Cơ quan ban hành thuộc một cơ quan cấp trên (Sở, Phòng, Chi cục, Cục, Văn phòng, Trung tâm…) nhưng phần đầu không có cơ quan chủ quản.',
    en: 'The issuing body belongs to a higher one (a Sở, Phòng, Chi cục, Cục, Văn phòng, Trung tâm…) but the header has no parent agency.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.2: tên cơ quan chủ quản trực tiếp (nếu có) ghi trên tên cơ quan ban hành, ví dụ "UBND TỈNH QUẢNG NGÃI" trên "SỞ CÔNG THƯƠNG". "Nếu có": Ủy ban nhân dân, Hội đồng nhân dân các cấp, các Bộ và Chính phủ không có cơ quan chủ quản, nên luật chỉ hỏi khi tên cơ quan cho biết nó thuộc một cơ quan khác; cơ quan không rõ loại thì để yên.',
    en: 'Decree 30, Annex I, II.2: the direct parent agency (if any) is printed above the issuing agency, e.g. "UBND TỈNH QUẢNG NGÃI" above "SỞ CÔNG THƯƠNG". "If any": the People’s Committees and Councils of every level, the ministries and the Government have none, so the rule only asks when the agency’s name says it belongs to another body; a body of an unknown kind is left alone.',
  },
  example: 'kế hoạch\n  cơ quan: Sở Công Thương',
  reportedBy: headerAnalysis,
});
