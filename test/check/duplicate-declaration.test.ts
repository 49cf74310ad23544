/**
 * ref/duplicate-declaration says where the other declarations are: the line in the same file, or
 * the other file's path from the folder of the file being checked, with its line.
 */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { plan } from './helpers';

const calendar = new WorkingCalendar();
const PLAN_URI = 'file:///ws/ke-hoach/ke-hoach.kh';
const UNIT = 'đơn vị PTC: Phòng Tài chính';

describe('ref/duplicate-declaration', () => {
  it.each([
    // [other files (uri → text), where the message says the other declaration is]
    [{}, 'dòng 14', 'line 14', `1. Một.\n${UNIT}`],
    [{ 'file:///ws/ke-hoach/danh-muc.kh': UNIT }, 'danh-muc.kh:1', 'danh-muc.kh:1'],
    [{ 'file:///ws/ke-hoach/chung/don-vi.kh': `// đơn vị\n${UNIT}` }, 'chung/don-vi.kh:2', 'chung/don-vi.kh:2'],
    [{ 'file:///ws/danh-muc.kh': UNIT }, '../danh-muc.kh:1', '../danh-muc.kh:1'],
    [{ 'file:///ws/khac/danh%20m%E1%BB%A5c.kh': UNIT }, '../khac/danh mục.kh:1', '../khac/danh mục.kh:1'],
    [
      { 'file:///ws/ke-hoach/a.kh': UNIT, 'file:///ws/ke-hoach/b.kh': UNIT, 'file:///ws/ke-hoach/c.kh': UNIT, 'file:///ws/ke-hoach/d.kh': UNIT },
      'a.kh:1, b.kh:1, c.kh:1, …',
      'a.kh:1, b.kh:1, c.kh:1, …',
    ],
  ] as [Record<string, string>, string, string, string?][])('%j: elsewhere at %s', (others, vi, en, body = '1. Một.') => {
    const workspace = new Workspace();
    workspace.setFile(PLAN_URI, plan(body).replace('đơn vị PKT: Phòng Kinh tế', `đơn vị PKT: Phòng Kinh tế\n${UNIT}`));
    for (const [uri, text] of Object.entries(others)) workspace.setFile(uri, text);
    const found = checkFile(workspace, PLAN_URI, { calendar }).filter((diagnostic) => diagnostic.code === 'ref/duplicate-declaration');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message.vi).toContain(`(nơi khác: ${vi})`);
    expect(found[0]!.message.en).toContain(`(elsewhere: ${en})`);
    expect(found[0]!.message.vi).not.toContain('file:');
  });
});
