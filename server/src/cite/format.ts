/**
 * The words of a citation as the compiler prints them. The number is printed normalised (no
 * spaces, ASCII hyphens, canonical case), so a defect in how a declaration was typed never reaches
 * the document.
 */
import { formatVnDate } from '../base/civil-date';
import type { Citation } from './phrase';

/** What printing needs; a parsed Citation has it, and so does a declaration whose issuer was resolved. */
export type CitationParts = Pick<Citation, 'typeName' | 'qualifier' | 'date' | 'connector' | 'issuer'> & {
  number: Pick<Citation['number'], 'normalised'>;
};

export type CitationStyle = 'full' | 'short';

/**
 * Full: "Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh <subject>", for the first mention
 * (Nghị định 30: type, number, date, issuer and subject). Short: "Kế hoạch số 30/KH-UBND", for the
 * mentions after it.
 */
export function formatCitation(citation: CitationParts, style: CitationStyle, subject?: string): string {
  const words = [citation.typeName];
  if (citation.qualifier) words.push(citation.qualifier);
  words.push('số', citation.number.normalised);
  if (style === 'full') {
    if (citation.date) words.push('ngày', formatVnDate(citation.date));
    if (citation.issuer) words.push(citation.connector ?? 'của', citation.issuer);
    if (subject) words.push(subject);
  }
  return words
    .map((word) => word.replace(/\s+/g, ' ').trim())
    .filter((word) => word !== '')
    .join(' ');
}
