import { defineRule } from '../../rule';
import { spellingAnalysis } from '../../spelling';

export const spellingSyllable = defineRule({
  code: 'spelling/syllable',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Một từ không thể là một tiếng của tiếng Việt: sai âm đầu, vần, dấu thanh hay vị trí dấu.',
    en: 'A word cannot be a Vietnamese syllable: its onset, rhyme, tone or the place of its tone mark is wrong.',
  },
  rationale: {
    vi: 'Mỗi tiếng của tiếng Việt là một âm đầu, một vần và một thanh, theo những quy tắc cố định (k, gh, ngh trước i, e, ê; vần tận cùng bằng c, ch, p, t chỉ mang dấu sắc hay nặng; dấu thanh đặt trên nguyên âm chính). Một chữ trái quy tắc ("tỉnhh", "nghành", "tóan", chữ Telex chưa chuyển như "hoatj") là lỗi gõ, bắt được mà không cần từ điển. Chữ viết tắt, mã, số, tham chiếu, địa chỉ, từ nước ngoài không dấu và tên riêng của đồng bào dân tộc ("Đắk Lắk") không bị xét.',
    en: 'Every Vietnamese syllable is an onset, a rhyme and a tone under fixed rules (k, gh, ngh before i, e, ê; a rhyme ending in c, ch, p, t takes only the sắc or nặng tone; the tone mark stands on the main vowel). A word that breaks them ("tỉnhh", "nghành", "tóan", Telex left unconverted as "hoatj") is a typo, caught without a dictionary. Acronyms, codes, numbers, references, addresses, foreign words without diacritics and minority names ("Đắk Lắk") are left alone.',
  },
  example: 'Các sở, ngành phối hợp với UBND tỉnhh triển khai thực hiện.',
  reportedBy: spellingAnalysis,
});
