/**
 * The words of a citation as the compiler prints them. The number is printed normalised (no
 * spaces, ASCII hyphens, canonical case), so a defect in how a declaration was typed never reaches
 * the document.
 */
import { formatVnDate } from '../base/civil-date';
import type { Citation } from './phrase';

/** What printing needs; a parsed Citation has it, and so does a declaration whose issuer was resolved. */
export type CitationParts = Pick<Citation, 'typeName' | 'qualifier' | 'date' | 'dateInWords' | 'year' | 'connector' | 'issuer'> & {
  number?: Pick<NonNullable<Citation['number']>, 'normalised'>;
};

export type CitationStyle = 'full' | 'short';

/**
 * Full: "Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh <subject>", for the first mention
 * (Nghị định 30: type, number, date, issuer and subject). Short: "Kế hoạch số 30/KH-UBND", for the
 * mentions after it. A law cited by name prints its name, then its year or date in full: "Luật Hộ
 * tịch năm 2014", short "Luật Hộ tịch". A date written in words stays in words ("ngày 19 tháng 6
 * năm 2015"); one in figures prints with the usual zeros ("ngày 05/3/2023").
 */
export function formatCitation(citation: CitationParts, style: CitationStyle, subject?: string): string {
  const words = [citation.typeName];
  if (citation.qualifier) words.push(citation.qualifier);
  if (citation.number) words.push('số', citation.number.normalised);
  if (style === 'full') {
    if (citation.year !== undefined) words.push('năm', String(citation.year));
    if (citation.date) words.push('ngày', citation.dateInWords ?? formatVnDate(citation.date));
    if (citation.issuer) words.push(citation.connector ?? 'của', citation.issuer);
    if (subject) words.push(subject);
  }
  return words
    .map((word) => word.replace(/\s+/g, ' ').trim())
    .filter((word) => word !== '')
    .join(' ');
}

/** A document of a group and how it is printed there. */
export interface GroupMember {
  citation: CitationParts;
  style: CitationStyle;
  subject?: string;
}

function sameWords(a: string | undefined, b: string | undefined): boolean {
  const words = (text: string | undefined) => text?.normalize('NFC').replace(/\s+/g, ' ').trim();
  return words(a) === words(b);
}

/**
 * Documents of one type cited together, as drafters write a run of them in one phrase. With one
 * issuer, it stands once before the colon: "các Quyết định của Thủ tướng Chính phủ: số 645/QĐ-TTg
 * ngày 15/5/2020 về …; số 1813/QĐ-TTg ngày 28/10/2021 về …"; with several, each member names its
 * own: "các Nghị quyết: số 35/2023/UBTVQH15 ngày … của Ủy ban Thường vụ Quốc hội …; số 117/NQ-CP
 * ngày … của Chính phủ …". A member cited before gives its number only ("số 645/QĐ-TTg"), and when
 * every member was, the group is short: "các Quyết định số 645/QĐ-TTg, số 1813/QĐ-TTg". `plural`
 * is false when the prose already says "các" before the group.
 *
 * Undefined when the documents cannot be cited as one phrase: fewer than two, a type or qualifier
 * that differs, or a document without a number (a law cited by its name), so the caller prints
 * each member as it would alone.
 */
export function formatCitationGroup(members: readonly GroupMember[], plural = true): string | undefined {
  const first = members[0];
  if (!first || members.length < 2) return undefined;
  const oneKind = members.every(
    ({ citation }) => citation.number && citation.typeName === first.citation.typeName && sameWords(citation.qualifier, first.citation.qualifier),
  );
  if (!oneKind) return undefined;
  const kind = [plural ? 'các' : '', first.citation.typeName, first.citation.qualifier ?? ''].map((word) => word.replace(/\s+/g, ' ').trim()).filter((word) => word !== '').join(' ');
  const number = (citation: CitationParts) => `số ${citation.number!.normalised}`;
  if (members.every((member) => member.style === 'short')) return `${kind} ${members.map((member) => number(member.citation)).join(', ')}`;
  const issuer = first.citation.issuer;
  const oneIssuer =
    issuer !== undefined &&
    members.every(({ citation }) => (citation.connector ?? 'của') === 'của' && sameWords(citation.issuer, issuer));
  const parts = members.map(({ citation, style, subject }) => {
    if (style === 'short') return number(citation);
    const words = [number(citation)];
    if (citation.date) words.push('ngày', citation.dateInWords ?? formatVnDate(citation.date));
    if (!oneIssuer && citation.issuer) words.push(citation.connector ?? 'của', citation.issuer);
    if (subject) words.push(subject);
    return words.map((word) => word.replace(/\s+/g, ' ').trim()).filter((word) => word !== '').join(' ');
  });
  const head = oneIssuer ? `${kind} của ${issuer!.replace(/\s+/g, ' ').trim()}` : kind;
  return `${head}: ${parts.join('; ')}`;
}
