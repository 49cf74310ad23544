import { defineRule } from '../../rule';
import { typographyAnalysis } from '../../typography';

export const typographyStraightQuotes = defineRule({
  code: 'typography/straight-quotes',
  defaultSeverity: 'hint',
  summary: { vi: 'Dấu ngoặc kép thẳng "…" thay vì ngoặc kép cong “…”.', en: 'Straight quotes "…" instead of curly quotes “…”.' },
  rationale: {
    vi: 'Văn bản in dùng một kiểu ngoặc kép; văn bản gốc trộn hai kiểu ("Dân vận khéo" và “Dân vận khéo”).',
    en: 'A printed document uses one kind of quotes; the original mixes both ("Dân vận khéo" and “Dân vận khéo”).',
  },
  example: '- nhân rộng mô hình "Dân vận khéo".',
  fix: { vi: 'Đổi sang “…”.', en: 'Changes them to “…”.' },
  reportedBy: typographyAnalysis,
});
