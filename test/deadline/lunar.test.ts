import { describe, expect, it } from 'vitest';
import { addDays, type CivilDate, formatVnDate } from '../../server/src/base/civil-date';
import { lunarNewYear, lunarNewYearsEve, lunarToSolar, solarToLunar } from '../../server/src/deadline/lunar';
import { hndLunarToSolar } from './hnd-reference';

function iso(date: CivilDate): string {
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

// Published Tết Nguyên đán dates in Vietnam.
const TET: [number, string][] = [
  [1985, '21/01/1985'],
  [2000, '05/02/2000'],
  [2001, '24/01/2001'],
  [2002, '12/02/2002'],
  [2003, '01/02/2003'],
  [2004, '22/01/2004'],
  [2005, '09/02/2005'],
  [2006, '29/01/2006'],
  [2007, '17/02/2007'],
  [2008, '07/02/2008'],
  [2009, '26/01/2009'],
  [2010, '14/02/2010'],
  [2011, '03/02/2011'],
  [2012, '23/01/2012'],
  [2013, '10/02/2013'],
  [2014, '31/01/2014'],
  [2015, '19/02/2015'],
  [2016, '08/02/2016'],
  [2017, '28/01/2017'],
  [2018, '16/02/2018'],
  [2019, '05/02/2019'],
  [2020, '25/01/2020'],
  [2021, '12/02/2021'],
  [2022, '01/02/2022'],
  [2023, '22/01/2023'],
  [2024, '10/02/2024'],
  [2025, '29/01/2025'],
  [2026, '17/02/2026'],
  [2027, '06/02/2027'],
  [2028, '26/01/2028'],
  [2029, '13/02/2029'],
  // The new moon falls at 23:07 in Hà Nội and 00:07 in Beijing: China celebrates on 03/02/2030.
  [2030, '02/02/2030'],
];

// Giỗ Tổ Hùng Vương, 10 tháng 3 âm lịch.
const HUNG_KINGS: [number, string][] = [
  [2019, '14/04/2019'],
  [2020, '02/04/2020'],
  [2021, '21/04/2021'],
  [2022, '10/04/2022'],
  [2023, '29/04/2023'],
  [2024, '18/04/2024'],
  [2025, '07/04/2025'],
  [2026, '26/04/2026'],
];

describe('lunar calendar (Vietnam, UTC+7)', () => {
  it.each(TET)('Tết %i is %s', (year, expected) => {
    expect(iso(lunarNewYear(year))).toBe(expected);
  });

  it('uses the Vietnamese calendar, not the Chinese one (Tết 2007 and 1985 differ)', () => {
    expect(formatVnDate(lunarNewYear(2007))).toBe('17/02/2007');
    expect(formatVnDate(lunarNewYear(1985))).toBe('21/01/1985');
  });

  it.each(HUNG_KINGS)('Giỗ Tổ %i is %s', (year, expected) => {
    expect(iso(lunarToSolar(year, 3, 10))).toBe(expected);
  });

  it('gives giao thừa as the day before Tết (30 Tết in 2023, 29 Tết in 2026)', () => {
    expect(formatVnDate(lunarNewYearsEve(2023))).toBe('21/01/2023');
    expect(solarToLunar(lunarNewYearsEve(2023))).toEqual({ year: 2022, month: 12, day: 30, leap: false });
    expect(solarToLunar(lunarNewYearsEve(2026))).toEqual({ year: 2025, month: 12, day: 29, leap: false });
  });

  it('converts solar to lunar, including the leap second month of 2023', () => {
    expect(solarToLunar({ year: 2023, month: 1, day: 22 })).toEqual({ year: 2023, month: 1, day: 1, leap: false });
    expect(solarToLunar({ year: 2023, month: 4, day: 29 })).toEqual({ year: 2023, month: 3, day: 10, leap: false });
    expect(solarToLunar({ year: 2023, month: 3, day: 22 })).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar({ year: 2023, month: 1, day: 21 })).toEqual({ year: 2022, month: 12, day: 30, leap: false });
  });

  it('converts lunar to solar in leap months and refuses dates that do not exist', () => {
    expect(formatVnDate(lunarToSolar(2023, 2, 1, true))).toBe('22/3/2023');
    expect(formatVnDate(lunarToSolar(2023, 2, 1))).toBe('20/02/2023');
    expect(() => lunarToSolar(2024, 2, 1, true)).toThrow(RangeError);
    expect(() => lunarToSolar(2026, 12, 30)).toThrow(RangeError);
    expect(() => lunarToSolar(2023, 1, 0)).toThrow(RangeError);
  });

  it('round-trips every day of 2023–2025', () => {
    for (let day = 0; day < 3 * 365; day++) {
      const civil = addDays({ year: 2023, month: 1, day: 1 }, day);
      const lunar = solarToLunar(civil);
      expect(lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leap)).toEqual(civil);
    }
  });

  it('agrees with Hồ Ngọc Đức’s algorithm on Tết and Giỗ Tổ, 1968–2100', () => {
    for (let year = 1968; year <= 2100; year++) {
      const [day, month, y] = hndLunarToSolar(1, 1, year);
      expect(lunarNewYear(year), `Tết ${year}`).toEqual({ year: y, month, day });
      const [d2, m2, y2] = hndLunarToSolar(10, 3, year);
      expect(lunarToSolar(year, 3, 10), `Giỗ Tổ ${year}`).toEqual({ year: y2, month: m2, day: d2 });
    }
  });
});
