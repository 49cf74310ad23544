/**
 * What an editor shows of a file besides its problems follows changes made elsewhere: a catalog
 * created on disk turns an unknown reference into a document in the semantic tokens, and a changed
 * setting moves the inlay hints, so the server asks the client to draw both again
 * (`workspace/semanticTokens/refresh`, `workspace/inlayHint/refresh`) when the client says it can.
 * And the day deadlines are judged on (`kehoach.deadlines.asOf`) drives the overdue problems as it
 * drives the deadline view: the setting, else the configuration's `asOf`, else nothing.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic, SemanticTokens } from 'vscode-languageserver';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/lsp/to-lsp';
import { CATALOG, PLAN_HEAD } from './fixtures';
import { positionIn, ROOT, startTestServer, type TestClient, uriOf } from './harness';

const SEMANTIC = 'workspace/semanticTokens/refresh';
const INLAY = 'workspace/inlayHint/refresh';
const PLAN = `${PLAN_HEAD}\nThực hiện @KH30.\n\nI. Nội dung\n\n1. Báo cáo.\n   nhiệm vụ BC: Báo cáo quý I\n     chủ trì: @VP\n     hạn: chậm nhất 31/3/2023\n\nký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A\n`;
const refreshing = { workspace: { configuration: true, workspaceFolders: true, semanticTokens: { refreshSupport: true }, inlayHint: { refreshSupport: true } } };

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

/**
 * The ends of the server's check runs as the client sees them. A run's status notification is its
 * last message, so every refresh the run asked for has reached the client by then; each end is
 * noted with the version of the plan's problems published last, so a test waits for the run of a
 * given edit and no earlier one.
 */
function checkRuns(server: TestClient, uri: string): { settled(version: number): Promise<void>; next(): Promise<void> } {
  const ends: number[] = [];
  server.connection.onNotification('kehoach/status', () => {
    ends.push(server.published.filter((params) => params.uri === uri).at(-1)?.version ?? -1);
  });
  const until = async (condition: () => boolean, what: string): Promise<void> => {
    const deadline = Date.now() + 5000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return {
    settled: (version) => until(() => ends.some((end) => end >= version), `the checks of version ${version}`),
    next: () => {
      const seen = ends.length;
      return until(() => ends.length > seen, 'the next check run');
    },
  };
}

/** The token type of the semantic token that starts where `word` first stands in the text. */
async function tokenTypeOf(server: TestClient, uri: string, text: string, word: string): Promise<string | undefined> {
  const tokens = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const wanted = positionIn(text, text.indexOf(word));
  let line = 0;
  let character = 0;
  for (let index = 0; index < tokens.data.length; index += 5) {
    const [deltaLine, deltaStart, , type] = tokens.data.slice(index, index + 4) as [number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    if (line === wanted.line && character === wanted.character) return SEMANTIC_TOKENS_LEGEND.tokenTypes[type];
  }
  return undefined;
}

const overdue = (diagnostics: Diagnostic[]): boolean => diagnostics.some((diagnostic) => diagnostic.code === 'deadline/overdue');

describe('semantic tokens and inlay hints follow changes made elsewhere', () => {
  /** A server with the plan open and its first checks done, nothing asked of the client since. */
  async function openPlan(options: Parameters<typeof startTestServer>[0]): Promise<{ server: TestClient; runs: ReturnType<typeof checkRuns>; uri: string; text: string }> {
    const server = await startTestServer(options);
    client = server;
    const runs = checkRuns(server, uriOf('ke-hoach.kh'));
    const { uri, text } = await server.open('ke-hoach.kh', PLAN);
    await runs.settled(1);
    server.refreshes.length = 0;
    return { server, runs, uri, text };
  }

  test('a catalog created on disk: the client is asked to draw both again, and the reference is a document now', async () => {
    const { server, runs, uri, text } = await openPlan({ capabilities: refreshing });
    expect(await tokenTypeOf(server, uri, text, '@KH30')).toBe('variable');
    const done = runs.next();
    server.fs.put(`${ROOT}/danh-muc.kh`, CATALOG);
    await done;
    expect(server.refreshes).toEqual([SEMANTIC, INLAY]);
    expect(await tokenTypeOf(server, uri, text, '@KH30')).toBe('class');
  });

  test('an edit of prose that no other file reads asks for nothing: the editor redraws its own file', async () => {
    const { server, runs, uri, text } = await openPlan({ capabilities: refreshing, files: { 'danh-muc.kh': CATALOG } });
    await server.change(uri, text.replace('Báo cáo.', 'Báo cáo tình hình.'));
    await runs.settled(2);
    expect(server.refreshes).toEqual([]);

    // A unit declared in the plan is read by the other files: that edit asks for both again.
    await server.change(uri, text.replace('1. Báo cáo.', '1. Báo cáo.\n   đơn vị PKT: Phòng Kinh tế'));
    await runs.settled(3);
    expect(server.refreshes).toEqual([SEMANTIC, INLAY]);
  });

  test('the language changed: the hints, in words, are asked for again', async () => {
    const { server, runs } = await openPlan({ capabilities: refreshing, files: { 'danh-muc.kh': CATALOG } });
    const done = runs.next();
    await server.configure({ language: 'en' });
    await done;
    expect(server.refreshes).toEqual([SEMANTIC, INLAY]);
  });

  test('a client that cannot refresh is never asked', async () => {
    const { server, runs } = await openPlan({ files: { 'danh-muc.kh': CATALOG } });
    const done = runs.next();
    server.fs.put(`${ROOT}/danh-muc/them.kh`, 'đơn vị PKT: Phòng Kinh tế\n');
    await done;
    expect(server.refreshes).toEqual([]);
  });

  test('only the kind of refresh the client supports', async () => {
    const { server, runs } = await openPlan({ capabilities: { workspace: { configuration: true, inlayHint: { refreshSupport: true } } }, files: { 'danh-muc.kh': CATALOG } });
    const done = runs.next();
    await server.configure({ language: 'en' });
    await done;
    expect(server.refreshes).toEqual([INLAY]);
  });
});

describe('the as-of setting drives the overdue problems', () => {
  // The server's today is 01/3/2023 (harness.ts); the task's last day is 31/3/2023.
  test('set, the task is overdue as of that day; cleared, no day is assumed', async () => {
    client = await startTestServer({ files: { 'danh-muc.kh': CATALOG } });
    const plan = await client.open('ke-hoach.kh', PLAN);
    expect(overdue(plan.diagnostics)).toBe(false);

    const late = client.diagnosticsWhere(plan.uri, (params) => overdue(params.diagnostics));
    await client.configure({ deadlines: { asOf: '2023-04-10' } });
    expect((await late).diagnostics.find((diagnostic) => diagnostic.code === 'deadline/overdue')?.range.start).toEqual(positionIn(plan.text, plan.text.indexOf('chậm nhất')));

    const cleared = client.diagnosticsWhere(plan.uri, (params) => !overdue(params.diagnostics));
    await client.configure({ deadlines: { asOf: '' } });
    await cleared;
  });

  test("the setting comes before the configuration's asOf, which stands when the setting is empty or not a day", async () => {
    client = await startTestServer({ files: { 'danh-muc.kh': CATALOG, 'kehoach.config.json': JSON.stringify({ asOf: '2023-04-10' }) }, settings: { deadlines: { asOf: '2023-03-15' } } });
    const plan = await client.open('ke-hoach.kh', PLAN);
    expect(overdue(plan.diagnostics)).toBe(false);

    for (const asOf of ['', '2023-02-30', 'hôm nay']) {
      const late = client.diagnosticsWhere(plan.uri, (params) => overdue(params.diagnostics));
      await client.configure({ deadlines: { asOf } });
      await late;
      const early = client.diagnosticsWhere(plan.uri, (params) => !overdue(params.diagnostics));
      await client.configure({ deadlines: { asOf: '2023-03-15' } });
      await early;
    }
  });

  test('the setting also judges the plans no editor has open', async () => {
    client = await startTestServer({ files: { 'danh-muc.kh': CATALOG, 'khac.kh': PLAN.replace('15/KH-SCT', '16/KH-SCT') } });
    await client.open('ke-hoach.kh', PLAN);
    const late = client.diagnosticsWhere(uriOf('khac.kh'), (params) => overdue(params.diagnostics));
    await client.configure({ deadlines: { asOf: '2023-04-10' } });
    await late;
  });
});
