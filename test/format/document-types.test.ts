/**
 * The formatter on a Quyết định and a Công văn: their own header fields are indented as a plan's,
 * their paragraphs ("Căn cứ …", "QUYẾT ĐỊNH:", "Điều 1.") keep every word, and a second format
 * changes nothing, with LF, CRLF or CR line breaks alike.
 */
import { describe, expect, it } from 'vitest';
import { formatText } from '../../server/src/format/format';
import { parsePlan } from '../../server/src/syntax/parse';

const DECISION = [
  'quyết định',
  'cơ quan: Sở Công Thương',
  '      số:   /QĐ-SCT   ',
  '  trích yếu: Ban hành Kế hoạch năm 2023',
  '    thẩm quyền: Giám đốc Sở Công Thương',
  '',
  '',
  'Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;   ',
  '',
  'QUYẾT ĐỊNH:',
  '',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2023.',
  '1.   Khoản một.',
  '',
  'nơi nhận:',
  '- Như Điều 3',
  'ký: GIÁM ĐỐC / Nguyễn Văn A',
].join('\n');

const LETTER = ['công văn', '   kính gửi:   Sở Nội vụ; Văn phòng Sở', 'số: /SCT-VP', ' trích yếu: gửi Kế hoạch', '', 'Nội dung.'].join('\n');

describe.each([
  ['decision', DECISION],
  ['letter', LETTER],
])('formatting a %s', (_name, text) => {
  it.each(['\n', '\r\n', '\r'])('indents its fields two spaces, keeps its words, and is stable (line break %j)', (lineBreak) => {
    const source = text.replace(/\n/g, lineBreak);
    const once = formatText(source, 'file:///van-ban.kh');
    expect(formatText(once, 'file:///van-ban.kh')).toBe(once);
    const lines = once.split(lineBreak);
    const header = parsePlan('file:///van-ban.kh', once).header!;
    expect(header.fields.map((field) => lines[field.loc.range.start.line]!.match(/^ */)![0].length)).toEqual(header.fields.map(() => 2));
    const words = (value: string) => value.split(/\s+/).filter((word) => word !== '' && word !== '-');
    expect(words(once)).toEqual(words(source));
    expect(parsePlan('file:///van-ban.kh', once).header?.documentType).toBe(parsePlan('file:///van-ban.kh', source).header?.documentType);
  });
});
