/**
 * Units and tasks: every task has exactly one lead, a lead does not also help, every unit that
 * leads, helps or receives a task is among the recipients (or it never gets the plan), and the
 * `sau` dependencies of tasks, with the tasks their relative deadlines count from, do not go round
 * in a circle.
 *
 * Unknown units and unknown tasks in `sau` are `ref/unknown` (references.ts), and a task due before
 * one it depends on is `deadline/dependency-order`: one problem, one diagnostic.
 */
import type { Finding, Message, TextEdit } from '../base/diagnostic';
import { foldKey } from '../base/source';
import type { ParsedDeadline } from '../deadline/parse';
import type { Field, Inline, PlanFile, RecipientEntry, TaskDecl, UnitDecl } from '../model/ast';
import { fieldOf, fieldsOf } from '../model/walk';
import { tasksOf, type Workspace } from '../model/workspace';
import type { CheckContext } from './context';
import { deadlineReading } from './deadlines';
import type { Analysis } from './rule';
import { finding, fix } from './support';

export const TASK_RULE = {
  noLead: 'task/no-lead',
  multipleLeads: 'task/multiple-leads',
  leadAlsoHelper: 'task/lead-also-helper',
  unitNotInRecipients: 'task/unit-not-in-recipients',
  dependencyCycle: 'task/dependency-cycle',
} as const;

type Ref = Extract<Inline, { kind: 'ref' }>;

function refs(field: Field | undefined): Ref[] {
  return (field?.inlines ?? []).filter((inline): inline is Ref => inline.kind === 'ref');
}

export const taskAnalysis: Analysis = (context: CheckContext): Finding[] => {
  const { file, workspace } = context;
  const tasks = file.declarations.filter((declaration): declaration is TaskDecl => declaration.kind === 'task');
  const diagnostics: Finding[] = [];
  for (const task of tasks) for (const found of checkLead(file, task)) diagnostics.push(found);
  for (const found of unitsNotInRecipients(file, workspace, tasks)) diagnostics.push(found);
  const deadlines = deadlineReading(context, 'tasks/deadlines');
  for (const found of dependencyCycles(file, deadlines.parse)) diagnostics.push(found);
  deadlines.finish();
  return diagnostics;
};

function checkLead(file: PlanFile, task: TaskDecl): Finding[] {
  const leads = fieldsOf(task, 'lead');
  if (leads.length === 0) {
    return [
      finding(
        TASK_RULE.noLead,
        {
          vi: `Nhiệm vụ "${task.id}" chưa có đơn vị chủ trì; thêm trường "chủ trì: @…".`,
          en: `Task "${task.id}" has no lead unit; add a "chủ trì: @…" field.`,
        },
        task.idLoc,
      ),
    ];
  }
  const diagnostics: Finding[] = [];
  const first = leads[0]!;
  const firstRefs = refs(first);
  if (leads.length > 1) {
    diagnostics.push(
      finding(
        TASK_RULE.multipleLeads,
        {
          vi: `Nhiệm vụ "${task.id}" có nhiều trường "chủ trì"; mỗi nhiệm vụ chỉ có một đơn vị chủ trì, các đơn vị khác là phối hợp.`,
          en: `Task "${task.id}" has several "chủ trì" fields; a task has one lead, the other units help.`,
        },
        leads[1]!.loc,
      ),
    );
  } else if (firstRefs.length > 1) {
    // Only references are counted: a unit written out in words is one name, commas and "và"
    // included ("Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội").
    const location = firstRefs[1]!.loc;
    diagnostics.push(
      finding(
        TASK_RULE.multipleLeads,
        {
          vi: `Nhiệm vụ "${task.id}" có nhiều đơn vị chủ trì; giữ một đơn vị chủ trì và chuyển các đơn vị khác sang "phối hợp".`,
          en: `Task "${task.id}" has several leads; keep one lead and move the other units to "phối hợp".`,
        },
        location,
      ),
    );
  }
  const leadIds = new Set(leads.flatMap((lead) => refs(lead).map((ref) => ref.id)));
  for (const helpers of fieldsOf(task, 'helpers')) {
    const doubled = refs(helpers).filter((helper) => leadIds.has(helper.id));
    if (doubled.length === 0) continue;
    // One fix for the whole field, shared by its diagnostics, so that fixing them all at once
    // never applies overlapping removals.
    const edit = withoutLeads(file, helpers, leadIds);
    const removal = edit && [
      fix(
        { vi: `Bỏ đơn vị chủ trì khỏi "phối hợp"`, en: `Remove the lead from "phối hợp"` },
        [edit],
        false,
      ),
    ];
    for (const helper of doubled) {
      diagnostics.push(
        finding(
          TASK_RULE.leadAlsoHelper,
          {
            vi: `"${helper.id}" vừa chủ trì vừa phối hợp nhiệm vụ "${task.id}"; một đơn vị chỉ giữ một vai trò.`,
            en: `"${helper.id}" both leads and helps with task "${task.id}"; a unit has one role.`,
          },
          helper.loc,
          removal,
        ),
      );
    }
  }
  return diagnostics;
}

/** The cores of what separates the units of a list: a comma, a semicolon, or "và" between blanks. */
const LIST_SEPARATOR_CORE = /[,;]|(?<=\s)và(?=\s)/gu;

/**
 * Where the separators of a list are, each with the blanks around it, in order. The blanks are
 * added by walking out from each comma, semicolon or "và", so a long run of blanks is read once
 * rather than once per position, as a pattern that starts with `\s*` would.
 */
function listSeparators(value: string): { index: number; text: string }[] {
  const separators: { index: number; text: string }[] = [];
  let previousEnd = 0;
  for (const core of value.matchAll(LIST_SEPARATOR_CORE)) {
    let start = core.index;
    let end = start + core[0].length;
    // "và" needs a blank of its own before it: after ", " it is a word of the next unit's name.
    if (start < previousEnd || (core[0] === 'và' && start === previousEnd)) continue;
    while (start > previousEnd && /\s/.test(value[start - 1]!)) start--;
    while (end < value.length && /\s/.test(value[end]!)) end++;
    separators.push({ index: start, text: value.slice(start, end) });
    previousEnd = end;
  }
  return separators;
}

/**
 * The edit that takes the leads out of a helpers field: the list is rewritten without them,
 * keeping the separator written before each unit that stays, and the whole field goes when no unit
 * is left. Undefined when a lead is named inside other words ("@VP (đầu mối)"), which only a
 * drafter can rephrase.
 */
function withoutLeads(file: PlanFile, field: Field, leadIds: Set<string>): TextEdit | undefined {
  const original = file.source.original;
  const { start, end } = field.value.loc;
  const value = original.slice(start, end);
  const kept: string[] = [];
  let from = 0;
  let separator = '';
  for (const match of [...listSeparators(value), undefined]) {
    const to = match ? match.index : value.length;
    const item = value.slice(from, to);
    const lead = refs(field).find((ref) => leadIds.has(ref.id) && ref.loc.start >= start + from && ref.loc.end <= start + to);
    if (!lead) kept.push(kept.length === 0 ? item : separator + item);
    else if (item.trim() !== original.slice(lead.loc.start, lead.loc.end)) return undefined;
    separator = match?.text ?? '';
    from = to + separator.length;
  }
  return kept.length > 0 ? { start, end, newText: kept.join('') } : removeField(file, field);
}

/**
 * The edit that deletes a field: its whole line when it stands alone, else the field with the
 * "; " that joins it to the next field of a one-line task (or to the previous one when it is last).
 */
function removeField(file: PlanFile, field: Field): TextEdit {
  const original = file.source.original;
  const { start, end } = field.loc;
  const line = file.source.lineAt(start);
  const blankAt = (offset: number): boolean => offset >= line.start && offset < line.end && /\s/u.test(original[offset]!);
  if (original.slice(line.start, start).trim() === '' && original.slice(end, line.end).trim() === '') {
    return { start: line.start, end: line.next, newText: '' };
  }
  // The blanks and the semicolon are looked for on the field's line only: the rest of the file is
  // no business of this edit, and reading only the line keeps many such fixes linear.
  let after = end;
  while (blankAt(after)) after++;
  if (after < line.end && original[after] === ';') {
    after++;
    while (blankAt(after)) after++;
    return { start, end: after, newText: '' };
  }
  let before = start;
  while (blankAt(before - 1)) before--;
  if (before > line.start && original[before - 1] === ';') before--;
  while (blankAt(before - 1)) before--;
  return { start: before, end, newText: '' };
}

/**
 * A unit counts as a recipient when an entry refers to it, when an entry is its name or short name
 * (folded, so case and diacritics do not matter), when the "Lưu:" entry lists its id, short name or
 * the initials of its name (the drafting unit keeps its copy through the records office: "Lưu: VT,
 * VP" for Văn phòng Sở), or, for the agency's own departments, when an entry addresses them all
 * ("Các phòng, đơn vị thuộc Sở").
 */
function unitsNotInRecipients(file: PlanFile, workspace: Workspace, tasks: TaskDecl[]): Finding[] {
  const recipients = file.recipients;
  if (!recipients || recipients.entries.length === 0) return [];
  const referenced = new Set<string>();
  const names = new Set<string>();
  const filed: string[] = [];
  let departments = false;
  for (const entry of recipients.entries) {
    for (const inline of entry.inlines) if (inline.kind === 'ref') referenced.add(inline.id);
    const folded = foldKey(entry.value.text);
    if (isLuu(entry)) {
      const listed = entry.value.text.replace(/^[^:]*:/, '');
      for (const part of listed.split(/[,;]/)) filed.push(foldKey(part.replace(/\(\d+\)/, '')));
    } else {
      names.add(folded);
      departments ||= folded.startsWith('cac phong');
    }
  }
  const covered = (unit: UnitDecl): boolean => {
    const shortName = fieldOf(unit, 'shortName')?.value.text;
    const keys = [unit.name.text, shortName, unit.id].filter((text): text is string => !!text).map(foldKey);
    if (referenced.has(unit.id) || keys.some((key) => names.has(key) || filed.includes(key))) return true;
    const name = foldKey(unit.name.text);
    const initials = name
      .split(/[\s,-]+/)
      .map((word) => word.charAt(0))
      .join('');
    if (filed.some((abbreviation) => abbreviation.length >= 2 && initials.startsWith(abbreviation.replace(/\s/g, '')))) return true;
    return departments && INTERNAL_UNIT.test(name);
  };
  const luu = recipients.entries.find(isLuu);
  const seen = new Set<string>();
  const diagnostics: Finding[] = [];
  for (const task of tasks) {
    for (const key of ['lead', 'helpers', 'receiver'] as const) {
      for (const field of fieldsOf(task, key)) {
        for (const ref of refs(field)) {
          if (seen.has(ref.id)) continue;
          seen.add(ref.id);
          const unit = workspace.resolveUnit(ref.id, file.uri)?.declaration;
          if (!unit || covered(unit)) continue;
          const anchor = luu ?? recipients.entries.at(-1)!;
          const lineStart = file.source.lineAt(anchor.loc.start).start;
          const indent = file.source.original.slice(lineStart, anchor.loc.start);
          const lineBreak = file.source.lineBreak;
          const edit = luu
            ? { start: lineStart, end: lineStart, newText: `${indent}- @${ref.id}${lineBreak}` }
            : { start: anchor.loc.end, end: anchor.loc.end, newText: `${lineBreak}${indent}- @${ref.id}` };
          diagnostics.push(
            finding(
              TASK_RULE.unitNotInRecipients,
              {
                vi: `"${unit.name.text}" (${ref.id}) có nhiệm vụ trong kế hoạch nhưng không có trong "Nơi nhận", nên sẽ không nhận được văn bản.`,
                en: `"${unit.name.text}" (${ref.id}) has a task in the plan but is not among the recipients, so it will not receive the document.`,
              },
              ref.loc,
              [fix({ vi: `Thêm "- @${ref.id}" vào nơi nhận`, en: `Add "- @${ref.id}" to the recipients` }, [edit], false)],
            ),
          );
        }
      }
    }
  }
  return diagnostics;
}

/** Departments of the issuing agency itself, by the words their names start or end with (folded). */
const INTERNAL_UNIT = /^(?:phong |van phong|cac phong|thanh tra so)|\bthuoc so$| so$/;

export function isLuu(entry: RecipientEntry): boolean {
  return LUU.test(foldKey(entry.value.text));
}

/**
 * The records line, "Lưu: VT, …", also when its colon is left out ("Lưu VT;"), which
 * recipients/missing-luu reports: it is still the records line, not a recipient.
 */
const LUU = /^luu(?:\s*:|\s+vt\b)/u;

/**
 * The task a relative deadline counts from ("trong 3 ngày sau @A"), as the reference written in the
 * field: the task cannot be due before that one is done, just as with `sau`.
 */
function deadlineAnchors(task: TaskDecl, parse: (text: string) => ParsedDeadline): Ref[] {
  return fieldsOf(task, 'deadline').flatMap((field) => {
    const from = parse(field.value.text).deadline;
    if (from?.kind !== 'relative' || from.from.kind !== 'task') return [];
    const id = from.from.id;
    return refs(field).filter((ref) => ref.id === id);
  });
}

/**
 * Cycles through `sau` and through the tasks relative deadlines count from, each reported once, at
 * the dependency of its first task in source order.
 */
function dependencyCycles(file: PlanFile, parse: (text: string) => ParsedDeadline): Finding[] {
  const tasks = tasksOf(file);
  const edges = new Map<string, Ref[]>();
  const anchors = new Set<Ref>();
  for (const [id, declarations] of tasks) {
    const fromDeadlines = declarations.flatMap((task) => deadlineAnchors(task, parse));
    for (const ref of fromDeadlines) anchors.add(ref);
    edges.set(
      id,
      [...declarations.flatMap((task) => fieldsOf(task, 'dependsOn').flatMap(refs)), ...fromDeadlines].filter((ref) => tasks.has(ref.id)),
    );
  }
  const diagnostics: Finding[] = [];
  const reported = new Set<string>();
  const done = new Set<string>();
  for (const start of tasks.keys()) {
    if (done.has(start)) continue;
    // Depth first with a stack of its own: a chain of thousands of tasks would overflow the call stack.
    const path: string[] = [];
    const via: Ref[] = [];
    const onPath = new Set<string>();
    const frames: { id: string; edges: Ref[]; next: number }[] = [];
    const enter = (id: string): void => {
      path.push(id);
      onPath.add(id);
      frames.push({ id, edges: edges.get(id) ?? [], next: 0 });
    };
    enter(start);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      if (frame.next === frame.edges.length) {
        frames.pop();
        path.pop();
        onPath.delete(frame.id);
        done.add(frame.id);
        // Every task but the first was entered through an edge.
        if (frames.length > 0) via.pop();
        continue;
      }
      const ref = frame.edges[frame.next++]!;
      if (onPath.has(ref.id)) {
        const cycle = [...path.slice(path.indexOf(ref.id)), ref.id];
        const key = [...new Set(cycle)].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          // The first dependency of the circle, from the task where the circle was entered.
          const closing = via[path.indexOf(ref.id)] ?? ref;
          const throughDeadline = [...via.slice(path.indexOf(ref.id)), ref].some((edge) => anchors.has(edge));
          const why: Message = throughDeadline
            ? { vi: '; thời hạn tính từ một nhiệm vụ trong vòng nên không có ngày cuối cùng', en: '; a deadline counts from a task in the circle, so it has no last day' }
            : { vi: '', en: '' };
          diagnostics.push(
            finding(
              TASK_RULE.dependencyCycle,
              {
                vi: `Các nhiệm vụ phụ thuộc vòng tròn: ${cycle.join(' → ')}; không nhiệm vụ nào trong vòng bắt đầu được${why.vi}.`,
                en: `The tasks depend on each other in a circle: ${cycle.join(' → ')}; none of them can start${why.en}.`,
              },
              closing.loc,
            ),
          );
        }
        continue;
      }
      if (done.has(ref.id)) continue;
      via.push(ref);
      enter(ref.id);
    }
  }
  return diagnostics;
}
