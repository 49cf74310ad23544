/**
 * Completion of a document number after "số" from the catalogs: the number, its date and issuer as
 * a citation writes them, with the subject and the status shown beside it.
 */
import { afterEach, expect, test } from 'vitest';
import type { CompletionList } from 'vscode-languageserver';
import { startTestServer, type TestClient } from './harness';
import { PLAN_HEAD } from './fixtures';

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

test('after "số" offers the catalog documents whose number starts with what was typed', async () => {
  client = await startTestServer({ files: {} });
  const plan = await client.open('ke-hoach.kh', `${PLAN_HEAD}\nvăn bản ND: Nghị định số 110/20<|>\n`);
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: plan.uri }, position: plan.markers[0]!.start });
  const item = list.items.find((candidate) => candidate.label === '110/2004/NĐ-CP');
  expect(item?.textEdit).toMatchObject({ newText: '110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ' });
  expect(item?.detail).toContain('bị thay thế');
  expect(list.isIncomplete).toBe(true);
});

/** [what is typed after "số", the number offered, the words it completes to]: a serial with a letter, a law, a Party number. */
const NUMBERS: [string, string, string][] = [
  ['30c', '30c/NQ-CP', '30c/NQ-CP ngày 08/11/2011 của Chính phủ'],
  ['30C/N', '30c/NQ-CP', '30c/NQ-CP ngày 08/11/2011 của Chính phủ'],
  ['72/2025', '72/2025/QH15', '72/2025/QH15 ngày 16/6/2025 của Quốc hội'],
  ['120-KL', '120-KL/TW', '120-KL/TW ngày 07/01/2016 của Bộ Chính trị'],
];

test.each(NUMBERS)('after "số %s" offers %s', async (typed, number, words) => {
  client = await startTestServer({ files: {} });
  const plan = await client.open('ke-hoach.kh', `${PLAN_HEAD}\nCăn cứ Nghị quyết số ${typed}<|>\n`);
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: plan.uri }, position: plan.markers[0]!.start });
  expect(list.items.find((candidate) => candidate.label === number)?.textEdit).toMatchObject({ newText: words });
});
