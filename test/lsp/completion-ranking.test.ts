import { afterEach, describe, expect, test } from 'vitest';
import type { CompletionList } from 'vscode-languageserver';
import { startTestServer, type TestClient } from './harness';
import { PLAN_HEAD } from './fixtures';

/**
 * Completion after `@` while the drafter types a name without diacritics: the server ranks (exact
 * short name or id, then a prefix, then words anywhere, then letters in order) and the filter text
 * it gives lets the editor keep the list open, in the server's order, until the next answer.
 */

const UNITS = `
đơn vị VPUB: Văn phòng UBND tỉnh
đơn vị UBNDQN: UBND tỉnh Quảng Ngãi
đơn vị TINHUY: Tỉnh ủy Quảng Ngãi
đơn vị UBT: UBND tỉnh
đơn vị UBH: UBND huyện Sơn Tịnh
đơn vị SNV: Sở Nội vụ
đơn vị NVU: Ban Nội chính
đơn vị DV: Ban Dân vận Tỉnh ủy
văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/01/2023 của UBND tỉnh
  trích yếu: Thực hiện công tác dân vận chính quyền năm 2023
`;

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

async function complete(typed: string): Promise<CompletionList> {
  client = await startTestServer({ files: { 'danh-muc.kh': UNITS } });
  const text = `${PLAN_HEAD}\nThực hiện @${typed}\n`;
  const file = await client.open('ke-hoach.kh', text);
  const line = text.split('\n').findIndex((each) => each.startsWith('Thực hiện @'));
  return client.request<CompletionList>('textDocument/completion', {
    textDocument: { uri: file.uri },
    position: { line, character: `Thực hiện @${typed}`.length },
  });
}

/** What VS Code shows: items whose filter text holds the typed letters in order, by sortText. */
function shown(list: CompletionList, typed: string): string[] {
  const folded = typed.toLowerCase();
  const matches = (filter: string): boolean => {
    let next = 0;
    for (const ch of filter.toLowerCase()) if (ch === folded[next]) next++;
    return next === folded.length;
  };
  return list.items
    .filter((item) => matches(item.filterText ?? item.label))
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
    .map((item) => item.label);
}

describe('completion after @ ranks while typing', () => {
  test('the unit whose name is exactly the query comes first, then names it starts, then names that hold its words', async () => {
    const list = await complete('ubnd tinh');
    const labels = shown(list, 'ubnd tinh');
    expect(labels[0]).toBe('UBT');
    expect(labels.indexOf('UBNDQN')).toBeLessThan(labels.indexOf('VPUB'));
    expect(labels).toContain('KH30');
    expect(labels).not.toContain('SNV');
  });

  test.each([
    ['noi vu', 'SNV'],
    ['Nội vụ', 'SNV'],
    ['dan van', 'DV'],
    ['snv', 'SNV'],
  ])('"@%s" puts %s first', async (typed, first) => {
    const list = await complete(typed);
    expect(shown(list, typed)[0]).toBe(first);
  });

  test('letters in order match last: "bnd" finds the UBND units after nothing better', async () => {
    const labels = shown(await complete('bnd qn'), 'bnd qn');
    expect(labels).toContain('UBNDQN');
  });

  test.each(['noi v', 'dan va', 'ubnd ti', 'Nội v'])('the list for "@%s" still shows its first candidate once one more letter is typed', async (typed) => {
    const list = await complete(typed);
    const first = shown(list, typed)[0]!;
    const next = { 'noi v': 'noi vu', 'dan va': 'dan van', 'ubnd ti': 'ubnd tin', 'Nội v': 'Nội vụ' }[typed]!;
    expect(shown(list, next)).toContain(first);
    expect(list.isIncomplete).toBe(true);
  });
});
