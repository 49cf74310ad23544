/**
 * The server re-checks only what an edit can change: the edited document, and the other files
 * only when the edit changes the declarations or references they read (lsp/cross-file.ts). It
 * reads the workspace in the background and checks in slices that a newer edit stops. Its results
 * after any sequence of edits, typed one by one or in bursts that stop checks half-way, must be
 * those of a server that starts on the final texts, for the open files and for a plan on disk that
 * no editor opened.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic as LspDiagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
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
/** On disk, never opened: it declares what an edit may declare again and cites what one may remove. */
const UNOPENED = 'ke-hoach-3.kh';
const UNOPENED_TEXT = CLEAN_PLAN.replace('05/KH-SCT', '07/KH-SCT').replace('I. Tổ chức thực hiện', 'đơn vị SNV: Sở Nội vụ\n\nI. Tổ chức thực hiện\n2. @SNV và @KH30 phối hợp.');

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

/** `awaited`: the test waits for the edit's diagnostics; otherwise the next edit follows at once. */
type Edit = { awaited: boolean } & ({ file: number; kind: 'insert'; line: number; text: number } | { file: number; kind: 'delete'; line: number } | { file: number; kind: 'type'; at: number });

const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ awaited: fc.boolean(), file: fc.nat(2), kind: fc.constant('insert' as const), line: fc.nat(30), text: fc.nat(LINES.length - 1) }),
  fc.record({ awaited: fc.boolean(), file: fc.nat(2), kind: fc.constant('delete' as const), line: fc.nat(30) }),
  fc.record({ awaited: fc.boolean(), file: fc.nat(2), kind: fc.constant('type' as const), at: fc.nat(2000) }),
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

/** The report of a version of a document, sent already or to come. */
function reportOf(client: TestClient, uri: string, version: number): Promise<PublishDiagnosticsParams> {
  const sent = client.published.find((params) => params.uri === uri && params.version === version);
  return sent ? Promise.resolve(sent) : client.nextDiagnostics(uri, version);
}

/**
 * The diagnostics of every open file at its current version, and of the unopened plan, once the
 * checks after the last edit have run.
 */
async function settled(client: TestClient, texts: Record<string, string>, versions: Map<string, number>): Promise<Record<string, LspDiagnostic[]>> {
  // A change that keeps the text of the first file starts one more round of checks over every file.
  versions.set(FILES[0], versions.get(FILES[0])! + 1);
  const waiting = FILES.map((path) => client.diagnosticsWhere(uriOf(path), (params) => params.version === versions.get(path)));
  await client.change(uriOf(FILES[0]), texts[FILES[0]]!);
  const published = await Promise.all(waiting);
  // A round reports on the open files first, then on the others: the unopened plan's report that
  // follows the open files' last ones is of the same texts.
  const last = Math.max(...published.map((params) => client.published.lastIndexOf(params)));
  const unopened = uriOf(UNOPENED);
  const reported = client.published.slice(last + 1).find((params) => params.uri === unopened) ?? (await client.nextDiagnostics(unopened));
  return { ...Object.fromEntries(FILES.map((path, i) => [path, published[i]!.diagnostics])), [UNOPENED]: reported.diagnostics };
}

describe('incremental checks in the server', () => {
  it('give what a fresh server gives on the final texts, after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(EDIT, { minLength: 1, maxLength: 8 }), async (edits) => {
        const texts: Record<string, string> = { ...START };
        const client = await startTestServer({ files: { 'kehoach.config.json': '{}', [UNOPENED]: UNOPENED_TEXT, ...START } });
        let fresh: TestClient | undefined;
        try {
          const versions = await openAll(client, texts);
          for (const edit of edits) {
            const path = FILES[edit.file]!;
            texts[path] = applyEdit(texts[path]!, edit);
            versions.set(path, versions.get(path)! + 1);
            // An awaited edit's round of checks has published; the others are stopped by the next
            // edit, and the diagnostics of their version may never come.
            const published = client.change(uriOf(path), texts[path]!);
            if (edit.awaited) await published;
          }
          // The round that reports the last edit's version began after every edit: the rounds
          // before it are stopped, so none of them reports once it has.
          const last = FILES[edits.at(-1)!.file]!;
          await reportOf(client, uriOf(last), versions.get(last)!);
          const incremental = await settled(client, texts, versions);
          fresh = await startTestServer({ files: { 'kehoach.config.json': '{}', [UNOPENED]: UNOPENED_TEXT, ...texts } });
          const expected = await settled(fresh, texts, await openAll(fresh, texts));
          for (const path of [...FILES, UNOPENED]) expect(incremental[path], `${path} after ${JSON.stringify(edits)}`).toEqual(expected[path]);
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
