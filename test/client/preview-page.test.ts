/**
 * The preview's page (client/src/webview/preview-page.ts) in a real browser, Debian's chromium as the
 * end-to-end tests use it, with the extension's side played by the test: the server's page of a
 * five-sheet plan is posted as VS Code posts it, then edits. An edit pours again only the sheets
 * from the one that holds it until the sheets are the same as before, and whatever was kept, the
 * sheets are exactly those a fresh preview pours from the same page. How long each update took
 * (message to sheets patched) is printed beside the time of a fresh pour of the same page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { previewHtml } from '../../server/src/lsp/export';
import type { PreviewPage } from '../../server/src/lsp/protocol';
import { Workspace } from '../../server/src/model/workspace';
import { previewShell } from '../../client/src/webview/shell';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const ORIGIN = 'https://preview.kehoach.test';
const PLAN_PATH = join(ROOT, 'test', 'e2e', 'workspace', 'dan-van', 'ke-hoach.kh');
const PLAN = readFileSync(PLAN_PATH, 'utf8');
const CATALOG = readFileSync(join(ROOT, 'test', 'e2e', 'workspace', 'dan-van', 'danh-muc.kh'), 'utf8');

interface Rendered {
  version: number;
  pages: number;
  repaged: number;
  replaced: number;
  blocks: number;
  ms: number;
}

/** The server's page of a version of the plan, as the extension posts it. */
function serverPage(text: string): { html: string; page: PreviewPage } {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  workspace.setFile('file:///ws/danh-muc.kh', CATALOG);
  const file = workspace.setFile('file:///ws/ke-hoach.kh', text);
  return previewHtml(workspace, file);
}

let browser: Browser;
let script: string;

/** A webview as VS Code makes it: the shell, the bundled page script, and an acquireVsCodeApi that records what the page says. */
async function openPreview(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 640, height: 800 } });
  await page.addInitScript(() => {
    const sent: unknown[] = [];
    (window as unknown as { sent: unknown[] }).sent = sent;
    let state: unknown;
    (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
      postMessage: (message: unknown) => sent.push(message),
      getState: () => state,
      setState: (value: unknown) => (state = value),
    });
  });
  await page.route(`${ORIGIN}/**`, (route) =>
    route.request().url().endsWith('/preview-page.js')
      ? route.fulfill({ contentType: 'text/javascript', body: script })
      : route.fulfill({ contentType: 'text/html', body: previewShell({ nonce: 'test', scriptUri: `${ORIGIN}/preview-page.js`, cspSource: ORIGIN }) }),
  );
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => (window as unknown as { sent: { type: string }[] }).sent.some((message) => message.type === 'ready'));
  return page;
}

/** Posts a version of the plan and waits for the page to say it has shown it. */
async function show(page: Page, text: string, version: number): Promise<Rendered> {
  const { html, page: sheet } = serverPage(text);
  await page.evaluate((message) => window.postMessage(message, '*'), { type: 'update', html, page: sheet, version });
  const handle = await page.waitForFunction(
    (wanted) => (window as unknown as { sent: (Rendered & { type: string })[] }).sent.find((message) => message.type === 'rendered' && message.version === wanted),
    version,
  );
  return (await handle.jsonValue()) as Rendered;
}

/** What each sheet holds: its number, and each piece on it (its first source offset; ~ a cut block's rest; its cut height). */
function outline(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#pages > .sheet')].map((sheet) => [
      sheet.querySelector(':scope > .page-number')?.textContent ?? '',
      ...[...sheet.querySelector('.sheet-body')!.children].map((piece) => {
        const element = piece as HTMLElement;
        const first = element.querySelector('[data-loc]')?.getAttribute('data-loc') ?? '';
        const rows = element.querySelectorAll('tbody > tr').length;
        // A cut is drawn at a whole pixel; the fractions left of a layout do not count.
        const cut = element.style.height ? `|${Math.round(parseFloat(element.style.height))}px` : '';
        return `${element.classList.contains('continued') ? '~' : ''}${first}${cut}${rows ? `#${rows}` : ''}`;
      }),
    ]),
  );
}

/** The sheets a fresh preview pours from the same text. */
async function freshOutline(text: string): Promise<{ outline: string[][]; ms: number }> {
  const page = await openPreview();
  try {
    const { ms } = await show(page, text, 1);
    return { outline: await outline(page), ms };
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  // Debian's chromium, which scripts/setup-code-server.sh installs for the end-to-end tests.
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/setup-code-server.sh`).toBe(true);
  const bundle = await build({ entryPoints: [join(ROOT, 'client', 'src', 'webview', 'preview-page.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', target: 'chrome120' });
  script = bundle.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const at = (word: string): number => {
  const offset = PLAN.indexOf(word);
  expect(offset, word).toBeGreaterThan(0);
  return offset;
};
const replace = (text: string, word: string, by: string): string => text.slice(0, text.indexOf(word)) + by + text.slice(text.indexOf(word) + word.length);

describe('the preview page pours again only what an edit changed', () => {
  const edits: { name: string; edit: (text: string) => string; atMost?: number }[] = [
    // A word of the same length in the first paragraph: its sheet only.
    { name: 'a word changed in the first paragraph', edit: (text) => replace(text, 'thắng lợi', 'thành công'), atMost: 1 },
    { name: 'a word changed in the last part', edit: (text) => replace(text, 'toàn diện công tác', 'TOÀN DIỆN công tác'), atMost: 1 },
    // Lines added at the top push every later block down: every sheet after it changes.
    { name: 'three lines added to the first paragraph', edit: (text) => replace(text, 'thắng lợi', `thắng lợi ${'và các nhiệm vụ đã đề ra trong năm '.repeat(12)}`) },
    { name: 'a part taken out in the middle', edit: (text) => replace(text, 'III. Tổ chức thực hiện', '') },
    { name: 'a new paragraph in the middle', edit: (text) => replace(text, '2. Theo dõi, nắm chắc tình hình', `2. Đoạn mới về tình hình.\n\n3. Theo dõi, nắm chắc tình hình`) },
  ];

  test('the plan is five A4 sheets', async () => {
    expect(at('III. Tổ chức thực hiện')).toBeGreaterThan(at('thắng lợi'));
    const fresh = await freshOutline(PLAN);
    expect(fresh.outline.length).toBe(5);
    expect(fresh.outline.map((sheet) => sheet[0])).toEqual(['', '2', '3', '4', '5']);
  });

  test.each(edits)('$name: the sheets are those a fresh preview pours, and the sheets before it are kept', async ({ edit, atMost }) => {
    const page = await openPreview();
    try {
      const first = await show(page, PLAN, 1);
      const before = await outline(page);
      const sheetsBefore = await page.evaluateHandle(() => [...document.querySelectorAll('#pages > .sheet')]);
      const edited = edit(PLAN);
      const update = await show(page, edited, 2);
      const fresh = await freshOutline(edited);
      expect(await outline(page)).toEqual(fresh.outline);
      expect(update.replaced).toBeGreaterThanOrEqual(0);
      expect(update.pages).toBe(fresh.outline.length);
      // Sheets wholly before the edit are the same elements as before, untouched.
      const kept = await page.evaluate((old) => old.filter((sheet) => sheet.isConnected).length, sheetsBefore);
      expect(kept + update.repaged).toBe(update.pages);
      if (atMost !== undefined) expect(update.repaged).toBeLessThanOrEqual(atMost);
      console.log(`${update.repaged} of ${update.pages} sheets poured again, ${update.replaced} blocks replaced: ${update.ms.toFixed(1)} ms from message to sheets patched (the first pour of the plan ${first.ms.toFixed(1)} ms, a fresh pour of the edit ${fresh.ms.toFixed(1)} ms)`);
      expect(before.length).toBe(5);
    } finally {
      await page.close();
    }
  }, 60_000);

  test('edits one after the other, each on the sheets the one before left, end where a fresh preview of the last text is', async () => {
    const page = await openPreview();
    try {
      let text = PLAN;
      await show(page, text, 1);
      let version = 1;
      for (const { edit } of edits) {
        text = edit(text);
        await show(page, text, ++version);
      }
      // And back to the first text, which a reader undoing everything sees.
      await show(page, PLAN, ++version);
      expect(await outline(page)).toEqual((await freshOutline(PLAN)).outline);
    } finally {
      await page.close();
    }
  }, 120_000);

  test('an update that changes no block pours nothing', async () => {
    const page = await openPreview();
    try {
      await show(page, PLAN, 1);
      // Trailing blanks move offsets but nothing visible.
      const update = await show(page, `${PLAN}\n\n`, 2);
      expect(update.repaged).toBe(0);
      expect(update.replaced).toBe(0);
      expect(await outline(page)).toEqual((await freshOutline(`${PLAN}\n\n`)).outline);
    } finally {
      await page.close();
    }
  }, 60_000);
});
