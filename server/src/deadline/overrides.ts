/**
 * The days off the government actually announced for civil servants, year by year.
 *
 * Bộ luật Lao động 2019 fixes most holidays, but the Prime Minister chooses each year which five
 * days make up the Tết break and which day joins 2 September, and approves swaps that turn a
 * weekday between a holiday and a weekend into a day off in exchange for a working Saturday. No
 * rule computes those choices, so a year with an announcement is described by data, and the
 * computed defaults (holidays.ts) serve only the years without one.
 */
import type { Message } from '../base/diagnostic';
import { formatIsoDate, fromEpochDay, parseIsoDate, toEpochDay } from '../base/civil-date';

/**
 * One year's announced calendar, in a shape a user can write in JSON configuration.
 *
 * For a year with an override, the fixed-date holidays of the law (1/1, 30/4, 1/5, 2/9, mùng 1
 * Tết, Giỗ Tổ) stay days off; `daysOff` replaces the computed Tết break, the second Quốc khánh
 * day and every substitute day; `workingDays` lists the Saturdays worked in exchange for a swap.
 */
export interface YearOverride {
  year: number;
  /** ISO dates (YYYY-MM-DD) off work for civil servants, weekends inside a break included or not. */
  daysOff: string[];
  /** ISO dates of Saturdays or Sundays that are working days (làm bù). */
  workingDays: string[];
  /** The announcement: the Thông báo or Công văn and who issued it, as precisely as known. */
  source: string;
  /** How sure the data is, for the built-in years that were entered from memory. */
  confidence?: string;
}

function range(fromIso: string, toIso: string): string[] {
  const [from, to] = [parseIsoDate(fromIso), parseIsoDate(toIso)];
  if (!from || !to) throw new Error(`Bad range ${fromIso}..${toIso} in the built-in overrides`);
  const days: string[] = [];
  for (let day = toEpochDay(from); day <= toEpochDay(to); day++) days.push(formatIsoDate(fromEpochDay(day)));
  return days;
}

/**
 * The built-in years, from the Văn phòng Chính phủ letters that convey the Prime Minister's
 * decisions (the ministry then announces them), checked against press reports and the weekday
 * arithmetic; the `confidence` notes say what could not be verified against the published text.
 */
export const BUILT_IN_OVERRIDES: readonly YearOverride[] = [
  {
    year: 2023,
    daysOff: [
      // 1/1 fell on a Sunday: the next Monday was the substitute day.
      '2023-01-02',
      // Tết Quý Mão: Friday 20/01 (29 tháng Chạp) to Thursday 26/01 (mùng 5).
      ...range('2023-01-20', '2023-01-26'),
      // Giỗ Tổ (29/4) fell on a Saturday and 30/4 on a Sunday: two substitute days after 1/5.
      '2023-05-02',
      '2023-05-03',
      // Quốc khánh: Friday 1/9 and Saturday 2/9, with Monday 4/9 as the substitute day.
      '2023-09-01',
      '2023-09-04',
    ],
    workingDays: [],
    source:
      'Công văn số 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ (ý kiến Phó Thủ tướng Vũ Đức Đam, Bộ LĐ-TB-XH thông báo theo ủy quyền): Tết Âm lịch 20/01–26/01/2023, Quốc khánh 01/9–04/9/2023. Tết Dương lịch và dịp Giỗ Tổ, 30/4, 1/5: nghỉ bù theo Bộ luật Lao động 2019, Điều 111.',
    confidence:
      'Tết và Quốc khánh: đã đối chiếu với bài báo dẫn Công văn 8056/VPCP-KGVX. Nghỉ bù 02/01, 02/5, 03/5: theo luật và theo tin báo chí, không có hoán đổi ngày làm việc.',
  },
  {
    year: 2024,
    daysOff: [
      // Tết Giáp Thìn: Thursday 08/02 (29 tháng Chạp) to Wednesday 14/02 (mùng 5).
      ...range('2024-02-08', '2024-02-14'),
      // Monday 29/4 swapped with Saturday 04/5, giving 27/4 to 1/5 off.
      '2024-04-29',
      // Quốc khánh: Monday 2/9 and Tuesday 3/9 (31/8 to 3/9 off).
      '2024-09-03',
    ],
    workingDays: ['2024-05-04'],
    source:
      'Công văn số 8662/VPCP-KGVX ngày 03/11/2023 của Văn phòng Chính phủ (ý kiến Thủ tướng): Tết Âm lịch 08/02–14/02/2024, Quốc khánh 31/8–03/9/2024; Công văn số 2450/VPCP-KGVX ngày 12/4/2024: hoán đổi ngày làm việc dịp 30/4–1/5/2024 (nghỉ 27/4–01/5).',
    confidence:
      'Tết, Quốc khánh, kỳ nghỉ 27/4–01/5 và ngày làm bù thứ Bảy 04/5/2024: đã đối chiếu với văn bản 8662/VPCP-KGVX và tin báo chí về 2450/VPCP-KGVX.',
  },
  {
    year: 2025,
    daysOff: [
      // Tết Ất Tỵ: Saturday 25/01 to Sunday 02/02; Monday 27/01 swapped with Saturday 08/02.
      ...range('2025-01-25', '2025-02-02'),
      // Friday 2/5 swapped with Saturday 26/4, giving 30/4 to 4/5 off.
      '2025-05-02',
      // Quốc khánh: Monday 1/9 and Tuesday 2/9 (30/8 to 2/9 off).
      '2025-09-01',
    ],
    workingDays: ['2025-02-08', '2025-04-26'],
    source:
      'Công văn số 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (ý kiến Thủ tướng) về nghỉ Tết Âm lịch và một số dịp nghỉ lễ năm 2025.',
    confidence:
      'Số công văn, dịp 30/4–04/5 (hoán đổi thứ Sáu 02/5 sang thứ Bảy 26/4) và Quốc khánh 30/8–02/9: đã đối chiếu với tin báo chí. Tết 25/01–02/02 với làm bù thứ Bảy 08/02: nhớ lại, chưa đọc nguyên văn.',
  },
  {
    year: 2026,
    daysOff: [
      // Friday 2/1 swapped with Saturday 10/1, giving 1/1 to 4/1 off.
      '2026-01-02',
      // Tết Bính Ngọ: Saturday 14/02 to Sunday 22/02 (16/02 is giao thừa, 29 tháng Chạp).
      ...range('2026-02-14', '2026-02-22'),
      // Giỗ Tổ (26/4) falls on a Sunday: Monday 27/4 is the substitute day.
      '2026-04-27',
      // Quốc khánh: Tuesday 1/9 and Wednesday 2/9.
      '2026-09-01',
    ],
    workingDays: ['2026-01-10'],
    source:
      'Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (ý kiến Phó Thủ tướng Phạm Thị Thanh Trà): Tết Dương lịch 01/01–04/01/2026, hoán đổi thứ Sáu 02/01 sang thứ Bảy 10/01/2026. Tết Âm lịch 14/02–22/02/2026 theo phương án của Bộ Nội vụ được Thủ tướng chấp thuận (số văn bản chưa đối chiếu). Giỗ Tổ, 30/4, 1/5 và Quốc khánh: theo Bộ luật Lao động và quy tắc mặc định.',
    confidence:
      'Tết Dương lịch và Tết Âm lịch: đã đối chiếu với tin báo chí. Giỗ Tổ nghỉ bù 27/4: theo luật (chưa biết có hoán đổi 28–29/4 không). Quốc khánh: Bộ Nội vụ được báo chí dẫn là đề xuất nghỉ 5 ngày nhưng chưa rõ ngày nào; ở đây chỉ có 01/9 và 02/9.',
  },
];

/** User overrides win over the built-in ones for the same year; other years keep the built-in data. */
export function mergeOverrides(
  builtIn: readonly YearOverride[],
  user: readonly YearOverride[],
): YearOverride[] {
  const byYear = new Map<number, YearOverride>();
  for (const override of builtIn) byYear.set(override.year, override);
  for (const override of user) byYear.set(override.year, override);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * Checks overrides read from configuration, so that a typo in a date is reported once instead of
 * silently shifting deadlines. Entries with any error are left out.
 */
export function readYearOverrides(value: unknown): { overrides: YearOverride[]; errors: Message[] } {
  const overrides: YearOverride[] = [];
  const errors: Message[] = [];
  if (!Array.isArray(value)) {
    errors.push({
      vi: 'Lịch nghỉ bổ sung phải là một danh sách các năm.',
      en: 'Calendar overrides must be a list of years.',
    });
    return { overrides, errors };
  }
  for (const entry of value as unknown[]) {
    const found = checkEntry(entry);
    if ('year' in found) overrides.push(found);
    else errors.push(found);
  }
  return { overrides, errors };
}

function checkEntry(entry: unknown): YearOverride | Message {
  if (typeof entry !== 'object' || entry === null) {
    return { vi: 'Mỗi năm phải là một đối tượng { year, daysOff, workingDays, source }.', en: 'Each year must be an object { year, daysOff, workingDays, source }.' };
  }
  const record = entry as Record<string, unknown>;
  const year = record['year'];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    return { vi: `Năm không hợp lệ: ${JSON.stringify(year)}.`, en: `Invalid year: ${JSON.stringify(year)}.` };
  }
  const lists: Record<'daysOff' | 'workingDays', string[]> = { daysOff: [], workingDays: [] };
  for (const key of ['daysOff', 'workingDays'] as const) {
    const list = record[key] ?? [];
    if (!Array.isArray(list)) {
      return { vi: `Năm ${year}: ${key} phải là danh sách ngày YYYY-MM-DD.`, en: `Year ${year}: ${key} must be a list of YYYY-MM-DD dates.` };
    }
    for (const item of list as unknown[]) {
      const date = typeof item === 'string' ? parseIsoDate(item) : undefined;
      if (!date || date.year !== year) {
        return {
          vi: `Năm ${year}: ${JSON.stringify(item)} trong ${key} không phải là một ngày YYYY-MM-DD của năm ${year}.`,
          en: `Year ${year}: ${JSON.stringify(item)} in ${key} is not a YYYY-MM-DD date of ${year}.`,
        };
      }
      lists[key].push(item as string);
    }
  }
  const source = typeof record['source'] === 'string' ? record['source'] : '';
  const confidence = record['confidence'];
  return {
    year,
    daysOff: lists.daysOff,
    workingDays: lists.workingDays,
    source,
    ...(typeof confidence === 'string' ? { confidence } : {}),
  };
}
