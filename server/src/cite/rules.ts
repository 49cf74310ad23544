/**
 * The rules of the citation module: their stable codes and their metadata, the single source for
 * docs/rules.md, SARIF and the configuration schema.
 */
import type { RuleMeta } from '../base/rule';

/** Rule codes, so producers and tests never spell a code twice. */
export const CITE = {
  numberSpacing: 'citation/number-spacing',
  numberDash: 'citation/number-dash',
  issuerCase: 'citation/issuer-case',
  malformedNumber: 'citation/malformed-number',
  numberForm: 'citation/number-form',
  missingSpace: 'citation/missing-space',
  symbolType: 'citation/symbol-type',
  yearMismatch: 'citation/year-mismatch',
  invalidDate: 'citation/invalid-date',
  commaBeforeDate: 'citation/comma-before-date',
  unrecognised: 'citation/unrecognised',
} as const;

export type CiteRuleCode = (typeof CITE)[keyof typeof CITE];

/**
 * Rules whose fix only restores the canonical spelling of what was written (a space, a hyphen, a
 * comma) and so may be applied by `kehoach check --fix` without review. LocalProblem has no flag for
 * this, so the code that turns problems into diagnostics asks here.
 */
export const SAFE_FIX_CODES: ReadonlySet<string> = new Set<string>([
  CITE.numberSpacing,
  CITE.numberDash,
  CITE.missingSpace,
  CITE.commaBeforeDate,
]);

const ND30_SYMBOL = {
  vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (số, ký hiệu của văn bản): số và ký hiệu văn bản viết liền, các nhóm chữ viết tắt nối bằng dấu gạch nối (-), không cách chữ.',
  en: 'Decree 30/2020/NĐ-CP, Annex I (number and symbol): the number and symbol are written without spaces, the groups of the symbol joined by a hyphen (-).',
};

export const CITE_RULES: readonly RuleMeta[] = [
  {
    code: CITE.numberSpacing,
    defaultSeverity: 'warning',
    summary: {
      vi: 'Số và ký hiệu văn bản có khoảng trắng hoặc xuống dòng quanh dấu "/" hay "-".',
      en: 'A document number has a space or a line break around "/" or "-".',
    },
    rationale: ND30_SYMBOL,
    example: 'Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị',
    fix: { vi: 'Bỏ khoảng trắng: 120-KL/TW.', en: 'Removes the space: 120-KL/TW.' },
  },
  {
    code: CITE.numberDash,
    defaultSeverity: 'warning',
    summary: {
      vi: 'Ký hiệu văn bản dùng gạch ngang dài (–, —) hay dấu trừ (−) thay cho dấu gạch nối "-".',
      en: 'A document symbol uses an en or em dash (–, —) or a minus sign (−) instead of the hyphen "-".',
    },
    rationale: {
      vi: `${ND30_SYMBOL.vi} Gạch ngang dài thường do trình soạn thảo tự thay; tìm kiếm số văn bản sẽ không khớp.`,
      en: `${ND30_SYMBOL.en} Word processors often substitute the dash, and searches for the number then fail.`,
    },
    example: 'Chương trình phối hợp số 31–CTr/BDVTU-BCSĐUBND ngày 28/01/2022 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh',
    fix: { vi: 'Thay bằng dấu gạch nối: 31-CTr/BDVTU-BCSĐUBND.', en: 'Replaces it with a hyphen: 31-CTr/BDVTU-BCSĐUBND.' },
  },
  {
    code: CITE.issuerCase,
    defaultSeverity: 'warning',
    summary: {
      vi: 'Chữ viết tắt trong ký hiệu sai chữ hoa, chữ thường (QĐ-TTG, kh-UBND, CTR).',
      en: 'An abbreviation in the symbol has the wrong case (QĐ-TTG, kh-UBND, CTR).',
    },
    rationale: {
      vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I và Phụ lục III: ký hiệu viết chữ in hoa, trừ các chữ viết tắt chính thức có chữ thường như TTr (Tờ trình), CTr (Chương trình), QyĐ (Quy định), TTg (Thủ tướng Chính phủ); Hướng dẫn 36-HD/VPTW: QĐi (Quy định của Đảng).',
      en: 'Decree 30/2020/NĐ-CP, Annexes I and III: symbols are in capitals except the official mixed-case abbreviations TTr (Tờ trình), CTr (Chương trình), QyĐ (Quy định), TTg (the Prime Minister); Hướng dẫn 36-HD/VPTW: QĐi (Party Quy định).',
    },
    example: 'Quyết định số 12/QĐ-TTG ngày 05/01/2023 của Thủ tướng Chính phủ',
    fix: { vi: 'Viết lại theo cách viết chính thức: QĐ-TTg.', en: 'Rewrites it in the official spelling: QĐ-TTg.' },
  },
  {
    code: CITE.malformedNumber,
    defaultSeverity: 'error',
    summary: {
      vi: 'Số và ký hiệu không theo dạng nào đã biết, hoặc năm trong số không hợp lý.',
      en: 'A number and symbol fits no known form, or the year in it is implausible.',
    },
    rationale: {
      vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (30/KH-UBND, công văn 4418/UBND-NC), Luật Ban hành văn bản quy phạm pháp luật (04/2015/NĐ-CP, có năm ban hành) và Hướng dẫn 36-HD/VPTW (120-KL/TW).',
      en: 'Decree 30/2020/NĐ-CP, Annex I (30/KH-UBND, official letter 4418/UBND-NC), the Law on legal normative documents (04/2015/NĐ-CP, with its year) and Hướng dẫn 36-HD/VPTW (120-KL/TW).',
    },
    example: 'Nghị định số 04/15/NĐ-CP ngày 09/01/2015 của Chính phủ',
  },
  {
    code: CITE.numberForm,
    defaultSeverity: 'warning',
    summary: {
      vi: 'Văn bản của Đảng đánh số theo dạng văn bản nhà nước, hoặc số văn bản của Đảng có năm.',
      en: 'A Party document is numbered in the state form, or a Party number carries a year.',
    },
    rationale: {
      vi: 'Hướng dẫn 36-HD/VPTW: số văn bản của Đảng gồm số thứ tự và chữ viết tắt tên loại, nối bằng gạch nối, rồi dấu "/" và tên cơ quan ban hành (120-KL/TW); số được đánh theo nhiệm kỳ, không theo năm.',
      en: 'Hướng dẫn 36-HD/VPTW: a Party number is the serial and the type abbreviation joined by a hyphen, then "/" and the issuer (120-KL/TW); Party documents are numbered per term, not per year.',
    },
    example: 'Kết luận số 120/KL-TW ngày 07/01/2016 của Bộ Chính trị',
    fix: { vi: 'Viết lại theo dạng của Đảng: 120-KL/TW.', en: 'Rewrites it in the Party form: 120-KL/TW.' },
  },
  {
    code: CITE.missingSpace,
    defaultSeverity: 'warning',
    summary: { vi: 'Thiếu khoảng trắng sau chữ "số" (số1411/QĐ-SCT).', en: 'No space after "số" (số1411/QĐ-SCT).' },
    rationale: {
      vi: 'Chính tả tiếng Việt: chữ "số" là một từ, cách số văn bản một khoảng trắng; viết dính thì tìm kiếm và ngắt dòng sai.',
      en: 'Vietnamese orthography: "số" is a word, separated from the number by a space; glued, it breaks search and line wrapping.',
    },
    example: 'Quyết định số1411/QĐ-SCT ngày 08/7/2022 của Sở Công Thương',
    fix: { vi: 'Chèn khoảng trắng: số 1411/QĐ-SCT.', en: 'Inserts the space: số 1411/QĐ-SCT.' },
  },
  {
    code: CITE.symbolType,
    defaultSeverity: 'error',
    summary: {
      vi: 'Chữ viết tắt trong ký hiệu không khớp với tên loại văn bản (Kế hoạch số 30/QĐ-UBND).',
      en: 'The type abbreviation in the symbol does not match the type name (Kế hoạch số 30/QĐ-UBND).',
    },
    rationale: {
      vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục III: mỗi loại văn bản có một chữ viết tắt (Kế hoạch KH, Chương trình CTr, Đề án ĐA); công văn không có chữ viết tắt tên loại. Trích dẫn sai loại hay sai số là trích dẫn một văn bản khác.',
      en: 'Decree 30/2020/NĐ-CP, Annex III: each type has one abbreviation (Kế hoạch KH, Chương trình CTr, Đề án ĐA); công văn has none. A wrong type or number cites another document.',
    },
    example: 'Kế hoạch số 30/QĐ-UBND ngày 17/02/2023 của UBND tỉnh',
    fix: { vi: 'Sửa chữ viết tắt trong ký hiệu theo tên loại.', en: 'Changes the abbreviation to match the type name.' },
  },
  {
    code: CITE.yearMismatch,
    defaultSeverity: 'error',
    summary: {
      vi: 'Năm trong số văn bản quy phạm pháp luật khác năm ban hành (134/2021/NĐ-CP ngày 30/10/2020).',
      en: 'The year in a legal normative number differs from the year of its date (134/2021/NĐ-CP ngày 30/10/2020).',
    },
    rationale: {
      vi: 'Luật Ban hành văn bản quy phạm pháp luật và Nghị định 30/2020/NĐ-CP: số văn bản quy phạm pháp luật ghi năm ban hành, nên năm trong số phải trùng năm của ngày ban hành.',
      en: 'The Law on legal normative documents and Decree 30/2020/NĐ-CP: a legal normative number carries the year of issue, so it must equal the year of the date.',
    },
    example: 'Nghị định số 134/2021/NĐ-CP ngày 30/10/2020 của Chính phủ',
  },
  {
    code: CITE.invalidDate,
    defaultSeverity: 'error',
    summary: { vi: 'Ngày ban hành không có thật (31/02/2023) hoặc năm sai dạng.', en: 'The date does not exist (31/02/2023) or its year is malformed.' },
    rationale: {
      vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (địa danh và thời gian ban hành): ngày, tháng, năm ban hành viết đầy đủ, năm bốn chữ số.',
      en: 'Decree 30/2020/NĐ-CP, Annex I (place and date of issue): the date is written in full with a four-digit year.',
    },
    example: 'Kế hoạch số 30/KH-UBND ngày 31/02/2023 của UBND tỉnh',
  },
  {
    code: CITE.commaBeforeDate,
    defaultSeverity: 'hint',
    summary: { vi: 'Dấu phẩy thừa giữa số văn bản và "ngày".', en: 'A superfluous comma between the number and "ngày".' },
    rationale: {
      vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I: trích dẫn viết "tên loại, số, ký hiệu, ngày, tháng, năm" liền một cụm, không ngắt bằng dấu phẩy (Kế hoạch số 30/KH-UBND ngày 17/02/2023).',
      en: 'Decree 30/2020/NĐ-CP, Annex I: a citation reads as one phrase, type, number, date, without a comma (Kế hoạch số 30/KH-UBND ngày 17/02/2023).',
    },
    example: 'Quyết định số 396-QĐ/TU, ngày 19/10/2021 của Ban Thường vụ Tỉnh ủy',
    fix: { vi: 'Bỏ dấu phẩy: 396-QĐ/TU ngày 19/10/2021.', en: 'Removes the comma: 396-QĐ/TU ngày 19/10/2021.' },
  },
  {
    code: CITE.unrecognised,
    defaultSeverity: 'error',
    summary: {
      vi: 'Khai báo văn bản không đọc được thành cụm trích dẫn.',
      en: 'A document declaration cannot be read as a citation phrase.',
    },
    rationale: {
      vi: 'Khai báo văn bản dùng đúng cụm trích dẫn "<loại văn bản> số <số/ký hiệu> ngày <dd/mm/yyyy> của <cơ quan>" để công cụ tách và kiểm tra từng phần (docs/language.md mục 3).',
      en: 'A document is declared with the citation phrase "<type> số <number> ngày <dd/mm/yyyy> của <issuer>" so the tools can split and check its parts (docs/language.md § 3).',
    },
    example: 'văn bản KH30: KH 30 của UBND tỉnh',
  },
];
