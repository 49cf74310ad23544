/**
 * Completion, decided by what precedes the cursor on its line:
 * - after `@`: every document and unit id of the workspace and the built-in catalog, and the tasks
 *   of the plan, matched without diacritics on the id, the name and the citation, so "dan van"
 *   finds the Dân vận documents, and ranked: an exact id or short name first, then a prefix of
 *   one, then every word somewhere, then the letters in order. The server filters and ranks, because
 *   editors match on the label only and without folding diacritics;
 * - after `[hạn `: the plan's task ids;
 * - at the start of a line: the keywords, or the field names of the block the line is indented in.
 */
import { formatVnDate } from '../base/civil-date';
import { type Language } from '../base/diagnostic';
import { foldKey, type LineIndex } from '../base/source';
import { BUILTIN_CATALOG_URI, BUILTIN_DOCUMENT_CATALOG } from '../cite/builtin-catalog';
import type { DocumentCatalog } from '../cite/catalog';
import { formatCitation } from '../cite/format';
import { parseCitationPhrase } from '../cite/phrase';
import type { DocumentTypeKey, FieldKey, PlanFile } from '../model/ast';
import { fieldOf } from '../model/walk';
import { tasksOf, type Workspace } from '../model/workspace';
import {
  DEADLINE_REFERENCE_KEYWORDS,
  DECLARATION_KEYWORDS,
  DOCUMENT_FIELDS,
  FIELD_DISPLAY,
  FIELD_KEYWORDS,
  HEADER_FIELDS_BY_TYPE,
  PLAN_KEYWORDS,
  TYPED_HEADS,
  TASK_FIELDS,
  UNIT_FIELDS,
} from '../syntax/keywords';

export type CandidateKind = 'document' | 'unit' | 'task' | 'keyword' | 'field';

export interface Candidate {
  label: string;
  kind: CandidateKind;
  /** What replaces [start, end) of the original text. */
  insertText: string;
  start: number;
  end: number;
  /** The text the editor matches what was typed against. */
  filterText: string;
  sortText: string;
  detail?: string;
  documentation?: string;
}

export interface CompletionResult {
  candidates: Candidate[];
  /** True when the list depends on every letter typed, so the editor must ask again. */
  incomplete: boolean;
}

const say = (language: Language, vi: string, en: string): string => (language === 'en' ? en : vi);

/** What may follow `@` while the user is still searching: letters, digits, spaces, "-", "/", ".". */
const REFERENCE_QUERY = /^[\p{L}\p{N}_\-/. ]{0,60}$/u;
const ID_CHARS = /[A-Za-z0-9_-]/;

/**
 * `typedSpace` says the request came from typing a space: then only the contexts a space continues
 * (`[hạn `, a search after `@`) answer, so prose does not open a keyword list at every word.
 */
export function completeAt(
  workspace: Workspace,
  file: PlanFile,
  lines: LineIndex,
  offset: number,
  language: Language,
  typedSpace = false,
  catalogs: readonly DocumentCatalog[] = [],
): CompletionResult {
  const text = lines.text;
  const position = lines.positionAt(offset);
  const lineStart = lines.lineStart(position.line);
  const prefix = text.slice(lineStart, offset);
  let end = offset;
  while (end < text.length && ID_CHARS.test(text[end]!)) end++;

  // The blanks before the id start after a non-blank, so a long run of them is read once, not once per blank.
  const deadlineRef = /\[([^[\]]*?)(?<!\s)\s+([A-Za-z0-9_-]*)$/u.exec(prefix);
  if (deadlineRef && DEADLINE_REFERENCE_KEYWORDS.includes(foldKey(deadlineRef[1]!))) {
    const start = offset - deadlineRef[2]!.length;
    return { candidates: taskCandidates(file, start, end, language, ''), incomplete: false };
  }

  const member = groupMemberQuery(prefix);
  if (member) {
    const start = lineStart + member.start;
    const candidates = referenceCandidates(workspace, file, member.query, start, end, language).filter(
      (candidate) => candidate.kind === 'document' && !member.written.has(candidate.label),
    );
    return { candidates: candidates.map((candidate, index) => ({ ...candidate, sortText: String(index).padStart(5, '0') })), incomplete: true };
  }

  const at = referenceQuery(prefix);
  if (at) {
    const start = lineStart + at.start;
    return { candidates: referenceCandidates(workspace, file, at.query, start, end, language), incomplete: true };
  }

  const number = CATALOG_NUMBER_QUERY.exec(prefix);
  if (number) {
    const start = offset - number[1]!.length;
    let numberEnd = offset;
    while (numberEnd < text.length && /[\p{L}\p{N}/\-.]/u.test(text[numberEnd]!)) numberEnd++;
    const known = [...(workspace.isBuiltin(BUILTIN_CATALOG_URI) ? [BUILTIN_DOCUMENT_CATALOG] : []), ...catalogs];
    const candidates = catalogCandidates(known, number[1]!, start, numberEnd, language);
    if (candidates.length > 0) return { candidates, incomplete: true };
  }

  // A keyword has at most four words; a longer start of a line is prose.
  if (!typedSpace && /^\s*(?:[\p{L}]+(?: [\p{L}]*){0,3})?$/u.test(prefix)) {
    const indent = /^\s*/.exec(prefix)![0].length;
    return { candidates: keywordCandidates(lines, position.line, indent, lineStart + indent, offset, language), incomplete: false };
  }
  return { candidates: [], incomplete: false };
}

/** A number being typed after "số": "Nghị định số 30/20|". Bounded, so it reads a long line once. */
const CATALOG_NUMBER_QUERY = /(?<![\p{L}])số[ \t]{1,3}(\d[\p{L}\p{N}/\-.]{0,40})$/u;

/**
 * Documents of the catalogs whose number starts with what was typed: the number is completed with
 * its date and issuer, as a citation writes them, and the subject and status are shown beside it.
 */
function catalogCandidates(catalogs: readonly DocumentCatalog[], typed: string, start: number, end: number, language: Language): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const catalog of catalogs) {
    for (const entry of catalog.complete(typed, 50)) {
      const words = [entry.number, entry.date ? `ngày ${formatVnDate(entry.date)}` : '', entry.issuer ? `của ${entry.issuer}` : ''].filter(Boolean).join(' ');
      if (seen.has(words)) continue;
      seen.add(words);
      const status = entry.status ? say(language, ` (${entry.status === 'in-force' ? 'còn hiệu lực' : entry.status === 'amended' ? 'được sửa đổi' : entry.status === 'replaced' ? 'bị thay thế' : 'hết hiệu lực'})`, ` (${entry.status})`) : '';
      candidates.push({
        label: entry.number,
        kind: 'document',
        insertText: words,
        start,
        end,
        filterText: entry.number,
        sortText: String(candidates.length).padStart(5, '0'),
        detail: `${entry.type} ${words}${status}`,
        documentation: [entry.subject ?? '', say(language, `Theo ${entry.origin}.`, `From ${entry.origin}.`)].filter(Boolean).join('\n\n'),
      });
    }
  }
  return candidates;
}

/**
 * Inside an open group `@{QD645, QD1|` (or `@@{…}`): the member being typed after the brace or the
 * last "," or ";", where it starts, and the members already written, which are not offered again.
 * A group cites documents only (syntax/tokens.ts), so only documents are offered there.
 */
const OPEN_GROUP = /(?<![\p{L}\p{N}\\])@@?\{([\p{L}\p{N}_\-/. \t,;]{0,200})$/u;

function groupMemberQuery(prefix: string): { query: string; start: number; written: Set<string> } | undefined {
  const open = OPEN_GROUP.exec(prefix);
  if (!open) return undefined;
  const inside = open[1]!;
  const separator = Math.max(inside.lastIndexOf(','), inside.lastIndexOf(';'));
  const typed = inside.slice(separator + 1);
  const query = typed.trimStart();
  const written = new Set(
    inside
      .slice(0, separator + 1)
      .split(/[,;]/)
      .map((id) => id.trim())
      .filter(Boolean),
  );
  return { query, start: prefix.length - query.length, written };
}

/** The text typed after the last `@` of the line that starts a reference (not an e-mail address). */
function referenceQuery(prefix: string): { query: string; start: number } | undefined {
  const at = prefix.lastIndexOf('@');
  if (at < 0) return undefined;
  const before = prefix[at - 1];
  if (before !== undefined && /[\p{L}\p{N}\\]/u.test(before)) return undefined;
  const query = prefix.slice(at + 1);
  return REFERENCE_QUERY.test(query) ? { query, start: at + 1 } : undefined;
}

/** True when the letters of `pattern` appear in `text` in order; one pass over `text`. */
function inOrder(pattern: string, text: string): boolean {
  let next = 0;
  for (let index = 0; index < text.length && next < pattern.length; index++) if (text[index] === pattern[next]) next++;
  return next === pattern.length;
}

/**
 * How well the folded query matches a candidate, best first: 0 its id or a short name exactly,
 * 1 the start of one of them, 2 a word of a short name onwards ("noi vu" in "so noi vu"), 3 every
 * word the start of a word of the id, the names or the citation, 4 every word somewhere in them,
 * 5 the query's letters in order in the id or a short name; undefined when none of these.
 */
function rankOf(words: string[], id: string, shortNames: string[], haystack: string): number | undefined {
  const query = words.join(' ');
  const short = [id, ...shortNames];
  if (query === '') return 1;
  if (short.includes(query)) return 0;
  if (short.some((form) => form.startsWith(query))) return 1;
  if (shortNames.some((form) => form.includes(` ${query}`))) return 2;
  const haystackWords = haystack.split(/[\s/().,;:-]+/);
  if (words.every((word) => haystackWords.some((each) => each.startsWith(word)))) return 3;
  if (words.every((word) => haystack.includes(word))) return 4;
  const letters = words.join('');
  if (short.some((form) => inOrder(letters, form.replace(/ /g, '')))) return 5;
  return undefined;
}

/**
 * What the editor filters the list with while the next answer is on its way: the query as typed
 * first, so every candidate the server chose scores alike and the server's order (sortText)
 * decides, then the id and the names with and without diacritics, so the letters typed next still
 * match before the editor asks again.
 */
function filterTextOf(query: string, id: string, names: string[]): string {
  return [query, id, ...names, ...names.map(foldKey)].filter(Boolean).join(' ');
}

function referenceCandidates(workspace: Workspace, file: PlanFile, query: string, start: number, end: number, language: Language): Candidate[] {
  const words = foldKey(query).split(' ').filter(Boolean);
  const candidates: (Candidate & { rank: number })[] = [];
  const seen = new Set<string>();
  for (const declared of workspace.allDeclarations()) {
    const { declaration } = declared;
    if (seen.has(declaration.id)) continue;
    seen.add(declaration.id);
    let detail: string;
    let documentation: string | undefined;
    let searchable: string;
    /** What the drafter calls it: a unit's name, a document's short citation. */
    let shortName: string;
    if (declaration.kind === 'document') {
      const citation = parseCitationPhrase(declaration.phrase.text).citation;
      const subject = fieldOf(declaration, 'title')?.value.text;
      detail = citation ? formatCitation(citation, 'short') : declaration.phrase.text;
      documentation = [citation ? formatCitation(citation, 'full', subject) : declaration.phrase.text, declared.builtin ? say(language, '(danh mục kèm theo công cụ)', '(built-in catalog)') : '']
        .filter(Boolean)
        .join('\n\n');
      searchable = `${declaration.phrase.text} ${subject ?? ''}`;
      shortName = detail;
    } else {
      detail = declaration.name.text;
      searchable = declaration.name.text;
      shortName = declaration.name.text;
    }
    const found = rankOf(words, foldKey(declaration.id), [foldKey(shortName)], foldKey(`${declaration.id} ${searchable}`));
    if (found === undefined) continue;
    // The workspace's own documents come before the built-in catalog's at the same match.
    const rank = found + (declared.builtin ? 0.5 : 0);
    candidates.push({
      label: declaration.id,
      kind: declaration.kind,
      insertText: declaration.id,
      start,
      end,
      filterText: filterTextOf(query, declaration.id, [shortName]),
      sortText: '',
      detail,
      ...(documentation ? { documentation } : {}),
      rank,
    });
  }
  for (const task of taskCandidates(file, start, end, language, query)) {
    const name = task.detail ?? '';
    const rank = rankOf(words, foldKey(task.label), [foldKey(name)], foldKey(`${task.label} ${name}`));
    // A task comes after the documents and units that match as well.
    if (rank !== undefined) candidates.push({ ...task, filterText: filterTextOf(query, task.label, name ? [name] : []), rank: rank + 0.75 });
  }
  candidates.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  return candidates.map(({ rank: _rank, ...candidate }, index) => ({ ...candidate, sortText: String(index).padStart(5, '0') }));
}

function taskCandidates(file: PlanFile, start: number, end: number, language: Language, filterText: string): Candidate[] {
  return [...tasksOf(file).entries()].map(([id, [task]]) => {
    const name = task?.title?.text ?? fieldOf(task!, 'content')?.value.text ?? '';
    const deadline = task && fieldOf(task, 'deadline')?.value.text;
    return {
      label: id,
      kind: 'task' as const,
      insertText: id,
      start,
      end,
      filterText: filterText || id,
      sortText: id,
      detail: name,
      ...(deadline ? { documentation: say(language, `Thời hạn: ${deadline}`, `Deadline: ${deadline}`) } : {}),
    };
  });
}

type Block = 'header' | 'document' | 'unit' | 'task' | 'body';

/** The type whose header a line opens ("quyết định" a Quyết định's), if it opens one. */
function headerTypeOf(folded: string): DocumentTypeKey | undefined {
  if (PLAN_KEYWORDS.includes(folded)) return 'ke-hoach';
  return (Object.entries(TYPED_HEADS) as [DocumentTypeKey, readonly string[]][]).find(([, heads]) => heads.includes(folded))?.[0];
}

/**
 * The block an indented line belongs to: the nearest less indented line that opens one, and for a
 * header the type of document it opens, whose fields it offers.
 */
function blockOf(lines: LineIndex, line: number, indent: number): { block: Block; documentType: DocumentTypeKey } {
  const opened = (block: Block, documentType: DocumentTypeKey = 'ke-hoach') => ({ block, documentType });
  if (indent === 0) return opened('body');
  const text = lines.text;
  for (let current = line - 1; current >= 0; current--) {
    const { start, end } = lines.lineSpan(current);
    const content = text.slice(start, end);
    if (content.trim() === '' || content.trimStart().startsWith('//')) continue;
    const ownIndent = /^\s*/.exec(content)![0].length;
    if (ownIndent >= indent) continue;
    const folded = foldKey(content);
    const documentType = headerTypeOf(folded);
    if (documentType) return opened('header', documentType);
    const head = (kind: keyof typeof DECLARATION_KEYWORDS): boolean =>
      DECLARATION_KEYWORDS[kind].some((keyword) => folded.startsWith(`${keyword} `));
    if (head('document')) return opened('document');
    if (head('unit')) return opened('unit');
    if (head('task')) return opened('task');
    return opened('body');
  }
  return opened('body');
}

const BLOCK_FIELDS: Record<Exclude<Block, 'body' | 'header'>, readonly FieldKey[]> = {
  document: DOCUMENT_FIELDS,
  unit: UNIT_FIELDS,
  task: TASK_FIELDS,
};

interface Keyword {
  label: string;
  insertText: string;
  spellings: readonly string[];
  detail: { vi: string; en: string };
}

const BODY_KEYWORDS: readonly Keyword[] = [
  { label: 'kế hoạch', insertText: 'kế hoạch', spellings: PLAN_KEYWORDS, detail: { vi: 'phần đầu văn bản', en: 'the header' } },
  { label: 'văn bản', insertText: 'văn bản ', spellings: DECLARATION_KEYWORDS.document, detail: { vi: 'khai báo văn bản được trích dẫn', en: 'declares a cited document' } },
  { label: 'đơn vị', insertText: 'đơn vị ', spellings: DECLARATION_KEYWORDS.unit, detail: { vi: 'khai báo đơn vị', en: 'declares a unit' } },
  { label: 'nhiệm vụ', insertText: 'nhiệm vụ ', spellings: DECLARATION_KEYWORDS.task, detail: { vi: 'khai báo nhiệm vụ', en: 'declares a task' } },
  { label: 'nơi nhận', insertText: 'nơi nhận:', spellings: ['noi nhan', 'recipients'], detail: { vi: 'danh sách nơi nhận', en: 'the recipients' } },
  { label: 'ký', insertText: 'ký: ', spellings: ['ky', 'nguoi ky', 'signer'], detail: { vi: 'người ký: thẩm quyền / chức vụ / họ tên', en: 'the signer: authority / title / name' } },
];

function keywordCandidates(lines: LineIndex, line: number, indent: number, start: number, end: number, language: Language): Candidate[] {
  const { block, documentType } = blockOf(lines, line, indent);
  const fields = block === 'body' ? [] : block === 'header' ? HEADER_FIELDS_BY_TYPE[documentType] : BLOCK_FIELDS[block];
  const keywords: readonly Keyword[] =
    block === 'body'
      ? BODY_KEYWORDS
      : [
          ...fields.map((key) => ({
            label: FIELD_DISPLAY[key],
            insertText: `${FIELD_DISPLAY[key]}: `,
            spellings: FIELD_KEYWORDS[key],
            detail: { vi: `trường ${FIELD_DISPLAY[key]}`, en: `field ${FIELD_KEYWORDS[key].at(-1)}` },
          })),
          // A task may be declared inside a khoản, indented under it, or inside another block's scope.
          ...(block === 'task' ? [] : BODY_KEYWORDS.filter((keyword) => keyword.label === 'nhiệm vụ')),
        ];
  return keywords.map((keyword, index) => ({
    label: keyword.label,
    kind: block === 'body' || keyword.label === 'nhiệm vụ' ? 'keyword' : 'field',
    insertText: keyword.insertText,
    start,
    end,
    // Both the accented label and the folded spellings, so "chủ", "chu" and "lead" all match.
    filterText: [keyword.label, ...keyword.spellings].join(' '),
    sortText: String(index).padStart(3, '0'),
    detail: language === 'en' ? keyword.detail.en : keyword.detail.vi,
  }));
}
