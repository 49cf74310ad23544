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
  // The page the facts were read from, and the page that states the replacement.
  expect(value).toMatch(/Nguồn: .*https:\/\/thuvienphapluat\.vn\/van-ban\/bo-may-hanh-chinh\/Nghi-dinh-110-2004-ND-CP-cong-tac-van-thu-51987\.aspx/);
  expect(value).toMatch(/tapchicongthuong\.vn\/bai-viet\/mot-so-diem-moi-cua-nghi-dinh-so-302020nd-cp/);
});

test('hover on a document the user declared shows what the catalog knows of its status, and its source', async () => {
  client = await startTestServer({ files: {} });
  const plan = await client.open(
    'ke-hoach.kh',
    `${PLAN_HEAD}\nvăn bản ND110: Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ\n\nThực hiện @ND<|>110.\n`,
  );
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: plan.uri }, position: plan.markers[0]!.start });
  const value = (hover.contents as MarkupContent).value;
  expect(value).toContain('Tình trạng theo danh mục kèm theo công cụ: bị thay thế từ ngày 05/3/2020, thay thế bởi 30/2020/NĐ-CP');
  expect(value).toContain('nguồn: http://tapchicongthuong.vn/bai-viet/mot-so-diem-moi-cua-nghi-dinh-so-302020nd-cp');
});

test('hover on a built-in document whose serial has a letter shows its citation and source', async () => {
  client = await startTestServer({ files: {} });
  const plan = await client.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện @NQ30c<|>-2011.\n`);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: plan.uri }, position: plan.markers[0]!.start });
  const value = (hover.contents as MarkupContent).value;
  expect(value).toContain('Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020');
  expect(value).toMatch(/Nguồn: https:\/\/phapluatcongdong\.vn\/van-ban\/quyet-dinh-1383-qd-bnv/);
});
