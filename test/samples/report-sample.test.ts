/**
 * The seed-like plan's 6-month report in samples/ is what `kehoach report ke-hoach.kh --as-of
 * 2023-05-31` writes from the sample's status file: regenerated here from the plan and the status
 * file, it must equal the committed file word for word, so the sample never drifts from the tool.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { writeReport } from '../../server/src/render/report';
import { readStatusFile } from '../../server/src/render/status-file';

const FOLDER = join(__dirname, '..', '..', 'samples', 'quang-ngai-dan-van-2023');
const read = (name: string): string => readFileSync(join(FOLDER, name), 'utf8');

it('the sample 6-month report is the one kehoach report writes as of 31/5/2023', () => {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  workspace.setFile(pathToFileURL(join(FOLDER, 'danh-muc.kh')).href, read('danh-muc.kh'));
  const plan = workspace.setFile(pathToFileURL(join(FOLDER, 'ke-hoach.kh')).href, read('ke-hoach.kh'));
  const tasks = new Set(plan.declarations.flatMap((declaration) => (declaration.kind === 'task' ? [declaration.id] : [])));
  const status = readStatusFile(read('ke-hoach.tien-do'), tasks);
  expect(status.problems).toEqual([]);
  const report = writeReport(workspace, plan, { calendar: new WorkingCalendar(), asOf: { year: 2023, month: 5, day: 31 }, statuses: status.statuses });
  expect(report.text).toBe(read('ke-hoach.bao-cao-2023-05-31.kh'));
  expect(report.tasks).toBe(6);
  expect(report.overdue).toEqual([]);
});
