/**
 * The product's acceptance on the real plan: the faithful sample checks clean, and the copy that
 * keeps the original's defects reports each of them, at its place, with the words a drafter needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

const ROOT = process.cwd();
const DEFECTS = 'test/fixtures/quang-ngai-dan-van-2023-loi/ke-hoach.kh';

async function diagnosticsOf(path: string): Promise<{ code: number; diagnostics: JsonDiagnostic[] }> {
  const run = await runCli(['check', '--format', 'json', path], ROOT);
  const reports = JSON.parse(run.stdout) as { path: string; diagnostics: JsonDiagnostic[] }[];
  return { code: run.code, diagnostics: reports.flatMap((report) => report.diagnostics) };
}

/** The 1-based line and column of the n-th occurrence of `needle` in the file. */
function positionOf(path: string, needle: string, occurrence = 1): { line: number; column: number } {
  const lines = readFileSync(path, 'utf8').split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    // The file's own comments describe the defects; only the plan itself counts.
    if (lines[i]!.trimStart().startsWith('//')) continue;
    let from = 0;
    for (;;) {
      const at = lines[i]!.indexOf(needle, from);
      if (at < 0) break;
      if (++seen === occurrence) return { line: i + 1, column: at + 1 };
      from = at + 1;
    }
  }
  throw new Error(`"${needle}" not found ${occurrence} time(s) in ${path}`);
}

describe('the seed plan', () => {
  it('written faithfully in the language, checks with no errors or warnings', async () => {
    const { code, diagnostics } = await diagnosticsOf('samples/quang-ngai-dan-van-2023');
    expect(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
    expect(code).toBe(0);
  });

  it('with its original defects kept, reports each of them', async () => {
    const { code, diagnostics } = await diagnosticsOf(DEFECTS);
    expect(code).toBe(1);
    // Where the diagnostic starts: `shift` characters into the n-th occurrence of `needle`.
    const at = (needle: string, shift = 0, occurrence = 1) => {
      const found = positionOf(DEFECTS, needle, occurrence);
      return { line: found.line, column: found.column + shift };
    };
    const expectOne = (codeName: string, where: { line: number; column: number }, messagePart?: string) => {
      const found = diagnostics.filter((d) => d.code === codeName && d.line === where.line && d.column === where.column);
      const near = diagnostics.filter((d) => d.code === codeName && d.line === where.line).map((d) => `${d.line}:${d.column}`);
      expect(found, `${codeName} at ${where.line}:${where.column} (found on the line: ${near.join(', ') || 'none'})`).not.toEqual([]);
      if (messagePart) expect(found.some((d) => d.message.includes(messagePart)), `${codeName} says "${messagePart}"`).toBe(true);
    };

    // The second "II." (the seed numbers "Tổ chức thực hiện" II. again).
    expectOne('numbering/duplicate', at('II. Tổ chức thực hiện'));
    // Every malformed number, at the space or dash that is wrong.
    expectOne('citation/number-spacing', at('120 -KL/TW', 3));
    expectOne('citation/number-spacing', at('114 -KL/TW', 3));
    expectOne('citation/number-spacing', at('08 -CT/TU', 2));
    expectOne('citation/number-dash', at('31–CTr', 2));
    expectOne('citation/number-dash', at('160 –KH/TU', 4));
    expectOne('citation/missing-space', at('số1411'));
    // The Saturday and the Sunday, at the written date, with the last working days named.
    expectOne('deadline/non-working-day', at('hạn: trước 01/4/2023', 'hạn: trước '.length), '31/3/2023');
    expectOne('deadline/non-working-day', at('hạn: trước 15/10/2023', 'hạn: trước '.length), '13/10/2023');
    // A stale year in the prose of a 2023 plan.
    expectOne('prose/stale-year', at('dân chủ năm 2022', 'dân chủ năm '.length));
    // "quy pháp pháp luật" for "quy phạm pháp luật", a real word in the wrong place.
    expectOne('spelling/confusion', at('quy pháp pháp luật'), 'quy phạm pháp luật');
  });
});
