/**
 * Helpers for the tests of originals: a text checked as `kehoach check` checks a `.txt` file,
 * alone in its workspace with the built-in catalog, its diagnostics in line:column of the text.
 */
import type { CivilDate } from '../../server/src/base/civil-date';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { checkOriginal, type OriginalDiagnostics } from '../../server/src/original/check-original';
import { readText } from '../../server/src/original/read/txt';
import { recognise, type Recognition } from '../../server/src/original/recognise';

export const ORIGINAL_URI = 'file:///ws/van-ban.txt';

const calendar = WorkingCalendar.withUserOverrides([]);

export function checkText(text: string, options: { asOf?: CivilDate; neighbours?: Record<string, string> } = {}): OriginalDiagnostics & { recognition: Recognition } {
  const original = readText(text);
  const recognition = recognise(original.document);
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  for (const [uri, neighbour] of Object.entries(options.neighbours ?? {})) workspace.setFile(uri, neighbour);
  workspace.setFile(ORIGINAL_URI, recognition.plan);
  const result = checkOriginal(workspace, ORIGINAL_URI, recognition, original.locate, { calendar, ...(options.asOf ? { asOf: options.asOf } : {}) });
  return { ...result, recognition };
}
