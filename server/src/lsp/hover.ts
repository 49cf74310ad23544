/**
 * Hover: what a reference prints and where it comes from. A document shows its full citation, its
 * status and where it is declared; a unit its name; a task and `[hạn ID]` the task's deadline and
 * the last day it allows, moved back to a working day when it falls on a day off; elsewhere on a
 * `hạn` line, the deadline on the calendar (deadline-hover.ts).
 */
import { type CivilDate, formatVnDate, weekdayName } from '../base/civil-date';
import type { Language } from '../base/diagnostic';
import { messageIn } from '../base/diagnostic';
import { BUILTIN_CATALOG_URI, BUILTIN_DOCUMENT_CATALOG } from '../cite/builtin-catalog';
import type { CatalogEntry, CatalogStatus, DocumentCatalog } from '../cite/catalog';
import { formatCitation } from '../cite/format';
import { entryFor } from '../check/catalog-citations';
import type { WorkingCalendar } from '../deadline/calendar';
import type { DocumentDecl, PlanFile, TaskDecl, UnitDecl } from '../model/ast';
import { fieldOf, inlineSource } from '../model/walk';
import { type Declared, tasksOf, type Workspace } from '../model/workspace';
import { PlanText } from '../render/resolve';
import { deadlineHoverAt } from './deadline-hover';
import { idAt } from './symbols-at';

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

interface HoverContext {
  workspace: Workspace;
  file: PlanFile;
  calendar: WorkingCalendar;
  language: Language;
  /** The catalogs the configuration names, beside the built-in one, for what they know of a declared document. */
  catalogs?: readonly DocumentCatalog[];
  /** Where a declaration lives, as the user would name it (a relative path or "built-in catalog"). */
  describeUri: (uri: string, line: number) => string;
}

const say = (language: Language, vi: string, en: string): string => (language === 'en' ? en : vi);

export function hoverAt(context: HoverContext, offset: number): HoverResult | undefined {
  const { workspace, file, language } = context;
  const at = idAt(workspace, file, offset);
  if (!at) return deadlineHoverAt(workspace, file, context.calendar, language, offset);
  const span = { start: at.loc.start, end: at.loc.end };
  if (at.scope.kind === 'task') {
    const task = tasksOf(file).get(at.id)?.[0];
    if (!task) return { ...span, markdown: say(language, `Không có nhiệm vụ \`${at.id}\` trong kế hoạch này.`, `No task \`${at.id}\` in this plan.`) };
    return { ...span, markdown: describeTask(context, task) };
  }
  const declared = workspace.resolve(at.id, file.uri);
  if (!declared) return undefined;
  const where = describeWhere(context, declared);
  const markdown =
    declared.declaration.kind === 'document'
      ? describeDocument(context, declared.declaration, where, declared.builtin)
      : describeUnit(context, declared.declaration as UnitDecl, where);
  return { ...span, markdown };
}

function describeWhere(context: HoverContext, declared: Declared): string {
  const { language } = context;
  if (declared.builtin) return say(language, 'Khai báo trong danh mục kèm theo công cụ.', 'Declared in the built-in catalog.');
  const line = declared.declaration.idLoc.range.start.line;
  return say(language, `Khai báo tại ${context.describeUri(declared.uri, line)}.`, `Declared in ${context.describeUri(declared.uri, line)}.`);
}

function describeDocument(context: HoverContext, declaration: DocumentDecl, where: string, builtin: boolean): string {
  const { language } = context;
  const text = new PlanText(context.workspace, context.file);
  const parts = text.citation(declaration);
  const subject = text.subject(declaration);
  const citation = parts ? formatCitation(parts, 'full', subject) : [declaration.phrase.text, subject].filter(Boolean).join(' ');
  const lines = [`**${declaration.id}** — ${citation}`];
  const status = fieldOf(declaration, 'status');
  const replacedBy = fieldOf(declaration, 'replacedBy');
  const known = status || builtin ? undefined : catalogEntry(context, parts?.number?.normalised, parts?.date?.year);
  lines.push(
    status
      ? say(language, `Tình trạng: ${status.value.text}`, `Status: ${status.value.text}`)
      : known
        ? catalogStatus(language, known)
        : say(language, 'Tình trạng: chưa ghi', 'Status: not stated'),
  );
  if (replacedBy) lines.push(say(language, `Thay thế bởi: ${inlineSource(replacedBy.inlines)}`, `Replaced by: ${inlineSource(replacedBy.inlines)}`));
  // Where the facts come from, so the drafter can check them (every entry of the built-in catalog has one).
  const source = fieldOf(declaration, 'source');
  if (source) lines.push(say(language, `Nguồn: ${source.value.text}`, `Source: ${source.value.text}`));
  lines.push(where);
  return lines.join('\n\n');
}

/** What the catalogs (the built-in one, then the configured ones) know of a document the user declared. */
function catalogEntry(context: HoverContext, number: string | undefined, year: number | undefined): CatalogEntry | undefined {
  if (!number) return undefined;
  const catalogs = [...(context.workspace.isBuiltin(BUILTIN_CATALOG_URI) ? [BUILTIN_DOCUMENT_CATALOG] : []), ...(context.catalogs ?? [])];
  return entryFor(catalogs, number, year);
}

const STATUS_WORDS: Record<CatalogStatus, { vi: string; en: string }> = {
  'in-force': { vi: 'còn hiệu lực', en: 'in force' },
  amended: { vi: 'còn hiệu lực, được sửa đổi, bổ sung', en: 'in force, amended' },
  replaced: { vi: 'bị thay thế', en: 'replaced' },
  expired: { vi: 'hết hiệu lực', en: 'expired' },
};

function catalogStatus(language: Language, entry: CatalogEntry): string {
  const words = entry.status ? STATUS_WORDS[entry.status] : { vi: 'không ghi', en: 'not given' };
  const since = entry.replacedOn ? { vi: ` từ ngày ${formatVnDate(entry.replacedOn)}`, en: ` from ${formatVnDate(entry.replacedOn)}` } : { vi: '', en: '' };
  const by = entry.replacedBy.length > 0 ? { vi: `, thay thế bởi ${entry.replacedBy.join('; ')}`, en: `, replaced by ${entry.replacedBy.join('; ')}` } : { vi: '', en: '' };
  const source = entry.statusSource ?? entry.source;
  const from = source ? { vi: ` (nguồn: ${source})`, en: ` (source: ${source})` } : { vi: '', en: '' };
  return say(
    language,
    `Tình trạng theo ${entry.origin}: ${words.vi}${since.vi}${by.vi}${from.vi}`,
    `Status according to ${entry.origin}: ${words.en}${since.en}${by.en}${from.en}`,
  );
}

function describeUnit(context: HoverContext, declaration: UnitDecl, where: string): string {
  const { language } = context;
  const lines = [`**${declaration.id}** — ${declaration.name.text}`];
  const shortName = fieldOf(declaration, 'shortName');
  if (shortName) lines.push(say(language, `Viết tắt: ${shortName.value.text}`, `Short name: ${shortName.value.text}`));
  lines.push(where);
  return lines.join('\n\n');
}

function dayText(date: CivilDate, language: Language): string {
  return `${weekdayName(date, language)} ${formatVnDate(date)}`;
}

function describeTask(context: HoverContext, task: TaskDecl): string {
  const { language, calendar, file } = context;
  const text = new PlanText(context.workspace, file);
  const lines = [`**${say(language, 'Nhiệm vụ', 'Task')} ${task.id}** — ${text.taskName(task)}`];
  const field = fieldOf(task, 'deadline');
  if (!field) {
    lines.push(say(language, 'Chưa có thời hạn.', 'No deadline yet.'));
    return lines.join('\n\n');
  }
  const { words } = text.deadlineOf(task);
  lines.push(say(language, `Thời hạn: ${field.value.text}`, `Deadline: ${field.value.text}`));
  if (words && words !== field.value.text) lines.push(say(language, `In ra: “${words}”`, `Printed as: “${words}”`));
  const last = text.lastDayOf(task, calendar);
  if (!last) return lines.join('\n\n');
  const off = calendar.reasonOff(last);
  if (off) {
    const working = calendar.lastWorkingDayOnOrBefore(last);
    lines.push(
      say(
        language,
        `Ngày cuối cùng: ${dayText(last, 'vi')}, là ${messageIn(off, 'vi')}; ngày làm việc cuối cùng: ${dayText(working, 'vi')}.`,
        `Last day: ${dayText(last, 'en')}, which is ${messageIn(off, 'en')}; last working day: ${dayText(working, 'en')}.`,
      ),
    );
  } else {
    lines.push(say(language, `Ngày cuối cùng: ${dayText(last, 'vi')}.`, `Last day: ${dayText(last, 'en')}.`));
  }
  return lines.join('\n\n');
}

