/**
 * The types of document the language writes, with what Nghị định 30/2020 gives each: the type
 * name printed above the summary, the abbreviation in the number and symbol ("05/BC-SCT"), and the
 * template of Phụ lục III. Kế hoạch, Báo cáo and Tờ trình are all "văn bản có tên loại" (Mẫu 1.4):
 * the same parts in the same places, so one layout and one set of checks serves them. A Quyết định
 * (Mẫu 1.3 when it issues another document, as a decision issuing a plan does, Mẫu 1.2 otherwise)
 * and a Công văn (Mẫu 1.5) have parts of their own, which the layout and the `decision/` and
 * `letter/` rules know by `form`.
 */
import type { DocumentTypeKey, PlanFile } from './ast';

export type DocumentForm = 'named' | 'decision' | 'letter';

export interface DocumentType {
  key: DocumentTypeKey;
  /** As written in running text and citations: "Báo cáo". */
  name: string;
  /** The English word for messages: "report". */
  english: string;
  /**
   * The abbreviation of Phụ lục III in the symbol: KH, BC, TTr, QĐ. A Công văn has none: its symbol
   * is the agency's abbreviation, then the drafting unit's ("12/UBND-VX").
   */
  abbreviation: string | undefined;
  template: string;
  /** Which parts it has: a named document (Mẫu 1.4), a decision (Mẫu 1.2, 1.3) or a letter (Mẫu 1.5). */
  form: DocumentForm;
}

export const DOCUMENT_TYPES: Readonly<Record<DocumentTypeKey, DocumentType>> = {
  'ke-hoach': { key: 'ke-hoach', name: 'Kế hoạch', english: 'plan', abbreviation: 'KH', template: 'Mẫu 1.4', form: 'named' },
  'bao-cao': { key: 'bao-cao', name: 'Báo cáo', english: 'report', abbreviation: 'BC', template: 'Mẫu 1.4', form: 'named' },
  'to-trinh': { key: 'to-trinh', name: 'Tờ trình', english: 'submission (tờ trình)', abbreviation: 'TTr', template: 'Mẫu 1.4', form: 'named' },
  'quyet-dinh': { key: 'quyet-dinh', name: 'Quyết định', english: 'decision', abbreviation: 'QĐ', template: 'Mẫu 1.3', form: 'decision' },
  'cong-van': { key: 'cong-van', name: 'Công văn', english: 'official letter (công văn)', abbreviation: undefined, template: 'Mẫu 1.5', form: 'letter' },
};

/** The file's type: the one its header names, else a Kế hoạch. */
export function documentTypeOf(file: PlanFile): DocumentType {
  return DOCUMENT_TYPES[file.header?.documentType ?? 'ke-hoach'];
}
