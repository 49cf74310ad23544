/**
 * The new-document command of each type (kehoach/newPlan with a documentType): the server's
 * template opens with the type's first line, takes the workspace plan's agency and place and gives
 * the symbol the type's form ("/QĐ-SCT", a letter's "/SCT-…"), and the template filled in as a
 * drafter leaves its placeholders is a document of that type that checks without an error and with
 * none of its type's own warnings.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { documentTypeOf } from '../../server/src/model/document-types';
import { Workspace } from '../../server/src/model/workspace';
import { CATALOG, PLAN_HEAD } from './fixtures';
import { startTestServer, type TestClient, uriOf } from './harness';

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

/**
 * The snippet as inserted with every placeholder kept: `${n:text}` becomes its text (inner ones
 * first), `${n}` repeats what tab stop n holds, the date variables are a month and a year.
 */
function expand(snippet: string): string {
  const stops = new Map<string, string>();
  let text = snippet.replace(/\$CURRENT_MONTH/g, '02').replace(/\$CURRENT_YEAR/g, '2023');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{(\d+)\}/g, (whole, stop: string) => stops.get(stop) ?? whole);
    text = text.replace(/\$\{(\d+):([^${}]*)\}/g, (_whole, stop: string, value: string) => {
      stops.set(stop, value);
      return value;
    });
  }
  return text.replace(/\$0/g, '').replace(/\\([$}\\])/g, '$1');
}

function check(text: string): Diagnostic[] {
  const workspace = new Workspace();
  workspace.setFile('file:///ws/danh-muc.kh', `${CATALOG.replace(/^  /gm, '')}đơn vị CQ: Cơ quan nhận\n`);
  workspace.setFile('file:///ws/moi.kh', text);
  return checkFile(workspace, 'file:///ws/moi.kh', { calendar: new WorkingCalendar() });
}

describe('a new document of each type', () => {
  test.each([
    ['ke-hoach', 'kế hoạch', 'Kế hoạch', '/KH-SCT'],
    ['bao-cao', 'báo cáo', 'Báo cáo', '/BC-SCT'],
    ['to-trinh', 'tờ trình', 'Tờ trình', '/TTr-SCT'],
    ['quyet-dinh', 'quyết định', 'Quyết định', '/QĐ-SCT'],
    ['cong-van', 'công văn', 'Công văn', '/SCT-…'],
  ])('%s: opens with "%s", is a %s, numbered %s after the workspace plan', async (documentType, head, name, symbol) => {
    client = await startTestServer({ files: { 'danh-muc.kh': CATALOG, 'cu.kh': PLAN_HEAD } });
    const { snippet } = await client.request<{ snippet: string }>('kehoach/newPlan', { uri: uriOf(''), documentType });
    expect(snippet.split('\n')[0]).toBe(head);
    expect(snippet).toContain('cơ quan: ${2:Sở Công Thương}');
    expect(snippet).toContain(`số: \${3:${symbol}}`);
    // Filled in as a drafter would: an agency that has a parent, a real reference and addressee.
    const filled = expand(snippet).replace(/@…/g, '@KH30').replace(/kính gửi: …/g, 'kính gửi: @CQ').replace(/…/g, 'nội dung');
    const workspace = new Workspace();
    expect(documentTypeOf(workspace.setFile('file:///ws/moi.kh', filled)).name).toBe(name);
    const found = check(filled);
    expect(found.filter((diagnostic) => diagnostic.severity === 'error').map((d) => `${d.code} ${d.message.en}`)).toEqual([]);
    expect(found.filter((diagnostic) => /^(decision|letter)\//.test(diagnostic.code)).map((d) => `${d.code} ${d.message.en}`)).toEqual([]);
  });

  test('a type the server does not know gets the plan, as a request without one does', async () => {
    client = await startTestServer({ files: { 'danh-muc.kh': CATALOG } });
    const plan = await client.request<{ snippet: string }>('kehoach/newPlan', {});
    for (const documentType of ['thong-bao', '__proto__', 42]) {
      expect(await client.request<{ snippet: string }>('kehoach/newPlan', { documentType })).toEqual(plan);
    }
    expect(plan.snippet.startsWith('kế hoạch\n')).toBe(true);
  });
});
