/**
 * Rationales several rules share: one clause of Nghị định 30 or one principle behind a family of rules.
 */

export const ND30_HEADER = {
  vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II (thể thức văn bản hành chính): tên cơ quan, số và ký hiệu, địa danh và thời gian ban hành, tên loại và trích yếu nội dung là các thành phần bắt buộc.',
  en: 'Decree 30/2020/NĐ-CP, Annex I, part II (layout of administrative documents): the agency, number and symbol, place and date, type and summary are required parts.',
};

export const LANGUAGE = {
  vi: 'Tệp không đọc được đúng như người soạn viết thì mọi kiểm tra và bản in sau đó đều có thể sai.',
  en: 'When a file cannot be read as the drafter wrote it, every later check and the printed document may be wrong.',
};

export const INTERNAL = {
  vi: 'Một lỗi của công cụ không được làm mất các kết quả khác; lỗi được báo để người dùng biết kết quả có thể thiếu và báo lại cho nhóm phát triển.',
  en: 'A bug in the tools must not hide the other results; it is reported so the user knows results may be missing and can report it.',
};

export const TYPOGRAPHY = {
  vi: 'Quy tắc chính tả, dấu câu của văn bản tiếng Việt: dấu câu viết liền chữ trước, cách một khoảng trắng với chữ sau; giữa hai từ một khoảng trắng.',
  en: 'Vietnamese typography: punctuation sticks to the word before and is followed by one space; one space between words.',
};

export const ND30_SYMBOL = {
  vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (số, ký hiệu của văn bản): số và ký hiệu văn bản viết liền, các nhóm chữ viết tắt nối bằng dấu gạch nối (-), không cách chữ.',
  en: 'Decree 30/2020/NĐ-CP, Annex I (number and symbol): the number and symbol are written without spaces, the groups of the symbol joined by a hyphen (-).',
};
