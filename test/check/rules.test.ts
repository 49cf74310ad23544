/**
 * Every rule of the task, document and typography checks, driven by fixtures: a fixture that
 * triggers a rule marks with `<|…|>` exactly where each diagnostic must be, and shows the text its
 * quick fixes give; a fixture that must not trigger it shows text that looks close but is right.
 */
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../server/src/check/rules-catalogue';
import { extractMarkers } from '../helpers/markers';
import { check, fixAll, HEADER_LINES, plan, SEEN_CODES } from './helpers';

interface RuleCase {
  code: string;
  /** Fixtures with the expected ranges marked, and the text after the fixes when there are any. */
  trigger: { text: string; fixed?: string }[];
  clean: string[];
}

const task = (fields: string) => plan(`1. Báo cáo kết quả.\n   nhiệm vụ BC: ${fields}`);

/** A count of khoản that starts over where a mục "II. MỤC ĐÍCH" may have been meant. */
const RESTARTED = plan('I. Căn cứ\n\n1. Căn cứ pháp lý.\n\n2. Căn cứ thực tiễn.\n\n<|1.|> Mục đích\n\nNâng cao chất lượng.');

const CASES: RuleCase[] = [
  {
    code: 'task/no-lead',
    trigger: [{ text: plan('1. Báo cáo.\n   nhiệm vụ <|BC|>: gửi @SNV; hạn trước 01/6/2023') }],
    clean: [task('chủ trì @VP; gửi @SNV; hạn trước 01/6/2023')],
  },
  {
    code: 'task/multiple-leads',
    trigger: [
      { text: task('chủ trì @VP, <|@PKT|>; hạn trước 01/6/2023') },
      { text: plan('1. Báo cáo.\n   nhiệm vụ BC: Báo cáo năm\n     chủ trì: @VP\n     <|chủ trì: @PKT|>') },
    ],
    clean: [
      task('chủ trì @VP; phối hợp @PKT; hạn trước 01/6/2023'),
      // A unit written out in words is one unit, whatever commas and "và" its name has.
      task('chủ trì Sở Văn hóa, Thể thao và Du lịch; hạn trước 01/6/2023'),
      task('chủ trì Sở Giáo dục và Đào tạo'),
      task('chủ trì Sở Lao động - Thương binh và Xã hội; phối hợp @VP'),
    ],
  },
  {
    code: 'task/lead-also-helper',
    trigger: [
      { text: task('chủ trì @VP; phối hợp <|@VP|>, @PKT; hạn trước 01/6/2023'), fixed: task('chủ trì @VP; phối hợp @PKT; hạn trước 01/6/2023') },
      { text: task('chủ trì @VP; phối hợp @PKT, <|@VP|>'), fixed: task('chủ trì @VP; phối hợp @PKT') },
      // One fix per field: the lead written twice goes at once, and so does the emptied field.
      { text: task('chủ trì @VP; phối hợp <|@VP|>, <|@VP|>; hạn trước 01/6/2023'), fixed: task('chủ trì @VP; hạn trước 01/6/2023') },
      { text: task('chủ trì @VP; phối hợp <|@VP|>'), fixed: task('chủ trì @VP') },
      { text: task('chủ trì @VP; phối hợp @PKT và <|@VP|>, @SNV'), fixed: task('chủ trì @VP; phối hợp @PKT, @SNV') },
      {
        text: plan('1. Báo cáo.\n   nhiệm vụ BC: Báo cáo năm\n     chủ trì: @VP\n     phối hợp: <|@VP|>, <|@VP|>\n     gửi: @SNV'),
        fixed: plan('1. Báo cáo.\n   nhiệm vụ BC: Báo cáo năm\n     chủ trì: @VP\n     gửi: @SNV'),
      },
      // A lead named inside other words is left for the drafter to rephrase.
      { text: task('chủ trì @VP; phối hợp <|@VP|> (đầu mối), @PKT') },
    ],
    clean: [task('chủ trì @VP; phối hợp @PKT')],
  },
  {
    code: 'task/unit-not-in-recipients',
    trigger: [
      {
        text: plan('1. Báo cáo.\n   nhiệm vụ BC: chủ trì <|@VP|>; gửi @SNV', { recipients: 'nơi nhận:\n  - @SNV\n  - Lưu: VT' }),
        fixed: plan('1. Báo cáo.\n   nhiệm vụ BC: chủ trì @VP; gửi @SNV', { recipients: 'nơi nhận:\n  - @SNV\n  - @VP\n  - Lưu: VT' }),
      },
      {
        text: plan('1. Báo cáo.\n   nhiệm vụ BC: chủ trì @PKT; gửi <|@SNV|>', { recipients: 'nơi nhận:\n  - @PKT' }),
        fixed: plan('1. Báo cáo.\n   nhiệm vụ BC: chủ trì @PKT; gửi @SNV', { recipients: 'nơi nhận:\n  - @PKT\n  - @SNV' }),
      },
    ],
    clean: [
      // VP is the drafting unit: "Lưu: VT, VP" names it by the initials of "Văn phòng Sở".
      task('chủ trì @VP; gửi @SNV'),
      // By name, folded: case and diacritics do not matter.
      plan('1. Báo cáo.\n   nhiệm vụ BC: chủ trì @PKT; gửi @SNV', { recipients: 'nơi nhận:\n  - SỞ NỘI VỤ\n  - @PKT\n  - Lưu: VT' }),
      // The agency's own departments receive the plan as "Các phòng, đơn vị thuộc Sở".
      plan('1. Báo cáo.\n   nhiệm vụ BC: chủ trì @PKT; gửi @SNV', { recipients: 'nơi nhận:\n  - @SNV\n  - Các phòng, đơn vị thuộc Sở\n  - Lưu: VT' }),
    ],
  },
  {
    code: 'task/dependency-cycle',
    trigger: [
      { text: plan('1. Việc.\n   nhiệm vụ A: chủ trì @VP; sau <|@B|>\n   nhiệm vụ B: chủ trì @VP; sau @A') },
      { text: plan('1. Việc.\n   nhiệm vụ A: chủ trì @VP; sau <|@A|>') },
      // A relative deadline counts from the end of its anchor, which makes it a dependency too.
      { text: plan('1. Việc.\n   nhiệm vụ A: chủ trì @VP; hạn trong 3 ngày sau <|@A|>') },
      { text: plan('1. Việc.\n   nhiệm vụ A: chủ trì @VP; hạn trong 3 ngày làm việc sau <|@B|>\n   nhiệm vụ B: chủ trì @VP; sau @A') },
      // One circle, one diagnostic, however many fields close it.
      { text: plan('1. Việc.\n   nhiệm vụ A: chủ trì @VP; sau <|@B|>; hạn trong 3 ngày sau @B\n   nhiệm vụ B: chủ trì @VP; hạn trong 2 ngày sau @A') },
    ],
    clean: [
      plan('1. Việc.\n   nhiệm vụ A: chủ trì @VP\n   nhiệm vụ B: chủ trì @VP; sau @A'),
      plan('1. Việc.\n   nhiệm vụ A: chủ trì @VP; hạn trước 01/6/2023\n   nhiệm vụ B: chủ trì @VP; hạn trong 3 ngày sau @A; sau @A'),
    ],
  },
  {
    code: 'ref/wrong-kind',
    trigger: [
      { text: plan('1. Báo cáo <|@BC|>.\n   nhiệm vụ BC: chủ trì @VP'), fixed: plan('1. Báo cáo [hạn BC].\n   nhiệm vụ BC: chủ trì @VP') },
      { text: plan('văn bản B: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @<|BC|>\n1. Thực hiện @B.\n   nhiệm vụ BC: chủ trì @VP') },
      { text: plan('1. Báo cáo.\n   nhiệm vụ BC: chủ trì @VP; sau @<|VP|>') },
    ],
    clean: [plan('văn bản B: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @VP\n1. Thực hiện @B.\n   nhiệm vụ BC: chủ trì @VP')],
  },
  {
    code: 'citation/number-spacing',
    // Citations wrapped over indented lines, in CRLF and NFD files, get their exact range and fix.
    trigger: [
      {
        text: plan('1. Thực hiện Kết luận\n   số 120<| |>-KL/TW ngày 07/01/2016 của Bộ Chính trị.'),
        fixed: plan('1. Thực hiện Kết luận\n   số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị.'),
      },
      {
        text: plan('1. Thực hiện Công văn số 5451/UBND-<|\n   |>CNXD ngày 10/9/2018 của UBND tỉnh.'),
        fixed: plan('1. Thực hiện Công văn số 5451/UBND-CNXD ngày 10/9/2018 của UBND tỉnh.'),
      },
      {
        text: plan('1. Thực hiện Kết luận\n   số 120<| |>-KL/TW ngày 07/01/2016 của Bộ Chính trị.').replace(/\n/g, '\r\n'),
        fixed: plan('1. Thực hiện Kết luận\n   số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị.').replace(/\n/g, '\r\n'),
      },
      {
        text: plan('1. Thực hiện Kết luận\n   số 120<| |>-KL/TW ngày 07/01/2016 của Bộ Chính trị.').normalize('NFD'),
        fixed: plan('1. Thực hiện Kết luận\n   số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị.').normalize('NFD'),
      },
    ],
    clean: [plan('1. Thực hiện Kết luận số 120-KL/TW ngày 07/01/2016\n   của Bộ Chính trị.')],
  },
  {
    code: 'citation/written-out',
    trigger: [
      {
        text: plan('văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh\n1. Thực hiện <|Kế hoạch số 30/KH-UBND ngày\n   17/02/2023 của UBND tỉnh|>.'),
        fixed: plan('văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh\n1. Thực hiện @KH30.'),
      },
      {
        text: plan('văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh\n1. Thực hiện <|Kế hoạch số 30/KH-UBND ngày\n   17/02/2023 của UBND tỉnh|>.').replace(/\n/g, '\r\n').normalize('NFD'),
        fixed: plan('văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh\n1. Thực hiện @KH30.').replace(/\n/g, '\r\n').normalize('NFD'),
      },
    ],
    // A reference ends a citation: "Kế hoạch này với @KH30 nêu tại mục 2/II" cites nothing.
    clean: [
      plan('văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh\n1. Gắn Kế hoạch này với @KH30 nêu tại mục 2/II Kế hoạch này.'),
      // A short name the drafter defines is written out on purpose, there and after.
      plan(
        'văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh\nThực hiện @KH30 (sau đây gọi là Kế hoạch số 30/KH-UBND), như sau:\n\n1. Triển khai Kế hoạch số 30/KH-UBND.',
      ),
    ],
  },
  {
    code: 'header/missing',
    trigger: [
      { text: '<|I. Mục đích|>\n\nnơi nhận:\n  - Lưu: VT\nký: GIÁM ĐỐC / Nguyễn Văn A\n' },
      { text: plan('1. Một.', { header: '<|kế hoạch|>\n  cơ quan chủ quản: UBND tỉnh\n  cơ quan: Sở Công Thương\n  số: 05/KH-SCT' }) },
    ],
    clean: [plan('1. Một.'), 'đơn vị VP: Văn phòng Sở\n'],
  },
  {
    code: 'header/missing-parent',
    trigger: [
      {
        text: plan('1. Một.', {
          header: '<|kế hoạch|>\n  cơ quan: Sở Công Thương\n  số: 05/KH-SCT\n  nơi ban hành: Quảng Ngãi\n  ngày: 17/02/2023\n  trích yếu: Kế hoạch',
        }),
      },
      {
        text: plan('1. Một.', {
          header: '<|kế hoạch|>\n  cơ quan: Phòng Văn hóa và Thông tin\n  số: 05/KH-VHTT\n  nơi ban hành: Bình Sơn\n  ngày: 17/02/2023\n  trích yếu: Kế hoạch',
        }),
      },
    ],
    clean: [
      plan('1. Một.'),
      // Bodies with no parent agency (Nghị định 30, Phụ lục I: the parent is printed only where one exists).
      ...['Ủy ban nhân dân tỉnh Sơn La', 'UBND tỉnh Hưng Yên', 'Ủy ban nhân dân huyện Bình Sơn', 'Hội đồng nhân dân tỉnh', 'Bộ Nội vụ'].map((agency) =>
        plan('1. Một.', {
          header: `kế hoạch\n  cơ quan: ${agency}\n  số: 05/KH-UBND\n  nơi ban hành: Sơn La\n  ngày: 17/02/2023\n  trích yếu: Kế hoạch`,
        }),
      ),
    ],
  },
  {
    code: 'header/draft',
    trigger: [
      {
        text: plan('1. Một.', {
          header: 'kế hoạch\n  cơ quan chủ quản: UBND tỉnh\n  cơ quan: Sở Công Thương\n  số: <|/KH-SCT|>\n  nơi ban hành: Quảng Ngãi\n  ngày: <|/02/2023|>\n  trích yếu: Kế hoạch',
        }),
      },
    ],
    clean: [plan('1. Một.')],
  },
  {
    code: 'header/number-form',
    trigger: [
      { text: headerWith('số: <|5/KH-SCT|>'), fixed: headerWith('số: 05/KH-SCT') },
      { text: headerWith('số: <|05/QĐ-SCT|>'), fixed: headerWith('số: 05/KH-SCT') },
      { text: headerWith('số: <|05/KH - SCT|>'), fixed: headerWith('số: 05/KH-SCT') },
      { text: headerWith('số: <|KH-SCT|>') },
    ],
    clean: [headerWith('số: 05/KH-SCT'), headerWith('số: /KH-SCT'), headerWith('số: 120/KH-SCT'), headerWith('số: 31-KH/TU')],
  },
  {
    code: 'header/date-form',
    trigger: [{ text: headerWith('ngày: <|30/02/2023|>') }, { text: headerWith('ngày: <|hôm nay|>') }, { text: headerWith('ngày: <|/13/2023|>') }],
    clean: [headerWith('ngày: 17/02/2023'), headerWith('ngày: /02/2023'), headerWith('ngày: 29/02/2024')],
  },
  {
    code: 'numbering/duplicate',
    trigger: [
      {
        text: plan('I. Mục đích\n\n1. Một.\n\nII. Nội dung\n\n1. Hai.\n\n<|II.|> Tổ chức thực hiện\n\n1. Ba.'),
        fixed: plan('I. Mục đích\n\n1. Một.\n\nII. Nội dung\n\n1. Hai.\n\nIII. Tổ chức thực hiện\n\n1. Ba.'),
      },
      { text: plan('1. Một.\n\n2. Hai.\n\n<|2.|> Ba.\n\n3. Bốn.'), fixed: plan('1. Một.\n\n2. Hai.\n\n3. Ba.\n\n4. Bốn.') },
      // A count that starts over after it went on is a new count, not a number to shift: no fix
      // renumbers "1. Mục đích" to "3." (where "II." may have been meant), and the formatter keeps it.
      { text: RESTARTED },
      // The first number repeated right after itself leaves the numbers to the fix and the formatter.
      { text: plan('1. Một.\n\n<|1.|> Hai.\n\n<|1.|> Ba.'), fixed: plan('1. Một.\n\n2. Hai.\n\n3. Ba.') },
    ],
    clean: [
      plan('I. Mục đích\n\n1. Một.\n\nII. Nội dung\n\n1. Hai.\n\n2. Ba:\n\n2.1. Con.\n\n2.2. Con.\n\nIII. Tổ chức thực hiện'),
      // The khoản of each Điều count from 1 again, the Điều written as prose (a Quy chế, corpus 053).
      plan('Điều 1. Phạm vi\n\n1. Một.\n\n2. Hai.\n\nĐiều 2. Nguyên tắc làm việc\n\n1. Ba.\n\n2. Bốn.'),
    ],
  },
  {
    code: 'numbering/marker-form',
    trigger: [
      { text: plan('1. Nội dung:\n\n<|-|>Đánh giá công tác hè.'), fixed: plan('1. Nội dung:\n\n- Đánh giá công tác hè.') },
      // A recipient glued to its dash is read as one (corpus 041), not reported as prose.
      { text: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  <|-|>Lãnh đạo phòng;\n  - Lưu: VT.' }), fixed: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - Lãnh đạo phòng;\n  - Lưu: VT.' }) },
      // A mục or part numbered with a hyphen (corpus 072): prose, reported, not rewritten.
      { text: plan('<|A-|> NHỮNG THÀNH TỰU ĐẠT ĐƯỢC\n\n<|I-|> VỀ PHÁT TRIỂN KINH TẾ\n\n1. Một.') },
    ],
    clean: [plan('1. Nội dung:\n\n- Đánh giá công tác hè.\n\n-5 độ là nhiệt độ thấp nhất.'), plan('1. Khu vực B- 52 và C-3 cần rà soát.')],
  },
  {
    code: 'numbering/level',
    trigger: [
      // A sentence numbered as a mục that starts the mục over, where a khoản "1." was meant (corpus 014).
      { text: plan('I. MỤC TIÊU CHUNG\n\nGiảm tỷ lệ mắc bệnh.\n\nII. MỤC TIÊU CỤ THỂ\n\n<|I.|> Giám sát chặt chẽ, phát hiện sớm các ổ dịch.') },
      // The mục and khoản levels written as one list: a heading in capitals numbered "1.", and
      // the khoản under it numbered on from it (corpus 073).
      { text: plan('<|1.|> MỤC ĐÍCH YÊU CẦU\n<|2.|> Mục đích:\n\n- Tổ chức các hoạt động.\n\n3. Yêu cầu:\n\nAn toàn, tiết kiệm.') },
    ],
    clean: [
      plan('I. MỤC TIÊU CHUNG\n\nGiảm tỷ lệ mắc bệnh.\n\nII. MỤC TIÊU CỤ THỂ\n\n1. Giám sát chặt chẽ, phát hiện sớm các ổ dịch.'),
      // Mục in normal case and khoản all in capitals are a style, not two levels in one list.
      plan('I. Mục đích, yêu cầu\n\n1. Mục đích.\n\nII. Nội dung\n\n1. Nội dung.'),
      plan('1. MỤC ĐÍCH\n\nNâng cao.\n\n2. YÊU CẦU\n\nThiết thực.'),
    ],
  },
  {
    code: 'numbering/sequence',
    trigger: [
      { text: plan('1. Một.\n\n<|3.|> Ba.'), fixed: plan('1. Một.\n\n2. Ba.') },
      { text: plan('1. Một.\n\n2. Hai:\n\n3. Ba:\n\n<|2.1.|> Con.'), fixed: plan('1. Một.\n\n2. Hai:\n\n3. Ba:\n\n3.1. Con.') },
      // One fix renumbers the clause and the prefix of its sub-clause.
      { text: plan('1. Một:\n\n1.1. Con.\n\n<|3.|> Ba:\n\n3.1. Con.'), fixed: plan('1. Một:\n\n1.1. Con.\n\n2. Ba:\n\n2.1. Con.') },
      { text: plan('I. Một\n\n<|III.|> Ba'), fixed: plan('I. Một\n\nII. Ba') },
    ],
    clean: [plan('1. Một.\n\n2. Hai.\n\n- gạch\n\n3. Ba.'), plan('I. Một\n\n1. Một.\n\nII. Hai\n\n1. Một.')],
  },
  {
    code: 'numbering/letter-sequence',
    trigger: [
      { text: plan('1. Gồm:\n\na) Một;\n\nb) Hai;\n\nc) Ba;\n\nd) Bốn;\n\n<|e)|> Năm.'), fixed: plan('1. Gồm:\n\na) Một;\n\nb) Hai;\n\nc) Ba;\n\nd) Bốn;\n\nđ) Năm.') },
      { text: plan('1. Gồm:\n\na) Một;\n\n<|c)|> Hai.'), fixed: plan('1. Gồm:\n\na) Một;\n\nb) Hai.') },
    ],
    clean: [plan('1. Gồm:\n\na) Một;\n\nb) Hai;\n\nc) Ba;\n\nd) Bốn;\n\nđ) Năm;\n\ne) Sáu.')],
  },
  {
    code: 'signer/authority',
    trigger: [
      { text: plan('1. Một.', { signer: 'ký: <|PHÓ GIÁM ĐỐC|> / Nguyễn Văn A' }), fixed: plan('1. Một.', { signer: 'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A' }) },
      { text: plan('1. Một.', { signer: 'ký: <|KT. GIÁM ĐỐC|> / Nguyễn Văn A' }), fixed: plan('1. Một.', { signer: 'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A' }) },
      { text: plan('1. Một.', { signer: 'ký: <|TM. GIÁM ĐỐC|> / Nguyễn Văn A' }) },
      { text: plan('1. Một.', { signer: 'ký: KT. GIÁM ĐỐC / <|CHÁNH VĂN PHÒNG|> / Nguyễn Văn A' }) },
      { text: plan('1. Một.', { signer: 'ký: KT. GIÁM ĐỐC / <|PHÓ CHỦ TỊCH|> / Nguyễn Văn A' }) },
    ],
    clean: [
      plan('1. Một.'),
      plan('1. Một.', { signer: 'ký: GIÁM ĐỐC / Nguyễn Văn A' }),
      plan('1. Một.', { signer: 'ký: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A' }),
      plan('1. Một.', { signer: 'ký: TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG / Nguyễn Văn A' }),
    ],
  },
  {
    code: 'signer/upper-case',
    trigger: [
      { text: plan('1. Một.', { signer: 'ký: <|KT. Giám đốc|> / PHÓ GIÁM ĐỐC / Nguyễn Văn A' }), fixed: plan('1. Một.') },
    ],
    clean: [plan('1. Một.')],
  },
  {
    code: 'signer/missing',
    trigger: [{ text: plan('1. Một.', { header: headerLines().replace('kế hoạch', '<|kế hoạch|>'), signer: '' }) }],
    clean: [plan('1. Một.')],
  },
  {
    code: 'recipients/missing',
    trigger: [
      {
        text: plan('1. Một.', { header: headerLines().replace('kế hoạch', '<|kế hoạch|>'), recipients: '' }),
        fixed: plan('1. Một.', { recipients: '\nnơi nhận:\n  - Lưu: VT' }),
      },
    ],
    clean: [plan('1. Một.')],
  },
  {
    code: 'recipients/missing-luu',
    trigger: [
      { text: plan('1. Một.', { recipients: '<|nơi nhận:|>\n  - @SNV\n  - @PKT' }), fixed: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - @PKT\n  - Lưu: VT' }) },
      { text: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - @PKT\n  <|- Lưu: VP|>' }), fixed: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - @PKT\n  - Lưu: VT, VP' }) },
      { text: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  <|- Lưu: VT, VP|>\n  - @PKT' }), fixed: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - @PKT\n  - Lưu: VT, VP' }) },
      // "Lưu VT" without its colon is still the records line (corpus 041), not a missing one.
      { text: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  <|- Lưu VT, VP|>.' }), fixed: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - Lưu: VT, VP.' }) },
    ],
    clean: [plan('1. Một.'), plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - @PKT\n  - Lưu: VT, VP (02).' })],
  },
  {
    code: 'prose/stale-year',
    trigger: [
      { text: plan('1. Gắn với thực hiện quy chế dân chủ năm <|2022|>.'), fixed: plan('1. Gắn với thực hiện quy chế dân chủ năm 2023.') },
      { text: plan('Thực hiện kế hoạch năm\n<|2021|> như sau:\n\n1. Một.'), fixed: plan('Thực hiện kế hoạch năm\n2023 như sau:\n\n1. Một.') },
    ],
    clean: [
      plan('1. Công tác dân vận năm 2023; giai đoạn 2021 – 2025; năm 2022 - 2026.'),
      plan('1. Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2022 của UBND tỉnh.'),
      plan('1. Quy chế dân chủ năm 2022.', { header: `${headerLines()}\n  thời kỳ: 2021 - 2025` }),
      // A comment inside a paragraph is not printed.
      plan('1. Một dòng\n// năm 2022 trong ghi chú\ntiếp theo.'),
      // Laws and codes are cited by name and year, or with their full date.
      plan('Căn cứ Luật Hộ tịch năm 2014; Bộ luật Lao động năm 2019; Hiến pháp năm 2013;\n\n1. Một.'),
      plan('Căn cứ Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018;\n\n1. Một.'),
      plan('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n1. Một.'),
      // A section that reviews the previous year, and clauses that look back on purpose.
      plan('I. Kết quả thực hiện năm 2022\n1. Trong năm 2022, toàn tỉnh tổ chức 120 hội nghị.\n\nII. Nhiệm vụ năm 2023\n1. Một.'),
      plan('1. Phấn đấu tăng 10% so với năm 2022.'),
      plan('1. Tiếp tục phát huy kết quả đạt được trong năm 2022.'),
      plan('Năm 2022, tình hình dịch bệnh diễn biến phức tạp.\n\n1. Một.'),
      plan('1. Từ bài học kinh nghiệm khắc phục hậu quả bão số 3 năm 2022, chủ động phòng chống.'),
      // A later year is a target, not a copy of last year's plan.
      plan('1. Phấn đấu đến năm 2025 đạt 100%, tầm nhìn đến năm 2030.'),
    ],
  },
  {
    code: 'typography/space-before-punctuation',
    trigger: [
      { text: plan('1. Gắn với nhiệm vụ chuyên môn của Sở<| |>.'), fixed: plan('1. Gắn với nhiệm vụ chuyên môn của Sở.') },
      { text: plan('1. Phối hợp với @VP<| |>, @SNV.'), fixed: plan('1. Phối hợp với @VP, @SNV.') },
    ],
    clean: [plan('1. Chủ tịch Công đoàn, Bí thư Chi đoàn ...'), plan('1. Năm 2023./.'), plan('1. Một dòng\n// ghi chú , có dấu\ntiếp theo.')],
  },
  {
    code: 'typography/missing-space-after-punctuation',
    trigger: [
      { text: plan('1. Trên địa bàn tỉnh<|,|>không để xảy ra điểm nóng.'), fixed: plan('1. Trên địa bàn tỉnh, không để xảy ra điểm nóng.') },
      { text: plan('1. Hoàn thành<|.|>Trên cơ sở đó<|;|>tham mưu.'), fixed: plan('1. Hoàn thành. Trên cơ sở đó; tham mưu.') },
      // A number glued to its heading is still the number (corpus 037), and its space is missing.
      { text: plan('1. Đặc điểm tình hình\n\n1.1<|.|>Vị trí địa lý\n\nNga Sơn là huyện ven biển.'), fixed: plan('1. Đặc điểm tình hình\n\n1.1. Vị trí địa lý\n\nNga Sơn là huyện ven biển.') },
      { text: plan('II<|.|>NỘI DUNG\n\n1. Một.'), fixed: plan('II. NỘI DUNG\n\n1. Một.') },
    ],
    clean: [
      plan('1. Số tiền 1.000 đồng, 1,5 tỷ, ngày 17/02/2023, TP.HCM, thư vp@quangngai.gov.vn, mục 2/II./.'),
      // Initials at the start of a line are not a number glued to a heading.
      plan('1. Một.\n\nV.I. Lê-nin đã viết.'),
    ],
  },
  {
    code: 'typography/double-space',
    trigger: [
      { text: plan('1. Toàn Sở<|  |>hoạt động công vụ.'), fixed: plan('1. Toàn Sở hoạt động công vụ.') },
      { text: plan('1. Một.\nđơn vị PTC: Phòng<|  |>Tài chính'), fixed: plan('1. Một.\nđơn vị PTC: Phòng Tài chính') },
    ],
    clean: [plan('1. Một dòng.   \n   tiếp theo thụt lề.'), plan('1. Một.\n\n\n2. Hai.')],
  },
  {
    code: 'typography/straight-quotes',
    trigger: [
      { text: plan('1. Mô hình <|"Dân vận khéo"|> năm 2023.'), fixed: plan('1. Mô hình “Dân vận khéo” năm 2023.') },
      { text: plan('1. Khẩu hiệu <|"Dân biết,\ndân bàn"|>.'), fixed: plan('1. Khẩu hiệu “Dân biết,\ndân bàn”.') },
    ],
    clean: [plan('1. Mô hình “Dân vận khéo”.'), plan('1. Một dấu " lẻ.')],
  },
  {
    code: 'text/not-nfc',
    trigger: [{ text: plan('1. K<|e\u0302\u0301|> hoạch.'), fixed: plan('1. Kế hoạch.') }],
    clean: [plan('1. Kế hoạch.')],
  },
  {
    code: 'text/legacy-encoding',
    trigger: [
      { text: plan('1. <|Thùc hiÖn KÕ ho¹ch|> số 30/KH-UBND.'), fixed: plan('1. Thực hiện Kế hoạch số 30/KH-UBND.') },
      { text: plan('1. <|Keá hoaïch naêm|> 2023.'), fixed: plan('1. Kế hoạch năm 2023.') },
      { text: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - <|Së C«ng Th\u00AD¬ng|>\n  - @PKT\n  - Lưu: VT, VP' }), fixed: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - Sở Công Thương\n  - @PKT\n  - Lưu: VT, VP' }) },
    ],
    clean: [plan('1. Công tác dân vận và cải cách hành chính; Ông Ba; các cơ quan, ý kiến.'), plan('1. Hợp tác với hãng Citroën.')],
  },
  {
    // Wherever the file holds one: a header field, a comment, a declaration, a recipient line, the
    // signer, prose. C0 controls in content lines are the syntax rule's (see below), not this one's.
    code: 'text/unprintable-character',
    trigger: [
      {
        text: plan('1. Một.', { header: HEADER_LINES.join('\n').replace('Thực hiện', 'Thực<|\uFFFE|> hiện<|\uFFFF|>') }),
        fixed: plan('1. Một.'),
      },
      { text: plan('// ghi chú<|\u0001\u0002|>\n1. Một.'), fixed: plan('// ghi chú\n1. Một.') },
      { text: plan('văn bản X: Kế hoạch<|\u0085|> số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh\n1. Thực hiện @X.'), fixed: plan('văn bản X: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh\n1. Thực hiện @X.') },
      { text: plan('1. Một.', { recipients: 'nơi nhận:\n  - @SNV\n  - @PKT<|\uD800|>\n  - Lưu: VT, VP' }), fixed: plan('1. Một.') },
      { text: plan('1. Một.', { signer: 'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A<|\u{10FFFF}|>' }), fixed: plan('1. Một.') },
      { text: plan('1. Hai<|\u009B\uFDD0|> việc<|\uDC00|>.'), fixed: plan('1. Hai việc.') },
      // A control character the syntax rule reports is not reported twice; the rest of its run is.
      { text: plan('1. Hai\u0001<|\uFFFE|> việc.') },
    ],
    clean: [plan('1. Một\tviệc 😀 “đúng”\u00A0— ký tự hợp lệ: \uFFFD \uFEFF\u200B.'), plan('1. Có \u0001 ký tự điều khiển.')],
  },
  {
    code: 'syntax/unexpected-character',
    trigger: [
      { text: plan('1. Hai<|\u0001|> việc<|\u007F\u001B|>.'), fixed: plan('1. Hai việc.') },
      { text: plan('1. Một.\nđơn vị PTC: Phòng Tài chính<|\u0007|>'), fixed: plan('1. Một.\nđơn vị PTC: Phòng Tài chính') },
    ],
    clean: [plan('1. Hai\tviệc\u0085.')],
  },
];

function headerLines(extra?: string): string {
  const lines = [...HEADER_LINES];
  if (extra) {
    const key = extra.slice(0, extra.indexOf(':'));
    const index = lines.findIndex((line) => line.trim().startsWith(`${key}:`));
    lines[index] = `  ${extra}`;
  }
  return lines.join('\n');
}

/** The standard plan with one header line replaced ("số: …" or "ngày: …"). */
function headerWith(line: string): string {
  return plan('1. Một.', { header: headerLines(line) });
}

describe.each(CASES)('$code', ({ code, trigger, clean }) => {
  it.each(trigger.map((fixture, index) => ({ ...fixture, index })))('reports fixture $index at the marked ranges', ({ text: marked, fixed }) => {
    const { text, ranges } = extractMarkers(marked);
    const found = check(text).filter((diagnostic) => diagnostic.code === code);
    expect(found.map((d) => [d.location.start, d.location.end, text.slice(d.location.start, d.location.end)])).toEqual(
      ranges.map((range) => [range.start, range.end, text.slice(range.start, range.end)]),
    );
    for (const diagnostic of found) {
      expect(diagnostic.message.vi.length).toBeGreaterThan(0);
      expect(diagnostic.message.en.length).toBeGreaterThan(0);
      expect(diagnostic.message.vi).not.toBe(diagnostic.message.en);
    }
    if (fixed !== undefined) {
      const once = fixAll(text, code);
      expect(once).toBe(fixed);
      expect(check(once).filter((diagnostic) => diagnostic.code === code)).toEqual([]);
    }
    const safe = found.flatMap((diagnostic) => diagnostic.fixes ?? []).filter((f) => f.safe);
    if (safe.length > 0) {
      const once = fixAll(text, code);
      expect(fixAll(once, code)).toBe(once);
    }
  });

  it.each(clean.map((text, index) => ({ text, index })))('does not report clean fixture $index', ({ text }) => {
    expect(check(text).filter((diagnostic) => diagnostic.code === code)).toEqual([]);
  });
});

describe('numbering of a count that starts over', () => {
  it('offers no fix, so "1. Mục đích" is never renumbered on to "3."', () => {
    const { text } = extractMarkers(RESTARTED);
    const found = check(text).filter((diagnostic) => diagnostic.code.startsWith('numbering/'));
    expect(found.map((diagnostic) => [diagnostic.code, diagnostic.fixes ?? []])).toEqual([['numbering/duplicate', []]]);
  });
});

describe('ref/wrong-kind', () => {
  // [fixture, what the message asks for]: a task in prose is meant as its deadline, a reference in
  // a citation's issuer must be a unit.
  it.each([
    [plan('1. Báo cáo @BC.\n   nhiệm vụ BC: chủ trì @VP'), 'viết [hạn BC]'],
    [plan('văn bản B: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @BC\n1. Thực hiện @B.\n   nhiệm vụ BC: chủ trì @VP'), 'cần một đơn vị'],
  ])('%#: says "%s"', (text, part) => {
    const found = check(text).filter((diagnostic) => diagnostic.code === 'ref/wrong-kind');
    expect(found.map((diagnostic) => diagnostic.message.vi.includes(part))).toEqual([true]);
  });
});

describe('the standard fixture plan', () => {
  it('is clean under every rule but the unused units it declares for other fixtures', () => {
    expect(check(plan('1. Một.')).filter((d) => d.code !== 'ref/unused').map((d) => d.code)).toEqual([]);
  });
});

describe('the samples and fixtures', () => {
  const files = fg.sync(['samples/*/*.kh', 'test/fixtures/**/*.kh']);

  it('report only catalogued codes, and so do the rule fixtures', () => {
    for (const folder of new Set(files.map((path) => path.slice(0, path.lastIndexOf('/'))))) {
      const inFolder = files.filter((path) => path.startsWith(`${folder}/`));
      for (const path of inFolder) {
        const others = Object.fromEntries(inFolder.filter((other) => other !== path).map((other) => [`file:///${other}`, readFileSync(other, 'utf8')]));
        check(readFileSync(path, 'utf8'), others);
      }
    }
    const known = new Set<string>(ALL_RULES.map((rule) => rule.code));
    expect([...SEEN_CODES].filter((code) => !known.has(code)).sort()).toEqual([]);
  });
});
