/**
 * The server stays responsive on large workspaces and plans: the plans of the folders are read in
 * the background with `$/progress` while requests are answered, checks run in slices that an edit
 * stops, and the fixes offered are those of the text the editor has now.
 */
import { describe, expect, it } from 'vitest';
import type { CodeAction, DocumentSymbol, Location, TextEdit } from 'vscode-languageserver';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { runInSlices, SLICE_MS } from '../../server/src/lsp/slices';
import { Workspace } from '../../server/src/model/workspace';
import { CATALOG, CLEAN_PLAN } from '../helpers/plans';
import { positionIn, startTestServer, uriOf } from './harness';

const PLANS = 400;

/** A workspace of many small plans, each with its own number, and the catalog they cite. */
function manyPlans(): Record<string, string> {
  const files: Record<string, string> = { 'kehoach.config.json': '{}', 'danh-muc.kh': CATALOG };
  for (let i = 0; i < PLANS; i++) files[`ke-hoach-${i}.kh`] = CLEAN_PLAN.replace('05/KH-SCT', `${i + 1}/KH-SCT`);
  return files;
}

/** Applies LSP edits to a text, last first. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const offsetOf = (line: number, character: number): number => {
    let offset = 0;
    for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
    return offset + character;
  };
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start.line, b.range.start.character) - offsetOf(a.range.start.line, a.range.start.character));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offsetOf(edit.range.start.line, edit.range.start.character)) + edit.newText + result.slice(offsetOf(edit.range.end.line, edit.range.end.character));
  return result;
}

describe('the workspace read in the background', () => {
  it('answers requests while it reads, shows its progress, and then resolves across every plan', async () => {
    const client = await startTestServer({
      files: manyPlans(),
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
    });
    try {
      const uri = uriOf('ke-hoach-0.kh');
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      expect(symbols.length).toBeGreaterThan(0);
      // The request was answered before the reading ended: it did not wait for the workspace.
      expect(client.progress.some((entry) => entry.value.kind === 'end')).toBe(false);

      const end = await client.progressWhere((entry) => entry.value.kind === 'end');
      expect(client.progressTokens).toEqual([end.token]);
      const mine = client.progress.filter((entry) => entry.token === end.token).map((entry) => entry.value);
      expect(mine[0]).toMatchObject({ kind: 'begin', title: expect.stringContaining('.kh') });
      expect(mine.at(-1)!.kind).toBe('end');
      const percentages = mine.flatMap((value) => (value.percentage === undefined ? [] : [value.percentage]));
      expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
      expect(mine.filter((value) => value.kind === 'report').length).toBeGreaterThan(0);
      expect(mine.filter((value) => value.kind === 'report').at(-1)!.message).toMatch(new RegExp(`/${PLANS + 1} tệp$`));

      // Every plan and the catalog are in the index: the plan opened resolves what the catalog declares.
      const opened = await client.open('ke-hoach-0.kh', CLEAN_PLAN.replace('05/KH-SCT', '1/KH-SCT'));
      expect(opened.diagnostics.filter((diagnostic) => String(diagnostic.code).startsWith('ref/'))).toEqual([]);
      const at = opened.text.indexOf('@VP') + 1;
      const definition = await client.request<Location | null>('textDocument/definition', { textDocument: { uri }, position: positionIn(opened.text, at) });
      expect(definition?.uri).toBe(uriOf('danh-muc.kh'));
    } finally {
      client.dispose();
    }
  }, 60_000);

  it('sends no progress to a client that cannot show it, and still reads every plan', async () => {
    const client = await startTestServer({ files: { 'kehoach.config.json': '{}', 'danh-muc.kh': CATALOG, 'ke-hoach.kh': CLEAN_PLAN } });
    try {
      const opened = await client.open('ke-hoach.kh', CLEAN_PLAN);
      expect(opened.diagnostics.filter((diagnostic) => String(diagnostic.code).startsWith('ref/'))).toEqual([]);
      expect(client.progressTokens).toEqual([]);
      expect(client.progress).toEqual([]);
    } finally {
      client.dispose();
    }
  });
});

describe('the plans of a workspace, by URI', () => {
  it('are the user files in their order, the built-in catalog left out, and still listed once their trees are released', () => {
    const workspace = new Workspace();
    workspace.setText(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    for (const name of ['c.kh', 'a.kh', 'b.kh']) workspace.setText(`file:///ws/${name}`, CLEAN_PLAN);
    workspace.releaseTree('file:///ws/a.kh');
    expect(workspace.userUris()).toEqual(['file:///ws/a.kh', 'file:///ws/b.kh', 'file:///ws/c.kh']);
    expect(workspace.userUris()).toEqual(workspace.userFiles().map((file) => file.uri));
  });
});

describe('fixes asked for right after an edit', () => {
  it('are those of the text the editor has now, before the check after the edit has run', async () => {
    const client = await startTestServer({ files: { 'kehoach.config.json': '{}', 'danh-muc.kh': CATALOG, 'ke-hoach.kh': CLEAN_PLAN } });
    try {
      const { uri } = await client.open('ke-hoach.kh', CLEAN_PLAN);
      const edited = CLEAN_PLAN.replace('@VP chủ trì thực hiện.', '@VP chủ trì  thực  hiện.');
      // Sent with the edit, not after its diagnostics: the server has not checked this version yet.
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      expect(actions).toHaveLength(1);
      // The fixes edit this version's characters: the two double spaces it has become one each.
      expect(applyEdits(edited, actions[0]!.edit!.changes![uri]!)).toContain('@VP chủ trì thực hiện.');
    } finally {
      client.dispose();
    }
  });
});

describe('work in slices', () => {
  /** A generator of `count` steps that records how far it got and whether it was closed. */
  function counting(count: number): { steps: Generator<void, string, void>; state: { done: number; closed: boolean } } {
    const state = { done: 0, closed: false };
    const steps = (function* () {
      try {
        for (let i = 0; i < count; i++) {
          state.done++;
          yield;
        }
        return 'the end';
      } finally {
        state.closed = true;
      }
    })();
    return { steps, state };
  }

  it('runs to the end, pausing once a slice has taken its time, when nothing makes it stale', async () => {
    const { steps, state } = counting(10);
    let now = 0;
    let staleAsked = 0;
    const value = await runInSlices(steps, () => (staleAsked++, false), () => (now += SLICE_MS / 2));
    expect(value).toBe('the end');
    expect(state.done).toBe(10);
    // Two steps fill a slice on this clock: the staleness is asked at each of the pauses.
    expect(staleAsked).toBe(5);
  });

  it('stops at the first pause after an edit made it stale, and closes the work', async () => {
    const { steps, state } = counting(10);
    let now = 0;
    const value = await runInSlices(steps, () => true, () => (now += SLICE_MS));
    expect(value).toBeUndefined();
    expect(state.done).toBe(1);
    expect(state.closed).toBe(true);
  });
});
