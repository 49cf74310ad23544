import { defineRule } from '../../rule';
import { originalAnalysis } from '../../original';

export const citationIncompleteSymbol = defineRule({
  code: 'citation/incomplete-symbol',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản gốc: ký hiệu công văn được trích chỉ có cơ quan ban hành ("Công văn số 663/SCT").',
    en: 'Original document: a cited letter’s symbol names the issuer only ("Công văn số 663/SCT").',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục III và Mẫu 1.5: ký hiệu công văn gồm chữ viết tắt tên cơ quan ban hành và tên đơn vị soạn thảo ("663/SCT-VP"); thiếu phần sau thì không tra được văn bản.',
    en: 'Decree 30, Annex III and Form 1.5: a letter’s symbol is the issuer’s abbreviation and the drafting unit’s ("663/SCT-VP"); without the second, the letter cannot be looked up.',
  },
  example: 'Thực hiện Công văn số 663/SCT ngày 10/3/2023 của Sở Công Thương, Phòng Kinh tế xây dựng kế hoạch như sau:',
  reportedBy: originalAnalysis,
});
