/**
 * The editor on a Báo cáo or a Tờ trình: under its first line it completes the header's fields,
 * as under "kế hoạch".
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
  test.each(['báo cáo', 'tờ trình', 'report'])('"%s" offers the header fields "kế hoạch" offers', async (head) => {
    const plan = await labelsUnder('kế hoạch');
    expect(plan).toEqual(expect.arrayContaining(['số', 'ngày', 'trích yếu']));
    expect(await labelsUnder(head)).toEqual(plan);
  });
});
