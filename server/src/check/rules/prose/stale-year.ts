import { defineRule } from '../../rule';
import { proseAnalysis } from '../../prose';

export const proseStaleYear = defineRule({
  code: 'prose/stale-year',
  defaultSeverity: 'hint',
  summary: {
    vi: '"năm YYYY" trong văn xuôi trước năm của kế hoạch, không phải tên hay ngày của một văn bản, không ở phần đánh giá kết quả.',
    en: '"năm YYYY" in prose before the plan’s year, neither a document’s name or date nor in a review of results.',
  },
  rationale: {
    vi: 'Kế hoạch thường được soạn từ kế hoạch năm trước; "năm 2022" sót lại trong kế hoạch năm 2023 (như văn bản gốc Sở Công Thương Quảng Ngãi) là lỗi hay gặp. Năm kế hoạch lấy từ "thời kỳ" hay ngày ban hành. Không báo: năm sau năm kế hoạch (mục tiêu "đến năm 2030"); năm trong trích dẫn, trong tên văn bản ("Luật Hộ tịch năm 2014", "Hiến pháp năm 2013": luật được trích bằng tên và năm) hay trong ngày đầy đủ ("ngày 20 tháng 11 năm 2018"); câu nhìn lại có chủ ý ("so với năm 2022", "kết quả đạt được năm 2022"); cả mục có tiêu đề đánh giá ("Kết quả thực hiện năm 2023", "Tình hình…", "Thực trạng…").',
    en: 'Plans are often drafted from last year’s; a "năm 2022" left in a 2023 plan (as in the Quảng Ngãi original) is a common slip. The plan’s year comes from "thời kỳ" or the date of issue. Not reported: years after the plan’s (targets, "đến năm 2030"); years in a citation, in a document’s name ("Luật Hộ tịch năm 2014", "Hiến pháp năm 2013": laws are cited by name and year) or in a full date ("ngày 20 tháng 11 năm 2018"); clauses that look back on purpose ("so với năm 2022", "kết quả đạt được năm 2022"); whole sections whose heading reviews the past ("Kết quả thực hiện năm 2023", "Tình hình…", "Thực trạng…").',
  },
  example: 'kế hoạch\n  ngày: /02/2023\n- gắn với thực hiện quy chế dân chủ năm 2022.',
  fix: { vi: 'Đổi thành năm của kế hoạch (chỉ là sửa nhanh trong trình soạn thảo).', en: 'Changes it to the plan’s year (an editor quick fix only).' },
  reportedBy: proseAnalysis,
});
