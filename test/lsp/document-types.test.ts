/**
 * The editor on each type of document: under its first line it completes the header's fields of
 * that type, a Quyết định's authority, a Công văn's and a Báo cáo's addressees, a plan's decision.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { CompletionList } from 'vscode-languageserver';
import { CATALOG } from './fixtures';
import { startTestServer, type TestClient } from './harness';

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

async function labelsUnder(head: string): Promise<string[]> {
  client?.dispose();
  client = await startTestServer({ files: { 'danh-muc.kh': CATALOG } });
  const file = await client.open('van-ban.kh', `${head}\n  cơ quan: Sở Công Thương\n  <|>\n`);
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: file.uri }, position: file.markers[0]!.start });
  return list.items.map((item) => item.label).sort();
}

describe('completion under the first line of a typed document', () => {
  const COMMON = ['cơ quan chủ quản', 'cơ quan', 'số', 'nơi ban hành', 'ngày', 'trích yếu'];
  test.each([
    ['kế hoạch', ['phụ đề', 'thời kỳ', 'phụ lục', 'kèm theo'], ['thẩm quyền', 'kính gửi']],
    ['báo cáo', ['phụ đề', 'kính gửi'], ['thẩm quyền', 'kèm theo']],
    ['report', ['phụ đề', 'kính gửi'], ['thẩm quyền', 'kèm theo']],
    ['tờ trình', ['kính gửi'], ['thẩm quyền', 'kèm theo']],
    ['quyết định', ['thẩm quyền'], ['kính gửi', 'phụ đề', 'phụ lục', 'kèm theo']],
    ['decision', ['thẩm quyền'], ['kính gửi', 'phụ đề']],
    ['công văn', ['kính gửi'], ['thẩm quyền', 'phụ đề', 'phụ lục', 'kèm theo']],
  ])('"%s" offers the header fields of its type: %j and not %j', async (head, own, others) => {
    const labels = await labelsUnder(head);
    expect(labels).toEqual(expect.arrayContaining([...COMMON, ...own]));
    for (const label of others) expect(labels).not.toContain(label);
  });
});
