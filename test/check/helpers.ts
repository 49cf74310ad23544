/**
 * Helpers for the rule tests: a workspace built in memory from a fixture, the diagnostics of one
 * rule, and a standard plan to put a body fragment in, so each fixture shows only what it tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CivilDate } from '../../server/src/base/civil-date';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { checkFile } from '../../server/src/check/index';
import { applyFixes } from '../../server/src/check/fixes';
import { ALL_RULES, EXAMPLE_CONTEXT } from '../../server/src/check/rules-catalogue';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';

export const URI = 'file:///ke-hoach.kh';

const calendar = new WorkingCalendar();

/** Every code seen by any rule test in this worker, for the catalogue check. */
export const SEEN_CODES = new Set<string>();

export function check(text: string, others: Record<string, string> = {}): Diagnostic[] {
  const workspace = new Workspace();
  workspace.setFile(URI, text);
  for (const [uri, other] of Object.entries(others)) workspace.setFile(uri, other);
  const diagnostics = checkFile(workspace, URI, { calendar });
  // A checker that throws is caught by the pipeline and reported; in a test it is a failure.
  const internal = diagnostics.find((diagnostic) => diagnostic.code.startsWith('internal/'));
  if (internal) throw new Error(internal.message.en);
  for (const diagnostic of diagnostics) SEEN_CODES.add(diagnostic.code);
  return diagnostics;
}

/** Applies the first fix of every diagnostic with `code`, the way an editor's "fix all" would. */
export function fixAll(text: string, code: string): string {
  const fixes = check(text)
    .filter((diagnostic) => diagnostic.code === code)
    .flatMap((diagnostic) => diagnostic.fixes?.slice(0, 1) ?? []);
  return applyFixes(text, [...new Set(fixes)]).text;
}

/** The header of a complete, correct plan, one line per entry. */
export const HEADER_LINES: readonly string[] = [
  'kế hoạch',
  '  cơ quan chủ quản: UBND tỉnh Quảng Ngãi',
  '  cơ quan: Sở Công Thương',
  '  số: 05/KH-SCT',
  '  nơi ban hành: Quảng Ngãi',
  '  ngày: 17/02/2023',
  '  trích yếu: Thực hiện công tác dân vận năm 2023',
];

/** A complete plan around `body`, with units VP, SNV and PKT declared and listed as recipients. */
export function plan(body: string, options: { recipients?: string; signer?: string; header?: string } = {}): string {
  const header = options.header ?? HEADER_LINES.join('\n');
  const recipients = options.recipients ?? 'nơi nhận:\n  - @SNV\n  - @PKT\n  - Lưu: VT, VP';
  const signer = options.signer ?? 'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A';
  return `${header}\nđơn vị VP: Văn phòng Sở\nđơn vị SNV: Sở Nội vụ\nđơn vị PKT: Phòng Kinh tế\n\n${body}\n\n${recipients}\n${signer}\n`;
}

/** "(kiểm tra ngày 15/6/2023)" in an example of the rule catalogue gives the as-of day of that example. */
export function asOfIn(example: string): { text: string; asOf?: CivilDate } {
  const match = /\s*\(kiểm tra ngày (\d{1,2})\/(\d{1,2})\/(\d{4})\)/.exec(example);
  if (!match) return { text: example };
  return { text: example.replace(match[0], ''), asOf: { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) } };
}

/** A plan to check with the files of its workspace, and the day its example is judged on. */
export interface WorkspaceCase {
  name: string;
  files: Record<string, string>;
  uri: string;
  asOf?: CivilDate;
}

/**
 * Every documented example (with the catalog the examples share) and every plan of the samples and
 * the test fixtures (with the other files of its folder): what a check must treat alike whichever
 * way it runs.
 */
export function workspaceCases(): WorkspaceCase[] {
  const found: WorkspaceCase[] = [];
  for (const rule of ALL_RULES) {
    const { text, asOf } = asOfIn(rule.example);
    found.push({ name: `example of ${rule.code}`, files: { 'file:///ws/danh-muc.kh': EXAMPLE_CONTEXT, 'file:///ws/vi-du.kh': text }, uri: 'file:///ws/vi-du.kh', ...(asOf ? { asOf } : {}) });
  }
  for (const root of ['samples', 'test/fixtures']) {
    for (const folder of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const dir = join(root, folder.name);
      const files: Record<string, string> = {};
      for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.kh'))) files[`file:///${dir}/${name}`] = readFileSync(join(dir, name), 'utf8');
      for (const uri of Object.keys(files)) found.push({ name: uri, files, uri });
    }
  }
  return found;
}
