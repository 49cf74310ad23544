/**
 * The types of document the language writes, with what Nghị định 30/2020 gives each: the type
 * name printed above the summary, the abbreviation in the number and symbol ("05/BC-SCT"), and the
 * template of Phụ lục III. Kế hoạch, Báo cáo and Tờ trình are all "văn bản có tên loại" (Mẫu 1.4):
 * the same parts in the same places, so one layout and one set of checks serves them.
 */
import type { DocumentTypeKey, PlanFile } from './ast';

export interface DocumentType {
  key: DocumentTypeKey;
  /** As written in running text and citations: "Báo cáo". */
  name: string;
  /** The English word for messages: "report". */
  english: string;
  /** The abbreviation of Phụ lục III in the symbol: KH, BC, TTr. */
  abbreviation: string;
  template: string;
}

export const DOCUMENT_TYPES: Readonly<Record<DocumentTypeKey, DocumentType>> = {
  'ke-hoach': { key: 'ke-hoach', name: 'Kế hoạch', english: 'plan', abbreviation: 'KH', template: 'Mẫu 1.4' },
  'bao-cao': { key: 'bao-cao', name: 'Báo cáo', english: 'report', abbreviation: 'BC', template: 'Mẫu 1.4' },
  'to-trinh': { key: 'to-trinh', name: 'Tờ trình', english: 'submission (tờ trình)', abbreviation: 'TTr', template: 'Mẫu 1.4' },
};

/** The file's type: the one its header names, else a Kế hoạch. */
export function documentTypeOf(file: PlanFile): DocumentType {
  return DOCUMENT_TYPES[file.header?.documentType ?? 'ke-hoach'];
}
