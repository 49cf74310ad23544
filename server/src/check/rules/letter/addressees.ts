import { defineRule } from '../../rule';
import { letterAnalysis } from '../../document-parts';

export const letterAddressees = defineRule({
  code: 'letter/addressees',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Công văn không ghi nơi nhận sau "Kính gửi" (trường "kính gửi").',
    en: 'An official letter naming no addressee after "Kính gửi" (the "kính gửi" field).',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.9.a và Mẫu 1.5, ô 9a: công văn ghi "Kính gửi:" và tên cơ quan, tổ chức, cá nhân nhận; một nơi nhận viết cùng dòng, nhiều nơi nhận mỗi nơi một dòng.',
    en: 'Decree 30, Annex I, II.9.a and Template 1.5, box 9a: a letter says "Kính gửi:" and who it is addressed to; one addressee on the same line, several one per line.',
  },
  example: 'công văn\n  cơ quan: Sở Công Thương\n  số: /SCT-VP\n  trích yếu: gửi Kế hoạch năm 2023',
  reportedBy: letterAnalysis,
});
