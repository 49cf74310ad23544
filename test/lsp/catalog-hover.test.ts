/**
 * Hover on a document of the built-in catalog shows where its facts come from and its status, so
 * the drafter can check what the superseded-document check relies on.
 */
import { afterEach, expect, test } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { startTestServer, type TestClient } from './harness';
import { PLAN_HEAD } from './fixtures';

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

test('hover on a built-in document shows its status, its replacement and its source', async () => {
  client = await startTestServer({ files: {} });
  const plan = await client.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện @ND110<|>-2004.\n`);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: plan.uri }, position: plan.markers[0]!.start });
  const value = (hover.contents as MarkupContent).value;
  expect(value).toContain('Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư');
  expect(value).toContain('Tình trạng: bị thay thế từ ngày 05/3/2020');
  expect(value).toContain('Thay thế bởi: @ND30-2020');
  expect(value).toMatch(/Nguồn: .*https:\/\/vanban\.chinhphu\.vn/);
});

test('hover on a document the user declared shows what the catalog knows of its status, and its source', async () => {
  client = await startTestServer({ files: {} });
  const plan = await client.open(
    'ke-hoach.kh',
    `${PLAN_HEAD}\nvăn bản TT01: Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ\n\nThực hiện @TT<|>01.\n`,
  );
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: plan.uri }, position: plan.markers[0]!.start });
  const value = (hover.contents as MarkupContent).value;
  expect(value).toContain('Tình trạng theo danh mục kèm theo công cụ: bị thay thế từ ngày 05/3/2020, thay thế bởi 30/2020/NĐ-CP');
  expect(value).toContain('nguồn: Điều khoản hiệu lực thi hành của văn bản 30/2020/NĐ-CP');
});
