/**
 * The editor features on plans cut and spliced at random from the samples, with every kind of line
 * break: none throws, every answer lies inside the text and is well-formed (folds end after they
 * start, tokens are one line each and never overlap, hints stand at a place of the text), and the
 * line breaks change no answer, only where lines end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { deadlineHoverAt } from '../../server/src/lsp/deadline-hover';
import { documentLinks } from '../../server/src/lsp/document-links';
import { foldsOf } from '../../server/src/lsp/folding';
import { dayHints } from '../../server/src/lsp/inlay-hints';
import { semanticTokensOf } from '../../server/src/lsp/semantic-tokens';
import { toSemanticTokens } from '../../server/src/lsp/to-lsp';
import { workspaceSymbols } from '../../server/src/lsp/workspace-symbols';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const PLANS = ['quang-ngai-dan-van-2023', 'cai-cach-hanh-chinh-2024', 'ngan-gon-2025'].map((name) => readFileSync(join(SAMPLES, name, 'ke-hoach.kh'), 'utf8'));
const CATALOG = readFileSync(join(SAMPLES, 'quang-ngai-dan-van-2023', 'danh-muc.kh'), 'utf8');
const calendar = new WorkingCalendar();

/** Lines of the samples, cut out, repeated and spliced together: plans no one would write on purpose. */
const plans = fc
  .tuple(
    fc.constantFrom(...PLANS),
    fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.nat(), fc.constantFrom('', '  ', 'hạn: ', '@', '[hạn ', 'nhiệm vụ X: ', '// ', 'trong 3 ngày làm việc sau @', '01/4/2023', '\t')), { maxLength: 6 }),
  )
  .map(([plan, edits]) => {
    let lines = plan.split('\n');
    for (const [at, length, to, prefix] of edits) {
      const start = at % lines.length;
      const moved = lines.slice(start, start + length).map((line) => prefix + line);
      const target = to % (lines.length + 1);
      lines = [...lines.slice(0, target), ...moved, ...lines.slice(target)];
    }
    return lines.join('\n');
  });

interface Answers {
  folds: ReturnType<typeof foldsOf>;
  tokens: number[];
  hints: { line: number; label: string }[];
  links: { line: number; target: string }[];
  symbols: string[];
  hovers: (string | undefined)[];
}

// One workspace for every run: only the plan is replaced, so the catalogs are parsed once.
const workspace = new Workspace();
workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
workspace.setFile('file:///ws/danh-muc.kh', CATALOG);

function answersFor(text: string): Answers {
  const file = workspace.setFile('file:///ws/ke-hoach.kh', text);
  const lines = file.source.lines;
  const folds = foldsOf(file);
  for (const fold of folds) {
    expect(fold.startLine).toBeLessThan(fold.endLine);
    expect(fold.endLine).toBeLessThan(lines.lineCount);
  }
  const raw = semanticTokensOf(workspace, file, calendar);
  for (const token of raw) expect(token.location.end).toBeLessThanOrEqual(text.length);
  const tokens = toSemanticTokens(raw).data;
  // Decoded back, each token stands after the one before, within its own line.
  let line = 0;
  let character = 0;
  let previousEnd = 0;
  for (let i = 0; i < tokens.length; i += 5) {
    const [deltaLine, deltaStart, length] = tokens.slice(i, i + 3) as [number, number, number];
    if (deltaLine > 0) {
      line += deltaLine;
      character = deltaStart;
      previousEnd = 0;
    } else {
      character += deltaStart;
    }
    expect(character).toBeGreaterThanOrEqual(previousEnd);
    const span = lines.lineSpan(line);
    expect(span.start + character + length).toBeLessThanOrEqual(span.end);
    previousEnd = character + length;
  }
  const hints = dayHints(workspace, file, calendar, 'vi', 0, text.length).map((hint) => {
    expect(hint.offset).toBeGreaterThanOrEqual(0);
    expect(hint.offset).toBeLessThanOrEqual(text.length);
    return { line: lines.positionAt(hint.offset).line, label: hint.label };
  });
  const links = documentLinks(workspace, file, 'vi', (uri, at) => `${uri}:${at + 1}`).map((link) => ({ line: link.location.range.start.line, target: link.target.replace(/#L\d+/, '') }));
  const symbols = workspaceSymbols(workspace.userFiles(), 'bao cao').map((symbol) => symbol.name);
  // A hover a little into every line that mentions a deadline; only `hạn` fields answer.
  const hovers = Array.from({ length: lines.lineCount }, (_, at) => at)
    .filter((at) => /hạn/.test(text.slice(lines.lineSpan(at).start, lines.lineSpan(at).end)))
    .map((at) => deadlineHoverAt(workspace, file, calendar, 'en', lines.lineStart(at) + 6)?.markdown);
  return { folds, tokens, hints, links, symbols, hovers };
}

describe('editor features on spliced plans', () => {
  test('well-formed answers, the same whatever the line breaks', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const lf = answersFor(plan);
        expect(answersFor(plan.replace(/\n/g, '\r\n'))).toEqual(lf);
        expect(answersFor(plan.replace(/\n/g, '\r'))).toEqual(lf);
      }),
      { numRuns: 15, seed: 11 },
    );
  });
});
