/**
 * The server re-checks only what an edit can change: the edited document, and the other files
 * only when the edit changes the declarations or references they read (lsp/cross-file.ts). Its
 * results after any sequence of edits must be those of a server that starts on the final texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { crossFileFacts, debounceFor, sameCrossFileFacts } from '../../server/src/lsp/cross-file';
import { parsePlan } from '../../server/src/syntax/parse';
import { CATALOG, CLEAN_PLAN } from '../helpers/plans';
import { startTestServer, type TestClient, uriOf } from './harness';

const FILES = ['ke-hoach.kh', 'ke-hoach-2.kh', 'danh-muc.kh'] as const;
const START: Record<(typeof FILES)[number], string> = {
  'ke-hoach.kh': CLEAN_PLAN,
  'ke-hoach-2.kh': CLEAN_PLAN.replace('05/KH-SCT', '06/KH-SCT'),
  'danh-muc.kh': CATALOG,
};

/** Lines an edit inserts: declarations (new, duplicate, changed), references known and unknown, prose. */
const LINES = [
  'đơn vị SNV: Sở Nội vụ',
  'đơn vị VP: Văn phòng Sở',
  'văn bản KH30: Kế hoạch số 31/KH-UBND ngày 17/02/2023 của UBND tỉnh',
  '2. @SNV phối hợp thực hiện.',
  '3. @KH99 được nhắc đến.',
  'Căn cứ Kế hoạch số 30/KH-UBND ngày 18/02/2023 của UBND tỉnh.',
  '// một dòng chú thích',
  '',
];

type Edit = { file: number; kind: 'insert'; line: number; text: number } | { file: number; kind: 'delete'; line: number } | { file: number; kind: 'type'; at: number };

const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ file: fc.nat(2), kind: fc.constant('insert' as const), line: fc.nat(30), text: fc.nat(LINES.length - 1) }),
  fc.record({ file: fc.nat(2), kind: fc.constant('delete' as const), line: fc.nat(30) }),
  fc.record({ file: fc.nat(2), kind: fc.constant('type' as const), at: fc.nat(2000) }),
);

function applyEdit(text: string, edit: Edit): string {
  const lines = text.split('\n');
  if (edit.kind === 'insert') lines.splice(Math.min(edit.line, lines.length), 0, LINES[edit.text]!);
  else if (edit.kind === 'delete') lines.splice(Math.min(edit.line, lines.length - 1), 1);
  else {
    const at = Math.min(edit.at, text.length);
    return `${text.slice(0, at)}x${text.slice(at)}`;
  }
  return lines.join('\n');
}

/** Opens every file, waiting for each one's first diagnostics. */
async function openAll(client: TestClient, texts: Record<string, string>): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (const path of FILES) {
    await client.open(path, texts[path]!);
    versions.set(path, 1);
  }
  return versions;
}

/** The diagnostics of every open file at its current version, once the checks after the last edit have run. */
async function settled(client: TestClient, texts: Record<string, string>, versions: Map<string, number>): Promise<Record<string, LspDiagnostic[]>> {
  // A change that keeps the text of the first file starts one more round of checks over every open file.
  versions.set(FILES[0], versions.get(FILES[0])! + 1);
  const waiting = FILES.map((path) => client.diagnosticsWhere(uriOf(path), (params) => params.version === versions.get(path)));
  await client.change(uriOf(FILES[0]), texts[FILES[0]]!);
  const published = await Promise.all(waiting);
  return Object.fromEntries(FILES.map((path, i) => [path, published[i]!.diagnostics]));
}

describe('incremental checks in the server', () => {
  it('give what a fresh server gives on the final texts, after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(EDIT, { minLength: 1, maxLength: 8 }), async (edits) => {
        const texts: Record<string, string> = { ...START };
        const client = await startTestServer({ files: { 'kehoach.config.json': '{}', ...START } });
        let fresh: TestClient | undefined;
        try {
          const versions = await openAll(client, texts);
          for (const edit of edits) {
            const path = FILES[edit.file]!;
            texts[path] = applyEdit(texts[path]!, edit);
            versions.set(path, versions.get(path)! + 1);
            // Each edit is awaited: the round of checks after it has begun, so no older round publishes.
            await client.change(uriOf(path), texts[path]!);
          }
          const incremental = await settled(client, texts, versions);
          fresh = await startTestServer({ files: { 'kehoach.config.json': '{}', ...texts } });
          const expected = await settled(fresh, texts, await openAll(fresh, texts));
          for (const path of FILES) expect(incremental[path], `${path} after ${JSON.stringify(edits)}`).toEqual(expected[path]);
        } finally {
          client.dispose();
          fresh?.dispose();
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('what one file gives the others', () => {
  const facts = (text: string) => crossFileFacts(parsePlan('file:///a.kh', text));

  it('does not change when the body is typed in, and changes with a declaration or a reference', () => {
    const base = facts(CATALOG + '\nI. Mục\n1. Nội dung.\n');
    expect(sameCrossFileFacts(base, facts(CATALOG + '\nI. Mục\n1. Nội dung khác.\n'))).toBe(true);
    expect(sameCrossFileFacts(base, facts(CATALOG.replace('Văn phòng Sở', 'Văn phòng') + '\nI. Mục\n1. Nội dung.\n'))).toBe(false);
    expect(sameCrossFileFacts(base, facts(CATALOG + '\nI. Mục\n1. Nội dung @VP.\n'))).toBe(false);
    // A line added above the declarations moves them: a location another file shows changes.
    expect(sameCrossFileFacts(base, facts('// đầu\n' + CATALOG + '\nI. Mục\n1. Nội dung.\n'))).toBe(false);
  });

  it('waits longer after a keystroke in a longer plan, and never long', () => {
    expect(debounceFor(10_000)).toBeLessThan(debounceFor(1_000_000));
    expect(debounceFor(10_000)).toBeLessThanOrEqual(25);
    expect(debounceFor(100_000_000)).toBeLessThanOrEqual(400);
  });
});
