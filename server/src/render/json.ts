/**
 * The plan as JSON for other tools (dashboards, registers of deadlines, document management): the
 * header, the body as printed, the tasks with their units resolved and ISO last days, and the
 * documents the plan cites with the parts of their citations.
 *
 * Texts are the printed ones (references resolved the way the document prints them); ids are
 * kept next to the names so a consumer can join across plans.
 */
import { type CivilDate, formatIsoDate, isSupportedYear } from '../base/civil-date';
import type { WorkingCalendar } from '../deadline/calendar';
import type { DocumentDecl, Field, FieldKey, Inline, Item, PlanFile, TaskDecl } from '../model/ast';
import { fieldOf, fieldsOf, forEachInline } from '../model/walk';
import type { Workspace } from '../model/workspace';
import { stringifyIndented } from './json-text';
import { PlanText } from './resolve';

/**
 * Bumped when a field changes meaning or disappears; adding fields keeps the version. Version 2
 * names the plan by `source`, its path in the workspace, instead of the absolute `uri` of version 1,
 * which gave away the folders of whoever built it.
 */
export const PLAN_JSON_VERSION = 2;

export interface UnitRef {
  /** The unit's id when the field names a declared unit (`@VP`); absent for plain text. */
  id?: string;
  name: string;
}

export interface ItemJson {
  kind: Item['kind'];
  marker: string;
  title?: string;
  paragraphs: string[];
  tasks: string[];
  children: ItemJson[];
}

export interface TaskJson {
  id: string;
  name: string;
  lead: UnitRef[];
  helpers: UnitRef[];
  receivers: UnitRef[];
  deliverable?: string;
  deadline?: { written: string; words?: string; kind?: string; lastDay?: string };
  dependsOn: string[];
}

export interface CitationJson {
  id: string;
  phrase: string;
  type?: string;
  /** The name of a law cited without number ("Hộ tịch" of "Luật Hộ tịch năm 2014"). */
  name?: string;
  number?: string;
  serial?: string;
  year?: number;
  typeAbbreviation?: string;
  issuers?: string[];
  date?: string;
  issuer?: string;
  subject?: string;
  status?: string;
  builtin: boolean;
}

export interface PlanJson {
  version: number;
  /** The plan's path relative to the workspace root, with "/" between folders. */
  source: string;
  header: Partial<Record<FieldKey, string>> & { issueDate?: string };
  opening: string[];
  items: ItemJson[];
  tasks: TaskJson[];
  citations: CitationJson[];
  recipients: string[];
  signer?: { titles: string[]; name?: string };
}

export interface JsonOptions {
  calendar: WorkingCalendar;
  /** The plan's path relative to the workspace root ("ke-hoach.kh", "2024/ke-hoach.kh"); its file name when not given. */
  source?: string;
}

/** The last segment of a URI, decoded: the file name, never the folders above it. */
function fileNameOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** An ISO date, or nothing for a day outside the years the checks accept (they report it). */
const iso = (date: CivilDate | undefined): string | undefined => (date && isSupportedYear(date.year) ? formatIsoDate(date) : undefined);

class JsonBuilder {
  private readonly text: PlanText;

  constructor(
    private readonly workspace: Workspace,
    private readonly file: PlanFile,
    private readonly options: JsonOptions,
  ) {
    this.text = new PlanText(workspace, file);
  }

  build(): PlanJson {
    const header: PlanJson['header'] = {};
    for (const field of this.file.header?.fields ?? []) header[field.key] = this.text.inlines(field.inlines);
    const issueDate = iso(this.text.issueDate());
    if (issueDate) header.issueDate = issueDate;
    const json: PlanJson = {
      version: PLAN_JSON_VERSION,
      source: this.options.source ?? fileNameOf(this.file.uri),
      header,
      opening: this.file.opening.map((paragraph) => this.text.inlines(paragraph.inlines)),
      items: this.file.items.map((item) => this.item(item)),
      tasks: this.tasks(),
      citations: this.citations(),
      recipients: (this.file.recipients?.entries ?? []).map((entry) => this.text.inlines(entry.inlines)),
    };
    if (this.file.signer) {
      json.signer = { titles: this.file.signer.lines.map((line) => line.text) };
      if (this.file.signer.name) json.signer.name = this.file.signer.name.text;
    }
    return json;
  }

  /**
   * The item and everything under it. The tree is walked with a list of pending items rather than
   * by recursion, since its depth is the drafter's and a generated plan can nest thousands deep.
   */
  private item(root: Item): ItemJson {
    const rootJson = this.itemAlone(root);
    const pending: [Item, ItemJson][] = [[root, rootJson]];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [item, json] = next;
      for (const child of item.children) {
        const childJson = this.itemAlone(child);
        json.children.push(childJson);
        pending.push([child, childJson]);
      }
    }
    return rootJson;
  }

  /** An item's own fields, with its children still to be added. */
  private itemAlone(item: Item): ItemJson {
    const json: ItemJson = {
      kind: item.kind,
      marker: item.marker,
      paragraphs: [],
      tasks: item.tasks.map((task) => task.id),
      children: [],
    };
    if (item.title) json.title = this.text.inlines(item.title.inlines);
    json.paragraphs = item.paragraphs.map((paragraph) => this.text.inlines(paragraph.inlines));
    return json;
  }

  private units(fields: Field[]): UnitRef[] {
    const units: UnitRef[] = [];
    for (const field of fields) {
      for (const inline of field.inlines) units.push(...this.unitRefs(inline));
    }
    return units;
  }

  /** A reference is one unit; plain text is a list of names separated by commas. */
  private unitRefs(inline: Inline): UnitRef[] {
    if (inline.kind === 'ref') return [{ id: inline.id, name: this.text.unitName(inline.id) ?? `@${inline.id}` }];
    if (inline.kind !== 'text') return [];
    return inline.text
      .split(/[,;]/)
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name) => ({ name }));
  }

  private tasks(): TaskJson[] {
    const tasks: TaskJson[] = [];
    for (const task of this.file.declarations) {
      if (task.kind !== 'task' || this.text.task(task.id) !== task) continue;
      tasks.push(this.task(task));
    }
    return tasks;
  }

  private task(task: TaskDecl): TaskJson {
    const json: TaskJson = {
      id: task.id,
      name: this.text.taskName(task),
      lead: this.units(fieldsOf(task, 'lead')),
      helpers: this.units(fieldsOf(task, 'helpers')),
      receivers: this.units(fieldsOf(task, 'receiver')),
      dependsOn: fieldsOf(task, 'dependsOn').flatMap((field) => field.inlines.flatMap((inline) => (inline.kind === 'ref' ? [inline.id] : []))),
    };
    const deliverable = fieldOf(task, 'deliverable');
    if (deliverable) json.deliverable = this.text.inlines(deliverable.inlines);
    const field = fieldOf(task, 'deadline');
    if (field) {
      const { words, deadline } = this.text.deadlineOf(task);
      json.deadline = { written: field.value.text };
      if (deadline) {
        json.deadline.words = words;
        json.deadline.kind = deadline.kind;
        const lastDay = iso(this.text.lastDayOf(task, this.options.calendar));
        if (lastDay) json.deadline.lastDay = lastDay;
      }
    }
    return json;
  }

  /** The documents the plan refers to, in order of first mention. */
  private citations(): CitationJson[] {
    const seen = new Map<string, CitationJson>();
    forEachInline(this.file, (inline) => {
      if (inline.kind !== 'ref' || seen.has(inline.id)) return;
      const declared = this.workspace.resolveDocument(inline.id, this.file.uri);
      if (declared) seen.set(inline.id, this.citation(declared.declaration, declared.builtin));
    });
    return [...seen.values()];
  }

  private citation(declaration: DocumentDecl, builtin: boolean): CitationJson {
    const json: CitationJson = { id: declaration.id, phrase: declaration.phrase.text, builtin };
    const parts = this.text.citation(declaration);
    if (parts) {
      json.type = parts.typeName;
      if (parts.number) {
        json.number = parts.number.normalised;
        if (parts.number.serial !== undefined) json.serial = parts.number.serial;
        if (parts.number.year !== undefined) json.year = parts.number.year;
        if (parts.number.typeAbbreviation !== undefined) json.typeAbbreviation = parts.number.typeAbbreviation;
        json.issuers = parts.number.issuers;
      } else {
        // A law cited by name: its name stands where the number would.
        if (parts.qualifier) json.name = parts.qualifier;
        if (parts.year !== undefined) json.year = parts.year;
      }
      const date = iso(parts.date);
      if (date) json.date = date;
      if (parts.issuer) json.issuer = parts.issuer;
    }
    const subject = this.text.subject(declaration);
    if (subject) json.subject = subject;
    const status = fieldOf(declaration, 'status');
    if (status) json.status = status.value.text;
    return json;
  }
}

export function planJson(workspace: Workspace, file: PlanFile, options: JsonOptions): PlanJson {
  return new JsonBuilder(workspace, file, options).build();
}

/** The JSON text written by `kehoach build --format json`: two-space indent, final newline. */
export function renderJson(workspace: Workspace, file: PlanFile, options: JsonOptions): string {
  return `${stringifyIndented(planJson(workspace, file, options))}\n`;
}
