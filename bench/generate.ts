/**
 * Generates realistic plans of a given size for the benchmarks: a header, declarations,
 * sections with khoản, điểm and bullets, tasks with deadlines, recipients and the signer.
 */
const PROSE = [
  'Tiếp tục quán triệt, triển khai thực hiện có hiệu quả các văn bản của Trung ương và của tỉnh về công tác dân vận chính quyền;',
  'theo dõi, nắm chắc tình hình, tâm trạng Nhân dân, kịp thời giải quyết những vấn đề bức xúc, kiến nghị chính đáng của nhân dân',
  'thuộc lĩnh vực tham mưu, quản lý của Sở, ngành trên địa bàn tỉnh; góp phần ổn định tình hình an ninh chính trị và trật tự an toàn xã hội.',
];

export function generatePlan(targetBytes: number, seed = 1): string {
  const parts: string[] = [
    'kế hoạch',
    '  cơ quan chủ quản: UBND tỉnh Quảng Ngãi',
    '  cơ quan: Sở Công Thương',
    `  số: ${seed}/KH-SCT`,
    '  nơi ban hành: Quảng Ngãi',
    '  ngày: 06/02/2023',
    '  trích yếu: Kế hoạch được sinh ra để đo hiệu năng',
    '',
    'đơn vị VP: Văn phòng Sở',
    'đơn vị SNV: Sở Nội vụ',
    'văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh',
    '  trích yếu: về thực hiện quy chế dân chủ ở cơ sở',
    '',
    'Thực hiện @KH30, Sở Công Thương xây dựng kế hoạch như sau:',
    '',
  ];
  let size = parts.join('\n').length;
  let section = 0;
  let task = 0;
  while (size < targetBytes) {
    section++;
    // The language's Roman markers stop at XXXIX, so big plans cycle through them.
    const block: string[] = [`${toRoman(((section - 1) % 39) + 1)}. Nội dung thứ ${section}`];
    for (let khoan = 1; khoan <= 5; khoan++) {
      block.push(`${khoan}. @VP chủ trì, phối hợp với @SNV ${PROSE[khoan % 3]}`);
      block.push(`a) ${PROSE[(khoan + 1) % 3]}`);
      block.push(`- ${PROSE[(khoan + 2) % 3]} Báo cáo gửi [hạn T${task + 1}].`);
      task++;
      block.push(`   nhiệm vụ T${task}: chủ trì @VP; gửi @SNV; hạn trước ${String(1 + (task % 28)).padStart(2, '0')}/${3 + (task % 10)}/2023; sản phẩm Báo cáo`);
    }
    block.push('');
    const text = block.join('\n');
    parts.push(text);
    size += text.length + 1;
  }
  parts.push('nơi nhận:', '  - @SNV', '  - Lưu: VT, VP', 'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A', '');
  return parts.join('\n');
}

function toRoman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let result = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      result += symbol;
      n -= value;
    }
  }
  return result;
}
