/**
 * How references print: `@ID` of a unit as its name, of a document as its citation (in full at the
 * first mention, short afterwards, Nghị định 30 Phụ lục I), of a task as its title, and `[hạn ID]`
 * as the task's deadline in words. Every output format goes through this one place, so the DOCX,
 * the HTML preview and the JSON model never disagree on a word.
 *
 * A reference that does not resolve prints as written (`@ID`): the checks report it, and printing it
 * raw makes the gap visible in the document instead of hiding it.
 */
import type { CivilDate } from '../base/civil-date';
import type { WorkingCalendar } from '../deadline/calendar';
import { lastDay, taskLastDays } from '../deadline/evaluate';
import type { Deadline } from '../deadline/parse';
import { parseDeadline, parsePlanDate } from '../deadline/parse';
import { type CitationStyle, formatCitation, formatCitationGroup } from '../cite/format';
import { type Citation, parseCitationPhrase } from '../cite/phrase';
import { CITE } from '../cite/rules';
import type { DocumentDecl, Inline, PlanFile, Reference, TaskDecl } from '../model/ast';
import { fieldOf, fieldsOf } from '../model/walk';
import { tasksOf, type Workspace } from '../model/workspace';
import { describeDeadline } from './words';

/** An id inside a citation phrase's issuer, written `của @UBND`. */
/**
 * Problems after which the parsed parts of a citation no longer hold all that was written (a date
 * that is not one, words that are not a citation, a number of no known form).
 */
const PARTS_LOST: ReadonlySet<string> = new Set([CITE.invalidDate, CITE.unrecognised, CITE.malformedNumber]);

const ISSUER_REFERENCE = /@([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)/g;

export interface TaskDeadline {
  /** The deadline in words, or the field as written when it cannot be read. */
  words?: string;
  deadline?: Deadline;
}

export class PlanText {
  /** Documents already cited in full in this rendering, in order of first mention. */
  private readonly cited = new Set<string>();
  private readonly tasks: Map<string, TaskDecl[]>;
  private readonly citations = new Map<DocumentDecl, Citation | undefined>();
  private readonly lastDays = new Map<WorkingCalendar, (id: string) => CivilDate | undefined>();
  private readonly deadlines = new Map<TaskDecl, TaskDeadline>();

  constructor(
    readonly workspace: Workspace,
    readonly file: PlanFile,
  ) {
    this.tasks = tasksOf(file);
  }

  /** Prose with its references printed; advances the first-mention state of citations. */
  inlines(inlines: readonly Inline[]): string {
    let printed = '';
    for (let at = 0; at < inlines.length; at++) {
      const inline = inlines[at]!;
      const group = inline.kind === 'ref' ? inline.group : undefined;
      if (!group) {
        printed += this.inline(inline);
        continue;
      }
      // The members of a group and the separators between them stand together in the inlines.
      let end = at;
      for (let next = at + 1; next < inlines.length; next++) {
        const candidate = inlines[next]!;
        if (candidate.kind === 'ref' && candidate.group === group) end = next;
        else if (candidate.kind !== 'text') break;
      }
      printed += this.group(inlines.slice(at, end + 1), printed);
      at = end;
    }
    return printed;
  }

  unitName(id: string): string | undefined {
    return this.workspace.resolveUnit(id, this.file.uri)?.declaration.name.text;
  }

  task(id: string): TaskDecl | undefined {
    return this.tasks.get(id)?.[0];
  }

  /**
   * What a task is called in the annex, the calendar and another task's deadline: its `nội dung`,
   * else its title, else its deliverable, else its id.
   */
  taskName(task: TaskDecl): string {
    const content = fieldOf(task, 'content');
    if (content) return this.plainInlines(content.inlines);
    if (task.title) return task.title.text;
    const deliverable = fieldOf(task, 'deliverable');
    return deliverable ? this.plainInlines(deliverable.inlines) : task.id;
  }

  /**
   * The parts of a declared document's citation with a unit issuer (`của @UBND`) resolved; none
   * when reading the phrase lost a part of it (an impossible date, words that are not a citation),
   * so a build forced past the error prints the phrase as the drafter wrote it.
   */
  citation(declaration: DocumentDecl): Citation | undefined {
    if (this.citations.has(declaration)) return this.citations.get(declaration);
    const read = parseCitationPhrase(declaration.phrase.text);
    const parsed = read.problems.some((problem) => PARTS_LOST.has(problem.code)) ? undefined : read.citation;
    const parts = parsed && (parsed.issuer ? { ...parsed, issuer: this.resolveIssuer(parsed.issuer) } : parsed);
    this.citations.set(declaration, parts);
    return parts;
  }

  /** The document's `trích yếu`, printed after the citation at its first mention. */
  subject(declaration: DocumentDecl): string | undefined {
    const title = fieldOf(declaration, 'title');
    return title ? this.plainInlines(title.inlines) : undefined;
  }

  /** The deadline of a task, read and put in words once per rendering. */
  deadlineOf(task: TaskDecl): TaskDeadline {
    let known = this.deadlines.get(task);
    if (!known) {
      known = this.readDeadline(task);
      this.deadlines.set(task, known);
    }
    return known;
  }

  private readDeadline(task: TaskDecl): TaskDeadline {
    const field = fieldOf(task, 'deadline');
    if (!field) return {};
    const deadline = parseDeadline(field.value.text).deadline;
    if (!deadline) return { words: field.value.text };
    const words = describeDeadline(deadline, (id) => {
      const other = this.task(id);
      return other ? this.taskName(other) : `@${id}`;
    });
    return { words, deadline };
  }

  /** The plan's issue date, when the header states the exact day (a draft does not). */
  issueDate(): CivilDate | undefined {
    const field = this.file.header && fieldOf(this.file.header, 'date');
    return field ? parsePlanDate(field.value.text)?.exact : undefined;
  }

  /**
   * The last day a task allows ("trước 01/6/2023" → 31/5/2023), as the deadline checks compute it;
   * undefined for recurring, ongoing and on-request deadlines, for a deadline counted from an
   * unknown issue date, and along a cycle of tasks counted from each other. Each task's last day is
   * computed once per rendering and calendar.
   */
  lastDayOf(task: TaskDecl, calendar: WorkingCalendar): CivilDate | undefined {
    let lastDays = this.lastDays.get(calendar);
    if (!lastDays) {
      const issueDate = this.issueDate();
      lastDays = taskLastDays((id) => {
        const declaration = this.task(id);
        return declaration && this.deadlineOf(declaration).deadline;
      }, { calendar, ...(issueDate ? { issueDate } : {}) });
      this.lastDays.set(calendar, lastDays);
    }
    if (this.task(task.id) === task) return lastDays(task.id);
    // A repeated id (the checks report it) keeps its own deadline, counted from the tasks that count.
    const deadline = this.deadlineOf(task).deadline;
    const issueDate = this.issueDate();
    return deadline && lastDay(deadline, { calendar, ...(issueDate ? { issueDate } : {}), taskLastDay: lastDays });
  }

  /** Names of the units of a task field (`chủ trì`, `phối hợp`), each reference by its name. */
  unitList(task: TaskDecl, key: 'lead' | 'helpers' | 'receiver'): string {
    return fieldsOf(task, key)
      .map((field) => this.plainInlines(field.inlines))
      .join(', ');
  }

  private inline(inline: Inline): string {
    if (inline.kind === 'text') return inline.text;
    if (inline.kind === 'deadline-ref') {
      const task = this.task(inline.taskId);
      return (task && this.deadlineOf(task).words) ?? `[hạn ${inline.taskId}]`;
    }
    const declared = this.workspace.resolve(inline.id, this.file.uri);
    if (declared?.declaration.kind === 'unit') return declared.declaration.name.text;
    if (declared?.declaration.kind === 'document') return this.cite(declared.declaration, inline.full);
    const task = this.task(inline.id);
    return task ? this.taskName(task) : `@${inline.id}`;
  }

  /**
   * A document in full at its first mention, and wherever the drafter asks for it with `@@ID`
   * (a later mention that must read in full, as the original text has it); short otherwise.
   */
  private cite(declaration: DocumentDecl, full = false): string {
    const inFull = full || !this.cited.has(declaration.id);
    this.cited.add(declaration.id);
    const parts = this.citation(declaration);
    const subject = inFull ? this.subject(declaration) : undefined;
    if (!parts) {
      // The phrase did not parse (the checks say why): print it as declared rather than guess.
      const phrase = this.resolveIssuer(declaration.phrase.text);
      return subject ? `${phrase} ${subject}` : phrase;
    }
    return formatCitation(parts, inFull ? 'full' : 'short', subject);
  }

  /**
   * `@{QD645, QD1813}`: documents of one type in one phrase (cite/format.ts says how), each in full
   * where it would be alone. Members that cannot share a phrase (a unit, an unknown id, documents
   * of two types, a law cited by name) print one by one with the separators as written, so the
   * drafter's text is never dropped. `before` is the prose printed so far, which may already say
   * "các".
   */
  private group(inlines: readonly Inline[], before: string): string {
    const references = inlines.filter((inline): inline is Reference => inline.kind === 'ref');
    const members: { reference: Reference; declaration: DocumentDecl; parts: Citation }[] = [];
    for (const reference of references) {
      const declared = this.workspace.resolve(reference.id, this.file.uri)?.declaration;
      const parts = declared?.kind === 'document' ? this.citation(declared) : undefined;
      if (declared?.kind === 'document' && parts) members.push({ reference, declaration: declared, parts });
    }
    const oneByOne = (): string => inlines.map((inline) => this.inline(inline)).join('');
    if (members.length !== references.length) return oneByOne();
    const styled = members.map(({ reference, declaration, parts }) => {
      const style: CitationStyle = reference.full || !this.cited.has(declaration.id) ? 'full' : 'short';
      const subject = style === 'full' ? this.subject(declaration) : undefined;
      return { citation: parts, style, ...(subject ? { subject } : {}) };
    });
    const printed = formatCitationGroup(styled, !/(?:^|[^\p{L}])các\s*$/iu.test(before));
    if (printed === undefined) return oneByOne();
    for (const { declaration } of members) this.cited.add(declaration.id);
    return printed;
  }

  /**
   * Text of inlines that are not part of the body's reading order (task fields, subjects): units
   * and tasks by name, documents always short, so they do not take the first full mention.
   */
  private plainInlines(inlines: readonly Inline[]): string {
    return inlines
      .map((inline) => {
        if (inline.kind !== 'ref') return this.inline(inline);
        const declared = this.workspace.resolve(inline.id, this.file.uri);
        if (declared?.declaration.kind === 'document') {
          const parts = this.citation(declared.declaration);
          // `@@ID` asks for the full citation here too; it does not take the first mention.
          const subject = inline.full ? this.subject(declared.declaration) : undefined;
          return parts ? formatCitation(parts, inline.full ? 'full' : 'short', subject) : declared.declaration.phrase.text;
        }
        return this.inline(inline);
      })
      .join('');
  }

  private resolveIssuer(text: string): string {
    return text.replace(ISSUER_REFERENCE, (written, id: string) => this.unitName(id) ?? written);
  }
}
