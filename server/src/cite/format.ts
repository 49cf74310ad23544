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
