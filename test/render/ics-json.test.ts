/**
 * iCalendar (RFC 5545: CRLF, folding at 75 octets without cutting a UTF-8 sequence, escaping, stable
 * UIDs, the effective last day) and the JSON model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { escapeIcsText, foldIcsLine, renderIcs } from '../../server/src/render/ics';
import { planJson } from '../../server/src/render/json';
import { loadSample, loadText, SEED_SAMPLE } from './helpers';

const calendar = new WorkingCalendar();
const now = new Date('2023-03-05T08:30:00Z');

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('iCalendar', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds at 75 octets without cutting a Vietnamese letter', () => {
    const line = `SUMMARY:${'Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở '.repeat(4)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('folds any mix of one- to four-octet characters greedily, each part within 75 octets', () => {
    const alphabet = ['a', ' ', 'ệ', 'Ư', '\u20ac', '\u{1F4C5}', '\uD800', '\u0301'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 400 }), (characters) => {
        const line = characters.join('');
        const parts = foldIcsLine(line).split('\r\n');
        const bodies = parts.map((part, index) => (index === 0 ? part : part.slice(1)));
        expect(bodies.join('')).toBe(line);
        parts.forEach((part, index) => {
          expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
          // Greedy: the first character of the next part would not have fitted in this one.
          const next = bodies[index + 1];
          if (next !== undefined) {
            const first = String.fromCodePoint(next.codePointAt(0)!);
            expect(Buffer.byteLength(part + first, 'utf8')).toBeGreaterThan(75);
          }
        });
      }),
    );
  });

  it('writes one all-day event per task with a last day, on the effective last day, with CRLF only', () => {
    const { workspace, file } = loadSample(SEED_SAMPLE);
    const ics = renderIcs(workspace, file, { calendar, now });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    // BC6T, BCN, DKMH and DKSO have dates; BCDK is recurring and BCMH is on request.
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(4);
    expect(lines).toContain('DTSTART;VALUE=DATE:20230531');
    expect(lines).toContain('DTEND;VALUE=DATE:20230601');
    expect(lines).toContain('DTSTART;VALUE=DATE:20231014');
    expect(lines.filter((line) => line.startsWith('DTSTAMP:'))).toEqual(Array(4).fill('DTSTAMP:20230305T083000Z'));
    const description = lines.find((line) => line.startsWith('DESCRIPTION:Chủ trì: Văn phòng Sở'));
    expect(description).toContain('\\nThời hạn: trước ngày 01/6/2023');
  });

  it('keeps UIDs stable across builds and distinct across tasks and plans', () => {
    const { workspace, file } = loadSample(SEED_SAMPLE);
    const uids = (text: string) => unfold(text).filter((line) => line.startsWith('UID:'));
    const first = uids(renderIcs(workspace, file, { calendar, now }));
    const again = uids(renderIcs(workspace, file, { calendar, now: new Date('2024-01-01T00:00:00Z') }));
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    const other = loadText('kế hoạch\n  cơ quan: Sở Nội vụ\n  trích yếu: Khác\n\nI. Việc\n1. Làm.\n   nhiệm vụ BC6T: chủ trì Sở; hạn trước 01/6/2023\n');
    const otherUid = uids(renderIcs(other.workspace, other.file, { calendar, now }))[0]!;
    expect(otherUid.startsWith('UID:BC6T-')).toBe(true);
    expect(first).not.toContain(otherUid);
  });

  it('keeps UIDs when a draft gets its number and day at signing, or its title is reworded', () => {
    const plan = (number: string, date: string, title: string) =>
      `kế hoạch\n  cơ quan: Sở Nội vụ\n  số: ${number}\n  ngày: ${date}\n  trích yếu: ${title}\n\nI. Việc\n1. Làm.\n   nhiệm vụ BC: chủ trì Sở; hạn trước 01/6/2023\n`;
    const uidOf = (text: string) => {
      const { workspace, file } = loadText(text);
      return unfold(renderIcs(workspace, file, { calendar, now })).find((line) => line.startsWith('UID:'));
    };
    const draft = uidOf(plan('/KH-SNV', '/02/2023', 'Dự thảo'));
    expect(uidOf(plan('05/KH-SNV', '17/02/2023', 'Kế hoạch đã ký'))).toBe(draft);
    expect(uidOf(plan('05/KH-SNV', '17/02/2024', 'Kế hoạch đã ký'))).not.toBe(draft);
  });

  it('counts working days from the issue date when the plan states it', () => {
    const { workspace, file } = loadText(
      'kế hoạch\n  cơ quan: Sở Công Thương\n  ngày: 05/3/2023\n  trích yếu: Thử\n\nI. Việc\n1. Làm.\n   nhiệm vụ A: Việc A; chủ trì Sở; hạn trong 10 ngày làm việc kể từ ngày ban hành\n',
    );
    const lines = unfold(renderIcs(workspace, file, { calendar, now }));
    // 05/3/2023 is a Sunday: ten working days after it end on Friday 17/3/2023.
    expect(lines).toContain('DTSTART;VALUE=DATE:20230317');
  });
});

/** A plan of one task per deadline, issued 05/3/2023. */
function tasksPlan(deadlines: string[]): string {
  return [
    'kế hoạch\n  cơ quan: Sở Công Thương\n  ngày: 05/3/2023\n  trích yếu: Thử\n\nI. Việc\n1. Làm.',
    ...deadlines.map((deadline, k) => `   nhiệm vụ T${k}: Việc ${k}; chủ trì Sở; hạn ${deadline}`),
  ].join('\n');
}

describe('days beyond the years 1000–9999', () => {
  // T2 and T3 count past 31/12/9999; T4 ends on it, the last day an iCalendar DATE can hold.
  const { workspace, file } = loadText(
    tasksPlan([
      'trong 3650 ngày kể từ ngày 01/01/9980',
      'trong 3650 ngày sau @T0',
      'trong 3650 ngày sau @T1',
      'trong 1 ngày sau @T2',
      'chậm nhất 31/12/9999',
    ]),
  );

  it('never reach the calendar, and every DATE there has four digits of year', () => {
    const lines = unfold(renderIcs(workspace, file, { calendar, now }));
    const dates = lines.filter((line) => line.includes(';VALUE=DATE:'));
    for (const line of dates) expect(line).toMatch(/;VALUE=DATE:\d{8}$/);
    expect(dates).toEqual([
      'DTSTART;VALUE=DATE:99891229',
      'DTEND;VALUE=DATE:99891230',
      'DTSTART;VALUE=DATE:99991227',
      'DTEND;VALUE=DATE:99991228',
      'DTSTART;VALUE=DATE:99991231',
    ]);
  });

  it('have no last day in the JSON model', () => {
    const lastDays = planJson(workspace, file, { calendar }).tasks.map((task) => task.deadline?.lastDay);
    expect(lastDays).toEqual(['9989-12-29', '9999-12-27', undefined, undefined, '9999-12-31']);
  });
});

describe('JSON model', () => {
  it.each([
    [{}, 'ke-hoach.kh'],
    [{ source: '2024/quy-1/ke-hoach.kh' }, '2024/quy-1/ke-hoach.kh'],
  ])('names the plan by its place in the workspace (%j), never by an absolute path', (options, source) => {
    const { workspace, file } = loadText(tasksPlan([]), 'file:///home/someone/secret/ke-hoach.kh');
    const json = planJson(workspace, file, { calendar, ...options });
    expect(json.source).toBe(source);
    expect(JSON.stringify(json)).not.toContain('/home/someone');
  });

  it('gives tasks with resolved units and ISO last days, and citations with their parts', () => {
    const { workspace, file } = loadSample(SEED_SAMPLE);
    const json = planJson(workspace, file, { calendar });
    expect(json.header.title).toBe('Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023 của Sở Công Thương');
    const bc6t = json.tasks.find((task) => task.id === 'BC6T')!;
    expect(bc6t.lead).toEqual([{ id: 'VP', name: 'Văn phòng Sở' }]);
    expect(bc6t.receivers).toEqual([{ id: 'SNV', name: 'Sở Nội vụ' }]);
    expect(bc6t.deadline).toEqual({ written: 'trước 01/6/2023', words: 'trước ngày 01/6/2023', kind: 'before', lastDay: '2023-05-31' });
    expect(json.tasks.find((task) => task.id === 'DKSO')!.dependsOn).toEqual(['DKMH']);
    expect(json.tasks.find((task) => task.id === 'BCMH')!.deadline).toEqual({ written: 'khi có yêu cầu', words: 'khi có yêu cầu', kind: 'on-request' });
    const kh30 = json.citations[0]!;
    expect(kh30).toMatchObject({ id: 'KH30', type: 'Kế hoạch', number: '30/KH-UBND', serial: '30', typeAbbreviation: 'KH', date: '2023-02-17', issuer: 'Ủy ban nhân dân tỉnh' });
    expect(json.citations.find((citation) => citation.id === 'ND04-2015')).toMatchObject({ year: 2015, builtin: true });
    expect(json.signer).toEqual({ titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Đức Huy' });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
