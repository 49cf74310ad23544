/**
 * Tasks in the prose of an original, for `kehoach import`: "Sở Y tế chủ trì, phối hợp với Sở Tài
 * chính tổ chức … trước ngày 30/6/2024." becomes a task whose text is that clause, word for word,
 * led by the unit named before "chủ trì", helped by the units named after "phối hợp với", due by
 * the deadline the clause states. The clause itself stays in the prose as it was, so the built
 * document is the original's text; the task is what the plan adds.
 *
 * A false task is worse than none, so every reading here is narrow: the lead is the subject of
 * its clause ("X chủ trì", "Giao X chủ trì", "X là đơn vị chủ trì"), or the unit an item's heading
 * is nothing but the name of ("1. Sở Y tế:") for the items under it that open with "Chủ trì", and
 * must look like the name of a unit; helpers are only names of units already known (from the workspace's catalogs, the
 * common names of provincial bodies, or a lead found earlier); a deadline is taken only when the
 * clause states one, and a clause that states two different ones gives its task none, unless its
 * comma-separated parts each state one. Anything else stays prose.
 */
import { foldKey } from '../base/source';
import type { CivilDate } from '../base/civil-date';
import { parseDeadline } from '../deadline/parse';
import { parsePlan } from '../syntax/parse';

/** A unit the workspace's catalogs already declare: its id and every name it goes by. */
export interface KnownUnit {
  id: string;
  names: readonly string[];
}

/** A unit a task names: one of the catalogs', or one the import declares in the plan. */
export interface TaskUnit {
  id: string;
  /** The name as the original first writes it (for a unit the import declares). */
  name: string;
  /** Whether the import declares it in the plan (it is in no catalog). */
  declared: boolean;
}

export interface FoundTask {
  /** The task's words as the original writes them (a clause, or a part of one). */
  wording: string;
  lead: TaskUnit;
  helpers: TaskUnit[];
  /** The deadline as the language writes it ("trước ngày 30/6/2024", "trong quý II/2024"). */
  deadline?: string;
}

/** What the task reading of one block of prose found, and what it left as prose. */
export interface BlockTasks {
  tasks: FoundTask[];
  /** Clauses that say "chủ trì" but whose lead could not be read: they stay prose. */
  unread: number;
  /** Deadlines a clause states that no task took (two in one clause, or no task there). */
  deadlinesInProse: number;
}

/**
 * Common names of provincial and district bodies, so that a helper named after "phối hợp với" is
 * read as a unit only when it is one: without a list, "Sở Tài chính tham mưu UBND tỉnh" gives no
 * way to tell where the name ends.
 */
const COMMON_UNIT_NAMES: readonly string[] = [
  'Sở Nội vụ', 'Sở Tư pháp', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Công Thương', 'Sở Công thương',
  'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường', 'Sở Giao thông vận tải', 'Sở Xây dựng',
  'Sở Tài nguyên và Môi trường', 'Sở Thông tin và Truyền thông', 'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa và Thể thao', 'Sở Du lịch', 'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Ngoại vụ', 'Sở Dân tộc và Tôn giáo', 'Thanh tra tỉnh', 'Ban Dân tộc',
  'Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng Sở', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Đài Phát thanh và Truyền hình tỉnh', 'Báo tỉnh', 'Bảo hiểm xã hội tỉnh',
  'Cục Thuế tỉnh', 'Cục Thống kê tỉnh', 'Cục Hải quan tỉnh', 'Kho bạc Nhà nước tỉnh', 'Liên đoàn Lao động tỉnh',
  'Tỉnh đoàn', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội Nông dân tỉnh', 'Hội Cựu chiến binh tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy',
  'Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân các huyện, thị xã, thành phố', 'Ủy ban nhân dân các huyện, thành phố',
  'Ủy ban nhân dân cấp huyện', 'Ủy ban nhân dân cấp xã', 'Ủy ban nhân dân các xã, phường, thị trấn',
  'Phòng Giáo dục và Đào tạo', 'Phòng Văn hóa và Thông tin', 'Phòng Tư pháp', 'Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch',
  'Phòng Y tế', 'Phòng Lao động - Thương binh và Xã hội', 'Phòng Tài nguyên và Môi trường', 'Phòng Kinh tế',
  'Phòng Nông nghiệp và Phát triển nông thôn', 'Văn phòng HĐND và UBND huyện', 'Công an huyện', 'Trung tâm Y tế huyện',
];

/** The first words of a unit's name: a lead read from the prose must start with one. */
const UNIT_HEADS: readonly string[] = [
  'so', 'ban', 'phong', 'van phong', 'uy ban', 'cong an', 'bo', 'trung tam', 'dai', 'bao', 'hoi', 'lien doan',
  'tinh doan', 'thanh doan', 'huyen doan', 'doan', 'bao hiem', 'cuc', 'chi cuc', 'kho bac', 'ngan hang', 'vien',
  'truong', 'benh vien', 'hoi dong', 'mat tran', 'thanh tra', 'lien minh', 'chi nhanh', 'cong ty', 'tong cong ty',
  'thuong truc', 'dang uy', 'tinh uy', 'huyen uy', 'thanh uy', 'chi bo', 'cong doan', 'chi doan',
];

/** Abbreviations a name is written in as often as in full, read as their words. */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ubnd', ['uy', 'ban', 'nhan', 'dan']],
  ['hdnd', ['hoi', 'dong', 'nhan', 'dan']],
  ['mttq', ['mat', 'tran', 'to', 'quoc']],
  ['ubmttq', ['uy', 'ban', 'mat', 'tran', 'to', 'quoc']],
]);

function expansionOf(folded: string): readonly string[] {
  return ABBREVIATIONS.get(folded) ?? [folded];
}

/** A word of a text, folded, with its place in the text and what stands between it and the word before. */
interface Word {
  folded: string;
  start: number;
  end: number;
  /** The characters between the previous word and this one, without blanks ("," , "-", ""). */
  gap: string;
}

/** Longer texts are not read for tasks: a clause of a plan is a few hundred characters. */
const CLAUSE_LIMIT = 2_000;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const pattern = /[\p{L}\p{N}]+/gu;
  let previousEnd = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const gap = text.slice(previousEnd, found.index).replace(/\s+/gu, '').replace(/[–—]/gu, '-');
    const parts = expansionOf(foldKey(found[0]));
    parts.forEach((folded, i) => words.push({ folded, start: found!.index, end: found!.index + found![0].length, gap: i === 0 ? gap : '' }));
    previousEnd = found.index + found[0].length;
  }
  return words;
}

interface BookEntry {
  words: readonly Word[];
  /** The catalog's unit, or undefined for a common name not declared yet. */
  unit?: TaskUnit;
}

/**
 * The units tasks can name: the catalogs' (by every name, with or without diacritics), the common
 * names of bodies, and those this import declares, each declared once under an id no other
 * declaration has.
 */
export class UnitBook {
  private readonly byFirstWord = new Map<string, BookEntry[]>();
  private readonly byKey = new Map<string, TaskUnit>();
  /** Units named in the prose that no catalog has; only those a written task names are declared. */
  private readonly created: TaskUnit[] = [];
  private readonly used = new Set<TaskUnit>();

  constructor(
    known: readonly KnownUnit[],
    private readonly taken: Set<string>,
  ) {
    for (const unit of known) {
      const entry: TaskUnit = { id: unit.id, name: unit.names[0] ?? unit.id, declared: false };
      for (const name of unit.names) this.addName(name, entry);
    }
    for (const name of COMMON_UNIT_NAMES) this.addName(name, undefined);
  }

  /** The units this import declares in the plan (those a written task names), in the order it first met them. */
  get declared(): TaskUnit[] {
    return this.created.filter((unit) => this.used.has(unit));
  }

  /** Marks a unit as named by a task the plan holds. */
  use(unit: TaskUnit): void {
    this.used.add(unit);
  }

  /** The longest name of a unit starting at `words[at]`: its unit (declared now if new) and the word after it. */
  matchAt(words: readonly Word[], at: number, text: string): { unit: TaskUnit; next: number } | undefined {
    const candidates = this.byFirstWord.get(words[at]?.folded ?? '') ?? [];
    let best: { entry: BookEntry; length: number } | undefined;
    for (const entry of candidates) {
      const length = entry.words.length;
      if (best && length <= best.length) continue;
      if (at + length > words.length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) {
        same = words[at + i]!.folded === entry.words[i]!.folded && (i === 0 || words[at + i]!.gap === entry.words[i]!.gap);
      }
      if (same) best = { entry, length };
    }
    if (!best) return undefined;
    const written = text.slice(words[at]!.start, words[at + best.length - 1]!.end);
    return { unit: best.entry.unit ?? this.unitNamed(written), next: afterProvince(best.entry.words, words, at + best.length, text) };
  }

  /** The unit a name read from the prose means: a known one by its words, else a new one declared now. */
  unitNamed(name: string): TaskUnit {
    const key = keyOf(wordsOf(name));
    const known = this.byKey.get(key);
    if (known) return known;
    const unit: TaskUnit = { id: this.newId(name), name, declared: true };
    this.created.push(unit);
    this.addName(name, unit);
    return unit;
  }

  private addName(name: string, unit: TaskUnit | undefined): void {
    const words = wordsOf(name.normalize('NFC'));
    if (words.length === 0) return;
    const key = keyOf(words);
    if (unit && !this.byKey.has(key)) this.byKey.set(key, unit);
    const list = this.byFirstWord.get(words[0]!.folded) ?? [];
    const existing = list.find((entry) => keyOf(entry.words) === key);
    if (existing) {
      existing.unit ??= unit;
      return;
    }
    list.push({ words, ...(unit ? { unit } : {}) });
    this.byFirstWord.set(words[0]!.folded, list);
  }

  /** "Văn phòng Sở" → VPS, "Sở Giáo dục và Đào tạo" → SGDDT: the initials without "và"; "2", "3" … after one taken. */
  private newId(name: string): string {
    const initials = foldKey(name)
      .split(/[^a-z0-9]+/u)
      .filter((word) => word !== '' && word !== 'va')
      .map((word) => (ABBREVIATIONS.has(word) || /^\d+$/u.test(word) ? word : word[0]!))
      .join('')
      .toUpperCase()
      .slice(0, 12);
    const base = /^[A-Z]/u.test(initials) ? initials : `DV${initials}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}${n}`;
    this.taken.add(id);
    return id;
  }
}

/** Words of a name that already say where the unit is: such a name takes no "tỉnh" after it. */
const PLACE_WORDS: ReadonlySet<string> = new Set(['tinh', 'huyen', 'xa', 'phuong', 'tran', 'pho', 'quan']);

/**
 * A name of a provincial body is often written with its province: "Sở Y tế tỉnh", "Sở Y tế tỉnh
 * Phú Thọ" is the catalog's "Sở Y tế". The word after a match, when it is "tỉnh" and the name says
 * no place, is taken with the capitalised words of the province's name that follow it.
 */
function afterProvince(name: readonly Word[], words: readonly Word[], next: number, text: string): number {
  if (words[next]?.folded !== 'tinh' || words[next]!.gap !== '' || name.some((word) => PLACE_WORDS.has(word.folded))) return next;
  let end = next + 1;
  while (end < words.length && words[end]!.gap === '' && /^\p{Lu}/u.test(text.slice(words[end]!.start, words[end]!.end))) end++;
  return end;
}

function keyOf(words: readonly Word[]): string {
  return words.map((word, i) => (i === 0 ? word.folded : `${word.gap} ${word.folded}`)).join('');
}

// ------------------------------------------------------------------------------ clauses

/**
 * The clauses of a block of prose: its sentences, cut again at ";". A sentence ends at ".", "!"
 * or "?" before a capital letter or the end.
 */
function clausesOf(text: string): string[] {
  const clauses: string[] = [];
  const ends = /[;]|[.!?](?=\s+["“(]?\p{Lu})|[.!?]+(?=[\s"”)]*$)/gu;
  let from = 0;
  for (let found = ends.exec(text); found; found = ends.exec(text)) {
    const end = found.index + found[0].length;
    pushClause(clauses, text.slice(from, found[0] === ';' ? found.index : end));
    from = end;
  }
  pushClause(clauses, text.slice(from));
  return clauses;
}

function pushClause(clauses: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed !== '') clauses.push(trimmed);
}

// ------------------------------------------------------------------------------ lead and helpers

/** The words that may stand between the lead's name and "chủ trì". */
const LEAD_LINKS: readonly (readonly string[])[] = [['la', 'don', 'vi'], ['la', 'co', 'quan'], ['lam']];

/** The lead's name is at most this many words: a longer subject is a sentence, not a name. */
const NAME_WORDS = 14;

/**
 * The lead of a clause that opens with it: "X chủ trì", "Giao X chủ trì", "Giao cho X chủ trì",
 * "X là đơn vị chủ trì". X runs from the start (after "Giao") to the link, with nothing but
 * blanks between its words, unless it is a name the book knows as a whole.
 */
function leadOf(clause: string, words: readonly Word[], book: UnitBook, heading: TaskUnit | undefined): { lead: TaskUnit; after: number } | 'unread' | undefined {
  let chuTri = -1;
  for (let i = 0; i + 1 < words.length && i <= NAME_WORDS + 5; i++) {
    if (words[i]!.folded === 'chu' && words[i + 1]!.folded === 'tri' && words[i + 1]!.gap === '') {
      chuTri = i;
      break;
    }
  }
  if (chuTri < 0) return undefined;
  // "- Chủ trì, phối hợp với …" under the heading "1. Sở Y tế:": the heading names the lead.
  if (chuTri === 0 && heading) return { lead: heading, after: 2 };
  let start = 0;
  if (words[0]!.folded === 'giao') start = words[1]?.folded === 'cho' ? 2 : 1;
  let end = chuTri;
  for (const link of LEAD_LINKS) {
    const at = chuTri - link.length;
    if (at > start && link.every((word, i) => words[at + i]!.folded === word)) end = at;
  }
  if (end <= start || (start > 0 && words[start]!.gap !== '')) return 'unread';
  // "chủ trì" must end the subject: "Sở Y tế chủ trì, phối hợp …" or "Sở Y tế chủ trì tổ chức …".
  const known = book.matchAt(words, start, clause);
  if (known && known.next === end) return { lead: known.unit, after: chuTri + 2 };
  const name = clause.slice(words[start]!.start, words[end - 1]!.end);
  if (!looksLikeAName(name, words, start, end)) return 'unread';
  return { lead: book.unitNamed(name), after: chuTri + 2 };
}

/** Words [start, end) of a text, `name`, read as a unit's name: a capital, a unit's first word, letters only, no verb. */
function looksLikeAName(name: string, words: readonly Word[], start: number, end: number): boolean {
  return end - start <= NAME_WORDS && /^\p{Lu}/u.test(name) && !/[^\p{L}\p{N} ]/u.test(name) && startsWithHead(words, start) && !tellsOfAnAct(name);
}

/**
 * The unit an item's heading names when the heading is nothing but that name, or "Trách nhiệm
 * của" and that name: a name the book knows ("a) Công an tỉnh", "1. Trách nhiệm của Sở Y tế"), or
 * one that reads as a name and ends with a colon ("1. Ban Quản lý dự án:"); a heading in capitals
 * ("I. TỔ CHỨC THỰC HIỆN") is none. The items under it that open with "Chủ trì" are that unit's tasks.
 */
export function headingUnitOf(text: string, book: UnitBook): TaskUnit | undefined {
  const trimmed = text.trim().replace(RESPONSIBILITY_OF, '');
  if (trimmed.length === 0 || trimmed.length > 200) return undefined;
  const colon = trimmed.endsWith(':');
  const name = trimmed.replace(/[:.]$/u, '').trimEnd();
  const words = wordsOf(name);
  if (words.length === 0) return undefined;
  const known = book.matchAt(words, 0, name);
  if (known && known.next === words.length) return known.unit;
  if (!colon || name === name.toUpperCase()) return undefined;
  return looksLikeAName(name, words, 0, words.length) ? book.unitNamed(name) : undefined;
}

/**
 * Words that make a subject a sentence about someone rather than a unit's name: "Ban Chỉ đạo tỉnh
 * đã chủ trì …" tells what a body did, it gives no task.
 */
const NOT_IN_NAMES: ReadonlySet<string> = new Set(['đã', 'sẽ', 'đang', 'được', 'tiếp', 'cũng', 'thì', 'trực', 'chịu', 'có', 'cần', 'phải', 'nên', 'để', 'khi', 'nếu', 'vừa', 'vẫn', 'đều', 'tự', 'mà', 'đồng', 'là']);

function tellsOfAnAct(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/u)
    .some((word) => NOT_IN_NAMES.has(word));
}

/** "Trách nhiệm của Sở Y tế": the words before the name of the unit a heading is about. */
const RESPONSIBILITY_OF = /^trách\s+nhiệm\s+của\s+(?=\p{Lu})/iu;

function startsWithHead(words: readonly Word[], at: number): boolean {
  return UNIT_HEADS.some((head) => {
    const parts = head.split(' ');
    return parts.every((part, i) => words[at + i]?.folded === part) && words.length > at + parts.length;
  });
}

/** "phối hợp với A, B và C": the units the book knows, in order, up to the first thing that is not one. */
function helpersOf(clause: string, words: readonly Word[], from: number, book: UnitBook): TaskUnit[] {
  for (let i = from; i + 2 < words.length; i++) {
    if (words[i]!.folded !== 'phoi' || words[i + 1]!.folded !== 'hop' || !['voi', 'cung'].includes(words[i + 2]!.folded)) continue;
    const helpers: TaskUnit[] = [];
    let at = i + 3;
    for (;;) {
      const found = book.matchAt(words, at, clause);
      if (!found) break;
      if (!helpers.includes(found.unit)) helpers.push(found.unit);
      at = found.next;
      if (words[at]?.folded === 'va' && words[at]!.gap === '') at++;
      else if (words[at]?.gap !== ',') break;
    }
    return helpers;
  }
  return [];
}

// ------------------------------------------------------------------------------ deadlines

const DATE = String.raw`(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`;
const YEAR = String.raw`(?:\s*\/\s*(\d{4})|\s+năm\s+(\d{4}))`;
const QUARTER = String.raw`(IV|I{1,3}|[1-4])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const TIME_LABEL = String.raw`thời\s+gian(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:\s*`;

interface DeadlineForm {
  pattern: RegExp;
  /** The deadline the match states, as the language writes it; undefined when it cannot say. */
  write(match: RegExpExecArray, context: DeadlineContext): string | undefined;
}

interface DeadlineContext {
  planDate?: CivilDate;
  /** Whether the phrase follows "Thời gian thực hiện:" or ends its clause, set off by a comma. */
  labelled: boolean;
  /** Whether it follows "Thời gian thực hiện:". */
  afterLabel: boolean;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** A quarter or month written without its year is in the plan's year, unless that is over by the plan's date. */
function yearOf(written: string | undefined, lastMonth: number, context: DeadlineContext): string | undefined {
  if (written) return written;
  const date = context.planDate;
  if (!date || lastMonth < date.month) return undefined;
  return String(date.year);
}

const DEADLINE_FORMS: readonly DeadlineForm[] = [
  { pattern: new RegExp(String.raw`chậm\s+nhất(?:\s+là)?\s+trước\s+ngày\s+${DATE}`, 'iuy'), write: (m) => `trước ngày ${m[1]}` },
  { pattern: new RegExp(String.raw`chậm\s+nhất(?:\s+là)?(?:\s+(?:vào\s+)?ngày)?\s+${DATE}`, 'iuy'), write: (m) => `chậm nhất ngày ${m[1]}` },
  { pattern: new RegExp(String.raw`trước\s+ngày\s+${DATE}`, 'iuy'), write: (m) => `trước ngày ${m[1]}` },
  {
    pattern: new RegExp(String.raw`(?:trong\s+)?quý\s+${QUARTER}${YEAR}?${END}`, 'iuy'),
    write: (m, context) => {
      if (!/^trong/iu.test(m[0]) && !context.labelled) return undefined;
      const quarter = ROMAN[m[1]!.toUpperCase()]!;
      const year = yearOf(m[2] ?? m[3], quarter * 3, context);
      return year ? `trong quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${year}` : undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`(?:trong\s+)?tháng\s+(\d{1,2})${YEAR}?${END}`, 'iuy'),
    write: (m, context) => {
      if (!/^trong/iu.test(m[0]) && !context.labelled) return undefined;
      const month = Number(m[1]);
      const year = yearOf(m[2] ?? m[3], month, context);
      return year && month >= 1 && month <= 12 ? `trong tháng ${month}/${year}` : undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`(định\s+kỳ\s+)?(h[ằà]ng\s+(?:năm|quý|tháng))${END}`, 'iuy'),
    write: (m, context) => (m[1] || context.labelled ? `${m[1] ? 'định kỳ ' : ''}${m[2]!.replace(/\s+/gu, ' ').toLowerCase()}` : undefined),
  },
  { pattern: new RegExp(String.raw`thường\s+xuyên${END}`, 'iuy'), write: (_m, context) => (context.labelled ? 'thường xuyên' : undefined) },
  // "Thời gian thực hiện: năm 2024"; "trong năm 2024" alone is as often the year the work is about as its deadline.
  { pattern: new RegExp(String.raw`(?:trong\s+)?năm\s+(\d{4})${END}`, 'iuy'), write: (m, context) => (context.afterLabel ? `trong năm ${m[1]}` : undefined) },
];

const DEADLINE_START = /(?<![\p{L}\p{N}])(?:chậm|trước|trong|quý|tháng|năm|định|hằng|hàng|thường)(?![\p{L}\p{N}])/giu;

/** The deadlines a text states, in order, each as the language writes it and checked by its parser. */
function deadlinesIn(text: string, planDate: CivilDate | undefined): string[] {
  const found: string[] = [];
  const label = new RegExp(TIME_LABEL, 'giu');
  const labelEnds = new Set<number>();
  for (let m = label.exec(text); m; m = label.exec(text)) labelEnds.add(m.index + m[0].length);
  DEADLINE_START.lastIndex = 0;
  for (let start = DEADLINE_START.exec(text); start; start = DEADLINE_START.exec(text)) {
    for (const form of DEADLINE_FORMS) {
      form.pattern.lastIndex = start.index;
      const match = form.pattern.exec(text);
      if (!match) continue;
      const rest = text.slice(match.index + match[0].length);
      // A phrase ends its clause when only punctuation follows and a comma or colon sets it off before.
      const afterLabel = labelEnds.has(start.index);
      const labelled = afterLabel || (/^[\s.;,)]*$/u.test(rest) && /[,:]$/u.test(text.slice(0, match.index).trimEnd()));
      const written = form.write(match, { labelled, afterLabel, ...(planDate ? { planDate } : {}) });
      if (written === undefined) continue;
      const parsed = parseDeadline(written);
      if (!parsed.deadline || parsed.problems.length > 0) continue;
      found.push(written);
      DEADLINE_START.lastIndex = match.index + match[0].length;
      break;
    }
  }
  return found;
}

// ------------------------------------------------------------------------------ tasks

/** The tasks of one block of prose (an item's or a paragraph's words, joined), under the unit its heading names if any. */
export function tasksOfBlock(text: string, book: UnitBook, planDate?: CivilDate, heading?: TaskUnit): BlockTasks {
  const result: BlockTasks = { tasks: [], unread: 0, deadlinesInProse: 0 };
  for (const clause of clausesOf(text)) {
    if (clause.length > CLAUSE_LIMIT) continue;
    const words = wordsOf(clause);
    const deadlines = deadlinesIn(clause, planDate);
    const lead = words.length > 0 ? leadOf(clause, words, book, heading) : undefined;
    if (lead === undefined || lead === 'unread') {
      if (lead === 'unread') result.unread++;
      result.deadlinesInProse += deadlines.length;
      continue;
    }
    const helpers = helpersOf(clause, words, lead.after, book).filter((unit) => unit !== lead.lead);
    const distinct = [...new Set(deadlines)];
    if (distinct.length <= 1) {
      result.tasks.push({ wording: clause, lead: lead.lead, helpers, ...(distinct[0] ? { deadline: distinct[0] } : {}) });
      continue;
    }
    // Two deadlines in one clause: its comma-separated parts that state one each are tasks of the
    // same lead ("…, báo cáo 06 tháng gửi trước ngày 01/6/2023, báo cáo năm gửi trước ngày 15/10/2023").
    // Without such parts the clause is one task of that lead, its deadlines left in the prose.
    const parts = clause.split(/,\s+/u);
    const dated = parts.slice(1).map((part) => ({ part, own: deadlinesIn(part, planDate) }));
    if (!dated.some(({ own }) => own.length === 1)) {
      result.tasks.push({ wording: clause, lead: lead.lead, helpers });
      result.deadlinesInProse += deadlines.length;
      continue;
    }
    const first = parts[0]!;
    if (deadlinesIn(first, planDate).length === 0) result.tasks.push({ wording: first, lead: lead.lead, helpers });
    else result.deadlinesInProse += deadlinesIn(first, planDate).length;
    for (const { part, own } of dated) {
      if (own.length === 1) result.tasks.push({ wording: part.replace(/[.;]+$/u, ''), lead: lead.lead, helpers: [], deadline: own[0]! });
      else result.deadlinesInProse += own.length;
    }
  }
  return result;
}

/**
 * The lines of a task in the language, under an item: `nhiệm vụ ID: wording` and its fields, or
 * undefined when the language would not read them back as that task (the wording starts like a
 * field, or holds what the parser takes for syntax), so the clause stays prose alone.
 */
export function writeTask(id: string, task: FoundTask, indent: string): string | undefined {
  // A task's title is plain text, printed as written: an "@" in it is no reference and needs no escape.
  const lines = [`${indent}nhiệm vụ ${id}: ${task.wording}`, `${indent}  chủ trì: @${task.lead.id}`];
  if (task.helpers.length > 0) lines.push(`${indent}  phối hợp: ${task.helpers.map((unit) => `@${unit.id}`).join(', ')}`);
  if (task.deadline) lines.push(`${indent}  hạn: ${task.deadline}`);
  const text = lines.join('\n');
  const parsed = parsePlan('file:///task.kh', `${text}\n`);
  const declared = parsed.declarations[0];
  const fields = 1 + (task.helpers.length > 0 ? 1 : 0) + (task.deadline ? 1 : 0);
  if (parsed.syntaxFindings.length > 0 || declared?.kind !== 'task' || !declared.title || declared.fields.length !== fields) return undefined;
  return text;
}
