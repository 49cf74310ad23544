/**
 * Every keyword of the language, in one table: Vietnamese with and without diacritics, and the
 * English aliases. Matching is done on folded text (see foldKey), so the table lists folded forms.
 */
import type { DocumentTypeKey, FieldKey } from '../model/ast';

/** Folded spellings of each field key, Vietnamese first, then English aliases. */
export const FIELD_KEYWORDS: Record<FieldKey, readonly string[]> = {
  parentAgency: ['co quan chu quan', 'parent agency', 'parent'],
  agency: ['co quan', 'co quan ban hanh', 'agency'],
  number: ['so', 'so ky hieu', 'number'],
  place: ['noi ban hanh', 'dia danh', 'place'],
  date: ['ngay', 'ngay ban hanh', 'date'],
  title: ['trich yeu', 'title', 'subject'],
  subtitle: ['phu de', 'tieu de phu', 'subtitle'],
  period: ['thoi ky', 'ky ke hoach', 'period'],
  annex: ['phu luc', 'annex'],
  authority: ['tham quyen', 'tham quyen ban hanh', 'authority'],
  addressees: ['kinh gui', 'addressees', 'addressed to'],
  issuedWith: ['kem theo', 'ban hanh kem theo', 'issued with'],
  status: ['tinh trang', 'hieu luc', 'status'],
  replacedBy: ['thay the boi', 'duoc thay the boi', 'replaced by'],
  source: ['nguon', 'source'],
  note: ['ghi chu', 'note'],
  shortName: ['viet tat', 'ten viet tat', 'short name'],
  lead: ['chu tri', 'don vi chu tri', 'lead'],
  helpers: ['phoi hop', 'don vi phoi hop', 'helpers', 'support'],
  deliverable: ['san pham', 'deliverable'],
  // No bare English "to": folded, it is also "tổ" as in "tổ chức", which starts many segments.
  receiver: ['gui', 'bao cao ve', 'noi nhan ket qua', 'report to'],
  deadline: ['han', 'thoi han', 'deadline', 'due'],
  dependsOn: ['sau', 'phu thuoc', 'after', 'depends on'],
  content: ['noi dung', 'content'],
};

const FIELD_BY_FOLDED = new Map<string, FieldKey>();
for (const [key, spellings] of Object.entries(FIELD_KEYWORDS) as [FieldKey, readonly string[]][]) {
  for (const spelling of spellings) FIELD_BY_FOLDED.set(spelling, key);
}

export function fieldKeyOf(folded: string): FieldKey | undefined {
  return FIELD_BY_FOLDED.get(folded);
}

/** The longest field spelling, in characters: bounds the lexer's look-ahead for a key. */
export const LONGEST_FIELD_SPELLING = Math.max(...[...FIELD_BY_FOLDED.keys()].map((spelling) => spelling.length));

/** Which fields each block accepts. */
export const HEADER_FIELDS: readonly FieldKey[] = ['parentAgency', 'agency', 'number', 'place', 'date', 'title', 'subtitle', 'period', 'annex', 'issuedWith'];
/**
 * The header fields of each type. A plan may be issued by a decision (`kèm theo`); a Báo cáo or
 * Tờ trình a lower body sends up has a "Kính gửi" (Phụ lục I II.9.b); a Quyết định has its
 * authority line and no subtitle, period or annex table; a Công văn has its addressees, and its
 * `trích yếu` is the "V/v" line under its number.
 */
export const HEADER_FIELDS_BY_TYPE: Readonly<Record<DocumentTypeKey, readonly FieldKey[]>> = {
  'ke-hoach': HEADER_FIELDS,
  'bao-cao': [...HEADER_FIELDS.filter((key) => key !== 'issuedWith'), 'addressees'],
  'to-trinh': [...HEADER_FIELDS.filter((key) => key !== 'issuedWith'), 'addressees'],
  'quyet-dinh': ['parentAgency', 'agency', 'number', 'place', 'date', 'title', 'authority'],
  'cong-van': ['parentAgency', 'agency', 'number', 'place', 'date', 'title', 'addressees'],
};
export const DOCUMENT_FIELDS: readonly FieldKey[] = ['title', 'status', 'replacedBy', 'source', 'note'];
export const UNIT_FIELDS: readonly FieldKey[] = ['shortName', 'note'];
export const TASK_FIELDS: readonly FieldKey[] = ['lead', 'helpers', 'deliverable', 'receiver', 'deadline', 'dependsOn', 'content', 'note'];

export type DeclarationKind = 'document' | 'unit' | 'task';

export const DECLARATION_KEYWORDS: Record<DeclarationKind, readonly string[]> = {
  document: ['van ban', 'document'],
  unit: ['don vi', 'unit'],
  task: ['nhiem vu', 'task'],
};

/**
 * Folded words a deadline starts with (besides a digit): "trước 01/6/2023", "chậm nhất …", "đến
 * ngày …", "trong tháng …", "định kỳ …", "hằng quý", "thường xuyên", "khi có yêu cầu", "ngày …",
 * "cuối quý" (not a form the parser accepts, but plainly a deadline it should report), and the
 * English forms. The deadline parser decides whether the rest is right; the syntax layer
 * only needs to tell a deadline from a title that starts with the word "hạn" ("Hạn chế …").
 */
export const DEADLINE_START_WORDS: readonly string[] = [
  'truoc', 'cham nhat', 'den', 'trong', 'dinh ky', 'hang', 'thuong xuyen', 'khi co', 'theo yeu cau', 'ngay', 'cuoi',
  'before', 'by', 'within', 'every', 'ongoing', 'on request',
];

export const PLAN_KEYWORDS: readonly string[] = ['ke hoach', 'plan'];
/**
 * The other types the language writes, by the folded first line that opens their header. Unlike
 * "kế hoạch", which opens a header wherever it stands alone on a line, these do so only as the
 * file's first line: "Báo cáo" alone on a line in the middle of a plan is a heading of its text.
 */
export const TYPED_HEADS: Readonly<Record<Exclude<DocumentTypeKey, 'ke-hoach'>, readonly string[]>> = {
  'bao-cao': ['bao cao', 'report'],
  'to-trinh': ['to trinh', 'submission'],
  'quyet-dinh': ['quyet dinh', 'decision'],
  'cong-van': ['cong van', 'letter'],
};
/**
 * Types of document (Nghị định 30, Phụ lục III), folded: a file that opens with one of them alone
 * on its line is that document. Those of TYPED_HEADS the language writes; the others it cannot yet.
 */
export const OTHER_DOCUMENT_TYPES: readonly string[] = [
  'quyet dinh',
  'cong van',
  'bao cao',
  'to trinh',
  'thong bao',
  'chi thi',
  'nghi quyet',
  'quy che',
  'quy dinh',
  'de an',
  'de cuong',
  'chuong trinh',
  'huong dan',
  'cong dien',
  'giay moi',
  'bien ban',
  'ket luan',
  'thong tu',
  'nghi dinh',
];
export const RECIPIENTS_KEYWORDS: readonly string[] = ['noi nhan', 'recipients'];
export const SIGNER_KEYWORDS: readonly string[] = ['ky', 'nguoi ky', 'signer'];
export const DEADLINE_REFERENCE_KEYWORDS: readonly string[] = ['han', 'thoi han', 'deadline'];

/** Ids: ASCII letters, digits and "_", with "-" allowed between them. */
export const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*$/;

/** The canonical Vietnamese spelling of a field key, for messages. */
export const FIELD_DISPLAY: Record<FieldKey, string> = {
  parentAgency: 'cơ quan chủ quản',
  agency: 'cơ quan',
  number: 'số',
  place: 'nơi ban hành',
  date: 'ngày',
  title: 'trích yếu',
  subtitle: 'phụ đề',
  period: 'thời kỳ',
  annex: 'phụ lục',
  authority: 'thẩm quyền',
  addressees: 'kính gửi',
  issuedWith: 'kèm theo',
  status: 'tình trạng',
  replacedBy: 'thay thế bởi',
  source: 'nguồn',
  note: 'ghi chú',
  shortName: 'viết tắt',
  lead: 'chủ trì',
  helpers: 'phối hợp',
  deliverable: 'sản phẩm',
  receiver: 'gửi',
  deadline: 'hạn',
  dependsOn: 'sau',
  content: 'nội dung',
};
