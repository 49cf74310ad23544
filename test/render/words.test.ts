/** The words printed for structured values: dates, numbers, deadlines (Nghị định 30 §2.3, §2.4). */
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../server/src/deadline/parse';
import { describeDeadline, numberLine, placeDateLine, shortIssueDate, upperVi } from '../../server/src/render/words';

describe('place and date line', () => {
  it.each([
    ['05/3/2023', 'Quảng Ngãi, ngày 05 tháng 3 năm 2023'],
    ['5/3/2023', 'Quảng Ngãi, ngày 05 tháng 3 năm 2023'],
    ['17/2/2023', 'Quảng Ngãi, ngày 17 tháng 02 năm 2023'],
    ['01/01/2024', 'Quảng Ngãi, ngày 01 tháng 01 năm 2024'],
    ['15/10/2023', 'Quảng Ngãi, ngày 15 tháng 10 năm 2023'],
    ['/02/2023', 'Quảng Ngãi, ngày      tháng 02 năm 2023'],
    ['…/02/2023', 'Quảng Ngãi, ngày      tháng 02 năm 2023'],
    ['//2023', 'Quảng Ngãi, ngày      tháng      năm 2023'],
    ['ngày 05/3/2023', 'Quảng Ngãi, ngày 05 tháng 3 năm 2023'],
  ])('%s → %s', (date, expected) => {
    expect(placeDateLine('Quảng Ngãi', date)).toBe(expected);
  });

  it('prints an unreadable date as written rather than inventing one', () => {
    expect(placeDateLine('Quảng Ngãi', 'đầu tháng 3')).toBe('Quảng Ngãi, ngày đầu tháng 3');
  });

  it('gives the annex its short date', () => {
    expect(shortIssueDate('05/3/2023')).toBe('05/3/2023');
    expect(shortIssueDate('/02/2023')).toBe('      /02/2023');
  });
});

describe('number line', () => {
  it('keeps a blank for the records office in a draft', () => {
    expect(numberLine('/KH-SCT')).toBe('Số:      /KH-SCT');
    expect(numberLine('05/KH-SCT')).toBe('Số: 05/KH-SCT');
  });
});

describe('deadline words', () => {
  it.each([
    ['trước 01/6/2023', 'trước ngày 01/6/2023'],
    ['trước ngày 01/6/2023', 'trước ngày 01/6/2023'],
    ['chậm nhất 15/3/2023', 'chậm nhất ngày 15/3/2023'],
    ['đến ngày 15/3/2023', 'chậm nhất ngày 15/3/2023'],
    ['trong quý I/2023', 'trong quý I/2023'],
    ['within Q3/2023', 'trong quý III/2023'],
    ['trong tháng 2/2023', 'trong tháng 02/2023'],
    ['trong 6 tháng đầu năm 2023', 'trong 06 tháng đầu năm 2023'],
    ['trong năm 2023', 'trong năm 2023'],
    ['định kỳ 06 tháng, hằng năm', 'định kỳ 06 tháng, hằng năm'],
    ['every month', 'hằng tháng'],
    ['thường xuyên', 'thường xuyên'],
    ['khi có yêu cầu', 'khi có yêu cầu'],
    ['trong 10 ngày làm việc kể từ ngày ban hành', 'trong 10 ngày làm việc kể từ ngày ban hành Kế hoạch'],
    ['trong 15 ngày kể từ ngày 01/3/2023', 'trong 15 ngày kể từ ngày 01/3/2023'],
  ])('%s → %s', (written, expected) => {
    expect(describeDeadline(parseDeadline(written).deadline!)).toBe(expected);
  });

  it('names the task another deadline counts from', () => {
    const deadline = parseDeadline('trong 5 ngày làm việc sau @BC6T').deadline!;
    expect(describeDeadline(deadline, (id) => (id === 'BC6T' ? 'Báo cáo 06 tháng' : id))).toBe('trong 5 ngày làm việc sau khi hoàn thành Báo cáo 06 tháng');
  });
});

it('upper-cases Vietnamese', () => {
  expect(upperVi('Mục đích, yêu cầu')).toBe('MỤC ĐÍCH, YÊU CẦU');
});
