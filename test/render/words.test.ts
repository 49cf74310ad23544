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
    // The forms drafters type in the corpus: in words, with blanks, spaces or dots.
    ['ngày 05 tháng 3 năm 2023', 'Quảng Ngãi, ngày 05 tháng 3 năm 2023'],
    ['Ngày 5 tháng 03 năm 2023', 'Quảng Ngãi, ngày 05 tháng 3 năm 2023'],
    ['ngay 05 thang 3 nam 2023', 'Quảng Ngãi, ngày 05 tháng 3 năm 2023'],
    ['05/3/2023', 'Quảng Ngãi, ngày 05 tháng 3 năm 2023'],
    ['ngày    tháng 02 năm 2023', 'Quảng Ngãi, ngày      tháng 02 năm 2023'],
    ['tháng 02 năm 2023', 'Quảng Ngãi, ngày      tháng 02 năm 2023'],
    ['… /02/2023', 'Quảng Ngãi, ngày      tháng 02 năm 2023'],
    ['ngày ..../02/2023', 'Quảng Ngãi, ngày      tháng 02 năm 2023'],
    ['  /  /2023', 'Quảng Ngãi, ngày      tháng      năm 2023'],
    ['…/…/2023', 'Quảng Ngãi, ngày      tháng      năm 2023'],
    ['ngày … tháng … năm 2022', 'Quảng Ngãi, ngày      tháng      năm 2022'],
    ['ngày tháng năm 2022', 'Quảng Ngãi, ngày      tháng      năm 2022'],
    ['ngày ___ tháng ___ năm 2022', 'Quảng Ngãi, ngày      tháng      năm 2022'],
    ['ngày … tháng … năm …', 'Quảng Ngãi, ngày      tháng      năm      '],
  ])('%s → %s', (date, expected) => {
    expect(placeDateLine('Quảng Ngãi', date)).toBe(expected);
  });

  it('prints the template line with every part blank for an empty or missing date, never a dangling "ngày "', () => {
    expect(placeDateLine('Phú Yên', '')).toBe('Phú Yên, ngày      tháng      năm      ');
    expect(placeDateLine('Phú Yên', '   ')).toBe('Phú Yên, ngày      tháng      năm      ');
    expect(placeDateLine('Phú Yên', undefined)).toBe('Phú Yên, ngày      tháng      năm      ');
    expect(placeDateLine(undefined, '')).toBe('ngày      tháng      năm      ');
  });

  it.each([
    ['đầu tháng 3', 'Quảng Ngãi, ngày đầu tháng 3'],
    ['ngày mai', 'Quảng Ngãi, ngày mai'],
    ['05//2023', 'Quảng Ngãi, ngày 05//2023'],
    ['ngày 05 tháng … năm 2023', 'Quảng Ngãi, ngày 05 tháng … năm 2023'],
    ['13/13/2023', 'Quảng Ngãi, ngày 13/13/2023'],
    ['05/3/23', 'Quảng Ngãi, ngày 05/3/23'],
  ])('prints the unreadable %s as written rather than inventing a date', (date, expected) => {
    expect(placeDateLine('Quảng Ngãi', date)).toBe(expected);
  });

  it('gives the annex its short date, in figures whatever the form', () => {
    expect(shortIssueDate('05/3/2023')).toBe('05/3/2023');
    expect(shortIssueDate('ngày 05 tháng 3 năm 2023')).toBe('05/3/2023');
    expect(shortIssueDate('/02/2023')).toBe('      /02/2023');
    expect(shortIssueDate('ngày … tháng 02 năm 2023')).toBe('      /02/2023');
    expect(shortIssueDate('')).toBe('      /      /      ');
    expect(shortIssueDate('đầu tháng 3')).toBe('đầu tháng 3');
  });

  it('reads a run of thousands of blanks and dots in linear time', () => {
    const run = ' .…'.repeat(20000);
    const started = performance.now();
    expect(placeDateLine('Quảng Ngãi', `ngày${run}tháng${run}02${run}năm${run}2023`)).toBe('Quảng Ngãi, ngày      tháng 02 năm 2023');
    expect(placeDateLine('Quảng Ngãi', `${run}/${run}/${run}`)).toBe('Quảng Ngãi, ngày      tháng      năm      ');
    expect(performance.now() - started).toBeLessThan(2000);
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
