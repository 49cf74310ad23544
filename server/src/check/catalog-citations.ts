/**
 * Citations compared with the catalogs: the built-in catalog of national documents and the exports
 * of legal databases the configuration names. A citation whose number a catalog knows is checked
 * for its date, its issuer and its subject, for being cited before it existed, and for being
 * replaced or expired as of the plan's date. Part of the citation analysis (citations.ts), which
 * calls it for the declarations of the file, the references to documents and the citations
 * written out in prose.
 */
import { type CivilDate, formatVnDate, sameDate } from '../base/civil-date';
import type { Finding, Fix, Message } from '../base/diagnostic';
import { foldKey, type Location } from '../base/source';
import { BUILTIN_CATALOG_URI, BUILTIN_DOCUMENT_CATALOG } from '../cite/builtin-catalog';
import { type CatalogEntry, type DocumentCatalog, lookupAll, noLongerInForce } from '../cite/catalog';
import type { Citation } from '../cite/phrase';
import type { CheckContext } from './context';

/** The catalogs a check consults: the built-in one when the workspace carries it, then the configured ones. */
export function catalogsOf(context: CheckContext): DocumentCatalog[] {
  const builtin = context.workspace.isBuiltin(BUILTIN_CATALOG_URI) ? [BUILTIN_DOCUMENT_CATALOG] : [];
  return [...builtin, ...(context.options.catalogs ?? [])];
}

/**
 * The catalog entry a citation means. A legal-normative number carries its year and names one
 * document; numbers such as 76/NQ-CP start again each year, so the entry must also be of the year
 * the citation gives. Without a date, a yearless number is the catalog's only entry of that number.
 */
export function entryFor(catalogs: readonly DocumentCatalog[], number: string, year: number | undefined): CatalogEntry | undefined {
  const entries = lookupAll(catalogs, number);
  if (entries.length === 0) return undefined;
  if (/^[^/]+\/\d{4}\//u.test(number)) return entries[0];
  if (year === undefined) return entries.length === 1 ? entries[0] : undefined;
  return entries.find((entry) => entry.date?.year === year);
}

/** A yearless number the catalogs know only in other years: the candidates a wrong year may hide. */
export function entriesOfOtherYears(catalogs: readonly DocumentCatalog[], number: string, year: number): CatalogEntry[] {
  if (/^[^/]+\/\d{4}\//u.test(number)) return [];
  return lookupAll(catalogs, number).filter((entry) => entry.date !== undefined && entry.date.year !== year);
}

/** What a citation says, where each part is, for the comparisons. */
export interface WrittenCitation {
  citation: Citation & { number: NonNullable<Citation['number']> };
  /** The whole citation in the file. */
  location: Location;
  /** Places a span of the citation (offsets relative to its text) in the file. */
  locate: (start: number, end: number) => Location;
  /** The subject written after it, if any, and where it is. */
  subject?: { text: string; location: Location };
}

/** A law is cited by its name, other documents by their type: "Luật Đất đai số 31/2024/QH15", "Nghị định số 30/2020/NĐ-CP". */
const NAMED_TYPES = new Set(['luat', 'bo luat', 'phap lenh', 'hien phap']);

function catalogWords(entry: CatalogEntry): string {
  const head = NAMED_TYPES.has(foldKey(entry.type)) && entry.subject ? entry.subject : entry.type;
  return [head, 'số', entry.number, entry.date ? `ngày ${formatVnDate(entry.date)}` : '', entry.issuer ? `của ${entry.issuer}` : '']
    .filter(Boolean)
    .join(' ');
}

/** Date, issuer and subject of a citation against its catalog entry; one finding at most, the date first. */
export function compareWithCatalog(written: WrittenCitation, entry: CatalogEntry): Finding[] {
  const { citation } = written;
  const number = citation.number.normalised;
  const source = entry.source ? ` (${entry.source.length > 120 ? `${entry.source.slice(0, 117)}…` : entry.source})` : '';
  if (citation.date && entry.date && !sameDate(citation.date, entry.date)) {
    const right = formatVnDate(entry.date);
    const fixes: Fix[] = citation.dateSpan && !citation.dateInWords
      ? [{ title: { vi: `Sửa ngày thành ${right}`, en: `Change the date to ${right}` }, edits: [editAt(written.locate(citation.dateSpan.start, citation.dateSpan.end), right)], safe: false }]
      : [];
    return [
      {
        code: 'citation/date-mismatch',
        severity: 'warning',
        message: {
          vi: `Theo ${entry.origin}, văn bản số ${number} ban hành ngày ${right}; ở đây viết ngày ${formatVnDate(citation.date)}${source}.`,
          en: `According to the ${entry.origin === 'danh mục kèm theo công cụ' ? 'built-in catalog' : `catalog ${entry.origin}`}, document ${number} is dated ${right}; here it says ${formatVnDate(citation.date)}${source}.`,
        },
        location: written.location,
        ...(fixes.length > 0 ? { fixes } : {}),
      },
    ];
  }
  if (citation.issuer && entry.issuer && !sameIssuer(citation.issuer, entry.issuer)) {
    return [
      {
        code: 'citation/issuer-mismatch',
        message: {
          vi: `Theo ${entry.origin}, văn bản số ${number} là của "${entry.issuer}"; ở đây viết "${citation.issuer}".`,
          en: `According to ${entry.origin}, document ${number} was issued by "${entry.issuer}"; here it says "${citation.issuer}".`,
        },
        location: written.location,
      },
    ];
  }
  const writtenSubject = citation.type.lawLike ? citation.qualifier : written.subject?.text;
  const disagree = citation.type.lawLike ? namesDisagree : subjectsDisagree;
  if (writtenSubject && entry.subject && disagree(writtenSubject, entry.subject)) {
    return [
      {
        code: 'citation/subject-mismatch',
        message: {
          vi: `Theo ${entry.origin}, văn bản số ${number} là "${entry.subject}"; ở đây viết "${writtenSubject}": số hay trích yếu đã bị chép nhầm.`,
          en: `According to ${entry.origin}, document ${number} is "${entry.subject}"; here it says "${writtenSubject}": the number or the subject was copied wrong.`,
        },
        location: citation.type.lawLike || !written.subject ? written.location : written.subject.location,
      },
    ];
  }
  return [];
}

/**
 * A law, code or ordinance cited by name and date, without its number ("Luật Ban hành văn bản quy
 * phạm pháp luật ngày 22 tháng 6 năm 2016"), against the catalog entries of the same name. A name
 * may belong to several laws (the 2015 and the 2025 Luật Ban hành văn bản quy phạm pháp luật), so a
 * date that is none of theirs is a slip only when exactly one of them shares its year, or its day
 * and month: then that one is meant. `locate` places the citation's spans in the file.
 */
export function lawNameDateFinding(
  catalogs: readonly DocumentCatalog[],
  citation: Citation,
  locate: (start: number, end: number) => Location,
): Finding | undefined {
  const { date, dateSpan, qualifier } = citation;
  if (!date || !dateSpan || !qualifier || citation.number) return undefined;
  const entries = catalogs.flatMap((catalog) => catalog.lookupLawName?.(citation.typeName, qualifier) ?? []);
  const entry = lawMeantBy(entries, (candidate) => candidate.date, date);
  if (!entry) return undefined;
  const right = entry.date!;
  const rightText = lawDateText(citation, right);
  const name = `${citation.typeName} ${qualifier}`;
  const source = entry.source ? ` (${entry.source.length > 120 ? `${entry.source.slice(0, 117)}…` : entry.source})` : '';
  const location = locate(dateSpan.start, dateSpan.end);
  return {
    code: 'citation/date-mismatch',
    severity: 'warning',
    message: {
      vi: `Theo ${entry.origin}, ${name} (số ${entry.number}) ban hành ngày ${formatVnDate(right)}; ở đây viết ngày ${formatVnDate(date)}${source}.`,
      en: `According to the ${entry.origin === 'danh mục kèm theo công cụ' ? 'built-in catalog' : `catalog ${entry.origin}`}, ${name} (no. ${entry.number}) is dated ${formatVnDate(right)}; here it says ${formatVnDate(date)}${source}.`,
    },
    location,
    fixes: [{ title: { vi: `Sửa ngày thành ${rightText}`, en: `Change the date to ${rightText}` }, edits: [editAt(location, rightText)], safe: false }],
  };
}

/**
 * The law of one name that a date none of them has means: the only one that shares its year, or
 * its day and month. Undefined when one of them has the date (nothing is wrong) or when no single
 * one is meant (another law of the name, or one the list does not hold).
 */
export function lawMeantBy<T>(laws: readonly T[], dateOf: (law: T) => CivilDate | undefined, written: CivilDate): T | undefined {
  const dates = laws.map(dateOf);
  if (dates.some((date) => date !== undefined && sameDate(date, written))) return undefined;
  const meant = laws.filter((_, at) => {
    const date = dates[at];
    return date !== undefined && (date.year === written.year || (date.month === written.month && date.day === written.day));
  });
  return meant.length === 1 ? meant[0] : undefined;
}

/** The right date of a law cited by name, written as the citation wrote its own: in words or in figures. */
export function lawDateText(citation: Citation, right: CivilDate): string {
  return citation.dateInWords ? dateInWords(right) : formatVnDate(right);
}

/** A date in words as Nghị định 30 writes it: a day below 10 and the months 1 and 2 with a leading zero. */
function dateInWords(date: CivilDate): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${two(date.day)} tháng ${date.month <= 2 ? two(date.month) : date.month} năm ${date.year}`;
}

/** A document cited by a plan dated before it: by the date written, or by the catalog's when `entry` is given. */
export function afterPlanFinding(number: string, date: CivilDate, planDate: CivilDate, location: Location, entry: CatalogEntry | undefined): Finding {
  const according = entry ? { vi: `Theo ${entry.origin}, văn bản`, en: `According to ${entry.origin}, document` } : { vi: 'Văn bản', en: 'Document' };
  return {
    code: 'citation/after-plan',
    message: {
      vi: `${according.vi} số ${number} ban hành ngày ${formatVnDate(date)}, sau ngày của kế hoạch (${formatVnDate(planDate)}): kế hoạch không thể thực hiện một văn bản chưa có.`,
      en: `${according.en} ${number} is dated ${formatVnDate(date)}, after the plan (${formatVnDate(planDate)}): a plan cannot implement a document that does not exist yet.`,
    },
    location,
  };
}

/**
 * A cited document replaced or expired by the plan's date (by any date, when the plan has none).
 * `replace` gives the text that would cite the replacement instead, when there is exactly one.
 */
export function supersededFinding(
  catalogs: readonly DocumentCatalog[],
  entry: CatalogEntry,
  planDate: CivilDate | undefined,
  location: Location,
  replace: (replacement: CatalogEntry) => string | undefined,
): Finding | undefined {
  const replacements = entry.replacedBy.map((number) => ({ number, entry: entryFor(catalogs, number, undefined) }));
  const replacementDate = replacements.map((replacement) => replacement.entry?.date).find((date) => date !== undefined);
  if (!noLongerInForce(entry, planDate, replacementDate)) return undefined;
  const since = entry.replacedOn ?? replacementDate;
  const when = since ? { vi: ` từ ngày ${formatVnDate(since)}`, en: ` from ${formatVnDate(since)}` } : { vi: '', en: '' };
  const names = replacements.map((replacement) => (replacement.entry ? catalogWords(replacement.entry) : replacement.number));
  const because = entry.statusSource ? ` (${entry.statusSource})` : '';
  const message: Message =
    entry.status === 'replaced' && names.length > 0
      ? {
          vi: `Văn bản số ${entry.number} đã bị thay thế${when.vi} bởi ${names.join('; ')}${because}; hãy dẫn văn bản thay thế.`,
          en: `Document ${entry.number} was replaced${when.en} by ${names.join('; ')}${because}; cite the replacement.`,
        }
      : {
          vi: `Văn bản số ${entry.number} đã hết hiệu lực${when.vi}${names.length > 0 ? `; văn bản kế tiếp: ${names.join('; ')}` : ''}${because}.`,
          en: `Document ${entry.number} is no longer in force${when.en}${names.length > 0 ? `; its successor: ${names.join('; ')}` : ''}${because}.`,
        };
  const finding: Finding = { code: 'citation/superseded', message, location, tags: ['deprecated'] };
  const only = replacements.length === 1 ? replacements[0]!.entry : undefined;
  const newText = only && replace(only);
  if (newText !== undefined) {
    finding.fixes = [
      { title: { vi: `Dẫn văn bản thay thế: ${newText}`, en: `Cite the replacement: ${newText}` }, edits: [editAt(location, newText)], safe: false },
    ];
  }
  return finding;
}

/** The citation words of a catalog entry, as a fix writes them: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ". */
export function citationWordsOf(entry: CatalogEntry): string {
  return catalogWords(entry);
}

function editAt(location: Location, newText: string): { start: number; end: number; newText: string } {
  return { start: location.start, end: location.end, newText };
}

/**
 * Issuer names are compared loosely: folded, the usual abbreviations expanded, and one name may
 * contain the other ("Thủ tướng Chính phủ" and "Chính phủ", "Bộ trưởng Bộ Tư pháp" and "Bộ Tư
 * pháp"), because plans name the signing office or the body as they please.
 */
function sameIssuer(written: string, expected: string): boolean {
  if (written.includes('@')) return true;
  const a = issuerKey(written);
  const b = issuerKey(expected);
  return a === '' || b === '' || a.includes(b) || b.includes(a);
}

const ISSUER_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bubtvqh\b/gu, 'uy ban thuong vu quoc hoi'],
  [/\bubnd\b/gu, 'uy ban nhan dan'],
  [/\bhdnd\b/gu, 'hoi dong nhan dan'],
  [/\bttg\b/gu, 'thu tuong chinh phu'],
  [/\bgd ?& ?dt\b|\bgddt\b/gu, 'giao duc va dao tao'],
  [/\bld ?- ?tb ?& ?xh\b|\bldtbxh\b/gu, 'lao dong thuong binh va xa hoi'],
  [/\btt ?& ?tt\b|\btttt\b/gu, 'thong tin va truyen thong'],
  [/\bnn ?& ?ptnt\b|\bnnptnt\b/gu, 'nong nghiep va phat trien nong thon'],
  [/\btn ?& ?mt\b|\btnmt\b/gu, 'tai nguyen va moi truong'],
  [/\bvh ?, ?tt ?& ?dl\b|\bvhttdl\b/gu, 'van hoa the thao va du lich'],
  [/\bbch\b/gu, 'ban chap hanh'],
  [/\btw\b/gu, 'trung uong'],
];

function issuerKey(text: string): string {
  let folded = foldKey(text).replace(/[-–,]/gu, ' ');
  for (const [pattern, words] of ISSUER_ABBREVIATIONS) folded = folded.replace(pattern, words);
  return folded
    .replace(/\b(?:bo truong|thu truong|chu nhiem)\b/gu, '')
    .replace(/\b(?:dang|khoa [ivxlc]+|hoi nghi lan thu \S+)\b/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Words that say nothing about what a document is about. */
const FILLER = new Set(
  've viec cua va cac cho trong tai den nam giai doan dinh huong tam nhin so ngay thang mot nhung voi theo de duoc la tu toi nham ban hanh phe duyet quy dinh huong dan thuc hien trien khai chi tiet bien phap thi hanh sua doi bo sung dieu'.split(' '),
);

function contentSyllables(text: string): string[] {
  return foldKey(text)
    .split(/[^a-z0-9]+/u)
    .filter((word) => word.length > 1 && !FILLER.has(word) && !/^\d+$/u.test(word));
}

/**
 * Two subjects disagree when the written one is long enough to mean something and hardly shares a
 * word with the catalog's: a paraphrase or an abridged subject keeps most of its words, a subject
 * copied from another document keeps almost none.
 */
export function subjectsDisagree(written: string, expected: string): boolean {
  const words = contentSyllables(written).slice(0, 16);
  if (words.length < 4) return false;
  const known = new Set(contentSyllables(expected));
  const shared = words.filter((word) => known.has(word)).length;
  return shared / words.length < 0.25;
}

/**
 * A law's name is its identity, so two names disagree unless one holds the other, compared folded
 * and without punctuation ("Luật Phòng chống tham nhũng" is "Luật Phòng, chống tham nhũng").
 */
function namesDisagree(written: string, expected: string): boolean {
  const name = (text: string): string =>
    foldKey(text)
      .replace(/[^a-z0-9]+/gu, ' ')
      .replace(/^\s*(?:bo luat|luat|phap lenh|hien phap)\s+/u, '')
      .trim();
  const [a, b] = [name(written), name(expected)];
  return a !== '' && b !== '' && !a.includes(b) && !b.includes(a);
}

/** Whether a written subject is the catalog's: most of its words are there. */
export function subjectsAgree(written: string, expected: string): boolean {
  const words = contentSyllables(written).slice(0, 16);
  if (words.length < 3) return false;
  const known = new Set(contentSyllables(expected));
  return words.filter((word) => known.has(word)).length / words.length >= 0.6;
}

/** The words that open a subject after a citation: "về …", "phê duyệt …", "quy định …". */
const SUBJECT_OPENER = /^(?:về|phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi|triển khai)\s/iu;

/**
 * The subject written right after a citation (after blanks and a comma), up to the end of its
 * clause (a semicolon, a full stop, a bracket, a line break or the next citation), at most 300
 * characters; undefined when no subject opener follows.
 */
export function subjectAfter(words: string, from: number): { start: number; end: number; text: string } | undefined {
  const start = from + (/^[ \t]*,?[ \t]*/u.exec(words.slice(from, from + 40))?.[0].length ?? 0);
  const tail = words.slice(start, start + 300);
  if (!SUBJECT_OPENER.test(tail)) return undefined;
  const stop = tail.search(/[;.()\n\r]|\s(?:và|,)\s+(?:Nghị|Quyết|Chỉ|Thông|Kế|Luật|Kết|Công|Chương)/u);
  const text = (stop < 0 ? tail : tail.slice(0, stop)).trimEnd();
  return { start, end: start + text.length, text };
}
