/**
 * Capitals in the names of laws (Phụ lục II, V.6): a known name written with other capitals is
 * reported, in prose and in declarations, with a safe fix that changes only the capitals; correct
 * names, headings in capitals and common phrases are left alone.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { applyFixes } from '../../server/src/check/fixes';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { plan } from './helpers';

const URI = 'file:///ke-hoach.kh';

function found(text: string) {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  workspace.setFile(URI, text);
  return checkFile(workspace, URI, { calendar: new WorkingCalendar() }).filter((diagnostic) => diagnostic.code === 'capitalisation/document-name');
}

describe('capitalisation/document-name', () => {
  it.each([
    ['Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'],
    ['Căn cứ Luật Tổ chức Chính quyền địa phương năm 2015;', 'Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;'],
    ['Thực hiện Luật phòng, chống tham nhũng năm 2018;', 'Thực hiện Luật Phòng, chống tham nhũng năm 2018;'],
    ['Căn cứ Luật tổ chức Chính phủ năm 2015;', 'Căn cứ Luật Tổ chức Chính phủ năm 2015;'],
    ['Tuyên truyền Bộ luật lao động năm 2019.', 'Tuyên truyền Bộ luật Lao động năm 2019.'],
  ])('%s', (sentence, after) => {
    const text = plan(sentence);
    const [diagnostic, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(diagnostic!.fixes![0]!.safe).toBe(true);
    expect(applyFixes(text, diagnostic!.fixes!).text).toBe(plan(after));
  });

  it('is reported in a declaration too', () => {
    const text = plan('văn bản LTC: Luật tổ chức chính quyền địa phương ngày 19/6/2015\n\nCăn cứ @LTC;');
    expect(found(text).map((diagnostic) => text.slice(diagnostic.location.start, diagnostic.location.end))).toEqual(['Luật tổ chức chính quyền địa phương']);
  });

  it.each([
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương;',
    'CĂN CỨ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG',
    'Nâng cao ý thức tôn trọng luật pháp và tổ chức chính quyền địa phương các cấp.',
    'Phổ biến luật giao thông cho học sinh.',
    'Luật Tổ chức chính quyền địa phương sửa đổi được thông qua.',
  ])('leaves "%s" alone', (sentence) => {
    expect(found(plan(sentence))).toEqual([]);
  });
});
