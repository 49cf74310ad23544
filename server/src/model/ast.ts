/**
 * The typed syntax tree of a `.kh` file. Every node carries its location in the original text.
 * Text values are stored NFC-normalised; `base` is the offset of a value's first character in the
 * normalised text, so sub-parsers (citation phrases, deadlines) can report precise positions
 * through `SourceText.locate(base + start, base + end)`.
 */
import type { Finding } from '../base/diagnostic';
import type { Location, SourceText } from '../base/source';

export interface Node {
  loc: Location;
}

/** A piece of text from one line of the source, as written but NFC. */
export interface TextValue extends Node {
  text: string;
  /** Offset of text[0] in the normalised source text. */
  base: number;
}

export interface TextRun extends Node {
  kind: 'text';
  /** Lines of a paragraph are joined with one space. */
  text: string;
}

/** `@ID`: a unit, a document or a task declared in the workspace. */
export interface Reference extends Node {
  kind: 'ref';
  id: string;
  /** Location of the id without the `@`. */
  idLoc: Location;
  /** Written `@@ID` (or in a group `@@{…}`): a document cited in full even after its first mention. */
  full?: boolean;
  /**
   * The group `@{ID1, ID2}` the reference is a member of. The members stand in the inlines one
   * after another, with the separators between them as written (", ") as text, so every consumer
   * that looks at references sees each member; the renderer prints them as one citation.
   */
  group?: ReferenceGroup;
}

/** `@{QD645, QD1813}`: documents cited together ("các Quyết định của Thủ tướng Chính phủ: số …; số …"). */
export interface ReferenceGroup extends Node {
  /** How many references it holds; its members share this object. */
  size: number;
}

/** `[hạn ID]`: the deadline of task ID, rendered in words. */
export interface DeadlineReference extends Node {
  kind: 'deadline-ref';
  taskId: string;
  idLoc: Location;
}

export type Inline = TextRun | Reference | DeadlineReference;

export interface Paragraph extends Node {
  inlines: Inline[];
}

/** Canonical field keys; the lexer accepts Vietnamese with or without diacritics and English aliases. */
export type FieldKey =
  // header
  | 'parentAgency'
  | 'agency'
  | 'number'
  | 'place'
  | 'date'
  | 'title'
  /** A line under the title: "Giai đoạn 2021 – 2025". */
  | 'subtitle'
  | 'period'
  | 'annex'
  /** Quyết định: the authority line under its summary ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"). */
  | 'authority'
  /** Công văn (and a Báo cáo or Tờ trình sent up): who it is addressed to after "Kính gửi:". */
  | 'addressees'
  /** A document issued by a Quyết định: the decision, printed "(Ban hành kèm theo …)" under its summary. */
  | 'issuedWith'
  // document declaration
  | 'status'
  | 'replacedBy'
  | 'source'
  | 'note'
  // unit declaration
  | 'shortName'
  // task
  | 'lead'
  | 'helpers'
  | 'deliverable'
  | 'receiver'
  | 'deadline'
  | 'dependsOn'
  | 'content';

export interface Field extends Node {
  key: FieldKey;
  /** The key as written, e.g. "chu tri". */
  keyText: string;
  keyLoc: Location;
  /** The value after the colon, trimmed, on one line. */
  value: TextValue;
  /** The value's inline references. */
  inlines: Inline[];
}

/**
 * The types of document the language writes (model/document-types.ts). Kế hoạch, Báo cáo and Tờ
 * trình follow Mẫu 1.4 of Nghị định 30/2020 Phụ lục III ("văn bản có tên loại"): the same header,
 * name, body and footer, each with its own type name and abbreviation. A Quyết định (Mẫu 1.2, 1.3)
 * adds the authority line, its legal bases and "QUYẾT ĐỊNH:" before its Điều; a Công văn (Mẫu 1.5)
 * has no type name, its summary under the number ("V/v …") and its addressees after "Kính gửi:".
 */
export type DocumentTypeKey = 'ke-hoach' | 'bao-cao' | 'to-trinh' | 'quyet-dinh' | 'cong-van';

export interface Header extends Node {
  fields: Field[];
  /** The type its first line names; a header that opens with "kế hoạch" leaves it out. */
  documentType?: DocumentTypeKey;
}

/**
 * Levels of the body (Nghị định 30): phần "Phần I." / "PHẦN THỨ NHẤT" where a plan has parts, mục
 * "I.", khoản "1.", sub-khoản "2.1.", điểm "a)", bullets "-" and "+".
 */
export type ItemKind = 'phan' | 'muc' | 'khoan' | 'diem' | 'dash' | 'plus';

export interface Item extends Node {
  kind: ItemKind;
  /** The marker as written: "Phần I.", "II.", "2.1.", "a)", "-", "+". */
  marker: string;
  markerLoc: Location;
  /**
   * Number components for numbered markers: "2.1." → [2, 1]; "IV." → [4]; "c)" → [3];
   * "Phần thứ hai" → [2].
   */
  numbers: number[];
  /**
   * A titled item (rendered bold): its first paragraph has no closing punctuation and the item
   * has further content. Phần and mục are always titles.
   */
  title?: Paragraph;
  /** The text of the item's own line(s) when it is not a title, then any further paragraphs. */
  paragraphs: Paragraph[];
  children: Item[];
  tasks: TaskDecl[];
}

export interface DocumentDecl extends Node {
  kind: 'document';
  id: string;
  idLoc: Location;
  /** The citation phrase: "Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh". */
  phrase: TextValue;
  /** References in the phrase, e.g. an issuer written `của @UBND`. */
  phraseInlines: Inline[];
  fields: Field[];
}

export interface UnitDecl extends Node {
  kind: 'unit';
  id: string;
  idLoc: Location;
  name: TextValue;
  fields: Field[];
}

export interface TaskDecl extends Node {
  kind: 'task';
  id: string;
  idLoc: Location;
  /** Text after the colon when it is not a list of fields: what the task is. */
  title?: TextValue;
  fields: Field[];
}

export type Declaration = DocumentDecl | UnitDecl | TaskDecl;

export interface Recipients extends Node {
  headLoc: Location;
  entries: RecipientEntry[];
}

export interface RecipientEntry extends Node {
  /** The entry without the leading "-" and without a trailing ";" or ".". */
  value: TextValue;
  inlines: Inline[];
}

/** "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Đức Huy": title lines then the name. */
export interface Signer extends Node {
  lines: TextValue[];
  name?: TextValue;
}

export interface Comment extends Node {
  text: string;
}

/** `// kehoach-disable rule` (whole file) or `// kehoach-disable-next-line rule`. */
export interface Suppression extends Node {
  scope: 'file' | 'next-line';
  /** Rule codes or prefixes; empty means every rule. */
  rules: string[];
  /** For next-line: the zero-based line in the original text that it silences. */
  line?: number;
}

export interface PlanFile {
  uri: string;
  source: SourceText;
  /** A file with no header and no body holds only declarations: a catalog. */
  isCatalog: boolean;
  header?: Header;
  /** Paragraphs before the first item (the "Thực hiện …" opening). */
  opening: Paragraph[];
  items: Item[];
  declarations: Declaration[];
  recipients?: Recipients;
  signer?: Signer;
  comments: Comment[];
  suppressions: Suppression[];
  /** Lexing and parsing problems; the file is still as complete as recovery allows. */
  syntaxFindings: Finding[];
  /**
   * The type the file opens with when it is none the language writes ("Thông báo", "Chỉ thị"):
   * such a file gets one diagnostic instead of the plan's checks.
   */
  unsupportedType?: string;
}
