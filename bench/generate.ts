/**
 * Generates realistic plans of a given size for the benchmarks: a header, declarations,
 * sections with khoản, điểm and bullets, tasks with deadlines, recipients and the signer.
 * Declarations are workspace-wide, so each seed declares its own ids and its own document number:
 * a folder of generated plans then checks as a real one would, not as one duplicate per plan.
 */
import { WorkingCalendar } from '../server/src/deadline/calendar';

const PROSE = [
  'Tiếp tục quán triệt, triển khai thực hiện có hiệu quả các văn bản của Trung ương và của tỉnh về công tác dân vận chính quyền;',
  'theo dõi, nắm chắc tình hình, tâm trạng Nhân dân, kịp thời giải quyết những vấn đề bức xúc, kiến nghị chính đáng của nhân dân',
  'thuộc lĩnh vực tham mưu, quản lý của Sở, ngành trên địa bàn tỉnh; góp phần ổn định tình hình an ninh chính trị và trật tự an toàn xã hội.',
];

export function generatePlan(targetBytes: number, seed = 1): string {
  const [office, home, cited] = [`VP${seed}`, `SNV${seed}`, `KH${seed}`];
  const parts: string[] = [
    'kế hoạch',
    '  cơ quan chủ quản: UBND tỉnh Quảng Ngãi',
    '  cơ quan: Sở Công Thương',
    `  số: ${String(seed).padStart(2, '0')}/KH-SCT`,
    '  nơi ban hành: Quảng Ngãi',
    '  ngày: 06/02/2023',
    '  trích yếu: Kế hoạch được sinh ra để đo hiệu năng',
    '',
    `đơn vị ${office}: Văn phòng Sở`,
    `đơn vị ${home}: Sở Nội vụ`,
    `văn bản ${cited}: Kế hoạch số ${seed}/KH-UBND ngày 17/01/2023 của UBND tỉnh`,
    '  trích yếu: về thực hiện quy chế dân chủ ở cơ sở',
    '',
    `Thực hiện @${cited}, Sở Công Thương xây dựng kế hoạch như sau:`,
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
      block.push(`${khoan}. @${office} chủ trì, phối hợp với @${home} ${PROSE[khoan % 3]}`);
      block.push(`a) ${PROSE[(khoan + 1) % 3]}`);
      block.push(`- ${PROSE[(khoan + 2) % 3]} Báo cáo gửi [hạn T${task + 1}].`);
      task++;
      block.push(`   nhiệm vụ T${task}: chủ trì @${office}; gửi @${home}; hạn trước ${workingDay(task)}; sản phẩm Báo cáo`);
    }
    block.push('');
    const text = block.join('\n');
    parts.push(text);
    size += text.length + 1;
  }
  parts.push('nơi nhận:', `  - @${home}`, '  - Lưu: VT, VP', 'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A', '');
  return parts.join('\n');
}

/**
 * The task's deadline "hạn trước <date>", spread over March to December 2023: the date and the day
 * before it (the last day) are both working days, so the checks report no deadline on a day off
 * where a drafter would have written none.
 */
function workingDay(task: number): string {
  const date = new Date(Date.UTC(2023, 2 + (task % 10), 1 + (task % 28)));
  const dayBefore = (): Date => new Date(date.getTime() - 86_400_000);
  while (!isWorkingDay(date) || !isWorkingDay(dayBefore())) date.setUTCDate(date.getUTCDate() + 1);
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/2023`;
}

const CALENDAR = new WorkingCalendar();

function isWorkingDay(date: Date): boolean {
  return CALENDAR.isWorkingDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
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
