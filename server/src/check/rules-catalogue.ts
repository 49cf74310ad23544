/**
 * Every rule the tools report, with its metadata: the single source of docs/rules.md, of SARIF rule
 * descriptors and of the configuration schema. A test checks that every code any check emits on
 * the fixtures and samples is listed here, and that docs/rules.md is what `renderRulesMarkdown`
 * makes of this list.
 */
import type { Severity } from '../base/diagnostic';
import type { RuleMeta } from '../base/rule';
import { CITE_RULES } from '../cite/rules';
import { DEADLINE_RULES } from '../deadline/rules';

const ND30_HEADER = {
  vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II (thể thức văn bản hành chính): tên cơ quan, số và ký hiệu, địa danh và thời gian ban hành, tên loại và trích yếu nội dung là các thành phần bắt buộc.',
  en: 'Decree 30/2020/NĐ-CP, Annex I, part II (layout of administrative documents): the agency, number and symbol, place and date, type and summary are required parts.',
};

const LANGUAGE = {
  vi: 'Tệp không đọc được đúng như người soạn viết thì mọi kiểm tra và bản in sau đó đều có thể sai.',
  en: 'When a file cannot be read as the drafter wrote it, every later check and the printed document may be wrong.',
};

export const SYNTAX_RULES: readonly RuleMeta[] = [
  {
    code: 'syntax/unexpected-character',
    defaultSeverity: 'error',
    summary: {
      vi: 'Ký tự điều khiển (U+0000–U+001F trừ tab và xuống dòng, U+007F) trong tệp; phần còn lại của dòng vẫn được đọc.',
      en: 'A control character (U+0000–U+001F but tab and line breaks, U+007F) in the file; the rest of the line is still read.',
    },
    rationale: {
      vi: 'Ký tự điều khiển không in ra được (hoặc in thành ô vuông) và thường lọt vào khi dán từ PDF hay phần mềm cũ; người soạn không thấy nó nhưng bản in và các công cụ khác thì có.',
      en: 'Control characters print as nothing or as boxes and come in by pasting from PDFs or old software; the drafter cannot see them, but the printed document and other tools do.',
    },
    example: '(một ký tự điều khiển lọt vào tệp, ví dụ U+0001 khi dán từ PDF)',
    fix: { vi: 'Xóa ký tự đó (sửa an toàn).', en: 'Deletes the character (safe fix).' },
  },
  {
    code: 'syntax/duplicate-header',
    defaultSeverity: 'error',
    summary: { vi: 'Tệp có hai khối "kế hoạch".', en: 'A file with two "kế hoạch" header blocks.' },
    rationale: { vi: 'Mỗi văn bản chỉ có một phần đầu (Nghị định 30, Phụ lục I).', en: 'A document has one header (Decree 30, Annex I).' },
    example: 'kế hoạch\n  số: /KH-SCT\nkế hoạch\n  số: 05/KH-SCT',
  },
  {
    code: 'syntax/invalid-id',
    defaultSeverity: 'error',
    summary: {
      vi: 'Mã khai báo có ký tự không hợp lệ (dấu tiếng Việt, khoảng trắng…) hoặc thiếu mã ("văn bản : …").',
      en: 'A declared id has invalid characters (Vietnamese letters, spaces…) or is missing ("văn bản : …").',
    },
    rationale: {
      vi: 'Mã được gõ lại sau "@"; mã chỉ gồm chữ Latinh không dấu, chữ số, "_" và "-" thì gõ bằng mọi bàn phím và không nhầm lẫn.',
      en: 'Ids are typed again after "@"; ASCII letters, digits, "_" and "-" type on any keyboard and cannot be confused.',
    },
    example: 'văn bản QĐ56: Quyết định số 56/2015/QĐ-UBND ngày 29/12/2015 của UBND tỉnh',
  },
  {
    code: 'syntax/missing-value',
    defaultSeverity: 'error',
    summary: {
      vi: 'Trường, khai báo, người ký hay dòng nơi nhận không có giá trị. Là cảnh báo (không phải lỗi) với trường của phần đầu (bản dự thảo để trống) và dòng nơi nhận trống.',
      en: 'A field, declaration, signer or recipient line has no value. A warning (not an error) for header fields, which drafts leave empty, and for an empty recipient line.',
    },
    rationale: LANGUAGE,
    example: 'đơn vị VP:',
  },
  {
    code: 'syntax/unknown-task-field',
    defaultSeverity: 'error',
    summary: {
      vi: 'Một phần của nhiệm vụ viết trên một dòng không bắt đầu bằng tên trường.',
      en: 'A part of a one-line task does not start with a field name.',
    },
    rationale: LANGUAGE,
    example: 'nhiệm vụ BC: chủ trì @VP; trước 01/6/2023',
  },
  {
    code: 'syntax/misplaced-field',
    defaultSeverity: 'error',
    summary: { vi: 'Trường không thuộc khối đang viết (ví dụ "chủ trì" trong phần đầu).', en: 'A field that does not belong in its block (e.g. "chủ trì" in the header).' },
    rationale: LANGUAGE,
    example: 'kế hoạch\n  chủ trì: @VP',
  },
  {
    code: 'syntax/field-indentation',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Trường của một khối không được thụt lề; nó vẫn được đọc là trường của khối ở trên.',
      en: 'A field of a block is not indented; it is still read as a field of the block above.',
    },
    rationale: LANGUAGE,
    example: 'kế hoạch\nsố: /KH-SCT',
    fix: { vi: 'Thụt lề trường hai khoảng trắng dưới dòng đầu khối.', en: 'Indents the field two spaces under the head of its block.' },
  },
  {
    code: 'syntax/expected-field',
    defaultSeverity: 'error',
    summary: { vi: 'Dòng thụt lề trong một khối không phải là trường "tên: giá trị".', en: 'An indented line in a block is not a "name: value" field.' },
    rationale: LANGUAGE,
    example: 'đơn vị VP: Văn phòng Sở\n  phụ trách công tác dân vận',
  },
  {
    code: 'syntax/duplicate-recipients',
    defaultSeverity: 'error',
    summary: { vi: 'Tệp có hai phần "nơi nhận".', en: 'A file with two recipients parts.' },
    rationale: { vi: 'Văn bản có một phần nơi nhận (Nghị định 30, Phụ lục I).', en: 'A document has one recipients part (Decree 30, Annex I).' },
    example: 'nơi nhận:\n  - @SNV\nnơi nhận:\n  - Lưu: VT',
  },
  {
    code: 'syntax/expected-newline',
    defaultSeverity: 'error',
    summary: { vi: 'Nơi nhận viết ngay sau "nơi nhận:" thay vì trên dòng riêng.', en: 'A recipient written on the "nơi nhận:" line instead of its own line.' },
    rationale: LANGUAGE,
    example: 'nơi nhận: Sở Nội vụ',
  },
  {
    code: 'syntax/expected-recipient',
    defaultSeverity: 'error',
    summary: { vi: 'Dòng trong nơi nhận không bắt đầu bằng "-".', en: 'A line in the recipients that does not start with "-".' },
    rationale: { vi: 'Nghị định 30, Phụ lục I: mỗi nơi nhận một dòng, bắt đầu bằng gạch đầu dòng.', en: 'Decree 30, Annex I: one recipient per line, each starting with a dash.' },
    example: 'nơi nhận:\n  Sở Nội vụ',
  },
  {
    code: 'syntax/duplicate-signer',
    defaultSeverity: 'error',
    summary: { vi: 'Tệp có hai dòng "ký:".', en: 'A file with two "ký:" lines.' },
    rationale: { vi: 'Kế hoạch có một người ký.', en: 'A plan has one signer.' },
    example: 'ký: GIÁM ĐỐC / Nguyễn Văn A\nký: GIÁM ĐỐC / Trần Văn B',
  },
  {
    code: 'syntax/content-after-end',
    defaultSeverity: 'error',
    summary: { vi: 'Nội dung văn bản đứng sau nơi nhận hay người ký.', en: 'Body text after the recipients or the signer.' },
    rationale: { vi: 'Nơi nhận và chữ ký kết thúc văn bản (Nghị định 30, Phụ lục I).', en: 'The recipients and the signature end a document (Decree 30, Annex I).' },
    example: 'ký: GIÁM ĐỐC / Nguyễn Văn A\nIV. Kinh phí',
  },
  {
    code: 'syntax/joined-heading',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Một khoản có tiêu đề ngắn, không dấu câu, và nội dung viết ngay dòng dưới: hai dòng bị nối thành một đoạn.',
      en: 'A khoản with a short heading and no punctuation, its text on the very next line: the two lines are joined into one paragraph.',
    },
    rationale: {
      vi: 'Các dòng liền nhau là một đoạn (docs/language.md). Văn bản gõ hay dán từ Word thường để tiêu đề "1. Mục đích" trên một dòng và nội dung ở dòng sau; ghép lặng lẽ thành "1. Mục đích Triển khai…" là làm hỏng văn bản mà không ai thấy, nên công cụ nói ra ở đúng dòng đó.',
      en: 'Consecutive lines are one paragraph (docs/language.md). Text typed or pasted from Word often has the heading "1. Mục đích" on one line and its text on the next; joining them silently into "1. Mục đích Triển khai…" would spoil the document unseen, so the tool says so at that line.',
    },
    example: '1. Mục đích\nTriển khai thực hiện có hiệu quả Kế hoạch.',
    fix: { vi: 'Chèn một dòng trống giữa tiêu đề và nội dung.', en: 'Inserts a blank line between the heading and its text.' },
  },
  {
    code: 'syntax/lost-marker',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Dòng dưới một điểm chỉ là chữ cái của điểm tiếp theo mà thiếu ")" ("b", "b."): dòng bị nối vào điểm trước.',
      en: 'A line under a point that is only the next point’s letter without ")" ("b", "b."): it is joined to the point before.',
    },
    rationale: {
      vi: 'Điểm được đánh bằng chữ cái và dấu ")" (Nghị định 30, Phụ lục I); khi dán từ PDF hay Word, dấu ")" hay bị mất và dòng "b" lặng lẽ dính vào điểm a).',
      en: 'Points are lettered with ")" (Decree 30, Annex I); pasting from PDF or Word often loses the ")", and the line "b" silently sticks to point a).',
    },
    example: 'a) Nội dung thứ nhất\nb\nNội dung thứ hai.',
    fix: { vi: 'Viết lại thành "b)".', en: 'Rewrites it as "b)".' },
  },
  {
    code: 'syntax/unsupported-document-type',
    defaultSeverity: 'error',
    summary: {
      vi: 'Tệp mở đầu bằng một loại văn bản khác Kế hoạch (Quyết định, Công văn, Báo cáo…), loại mà ngôn ngữ chưa soạn được.',
      en: 'The file opens with a type of document other than a plan (Quyết định, Công văn, Báo cáo…), which the language cannot write yet.',
    },
    rationale: {
      vi: 'Mỗi loại văn bản có thể thức riêng (Nghị định 30, Phụ lục III); kiểm tra một Quyết định như một Kế hoạch chỉ sinh hàng loạt lỗi sai và in nhầm tiêu đề "KẾ HOẠCH", nên công cụ báo một lần và không kiểm tra tiếp.',
      en: 'Each type of document has its own form (Decree 30, Annex III); checking a decision as a plan would only pile up wrong errors and print the title "KẾ HOẠCH", so the tool says it once and checks no further.',
    },
    example: 'quyết định\n  cơ quan: UBND tỉnh Quảng Ngãi',
  },
];

const INTERNAL = {
  vi: 'Một lỗi của công cụ không được làm mất các kết quả khác; lỗi được báo để người dùng biết kết quả có thể thiếu và báo lại cho nhóm phát triển.',
  en: 'A bug in the tools must not hide the other results; it is reported so the user knows results may be missing and can report it.',
};

export const INTERNAL_RULES: readonly RuleMeta[] = [
  {
    code: 'internal/parser',
    defaultSeverity: 'error',
    summary: { vi: 'Lỗi nội bộ khi đọc tệp.', en: 'Internal error while reading a file.' },
    rationale: INTERNAL,
    example: '(không có ví dụ: đây là lỗi của công cụ)',
  },
  {
    code: 'internal/check',
    defaultSeverity: 'error',
    summary: { vi: 'Lỗi nội bộ trong một nhóm kiểm tra.', en: 'Internal error in a group of checks.' },
    rationale: INTERNAL,
    example: '(không có ví dụ: đây là lỗi của công cụ)',
  },
];

export const REFERENCE_RULES: readonly RuleMeta[] = [
  {
    code: 'ref/unknown',
    defaultSeverity: 'error',
    summary: { vi: 'Tham chiếu "@ID" đến một mã chưa khai báo.', en: 'A reference "@ID" to an id that is not declared.' },
    rationale: {
      vi: 'Văn bản, đơn vị hay nhiệm vụ không khai báo thì trình biên dịch không in được tên hay trích dẫn của nó.',
      en: 'The compiler cannot print the name or citation of a document, unit or task that is not declared.',
    },
    example: 'Thực hiện @KH31, …',
    fix: { vi: 'Đổi thành mã đã khai báo gần giống nhất.', en: 'Changes it to the closest declared id.' },
  },
  {
    code: 'ref/unknown-task',
    defaultSeverity: 'error',
    summary: { vi: '"[hạn ID]" nhắc đến một nhiệm vụ không có trong kế hoạch.', en: '"[hạn ID]" names a task that is not in the plan.' },
    rationale: { vi: 'Thời hạn in ra lấy từ nhiệm vụ; không có nhiệm vụ thì không có thời hạn.', en: 'The printed deadline comes from the task; no task, no deadline.' },
    example: 'báo cáo gửi [hạn BC6]',
    fix: { vi: 'Đổi thành mã nhiệm vụ gần giống nhất.', en: 'Changes it to the closest task id.' },
  },
  {
    code: 'ref/wrong-kind',
    defaultSeverity: 'error',
    summary: {
      vi: 'Tham chiếu sai loại: một văn bản ở chỗ cần đơn vị, một nhiệm vụ trong văn xuôi…',
      en: 'A reference of the wrong kind: a document where a unit is expected, a task in prose…',
    },
    rationale: {
      vi: 'Chủ trì, phối hợp, gửi là đơn vị; "sau" là nhiệm vụ; trong văn xuôi, nhiệm vụ được nhắc bằng thời hạn [hạn ID].',
      en: 'Leads, helpers and receivers are units; "sau" takes tasks; in prose a task is mentioned through its deadline [hạn ID].',
    },
    example: 'nhiệm vụ BC: chủ trì @KH30',
    fix: { vi: 'Với nhiệm vụ trong văn xuôi: đổi @ID thành [hạn ID].', en: 'For a task in prose: changes @ID to [hạn ID].' },
  },
  {
    code: 'ref/duplicate-declaration',
    defaultSeverity: 'error',
    summary: { vi: 'Một mã được khai báo nhiều lần trong thư mục làm việc.', en: 'An id declared more than once in the workspace.' },
    rationale: { vi: 'Hai khai báo cùng mã làm tham chiếu mơ hồ.', en: 'Two declarations of one id make references ambiguous.' },
    example: 'đơn vị VP: Văn phòng Sở\nđơn vị VP: Văn phòng UBND tỉnh',
  },
  {
    code: 'ref/unused',
    defaultSeverity: 'hint',
    summary: { vi: 'Văn bản hay đơn vị khai báo trong kế hoạch nhưng không được nhắc đến.', en: 'A document or unit declared in a plan and never referred to.' },
    rationale: {
      vi: 'Thường là trích dẫn bị quên hay đơn vị chưa được giao việc.',
      en: 'Usually a forgotten citation or a unit that was meant to get a task.',
    },
    example: 'đơn vị PKTM: Phòng Kinh tế mới\n\nI. Nội dung\n1. Việc không giao cho đơn vị nào.',
  },
];

/**
 * Rules emitted by check/citations.ts on top of the citation module's own list: the checks of a
 * reference against the plan and of prose citations against the declarations.
 */
export const CITATION_CHECK_RULES: readonly RuleMeta[] = [
  {
    code: 'citation/after-plan',
    defaultSeverity: 'error',
    summary: { vi: 'Văn bản được trích dẫn ban hành sau ngày của kế hoạch.', en: 'A cited document is dated after the plan.' },
    rationale: {
      vi: 'Kế hoạch không thể thực hiện một văn bản chưa có: ngày của văn bản hay của kế hoạch bị ghi sai.',
      en: 'A plan cannot implement a document that does not exist yet: one of the two dates is wrong.',
    },
    example: 'kế hoạch\n  ngày: 17/02/2023\nvăn bản CV1: Công văn số 12/UBND-NC ngày 20/3/2023 của UBND tỉnh\nThực hiện @CV1, …',
  },
  {
    code: 'citation/superseded',
    defaultSeverity: 'warning',
    summary: { vi: 'Văn bản được trích dẫn đã hết hiệu lực hoặc bị thay thế.', en: 'A cited document has expired or been replaced.' },
    rationale: {
      vi: 'Thực hiện một văn bản đã bị thay thế là căn cứ sai; danh mục ghi văn bản thay thế để sửa.',
      en: 'Implementing a replaced document is a wrong basis; the catalog names the replacement.',
    },
    example: 'văn bản QD56: Quyết định số 56/2015/QĐ-UBND ngày 29/12/2015 của UBND tỉnh\n  tình trạng: bị thay thế\n\nThực hiện @QD56.',
  },
  {
    code: 'citation/date-mismatch',
    defaultSeverity: 'error',
    summary: { vi: 'Trích dẫn trong văn xuôi ghi ngày khác với văn bản đã khai báo.', en: 'A citation in prose gives another date than the declared document.' },
    rationale: {
      vi: 'Một văn bản chỉ có một ngày ban hành (Nghị định 30, Phụ lục I); hai ngày khác nhau là một chỗ chép sai.',
      en: 'A document has one date (Decree 30, Annex I); two different dates mean one was copied wrong.',
    },
    example: 'Thực hiện Kế hoạch số 30/KH-UBND ngày 18/02/2023 của UBND tỉnh',
  },
  {
    code: 'citation/issuer-mismatch',
    defaultSeverity: 'warning',
    summary: { vi: 'Trích dẫn trong văn xuôi ghi cơ quan ban hành khác với văn bản đã khai báo.', en: 'A citation in prose names another issuer than the declared document.' },
    rationale: {
      vi: 'Trích dẫn phải ghi đúng cơ quan ban hành (Nghị định 30, Điều 8 về trích dẫn văn bản).',
      en: 'A citation must name the right issuer (Decree 30 on citing documents).',
    },
    example: 'Thực hiện Kế hoạch số 30/KH-UBND ngày 17/02/2023 của Sở Nội vụ',
  },
  {
    code: 'citation/written-out',
    defaultSeverity: 'info',
    summary: { vi: 'Văn xuôi chép lại đầy đủ một văn bản đã khai báo.', en: 'Prose writes out a document that is declared.' },
    rationale: {
      vi: 'Viết @ID để trình biên dịch in trích dẫn đầy đủ ở lần đầu và ngắn gọn ở các lần sau, luôn khớp với khai báo.',
      en: 'Writing @ID lets the compiler print the full citation first and the short one after, always matching the declaration.',
    },
    example: 'Thực hiện Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh, …',
    fix: { vi: 'Thay cụm trích dẫn bằng @ID.', en: 'Replaces the citation by @ID.' },
  },
];

export const TASK_RULES: readonly RuleMeta[] = [
  {
    code: 'task/no-lead',
    defaultSeverity: 'error',
    summary: { vi: 'Nhiệm vụ không có đơn vị chủ trì.', en: 'A task without a lead unit.' },
    rationale: {
      vi: 'Việc không có đơn vị chủ trì thì không ai chịu trách nhiệm; bảng nhiệm vụ của kế hoạch luôn có cột "Cơ quan chủ trì".',
      en: 'Work without a lead has no one answerable for it; a plan’s task table always has a "lead agency" column.',
    },
    example: 'nhiệm vụ BC: Báo cáo năm; gửi @SNV; hạn trước 15/10/2023',
  },
  {
    code: 'task/multiple-leads',
    defaultSeverity: 'error',
    summary: { vi: 'Nhiệm vụ có hai đơn vị chủ trì trở lên.', en: 'A task with two or more leads.' },
    rationale: {
      vi: 'Một việc một đơn vị chủ trì, các đơn vị khác phối hợp: hai nơi chủ trì là không nơi nào chịu trách nhiệm.',
      en: 'One task, one lead, the others help: two leads means no one is answerable.',
    },
    example: 'nhiệm vụ BC: chủ trì @VP, @PKT',
  },
  {
    code: 'task/lead-also-helper',
    defaultSeverity: 'warning',
    summary: { vi: 'Một đơn vị vừa chủ trì vừa phối hợp cùng một nhiệm vụ.', en: 'A unit both leads and helps with one task.' },
    rationale: { vi: 'Mỗi đơn vị một vai trò trong một nhiệm vụ.', en: 'Each unit has one role in a task.' },
    example: 'nhiệm vụ BC: chủ trì @VP; phối hợp @VP, @PKT',
    fix: {
      vi: 'Bỏ các đơn vị chủ trì khỏi "phối hợp" (bỏ cả trường nếu trống).',
      en: 'Removes the leading units from "phối hợp" (and the field if it becomes empty).',
    },
  },
  {
    code: 'task/unit-not-in-recipients',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Đơn vị chủ trì, phối hợp hay nhận kết quả một nhiệm vụ nhưng không có trong "Nơi nhận".',
      en: 'A unit that leads, helps or receives a task is not among the recipients.',
    },
    rationale: {
      vi: 'Nơi nhận là danh sách gửi văn bản (Nghị định 30, Phụ lục I): đơn vị không nhận được kế hoạch thì không biết việc của mình. Đơn vị được tính là có khi nơi nhận ghi @ID, tên hay tên viết tắt của nó, hoặc dòng "Lưu:" ghi mã của nó (đơn vị soạn thảo).',
      en: 'The recipients are the distribution list (Decree 30, Annex I): a unit that does not get the plan does not know its task. A unit counts as listed when an entry is its @ID, its name or short name, or when the "Lưu:" line names its id (the drafting unit).',
    },
    example: 'nhiệm vụ BC: chủ trì @PKT\nnơi nhận:\n  - @SNV\n  - Lưu: VT, VP',
    fix: { vi: 'Thêm "- @ID" vào nơi nhận, trước dòng "Lưu:".', en: 'Adds "- @ID" to the recipients, before the "Lưu:" line.' },
  },
  {
    code: 'task/dependency-cycle',
    defaultSeverity: 'error',
    summary: {
      vi: 'Các nhiệm vụ phụ thuộc nhau theo vòng tròn ("sau", hoặc thời hạn "trong … sau @X").',
      en: 'Tasks that depend on each other in a circle ("sau", or a deadline "trong … sau @X").',
    },
    rationale: {
      vi: 'Không nhiệm vụ nào trong vòng bắt đầu được, và thời hạn tính từ nhau theo vòng tròn không có ngày cuối cùng.',
      en: 'None of the tasks in the circle can start, and deadlines counted from each other in a circle have no last day.',
    },
    example: 'nhiệm vụ A: chủ trì @VP; sau @B\nnhiệm vụ B: chủ trì @VP; hạn trong 3 ngày sau @A',
  },
];

export const DOCUMENT_RULES: readonly RuleMeta[] = [
  {
    code: 'header/missing',
    defaultSeverity: 'error',
    summary: {
      vi: 'Kế hoạch không có phần đầu, hoặc phần đầu thiếu cơ quan, số, nơi ban hành, ngày hay trích yếu.',
      en: 'A plan without a header, or a header without the agency, number, place, date or summary.',
    },
    rationale: ND30_HEADER,
    example: 'kế hoạch\n  cơ quan: Sở Công Thương\n  ngày: /02/2023',
  },
  {
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
  },
  {
    code: 'header/draft',
    defaultSeverity: 'hint',
    summary: { vi: 'Bản dự thảo: số hay ngày ban hành để trống.', en: 'A draft: the number or the day of issue is blank.' },
    rationale: {
      vi: 'Văn thư ghi số và ngày khi ký ban hành (Nghị định 30, Phụ lục I, mục II.3, II.4); bản dự thảo để trống là đúng, chỉ cần nhớ điền khi ban hành.',
      en: 'The records office fills in the number and the day at signing (Decree 30, Annex I, II.3, II.4); a draft leaves them blank, to be filled in at issue.',
    },
    example: 'kế hoạch\n  số: /KH-SCT\n  ngày: /02/2023',
  },
  {
    code: 'header/number-form',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Số, ký hiệu của kế hoạch không theo dạng "<số>/KH-<cơ quan>" (ký hiệu KH, số dưới 10 có số 0 ở trước, viết liền).',
      en: 'The plan’s number is not "<number>/KH-<agency>" (type KH, a leading zero under 10, no spaces).',
    },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I, mục II.3 và Phụ lục III: ký hiệu gồm chữ viết tắt tên loại (Kế hoạch: KH) và tên cơ quan; số nhỏ hơn 10 ghi thêm số 0 phía trước.',
      en: 'Decree 30, Annex I, II.3 and Annex III: the symbol is the type abbreviation (Kế hoạch: KH) and the agency abbreviation; numbers under 10 take a leading zero.',
    },
    example: 'kế hoạch\n  số: 5/QĐ-SCT',
    fix: { vi: 'Viết lại: 05/KH-SCT.', en: 'Rewrites it: 05/KH-SCT.' },
  },
  {
    code: 'header/date-form',
    defaultSeverity: 'error',
    summary: { vi: 'Ngày ban hành không đọc được hoặc không tồn tại.', en: 'The date of issue cannot be read or does not exist.' },
    rationale: {
      vi: 'Ngày ban hành là mốc của mọi thời hạn và của năm kế hoạch (Nghị định 30, Phụ lục I, mục II.4).',
      en: 'The date of issue anchors every deadline and the plan’s year (Decree 30, Annex I, II.4).',
    },
    example: 'kế hoạch\n  ngày: 30/02/2023',
  },
  {
    code: 'numbering/duplicate',
    defaultSeverity: 'error',
    summary: { vi: 'Hai mục, khoản hay điểm cùng cấp có cùng số thứ tự.', en: 'Two sections, clauses or points at one level with the same number.' },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I, mục II.6: mục, khoản, điểm đánh số liên tục; hai mục "II." làm mọi chỗ dẫn "mục II" mơ hồ (lỗi của văn bản gốc Sở Công Thương Quảng Ngãi 2023).',
      en: 'Decree 30, Annex I, II.6: sections, clauses and points are numbered in sequence; two "II." make every "section II" ambiguous (a defect of the Quảng Ngãi 2023 original).',
    },
    example: 'I. Mục đích, yêu cầu\nII. Nội dung thực hiện\nII. Tổ chức thực hiện',
    fix: {
      vi: 'Đánh số lại cả dãy cùng cấp, kể cả tiền tố của các khoản con "2.1.".',
      en: 'Renumbers the whole sequence, including the prefixes of sub-clauses such as "2.1.".',
    },
  },
  {
    code: 'numbering/sequence',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Số thứ tự nhảy cóc, sai thứ tự, hay khoản con không khớp khoản chứa nó ("2.1." dưới "3.").',
      en: 'A number that skips, is out of order, or a sub-clause that does not match its clause ("2.1." under "3.").',
    },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I, mục II.6: mục, khoản, điểm đánh số liên tục.',
      en: 'Decree 30, Annex I, II.6: sections, clauses and points are numbered in sequence.',
    },
    example: '1. Mục đích\n3. Yêu cầu',
    fix: { vi: 'Đánh số lại cả dãy cùng cấp.', en: 'Renumbers the whole sequence.' },
  },
  {
    code: 'numbering/letter-sequence',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Điểm a), b), c)… không theo thứ tự bảng chữ cái tiếng Việt (a b c d đ e g h i k l m n o p q r s t u v x y).',
      en: 'Points a), b), c)… out of the Vietnamese alphabet order (a b c d đ e g h i k l m n o p q r s t u v x y).',
    },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I: điểm đánh thứ tự bằng chữ cái tiếng Việt; sau d) là đ), không có f), j), w), z).',
      en: 'Decree 30, Annex I: points are lettered with the Vietnamese alphabet; đ) follows d), and there is no f), j), w) or z).',
    },
    example: 'a) Thứ nhất\nb) Thứ hai\nc) Thứ ba\nd) Thứ tư\ne) Thứ năm',
    fix: { vi: 'Đánh lại chữ cái cả dãy.', en: 'Re-letters the whole sequence.' },
  },
  {
    code: 'signer/authority',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Thẩm quyền ký không khớp chức vụ: "KT." không có cấp phó, "TM." không đứng trước một tập thể, cấp phó ký mà không có "KT.".',
      en: 'Signing authority that does not fit the title: "KT." without a deputy, "TM." not before a collective body, a deputy signing without "KT.".',
    },
    rationale: {
      vi: 'Nghị định 30, Điều 13 và Phụ lục I, mục II.7: cấp phó ký thay người đứng đầu ghi "KT." trước chức vụ người đứng đầu, dưới là chức vụ cấp phó; "TM." dùng khi ký thay mặt tập thể.',
      en: 'Decree 30, article 13 and Annex I, II.7: a deputy signing for the head writes "KT." before the head’s title, with the deputy title below; "TM." is for signing on behalf of a collective body.',
    },
    example: 'ký: PHÓ GIÁM ĐỐC / Nguyễn Văn A',
    fix: {
      vi: 'Thêm dòng còn thiếu ("KT. GIÁM ĐỐC" hay "PHÓ GIÁM ĐỐC") khi suy ra được.',
      en: 'Adds the missing line ("KT. GIÁM ĐỐC" or "PHÓ GIÁM ĐỐC") when it can be inferred.',
    },
  },
  {
    code: 'signer/upper-case',
    defaultSeverity: 'warning',
    summary: { vi: 'Thẩm quyền và chức vụ người ký không viết chữ in hoa.', en: 'The signing authority and title are not in capitals.' },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I, mục II.7: quyền hạn và chức vụ người ký trình bày bằng chữ in hoa.',
      en: 'Decree 30, Annex I, II.7: the signer’s authority and title are printed in capitals.',
    },
    example: 'ký: KT. Giám đốc / PHÓ GIÁM ĐỐC / Nguyễn Văn A',
    fix: { vi: 'Viết hoa dòng đó.', en: 'Capitalises the line.' },
  },
  {
    code: 'signer/missing',
    defaultSeverity: 'warning',
    summary: { vi: 'Kế hoạch không có người ký.', en: 'A plan without a signer.' },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I, mục II.7: chức vụ, họ tên người ký là thành phần bắt buộc.',
      en: 'Decree 30, Annex I, II.7: the signer’s title and name are required.',
    },
    example: 'kế hoạch\n  cơ quan: Sở Công Thương\nI. Mục đích',
  },
  {
    code: 'recipients/missing',
    defaultSeverity: 'warning',
    summary: { vi: 'Kế hoạch không có nơi nhận.', en: 'A plan without recipients.' },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I, mục II.8: nơi nhận xác định nơi văn bản được gửi và lưu.',
      en: 'Decree 30, Annex I, II.8: the recipients say where the document is sent and filed.',
    },
    example: 'I. Mục đích\nký: GIÁM ĐỐC / Nguyễn Văn A',
    fix: { vi: 'Thêm "nơi nhận:" với dòng "- Lưu: VT".', en: 'Adds "nơi nhận:" with a "- Lưu: VT" line.' },
  },
  {
    code: 'recipients/missing-luu',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Nơi nhận không kết thúc bằng "Lưu: VT, …" (thiếu dòng, dòng không ở cuối, hay thiếu "VT").',
      en: 'The recipients do not end with "Lưu: VT, …" (no such line, not last, or no "VT").',
    },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I, mục II.8: dòng cuối cùng của nơi nhận là "Lưu: VT, <đơn vị soạn thảo>" — bản lưu tại Văn thư và đơn vị soạn thảo.',
      en: 'Decree 30, Annex I, II.8: the last recipient line is "Lưu: VT, <drafting unit>" — the copies kept by the records office and the drafting unit.',
    },
    example: 'nơi nhận:\n  - @SNV\n  - Lưu: VP',
    fix: { vi: 'Thêm "- Lưu: VT", thêm "VT" hay chuyển dòng "Lưu:" xuống cuối.', en: 'Adds "- Lưu: VT", adds "VT", or moves the "Lưu:" line to the end.' },
  },
  {
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
  },
];

const TYPOGRAPHY = {
  vi: 'Quy tắc chính tả, dấu câu của văn bản tiếng Việt: dấu câu viết liền chữ trước, cách một khoảng trắng với chữ sau; giữa hai từ một khoảng trắng.',
  en: 'Vietnamese typography: punctuation sticks to the word before and is followed by one space; one space between words.',
};

export const TYPOGRAPHY_RULES: readonly RuleMeta[] = [
  {
    code: 'typography/space-before-punctuation',
    defaultSeverity: 'warning',
    summary: { vi: 'Khoảng trắng trước dấu . , ; : ! ?', en: 'A space before . , ; : ! ?' },
    rationale: TYPOGRAPHY,
    example: '- … gắn với nhiệm vụ chuyên môn của Sở .',
    fix: { vi: 'Bỏ khoảng trắng (sửa an toàn).', en: 'Removes the space (safe fix).' },
  },
  {
    code: 'typography/missing-space-after-punctuation',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Thiếu khoảng trắng sau dấu , ; : hay sau dấu chấm trước chữ hoa (không tính số 1.000, ngày 17/02/2023, "./.").',
      en: 'No space after , ; : or after a full stop before a capital (numbers such as 1.000, dates such as 17/02/2023 and "./." aside).',
    },
    rationale: TYPOGRAPHY,
    example: '- Trên địa bàn tỉnh,không để xảy ra điểm nóng.',
    fix: { vi: 'Thêm một khoảng trắng (sửa an toàn).', en: 'Adds a space (safe fix).' },
  },
  {
    code: 'typography/double-space',
    defaultSeverity: 'warning',
    summary: { vi: 'Hai khoảng trắng trở lên giữa hai từ.', en: 'Two or more spaces between words.' },
    rationale: TYPOGRAPHY,
    example: '- công chức, viên chức toàn Sở  hoạt động công vụ.',
    fix: { vi: 'Chỉ giữ một khoảng trắng (sửa an toàn).', en: 'Keeps one space (safe fix).' },
  },
  {
    code: 'typography/straight-quotes',
    defaultSeverity: 'hint',
    summary: { vi: 'Dấu ngoặc kép thẳng "…" thay vì ngoặc kép cong “…”.', en: 'Straight quotes "…" instead of curly quotes “…”.' },
    rationale: {
      vi: 'Văn bản in dùng một kiểu ngoặc kép; văn bản gốc trộn hai kiểu ("Dân vận khéo" và “Dân vận khéo”).',
      en: 'A printed document uses one kind of quotes; the original mixes both ("Dân vận khéo" and “Dân vận khéo”).',
    },
    example: '- nhân rộng mô hình "Dân vận khéo".',
    fix: { vi: 'Đổi sang “…”.', en: 'Changes them to “…”.' },
  },
  {
    code: 'text/not-nfc',
    defaultSeverity: 'info',
    summary: { vi: 'Tệp có chữ tiếng Việt dạng tổ hợp (không phải Unicode NFC).', en: 'The file has Vietnamese letters in decomposed form (not Unicode NFC).' },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I: phông chữ tiếng Việt Unicode theo TCVN 6909:2001, dạng dựng sẵn; chữ tổ hợp (từ một số bàn phím, macOS) làm tìm kiếm và so sánh trong phần mềm khác sai.',
      en: 'Decree 30, Annex I: Vietnamese Unicode per TCVN 6909:2001, precomposed; decomposed letters (from some keyboards, macOS) break search and comparison in other software.',
    },
    example: 'Ke\u0302\u0301 hoa\u0323ch (gõ dạng tổ hợp)',
    fix: { vi: 'Chuẩn hóa toàn bộ tệp sang NFC (sửa an toàn).', en: 'Normalises the whole file to NFC (safe fix).' },
  },
  {
    code: 'text/legacy-encoding',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Chữ gõ bằng bảng mã cũ TCVN3 (ABC, .VnTime) hay VNI-Windows được dán vào ("Thùc hiÖn", "Keá hoaïch").',
      en: 'Text in the legacy TCVN3 (ABC, .VnTime) or VNI-Windows encodings pasted in ("Thùc hiÖn", "Keá hoaïch").',
    },
    rationale: {
      vi: 'Nghị định 30, Phụ lục I: văn bản dùng bộ mã Unicode (TCVN 6909:2001); đoạn chép từ văn bản cũ hiện ra thành ký tự lạ khi in.',
      en: 'Decree 30, Annex I: documents use Unicode (TCVN 6909:2001); text copied from old documents prints as garbage.',
    },
    example: '- Thùc hiÖn KÕ ho¹ch số 30/KH-UBND',
    fix: { vi: 'Chuyển đoạn đó sang Unicode.', en: 'Converts the run to Unicode.' },
  },
  {
    code: 'text/unprintable-character',
    defaultSeverity: 'warning',
    summary: {
      vi: 'Ký tự mà XML 1.0 cấm hay không khuyến dùng, ở bất kỳ đâu trong tệp (ghi chú, khai báo, giá trị trường, nơi nhận, người ký): ký tự điều khiển C0 (trừ những ký tự syntax/unexpected-character đã báo), DEL và C1 (U+007F–U+009F), U+FFFE, U+FFFF và các mã không phải ký tự khác, nửa cặp UTF-16 đứng riêng.',
      en: 'A character XML 1.0 forbids or discourages, anywhere in the file (comments, declarations, field values, recipients, signer): C0 controls (but those syntax/unexpected-character reports), DEL and C1 (U+007F–U+009F), U+FFFE, U+FFFF and the other noncharacters, half of a UTF-16 surrogate pair on its own.',
    },
    rationale: {
      vi: 'Tệp DOCX và báo cáo JUnit là XML: một ký tự như vậy làm Word không mở được tệp, nên văn bản DOCX, HTML và lịch ICS bỏ nó đi; người soạn không thấy ký tự đó, nhưng bản in khác với tệp.',
      en: 'DOCX files and JUnit reports are XML: one such character makes Word refuse the file, so the DOCX, HTML and ICS outputs leave it out; the drafter cannot see it, but the printed document differs from the file.',
    },
    example: '(ký tự U+FFFE lọt vào trích yếu khi dán từ một tệp UTF-16 hỏng)',
    fix: { vi: 'Xóa ký tự đó (sửa an toàn).', en: 'Deletes the character (safe fix).' },
  },
];

/** Every rule, grouped as docs/rules.md shows them. */
export const ALL_RULES: readonly RuleMeta[] = [
  ...SYNTAX_RULES,
  ...INTERNAL_RULES,
  ...REFERENCE_RULES,
  ...CITE_RULES,
  ...CITATION_CHECK_RULES,
  ...DEADLINE_RULES,
  ...TASK_RULES,
  ...DOCUMENT_RULES,
  ...TYPOGRAPHY_RULES,
];

export function ruleByCode(code: string): RuleMeta | undefined {
  return ALL_RULES.find((rule) => rule.code === code);
}

const SEVERITY_NAMES: Record<Severity, string> = {
  error: 'lỗi / error',
  warning: 'cảnh báo / warning',
  info: 'thông tin / info',
  hint: 'gợi ý / hint',
};

const AREA_TITLES: Record<string, string> = {
  syntax: 'Cú pháp / Syntax',
  internal: 'Lỗi nội bộ / Internal',
  ref: 'Tham chiếu / References',
  citation: 'Trích dẫn / Citations',
  deadline: 'Thời hạn / Deadlines',
  task: 'Đơn vị và nhiệm vụ / Units and tasks',
  header: 'Phần đầu / Header',
  numbering: 'Đánh số / Numbering',
  signer: 'Người ký / Signer',
  recipients: 'Nơi nhận / Recipients',
  prose: 'Văn xuôi / Prose',
  typography: 'Trình bày chữ / Typography',
  text: 'Mã hóa chữ / Text encoding',
};

/** docs/rules.md: a table of contents by area, then one entry per rule. */
/**
 * The declarations every example assumes, as a catalog file beside it would hold them. Examples stay
 * short enough to read, and a test checks each one against this context, so none is a fiction.
 */
export const EXAMPLE_CONTEXT = [
  'văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh',
  '  trích yếu: về thực hiện quy chế dân chủ ở cơ sở',
  'đơn vị VP: Văn phòng Sở',
  'đơn vị SNV: Sở Nội vụ',
  'đơn vị PKT: Phòng Kinh tế',
].join('\n');

export function renderRulesMarkdown(rules: readonly RuleMeta[]): string {
  const areas = new Map<string, RuleMeta[]>();
  for (const rule of rules) {
    const area = rule.code.split('/')[0]!;
    areas.set(area, [...(areas.get(area) ?? []), rule]);
  }
  const out: string[] = [
    '# Danh mục quy tắc kiểm tra — Rule catalogue',
    '',
    '<!-- Tệp này được sinh từ server/src/check/rules-catalogue.ts; đừng sửa tay. Chạy `UPDATE_DOCS=1 npx vitest run test/check/catalogue.test.ts` để cập nhật. -->',
    '<!-- Generated from server/src/check/rules-catalogue.ts; do not edit by hand. -->',
    '',
    'Mỗi quy tắc có một mã ổn định, mức độ mặc định (đổi được trong `kehoach.config.json`), điều nó kiểm tra, lý do (điều khoản Nghị định 30/2020/NĐ-CP hay thông lệ), một ví dụ và cách sửa nhanh nếu có. Tắt một quy tắc cho dòng sau: `// kehoach-disable-next-line <mã>`; cho cả tệp: `// kehoach-disable <mã>`.',
    '',
    'Each rule has a stable code, a default severity (configurable in `kehoach.config.json`), what it checks, why (the clause of Decree 30/2020/NĐ-CP or the practice behind it), an example and its quick fix if any.',
    '',
    'Các ví dụ giả định một tệp danh mục trong thư mục làm việc với các khai báo sau; ví dụ về thời hạn quá hạn ghi ngày kiểm tra trong ngoặc. / The examples assume a catalog file in the workspace with these declarations; overdue examples give their as-of day in brackets.',
    '',
    '```',
    EXAMPLE_CONTEXT,
    '```',
    '',
  ];
  for (const [area, list] of areas) {
    out.push(`- ${AREA_TITLES[area] ?? area}: ${list.map((rule) => `[\`${rule.code}\`](#${anchor(rule.code)})`).join(', ')}`);
  }
  for (const [area, list] of areas) {
    out.push('', `## ${AREA_TITLES[area] ?? area}`);
    for (const rule of list) {
      out.push(
        '',
        `### \`${rule.code}\``,
        '',
        `Mức độ / Severity: **${SEVERITY_NAMES[rule.defaultSeverity]}**`,
        '',
        `- ${rule.summary.vi}`,
        `- *${rule.summary.en}*`,
        '',
        `**Lý do.** ${rule.rationale.vi}`,
        '',
        `**Why.** ${rule.rationale.en}`,
        '',
        '```kehoach',
        rule.example,
        '```',
      );
      if (rule.fix) out.push('', `**Sửa nhanh / Fix.** ${rule.fix.vi} — *${rule.fix.en}*`);
    }
  }
  return `${out.join('\n')}\n`;
}

function anchor(code: string): string {
  return code.replace(/[^a-z0-9-]/g, '');
}
