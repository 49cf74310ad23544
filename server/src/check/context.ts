/**
 * What every rule's check receives: the workspace (for references across files), the file being
 * checked and the options of the run. Checks are pure functions of these.
 */
import type { CivilDate } from '../base/civil-date';
import type { Severity } from '../base/diagnostic';
import type { DocumentCatalog } from '../cite/catalog';
import type { WorkingCalendar } from '../deadline/calendar';
import type { PlanFile } from '../model/ast';
import type { Workspace } from '../model/workspace';
import type { CheckMemo } from './memo';
import type { OriginalView } from './original';

export type RuleSetting = Severity | 'off';

export interface CheckOptions {
  calendar: WorkingCalendar;
  /** "Today" for overdue and due-soon deadlines; never read from the clock inside the core. */
  asOf?: CivilDate;
  /** How many days ahead a deadline counts as due soon. */
  dueSoonDays?: number;
  /** Severity per rule code, or per prefix such as "typography/". The longest match wins. */
  rules?: Record<string, RuleSetting>;
  /**
   * Catalogs of documents beyond the built-in one (exports of legal databases the configuration
   * names), consulted by number after it.
   */
  catalogs?: readonly DocumentCatalog[];
  /**
   * Where the tone mark of an open "oa", "oe", "uy" goes: "old" ("hoà", "thuỷ") or "new" ("hòa",
   * "thủy"); without it, a document keeps to the style most of it uses.
   */
  toneStyle?: 'old' | 'new';
  /**
   * The document the plan was imported from, when the file checked is a Word, PDF or text
   * original: the checks only an original can fail read it (check/original.ts).
   */
  original?: OriginalView;
}

export interface CheckContext {
  workspace: Workspace;
  file: PlanFile;
  options: CheckOptions;
  /** What the last check of this file found piece by piece (memo.ts), when its owner keeps one. */
  memo?: CheckMemo;
}
