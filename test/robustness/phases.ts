/**
 * The phases a plan goes through, each callable on its own text so the growth test and the growth
 * bench time the same code the CLI and the language server run: lex and parse, the whole check
 * pipeline, one round of safe fixes, the formatter, layout with HTML, DOCX, ICS and JSON.
 *
 * `prepare` parses the plan into a workspace, and gives the diagnostics and the layout a phase
 * depends on lazily; a phase's `before` computes what it needs, outside the timing, so a phase's
 * time is its own.
 */
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { checkFile } from '../../server/src/check/index';
import { applyFixes, safeFixes } from '../../server/src/check/fixes';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { formatPlan } from '../../server/src/format/format';
import type { PlanFile } from '../../server/src/model/ast';
import { Workspace } from '../../server/src/model/workspace';
import { renderDocx } from '../../server/src/render/docx';
import { renderHtml } from '../../server/src/render/html';
import { renderIcs } from '../../server/src/render/ics';
import { renderJson } from '../../server/src/render/json';
import { layoutPlan, type PlanLayout } from '../../server/src/render/layout';
import { parsePlan } from '../../server/src/syntax/parse';

const URI = 'file:///growth/ke-hoach.kh';
const calendar = new WorkingCalendar();
const NOW = new Date('2023-03-05T00:00:00Z');

export interface Prepared {
  text: string;
  workspace: Workspace;
  file: PlanFile;
  /** The diagnostics of the whole check, computed on first use. */
  diagnostics(): Diagnostic[];
  /** The layout, computed on first use. */
  layout(): PlanLayout;
}

export interface Phase {
  name: string;
  /** Computes, outside the timing, what the phase takes as given (the diagnostics, the layout). */
  before?(input: Prepared): void;
  /** Runs the phase once; a promise when the phase is asynchronous. */
  run(input: Prepared): unknown;
}

/** The plan in a workspace with the built-in catalog, as the CLI loads it. */
export function prepare(text: string): Prepared {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  const file = workspace.setFile(URI, text);
  let diagnostics: Diagnostic[] | undefined;
  let layout: PlanLayout | undefined;
  return {
    text,
    workspace,
    file,
    diagnostics: () => (diagnostics ??= checkFile(workspace, URI, { calendar })),
    layout: () => (layout ??= layoutPlan(workspace, file)),
  };
}

export const PHASES: readonly Phase[] = [
  { name: 'parse', run: ({ text }) => parsePlan(URI, text) },
  { name: 'check', run: ({ workspace }) => checkFile(workspace, URI, { calendar }) },
  { name: 'fix', before: ({ diagnostics }) => void diagnostics(), run: ({ text, diagnostics }) => applyFixes(text, safeFixes(diagnostics())) },
  { name: 'format', run: ({ file }) => formatPlan(file) },
  { name: 'layout+html', run: ({ workspace, file }) => renderHtml(layoutPlan(workspace, file), 'Kế hoạch') },
  { name: 'docx', before: ({ layout }) => void layout(), run: ({ layout }) => renderDocx(layout(), { timestamp: NOW }) },
  { name: 'ics', run: ({ workspace, file }) => renderIcs(workspace, file, { calendar, now: NOW }) },
  { name: 'json', run: ({ workspace, file }) => renderJson(workspace, file, { calendar }) },
];

/**
 * Milliseconds of processor time (user and system, every thread of the process) one run of the
 * phase takes. Processor time rather than elapsed time: on a shared machine, other processes
 * stretch the elapsed time of a run by whatever share of the cores they take, which says nothing
 * about how the phase grows.
 */
export async function timeOnce(phase: Phase, input: Prepared): Promise<number> {
  const start = process.cpuUsage();
  await phase.run(input);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
