/**
 * References and declarations: every `@ID` and `[hạn ID]` must name something declared, of the
 * right kind for where it stands; ids are declared once; a plan's own declarations are used.
 */
import type { Finding, Fix, Message } from '../base/diagnostic';
import { foldKey } from '../base/source';
import type { Declaration, FieldKey, Inline, PlanFile } from '../model/ast';
import { forEachInline, type InlineContext } from '../model/walk';
import { tasksOf, type Workspace } from '../model/workspace';
import type { CheckContext } from './context';
import type { Analysis } from './rule';

type Kind = Declaration['kind'];

const KIND_NAMES: Record<Kind, Message> = {
  document: { vi: 'văn bản', en: 'document' },
  unit: { vi: 'đơn vị', en: 'unit' },
  task: { vi: 'nhiệm vụ', en: 'task' },
};

/** Fields whose references must be of one kind. */
const FIELD_KINDS: Partial<Record<FieldKey, Kind>> = {
  lead: 'unit',
  helpers: 'unit',
  receiver: 'unit',
  replacedBy: 'document',
  dependsOn: 'task',
  // A relative deadline counts from another task: "trong 5 ngày làm việc sau @A".
  deadline: 'task',
  parentAgency: 'unit',
  agency: 'unit',
};

/** Declaration phrases whose references must be of one kind: a citation's issuer is a unit. */
const PHRASE_KINDS: Partial<Record<Kind, Kind>> = {
  document: 'unit',
};

export const referenceAnalysis: Analysis = (context: CheckContext): Finding[] => {
  const { file, workspace } = context;
  const diagnostics: Finding[] = [];
  const tasks = tasksOf(file);
  const suggest = new Suggestions(
    () => [...tasks.keys()],
    () => workspace.allDeclarations().map((entry) => entry.declaration.id),
  );
  forEachInline(file, (inline, where) => {
    if (inline.kind === 'ref') checkReference(inline, where, file, workspace, tasks, suggest, diagnostics);
    else if (inline.kind === 'deadline-ref' && !tasks.has(inline.taskId)) {
      diagnostics.push({
        code: 'ref/unknown-task',
        message: {
          vi: `Không có nhiệm vụ "${inline.taskId}" trong kế hoạch này.`,
          en: `No task "${inline.taskId}" in this plan.`,
        },
        location: inline.idLoc,
        ...suggestionFix(suggest.closest(inline.taskId, 'tasks'), inline.idLoc.start, inline.idLoc.end),
      });
    }
  });
  for (const found of duplicateDeclarations(file, workspace, tasks)) diagnostics.push(found);
  for (const found of unusedDeclarations(file, workspace)) diagnostics.push(found);
  return diagnostics;
};

function checkReference(
  inline: Extract<Inline, { kind: 'ref' }>,
  where: InlineContext,
  file: PlanFile,
  workspace: Workspace,
  tasks: Map<string, unknown>,
  suggest: Suggestions,
  diagnostics: Finding[],
): void {
  const expected = where.kind === 'field' ? FIELD_KINDS[where.field.key] : where.kind === 'phrase' ? PHRASE_KINDS[where.owner.kind] : undefined;
  const declared = workspace.resolve(inline.id, file.uri);
  const actual: Kind | undefined = tasks.has(inline.id) ? 'task' : declared?.declaration.kind;
  if (!actual) {
    diagnostics.push({
      code: 'ref/unknown',
      message: {
        vi: `Chưa khai báo "${inline.id}" (trong kế hoạch, trong tệp danh mục hay trong danh mục có sẵn).`,
        en: `"${inline.id}" is not declared (in the plan, in a catalog file or in the built-in catalog).`,
      },
      location: inline.idLoc,
      ...suggestionFix(suggest.closest(inline.id, expected === 'task' ? 'tasks' : 'declarations'), inline.idLoc.start, inline.idLoc.end),
    });
    return;
  }
  if (expected && expected !== actual) {
    diagnostics.push(wrongKind(inline, actual, expected));
  } else if (!expected && actual === 'task') {
    // In prose, a task reads as nothing useful: its deadline is what a drafter means.
    diagnostics.push({
      code: 'ref/wrong-kind',
      message: {
        vi: `"${inline.id}" là một nhiệm vụ; để nhắc thời hạn của nó trong văn bản, viết [hạn ${inline.id}].`,
        en: `"${inline.id}" is a task; to mention its deadline in the text, write [hạn ${inline.id}].`,
      },
      location: inline.loc,
      fixes: [
        {
          title: { vi: `Đổi thành [hạn ${inline.id}]`, en: `Change to [hạn ${inline.id}]` },
          edits: [{ start: inline.loc.start, end: inline.loc.end, newText: `[hạn ${inline.id}]` }],
          safe: false,
        },
      ],
    });
  }
}

function wrongKind(inline: Extract<Inline, { kind: 'ref' }>, actual: Kind, wanted: Kind): Finding {
  return {
    code: 'ref/wrong-kind',
    message: {
      vi: `"${inline.id}" là ${KIND_NAMES[actual].vi}, nhưng ở đây cần một ${KIND_NAMES[wanted].vi}.`,
      en: `"${inline.id}" is a ${KIND_NAMES[actual].en}, but a ${KIND_NAMES[wanted].en} is expected here.`,
    },
    location: inline.idLoc,
  };
}

function duplicateDeclarations(file: PlanFile, workspace: Workspace, tasks: Map<string, Declaration[]>): Finding[] {
  const diagnostics: Finding[] = [];
  for (const declaration of file.declarations) {
    const others =
      declaration.kind === 'task'
        ? (tasks.get(declaration.id) ?? []).filter((other) => other !== declaration).map((other) => ({ declaration: other, uri: file.uri }))
        : workspace
            .declarationsOf(declaration.id)
            .filter((other) => other.declaration !== declaration && !other.builtin);
    if (others.length === 0) continue;
    const where = whereDeclared(file.uri, others.map((other) => ({ uri: other.uri, line: other.declaration.idLoc.range.start.line + 1 })));
    diagnostics.push({
      code: 'ref/duplicate-declaration',
      message: {
        vi: `Mã "${declaration.id}" được khai báo nhiều lần (nơi khác: ${where.vi}); mỗi mã chỉ khai báo một lần trong thư mục làm việc.`,
        en: `The id "${declaration.id}" is declared more than once (elsewhere: ${where.en}); declare each id once in the workspace.`,
      },
      location: declaration.idLoc,
      related: others.map((other) => ({
        uri: other.uri,
        location: other.declaration.idLoc,
        message: { vi: 'Khai báo khác', en: 'Other declaration' },
      })),
    });
  }
  return diagnostics;
}

/** How many other places a duplicate's message names before it says "…". */
const NAMED_PLACES = 3;

/** "dòng 12" in the same file, "danh-muc.kh:3" or "../chung/danh-muc.kh:3" in another. */
function whereDeclared(fromUri: string, places: { uri: string; line: number }[]): Message {
  const shown = places.slice(0, NAMED_PLACES).map(({ uri, line }) =>
    uri === fromUri ? { vi: `dòng ${line}`, en: `line ${line}` } : { vi: `${relativeUri(fromUri, uri)}:${line}`, en: `${relativeUri(fromUri, uri)}:${line}` },
  );
  const more = places.length > NAMED_PLACES ? ', …' : '';
  return { vi: shown.map((place) => place.vi).join(', ') + more, en: shown.map((place) => place.en).join(', ') + more };
}

/** The decoded path segments of a URI with its scheme and authority, or undefined when it is no URL. */
function uriParts(uri: string): { base: string; segments: string[] } | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  const segments = url.pathname.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  return { base: `${url.protocol}//${url.host}`, segments };
}

/**
 * The path of `toUri` from the folder of `fromUri`, as a drafter would type it; the whole URI when
 * the two are not on the same file system (another scheme or host).
 */
function relativeUri(fromUri: string, toUri: string): string {
  const from = uriParts(fromUri);
  const to = uriParts(toUri);
  if (!from || !to || from.base !== to.base) return toUri;
  const folder = from.segments.slice(0, -1);
  let common = 0;
  while (common < folder.length && common < to.segments.length - 1 && folder[common] === to.segments[common]) common++;
  return [...folder.slice(common).map(() => '..'), ...to.segments.slice(common)].join('/');
}

/**
 * Documents and units declared in a plan (not in a catalog) that nothing in the workspace refers
 * to: a leftover citation or a unit that was meant to get a task.
 */
function unusedDeclarations(file: PlanFile, workspace: Workspace): Finding[] {
  if (file.isCatalog) return [];
  const used = workspace.referencedIds();
  const diagnostics: Finding[] = [];
  for (const declaration of file.declarations) {
    if (declaration.kind === 'task' || used.has(declaration.id)) continue;
    diagnostics.push({
      code: 'ref/unused',
      message: {
        vi: `${capitalise(KIND_NAMES[declaration.kind].vi)} "${declaration.id}" được khai báo nhưng không được nhắc đến.`,
        en: `The ${KIND_NAMES[declaration.kind].en} "${declaration.id}" is declared but never referred to.`,
      },
      location: declaration.idLoc,
      tags: ['unnecessary'],
    });
  }
  return diagnostics;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The closest known id, when one is close enough to be a typo, as a quick fix. */
function suggestionFix(best: string | undefined, start: number, end: number): { fixes?: Fix[] } {
  if (!best) return {};
  return {
    fixes: [
      {
        title: { vi: `Đổi thành "${best}"`, en: `Change to "${best}"` },
        edits: [{ start, end, newText: best }],
        safe: false,
      },
    ],
  };
}

interface Candidate {
  id: string;
  folded: string;
}

/**
 * Edit-distance cells one check may spend on suggestions. A plan with thousands of unknown ids
 * and thousands of declarations would otherwise cost their product; far below this bound, every
 * real plan gets all its suggestions, and past it the unknown ids are still reported, without one.
 */
const SUGGESTION_BUDGET = 20_000_000;

/**
 * Typo suggestions for one check: the candidate ids are listed and folded once, each unknown id is
 * looked up once, and the work is bounded by SUGGESTION_BUDGET.
 */
class Suggestions {
  private readonly lists = new Map<'tasks' | 'declarations', Candidate[]>();
  private readonly known = new Map<string, string | undefined>();
  private budget = SUGGESTION_BUDGET;

  constructor(
    private readonly taskIds: () => string[],
    private readonly declarationIds: () => string[],
  ) {}

  closest(id: string, among: 'tasks' | 'declarations'): string | undefined {
    const key = `${among}:${id}`;
    if (this.known.has(key)) return this.known.get(key);
    const best = closestOf(foldKey(id), this.candidates(among), (cells) => {
      if (cells > this.budget) return false;
      this.budget -= cells;
      return true;
    });
    this.known.set(key, best);
    return best;
  }

  private candidates(among: 'tasks' | 'declarations'): Candidate[] {
    let list = this.lists.get(among);
    if (!list) {
      const ids = among === 'tasks' ? this.taskIds() : this.declarationIds();
      list = [...new Set(ids)].map((id) => ({ id, folded: foldKey(id) }));
      this.lists.set(among, list);
    }
    return list;
  }
}

/**
 * The first candidate at the smallest edit distance under a third of the id's length. Two strings
 * are at least their difference in length apart, so a candidate that cannot come closer than the
 * best so far is not compared; `spend` is asked for each comparison's cells and may refuse it.
 */
function closestOf(target: string, candidates: readonly Candidate[], spend: (cells: number) => boolean): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(target.length / 3)) + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.folded.length - target.length) >= bestDistance) continue;
    if (!spend(target.length * candidate.folded.length)) continue;
    const distance = editDistance(target, candidate.folded);
    if (distance < bestDistance) {
      best = candidate.id;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
