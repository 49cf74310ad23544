/**
 * The recogniser: from a document the drafter already has (its paragraphs, as a reader gives
 * them) to the plan in the language that says the same, with a map from every offset of that plan
 * back to a paragraph and column of the original, and the role of every paragraph. `kehoach
 * check` checks the plan and reports through the map; `kehoach import` writes it.
 *
 * What the recogniser does not understand stays prose, word for word: the plan it writes builds
 * back into the original's text.
 */
import { foldKey } from '../base/source';
import { formatCitation } from '../cite/format';
import { findCitations } from '../cite/scan';
import type { CivilDate } from '../base/civil-date';
import { parsePlanDate } from '../deadline/parse';
import { DECLARATION_KEYWORDS, FIELD_KEYWORDS, OTHER_DOCUMENT_TYPES, PLAN_KEYWORDS, RECIPIENTS_KEYWORDS, SIGNER_KEYWORDS } from '../syntax/keywords';
import { readPartMarker } from '../syntax/parts';
import { isRuleLine, isUpperCase, type Piece } from './cells';
import type { OriginalDocument, OriginalParagraph, ParagraphRole } from './document';
import { PlanWriter, type OriginalPlace, type SourceMap } from './plan-writer';
import { recogniseFooter, type RecognisedFooter } from './recognise-footer';
import { recogniseHeader, type RecognisedHeader } from './recognise-header';
import { headingUnitOf, tasksOfBlock, UnitBook, writeTask, type KnownUnit, type TaskUnit } from './recognise-tasks';

export type { ParagraphRole } from './document';

/** What the recogniser found, counted per kind, for the import's report. */
export interface RecognisedCounts {
  headerFields: number;
  /** Documents declared once and referred to (import only). */
  documents: number;
  bases: number;
  parts: number;
  sections: number;
  items: number;
  points: number;
  bullets: number;
  paragraphs: number;
  recipients: number;
  signerParts: number;
  /** Units the import declares in the plan, and units of the workspace's catalogs its tasks name. */
  units: number;
  catalogUnits: number;
  tasks: number;
}

/** A piece of the original with the role the recogniser gave it: what the checks of an original read. */
export interface RolePiece extends Piece {
  role: ParagraphRole;
}

export interface Recognition {
  document: OriginalDocument;
  /** The role of each paragraph: `roles[i]` is paragraph i + 1's. */
  roles: ParagraphRole[];
  /** Every piece of the header and the footer, and every body paragraph, with its role. */
  pieces: RolePiece[];
  header: RecognisedHeader;
  footer?: RecognisedFooter;
  /** The document's type ("Kế hoạch", "Quyết định" …), when its type line or symbol says. */
  type?: string;
  /**
   * Whether the document is held to the language's header: a plan, or a Báo cáo, Tờ trình or Công
   * văn whose head was found, which the language writes with the header of its type.
   */
  planHeader: boolean;
  /** The plan in the language and the way back from its offsets to the original. */
  plan: string;
  map: SourceMap;
  counts: RecognisedCounts;
  /** Paragraphs after the signer (annexes, notes), written before Nơi nhận since the language ends with the signer. */
  moved: number[];
  /** The documents to declare in the catalog file, when the import was asked to (`ImportStructure.documentsToCatalog`). */
  catalogDocuments: DeclaredDocument[];
  /** What the task reading left as prose: clauses that say "chủ trì" of no unit it could name, and deadlines no task took. */
  leftAsProse: { leads: number; deadlines: number };
}

/** Paragraphs at most this long are headings when they carry a marker and end without punctuation. */
const HEADING_LENGTH = 160;

export interface RecogniseOptions {
  /**
   * Declare each document cited in full in the prose once, after the header, and refer to it with
   * `@@ID` where the citation's words are exactly what the compiler prints for it (so the build
   * gives the same words back); a citation written any other way stays prose, as written. For
   * `kehoach import`; checking leaves every citation in the prose, where its defects are found.
   */
  declareDocuments?: boolean;
  /** For `kehoach import` of a plan: read its tasks and units too, and declare what the workspace does not. */
  structure?: ImportStructure;
}

/** What the workspace the imported plan joins already declares, and where the import declares documents. */
export interface ImportStructure {
  /** The units of the workspace's catalogs, which tasks name by their ids. */
  units: readonly KnownUnit[];
  /** The documents the workspace's files declare, by `documentKeyOf` their phrase: a citation of one is referred to, not declared again. */
  documents: ReadonlyMap<string, KnownDocument>;
  /** Every id the workspace's files declare: no id the import makes is one of them. */
  taken: ReadonlySet<string>;
  /** Declare the cited documents in a catalog file (given back in `Recognition.catalogDocuments`) rather than in the plan. */
  documentsToCatalog?: boolean;
}

/** A document a file of the workspace declares: its id and its phrase, in NFC. */
export interface KnownDocument {
  id: string;
  phrase: string;
}

/** The key a document is known by: its type and its number ("Kế hoạch 30/KH-UBND"), or undefined for a phrase that cites none. */
export function documentKeyOf(phrase: string): string | undefined {
  const citation = findCitations(phrase.normalize('NFC'))[0]?.citation;
  return citation ? `${citation.typeName} ${citation.number.normalised}` : undefined;
}

/** A document the import declares: its id, its phrase as the original writes it, and where that is. */
export interface DeclaredDocument {
  id: string;
  phrase: string;
  place: OriginalPlace;
}

export function recognise(document: OriginalDocument, options: RecogniseOptions = {}): Recognition {
  const paragraphs = document.paragraphs;
  const header = recogniseHeader(paragraphs);
  const footer = recogniseFooter(paragraphs, header.bodyStart);
  const roles: ParagraphRole[] = paragraphs.map(() => 'other');
  const pieces: RolePiece[] = [];
  const counts: RecognisedCounts = {
    documents: 0,
    headerFields: 0,
    bases: 0,
    parts: 0,
    sections: 0,
    items: 0,
    points: 0,
    bullets: 0,
    paragraphs: 0,
    recipients: 0,
    signerParts: 0,
    units: 0,
    catalogUnits: 0,
    tasks: 0,
  };
  const writer = new PlanWriter();
  const firstPlace: OriginalPlace = { paragraph: paragraphs[0]?.index ?? 1, column: 0 };

  for (const [index, role] of header.roles) roles[index - 1] = role;
  const structure = options.structure;
  const taken = new Set(structure?.taken ?? []);
  const declared = options.declareDocuments || structure ? citedDocuments(paragraphs, structure?.documents ?? new Map<string, KnownDocument>(), taken) : new Map<number, Replacement[]>();
  const isPlan = header.type === undefined || header.type === 'Kế hoạch';
  const typeKeyword = HEADER_KEYWORDS.get(header.type ?? 'Kế hoạch');
  const headFound = header.typeLine !== undefined || header.agency.length > 0 || header.number !== undefined || header.placeDate.length > 0 || header.title.length > 0;
  // A document of a type the language writes is held to the header checks of every document.
  const planHeader = isPlan || (typeKeyword !== undefined && headFound);
  if (typeKeyword !== undefined && headFound) {
    writeHeader(writer, header, counts, header.typeLine ? placeOf(header.typeLine) : firstPlace, typeKeyword);
  }
  for (const piece of header.parent) pieces.push({ ...piece, role: 'parent-agency' });
  for (const piece of header.agency) pieces.push({ ...piece, role: 'agency' });
  for (const piece of header.nationalName) pieces.push({ ...piece, role: 'national-name' });
  for (const piece of header.motto) pieces.push({ ...piece, role: 'motto' });
  if (header.number) pieces.push({ ...header.number, role: 'number' });
  if (header.numberValue) pieces.push({ ...header.numberValue, role: 'number' });
  for (const piece of header.placeDate) pieces.push({ ...piece, role: 'place-date' });
  if (header.typeLine) pieces.push({ ...header.typeLine, role: 'type' });
  for (const piece of header.title) pieces.push({ ...piece, role: 'title' });
  if (header.subtitle) pieces.push({ ...header.subtitle, role: 'subtitle' });

  const declarations = [...declared.values()].flat().filter((replacement) => replacement.first && !replacement.known);
  const inPlan = structure?.documentsToCatalog ? [] : declarations;
  for (const { declaration } of inPlan) {
    writer.add(`văn bản ${declaration.id}: `, declaration.place);
    writer.copy(declaration.phrase, declaration.place);
    writer.add('\n', declaration.place);
  }
  if (inPlan.length > 0) writer.add('\n', inPlan[0]!.declaration.place);
  counts.documents = declarations.length;
  const bodyEnd = footer ? footer.start : paragraphs.length + 1;
  // A document of another type has no plan header to hold its head: the head stays prose, word for word.
  const bodyStart = planHeader ? header.bodyStart : 1;
  // A line of the head the header did not take ("KHẨN", a line it could not read) stays, as prose
  // at the start of the body; so do a letter's title lines, since a letter's summary is its "V/v".
  const isLetter = typeKeyword === 'công văn';
  const takenByHeader = (index: number) => {
    const role = header.roles.get(index);
    return role !== undefined && !(isLetter && (role === 'title' || role === 'subtitle'));
  };
  const body = paragraphs.filter((paragraph) => paragraph.index < bodyEnd && (paragraph.index >= bodyStart || !takenByHeader(paragraph.index)));
  const after = footer ? paragraphs.filter((paragraph) => paragraph.index >= footer.end) : [];
  const moved = after.filter((paragraph) => kept(paragraph)).map((paragraph) => paragraph.index);
  // Tasks are read in a plan only: a report or a decision tells what was done, or rules, and assigns no task of this plan.
  const tasks = structure && isPlan ? new TaskReading(new UnitBook(structure.units, taken), taken, planDateOf(header)) : undefined;
  const bodyWriter = new PlanWriter();
  writeBody(bodyWriter, document, [...body, ...after], header.roles, declared, roles, pieces, counts, tasks);
  if (tasks) {
    const units = tasks.book.declared;
    for (const unit of units) writer.add(`đơn vị ${unit.id}: ${unit.name}\n`, tasks.placeOf(unit));
    if (units.length > 0) writer.add('\n', tasks.placeOf(units[0]!));
    counts.units = units.length;
    counts.catalogUnits = tasks.catalogUnits.size;
    counts.tasks = tasks.written;
  }
  writer.append(bodyWriter);

  if (footer) {
    for (const [index, role] of footer.roles) roles[index - 1] = role;
    writeFooter(writer, footer, counts, pieces);
  }
  const { text, map } = writer.finish();
  return {
    document,
    roles,
    pieces,
    header,
    ...(footer ? { footer } : {}),
    ...(header.type ? { type: header.type } : {}),
    planHeader,
    plan: text,
    map,
    counts,
    moved,
    catalogDocuments: structure?.documentsToCatalog ? declarations.map((replacement) => replacement.declaration) : [],
    leftAsProse: { leads: tasks?.unreadLeads ?? 0, deadlines: tasks?.deadlinesInProse ?? 0 },
  };
}

/** The plan's date, from the header's place-and-date line: a quarter written without its year is in that year. */
function planDateOf(header: RecognisedHeader): CivilDate | undefined {
  const text = splitPlaceDate(header.placeDate)
    .date.map((part) => part.text)
    .join(' ');
  return text ? parsePlanDate(text)?.earliest : undefined;
}

function placeOf(piece: Piece): OriginalPlace {
  return { paragraph: piece.paragraph, column: piece.start };
}

// ------------------------------------------------------------------------------ header

/**
 * The types whose header the language writes, by the word that opens it (syntax/keywords.ts). A
 * Quyết định is not among them: its articles and its "QUYẾT ĐỊNH:" line are read by rules of their
 * own, which an original's body, kept as prose, would fail wholesale.
 */
const HEADER_KEYWORDS: ReadonlyMap<string, string> = new Map([
  ['Kế hoạch', 'kế hoạch'],
  ['Báo cáo', 'báo cáo'],
  ['Tờ trình', 'tờ trình'],
  ['Công văn', 'công văn'],
]);

function writeHeader(writer: PlanWriter, header: RecognisedHeader, counts: RecognisedCounts, typePlace: OriginalPlace, keyword: string): void {
  writer.add(`${keyword}\n`, typePlace);
  const field = (key: string, parts: { text: string; place: OriginalPlace }[]) => {
    const present = parts.filter((part) => part.text.length > 0);
    if (present.length === 0) return;
    writer.add(`  ${key}: `, present[0]!.place);
    present.forEach((part, i) => {
      if (i > 0) writer.add(' ', part.place);
      copyFlat(writer, part.text, part.place);
    });
    writer.add('\n', present[present.length - 1]!.place);
    counts.headerFields++;
  };
  const whole = (pieces: Piece[]) => pieces.map((piece) => ({ text: piece.text, place: placeOf(piece) }));
  field('cơ quan chủ quản', whole(header.parent));
  field('cơ quan', whole(header.agency));
  if (header.numberValue) field('số', whole([header.numberValue]));
  else if (header.number) {
    const prefix = /^s(?:ố|o)\s*:?\s*/iu.exec(header.number.text)?.[0].length ?? 0;
    field('số', [{ text: header.number.text.slice(prefix), place: { paragraph: header.number.paragraph, column: header.number.start + prefix } }]);
  }
  const { place, date } = splitPlaceDate(header.placeDate);
  field('nơi ban hành', place);
  field('ngày', date);
  if (keyword === 'công văn') {
    // A letter's summary is its "V/v …" line, which the language prints with "V/v" before it.
    field('trích yếu', subjectParts(header.subject));
  } else {
    field('trích yếu', whole(header.title));
    if (header.subtitle) field('phụ đề', whole([header.subtitle]));
  }
  writer.add('\n', typePlace);
}

type Part = { text: string; place: OriginalPlace };

/** The words of a letter's "V/v …" line and the lines it goes on to, without the "V/v". */
function subjectParts(pieces: readonly Piece[]): Part[] {
  return pieces.map((piece, i) => {
    const prefix = i === 0 ? (/^v\s*\/\s*v\s*:?\s*/iu.exec(piece.text)?.[0].length ?? 0) : 0;
    return { text: piece.text.slice(prefix), place: { paragraph: piece.paragraph, column: piece.start + prefix } };
  });
}

/**
 * "Lạng Sơn, ngày 13" + "tháng 01 năm 2020", or "Tiền" + "Giang, ngày 07 tháng 12 năm 2022": the
 * place is what comes before the comma (or before "ngày"), the date what comes after.
 */
function splitPlaceDate(pieces: Piece[]): { place: Part[]; date: Part[] } {
  const place: Part[] = [];
  const date: Part[] = [];
  let cutFound = false;
  for (const piece of pieces) {
    if (cutFound) {
      date.push({ text: piece.text, place: placeOf(piece) });
      continue;
    }
    const cut = /,\s*|\s+(?=ng(?:à|a)y(?![\p{L}\p{N}]))|^(?=ng(?:à|a)y(?![\p{L}\p{N}]))/iu.exec(piece.text);
    if (!cut) {
      place.push({ text: piece.text, place: placeOf(piece) });
      continue;
    }
    cutFound = true;
    const before = piece.text.slice(0, cut.index).trim();
    if (before) place.push({ text: before, place: placeOf(piece) });
    const from = cut.index + cut[0].length;
    date.push({ text: piece.text.slice(from), place: { paragraph: piece.paragraph, column: piece.start + from } });
  }
  // Without a comma or "ngày", the line is all date ("tháng 02 năm 2023").
  return cutFound ? { place, date } : { place: [], date: place };
}

// ------------------------------------------------------------------------------ body

/** The list markers of the language, as its lexer reads them at a line's start (syntax/tokens.ts). */
const MARKERS: readonly { kind: keyof RecognisedCounts; pattern: RegExp }[] = [
  { kind: 'sections', pattern: /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.(?=[ \t]|$)/u },
  { kind: 'items', pattern: /^(?:\d{1,3}\.)+(?=[ \t]|$)|^\d{1,3}(?:\.[1-9]\d?)+(?=$|[ \t]+(?:$|[^\s\p{Ll}]))/u },
  { kind: 'points', pattern: /^[a-zđ]\)(?=[ \t]|$)/u },
  { kind: 'bullets', pattern: /^[-+](?=[ \t])/u },
];

function markerKindOf(text: string): keyof RecognisedCounts | undefined {
  if (readPartMarker(text, 0)) return 'parts';
  return MARKERS.find((marker) => marker.pattern.test(text))?.kind;
}

function kept(paragraph: OriginalParagraph): boolean {
  const trimmed = paragraph.text.trim();
  return trimmed !== '' && trimmed !== '|' && !isRuleLine(trimmed);
}

/** Every word the language reads at a line's start, folded: a prose line that starts with one is written after `\\`. */
const LINE_START_WORDS: readonly string[] = [
  ...PLAN_KEYWORDS,
  ...RECIPIENTS_KEYWORDS,
  ...SIGNER_KEYWORDS,
  ...OTHER_DOCUMENT_TYPES,
  ...Object.values(DECLARATION_KEYWORDS).flat(),
  ...Object.values(FIELD_KEYWORDS).flat(),
];

/**
 * Whether a line of prose would be read as something else at the start of a plan's line: a
 * keyword, a field, a comment, an escape. Other lines are written as they are, so the checks see
 * them as the drafter typed them ("-Đánh giá" is a dash glued to its word, not a marker).
 */
function needsEscape(text: string): boolean {
  if (text.startsWith('//') || text.startsWith('\\')) return true;
  const folded = foldKey(text.slice(0, 40));
  return LINE_START_WORDS.some((word) => folded === word || folded.startsWith(`${word} `) || folded.startsWith(`${word}:`));
}

function isHeadingInCapitals(text: string): boolean {
  return text.length <= HEADING_LENGTH && isUpperCase(text) && /\p{L}{2}/u.test(text);
}

/** A line that holds nothing but a document type's name ("QUYẾT ĐỊNH"), which the parser would take for the file's type. */
function isTypeNameAlone(text: string): boolean {
  const folded = foldKey(text.replace(/[.:]+$/u, ''));
  return [...PLAN_KEYWORDS, ...OTHER_DOCUMENT_TYPES].includes(folded);
}

const TERMINAL = /[.:;!?…]["”’)]*$/u;

/** A line that ends with "số", the word a document's number follows. */
const NUMBER_WORD_AT_END = /(?<![\p{L}\p{N}])số$/iu;

/**
 * Writes the body. Word and OpenDocument give real paragraphs; a text file and a PDF give lines,
 * which are joined back into paragraphs: a line goes on the one before it unless it starts with a
 * marker or a căn cứ, or the line before ends a sentence or is short (a heading). Blank lines end
 * a paragraph too, unless the text puts one after nearly every line, as text copied from a PDF does.
 */
function writeBody(
  writer: PlanWriter,
  document: OriginalDocument,
  paragraphs: OriginalParagraph[],
  headRoles: ReadonlyMap<number, ParagraphRole>,
  declared: ReadonlyMap<number, Replacement[]>,
  roles: ParagraphRole[],
  pieces: RolePiece[],
  counts: RecognisedCounts,
  tasks?: TaskReading,
): void {
  const lines = document.kind === 'txt' || document.kind === 'pdf';
  // The words of the item being written, for the tasks written under it once it ends.
  let block: Block | undefined;
  const lengths = paragraphs.filter(kept).map((paragraph) => paragraph.text.trim().length).sort((a, b) => a - b);
  const typical = lengths.length > 0 ? lengths[Math.floor(lengths.length / 2)]! : 0;
  let blanksFollow = 0;
  for (let i = 0; i + 1 < paragraphs.length; i++) if (kept(paragraphs[i]!) && !kept(paragraphs[i + 1]!)) blanksFollow++;
  const blankEndsParagraph = blanksFollow < 0.5 * lengths.length;

  let previous: { text: string; heading: boolean } | undefined;
  let blankBefore = false;
  for (const paragraph of paragraphs) {
    if (!kept(paragraph)) {
      blankBefore = true;
      continue;
    }
    const leading = paragraph.text.length - paragraph.text.trimStart().length;
    const text = paragraph.text.trim();
    const shown = paragraph.label ? `${paragraph.label} ${text}` : text;
    const place: OriginalPlace = { paragraph: paragraph.index, column: leading };
    const marker = markerKindOf(shown);
    const basis = /^căn\s+cứ(?![\p{L}\p{N}])/iu.test(text);
    const startsParagraph =
      !lines ||
      previous === undefined ||
      marker !== undefined ||
      basis ||
      /^[–—•]/u.test(text) ||
      // A heading in capitals ("A- NHỮNG THÀNH TỰU ĐẠT ĐƯỢC") is a paragraph of its own.
      isHeadingInCapitals(text) ||
      isHeadingInCapitals(previous.text) ||
      TERMINAL.test(previous.text) ||
      // A short line ends a heading, unless the next goes on in small letters ("Thực hiện Chỉ" / "thị số …")
      // or gives the number the line ends asking for ("Căn cứ Quyết định số" / "24/2021/QĐ-TTg …").
      (previous.text.length < 0.6 * typical && !/^\p{Ll}/u.test(text) && !(NUMBER_WORD_AT_END.test(previous.text) && /^\d/u.test(text))) ||
      (blankBefore && blankEndsParagraph) ||
      // A numbered heading stands alone: the language joins a line that goes on under it to the heading.
      previous.heading;
    // A line that goes on the paragraph before is joined to it with a blank, so a citation or a
    // name the original broke across lines ("Luật phòng, chống" / "thiên tai") reads as one.
    if (tasks && startsParagraph && (marker !== undefined || basis) && block) {
      tasks.writeTasksOf(writer, block);
      block = undefined;
    }
    if (tasks) block = extendBlock(block, startsParagraph, marker && levelOf(marker, shown), basis, text, place);
    if (previous !== undefined) writer.add(startsParagraph ? '\n\n' : ' ', place);
    if (headRoles.get(paragraph.index) === 'type' && isTypeNameAlone(text)) {
      // Another type's type line ("QUYẾT ĐỊNH") as the first line would make the file that type,
      // which the language cannot write yet: it is kept as a comment, and the report says so.
      writer.add('// ', place);
      copyFlat(writer, text, place);
      previous = { text: `${text}.`, heading: false };
      blankBefore = false;
      continue;
    }
    if (paragraph.label) writer.add(`${paragraph.label} `, { paragraph: paragraph.index, column: 0 });
    else if (startsParagraph && !marker && needsEscape(text)) writer.add('\\', place);
    copyWithReferences(writer, text, place, declared.get(paragraph.index) ?? []);
    let role: ParagraphRole = 'body';
    if (startsParagraph) {
      if (basis) {
        role = 'basis';
        counts.bases++;
      } else if (marker) {
        counts[marker]++;
        if (marker !== 'bullets' && shown.length <= HEADING_LENGTH && !TERMINAL.test(shown)) role = 'heading';
      } else counts.paragraphs++;
    } else role = roles[paragraph.index - 2] === 'basis' || roles[paragraph.index - 2] === 'heading' ? roles[paragraph.index - 2]! : 'body';
    // The head of another type of document is written as prose but keeps the roles the header gave it.
    if (!headRoles.has(paragraph.index)) {
      roles[paragraph.index - 1] = role;
      pieces.push({ paragraph: paragraph.index, start: leading, end: leading + text.length, text, role });
    }
    previous = { text, heading: startsParagraph && marker !== undefined && marker !== 'bullets' && !TERMINAL.test(shown) && shown.length <= HEADING_LENGTH };
    blankBefore = false;
  }
  if (tasks && block) tasks.writeTasksOf(writer, block);
  if (previous !== undefined) writer.add('\n', { paragraph: paragraphs[paragraphs.length - 1]!.index, column: 0 });
}

/** The words of an item, as its paragraphs give them, joined so that its sentences read as one text. */
interface Block {
  /** How deep its marker is: a heading that names a unit leads the blocks deeper than it. */
  level: number;
  text: string;
  /** How many paragraphs the language will give the item, and the first one's words. */
  paragraphs: number;
  first: string;
  place: OriginalPlace;
}

/** A marker a text file types before the item's words ("1.", "a)", "-"), which is no part of a task. */
const TYPED_MARKER = /^(?:[IVX]+\.|(?:\d{1,3}\.)+(?:\d{1,2}(?![\d.]))?|[a-zđ]\)|[-+•–—])[ \t]*/u;

/**
 * The block a paragraph or line belongs to: a marker starts an item's block, a căn cứ or the
 * opening before the first item gives none (tasks are written under items), a new paragraph of the
 * item adds a sentence, and a line that goes on joins the one before.
 */
function extendBlock(block: Block | undefined, startsParagraph: boolean, level: number | undefined, basis: boolean, text: string, place: OriginalPlace): Block | undefined {
  if (startsParagraph && (level !== undefined || basis)) {
    if (basis || level === undefined) return undefined;
    const words = text.replace(TYPED_MARKER, '');
    return { level, text: words, paragraphs: 1, first: text, place };
  }
  if (!block) return undefined;
  if (!startsParagraph) {
    return { ...block, text: `${block.text} ${text}`, ...(block.paragraphs === 1 ? { first: `${block.first} ${text}` } : {}) };
  }
  // A paragraph that starts in capitals after one that ends without a stop is a sentence of its own.
  const joint = TERMINAL.test(block.text) || /^\p{Ll}/u.test(text) ? ' ' : '. ';
  return { ...block, text: `${block.text}${joint}${text}`, paragraphs: block.paragraphs + 1 };
}

/** Phần, mục, khoản by its depth ("1." 2, "1.1." 3 …), điểm, gạch đầu dòng: the deeper, the larger. */
function levelOf(marker: keyof RecognisedCounts, shown: string): number {
  if (marker === 'parts') return 0;
  if (marker === 'sections') return 1;
  if (marker === 'items') return 1 + (/^[\d.]+/u.exec(shown)?.[0].split('.').filter((part) => part !== '').length ?? 1);
  if (marker === 'points') return 20;
  return shown.startsWith('+') ? 22 : 21;
}

/** The reading of one import's tasks: the units they name, the tasks written under their items, and what stayed prose. */
class TaskReading {
  written = 0;
  unreadLeads = 0;
  deadlinesInProse = 0;
  /** The ids of the catalogs' units that written tasks name. */
  readonly catalogUnits = new Set<string>();
  private readonly unitPlaces = new Map<TaskUnit, OriginalPlace>();
  /** The headings above the block being read that name a unit ("1. Sở Y tế:"), outermost first. */
  private readonly headings: { level: number; unit: TaskUnit }[] = [];
  private nextNumber = 1;

  constructor(
    readonly book: UnitBook,
    private readonly taken: Set<string>,
    private readonly planDate: CivilDate | undefined,
  ) {}

  /** Where a unit the import declares was first named: its declaration maps there. */
  placeOf(unit: TaskUnit): OriginalPlace {
    return this.unitPlaces.get(unit) ?? { paragraph: 1, column: 0 };
  }

  /**
   * Writes the tasks of an item's words after them, so each is the item's task. An item of one
   * paragraph without a closing stop is left alone: a task under it would make it a title.
   */
  writeTasksOf(writer: PlanWriter, block: Block): void {
    while (this.headings.length > 0 && this.headings[this.headings.length - 1]!.level >= block.level) this.headings.pop();
    const found = tasksOfBlock(block.text, this.book, this.planDate, this.headings[this.headings.length - 1]?.unit);
    const named = headingUnitOf(block.text, this.book);
    if (named) this.headings.push({ level: block.level, unit: named });
    this.unreadLeads += found.unread;
    this.deadlinesInProse += found.deadlinesInProse;
    const wouldBeTitle = block.paragraphs === 1 && !TERMINAL.test(block.first);
    for (const task of found.tasks) {
      const id = this.freeId();
      const text = wouldBeTitle ? undefined : writeTask(id, task, '  ');
      if (text === undefined) {
        this.unreadLeads++;
        if (task.deadline) this.deadlinesInProse++;
        continue;
      }
      this.taken.add(id);
      this.written++;
      writer.add(`\n${text}`, block.place);
      for (const unit of [task.lead, ...task.helpers]) {
        this.book.use(unit);
        if (!unit.declared) this.catalogUnits.add(unit.id);
        else if (!this.unitPlaces.has(unit)) this.unitPlaces.set(unit, block.place);
      }
    }
  }

  /** NV1, NV2 …: the next task id no declaration of the workspace has. */
  private freeId(): string {
    while (this.taken.has(`NV${this.nextNumber}`)) this.nextNumber++;
    return `NV${this.nextNumber++}`;
  }
}

// ------------------------------------------------------------------------------ footer

function writeFooter(writer: PlanWriter, footer: RecognisedFooter, counts: RecognisedCounts, pieces: RolePiece[]): void {
  const headingPlace = footer.heading ? placeOf(footer.heading) : { paragraph: footer.start, column: 0 };
  if (footer.heading) pieces.push({ ...footer.heading, role: 'recipients-heading' });
  if (footer.recipients.length > 0) {
    writer.add('\nnơi nhận:\n', headingPlace);
    for (const recipient of footer.recipients) {
      writer.add('  - ', placeOf(recipient));
      copyFlat(writer, recipient.text, placeOf(recipient));
      writer.add('\n', placeOf(recipient));
      pieces.push({ ...recipient, role: 'recipient' });
      counts.recipients++;
    }
  }
  if (footer.signer.length > 0) {
    writer.add('\nký: ', placeOf(footer.signer[0]!.piece));
    footer.signer.forEach(({ piece, role }, i) => {
      if (i > 0) writer.add(' / ', placeOf(piece));
      // The signer's parts are cut at "/", so one written inside a part becomes a blank.
      copyFlat(writer, piece.text.replace(/\//gu, ' '), placeOf(piece));
      pieces.push({ ...piece, role });
      counts.signerParts++;
    });
    writer.add('\n', placeOf(footer.signer[footer.signer.length - 1]!.piece));
  }
}

// ------------------------------------------------------------------------------ copying text

interface Replacement {
  /** Columns [start, end) of the citation in the paragraph's text. */
  start: number;
  end: number;
  declaration: DeclaredDocument;
  /** Whether this is the citation that declares the document (its first). */
  first: boolean;
  /** Whether a file of the workspace declares the document already, so the import does not. */
  known?: boolean;
}

/**
 * The citations of the prose that are written exactly as the compiler prints a document in full,
 * each document once under one id: "Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh" becomes
 * `văn bản KH30: …` and `@@KH30`. Citations on one line of the original only; a line's leading
 * blanks are skipped as the body skips them.
 */
function citedDocuments(paragraphs: readonly OriginalParagraph[], known: ReadonlyMap<string, KnownDocument>, ids: Set<string>): Map<number, Replacement[]> {
  const byNumber = new Map<string, DeclaredDocument>();
  const result = new Map<number, Replacement[]>();
  for (const paragraph of paragraphs) {
    const leading = paragraph.text.length - paragraph.text.trimStart().length;
    const text = paragraph.text.trim();
    if (text.length > 20_000) continue;
    for (const { citation, problems } of findCitations(text)) {
      if (problems.length > 0 || !citation.date || !citation.issuer) continue;
      const phrase = text.slice(citation.span.start, citation.span.end);
      if (formatCitation(citation, 'full') !== phrase) continue;
      const key = `${citation.typeName} ${citation.number.normalised}`;
      const declaredThere = known.get(key);
      if (declaredThere) {
        // A document a catalog declares is referred to where the prose writes it as that catalog
        // does, so the build prints the same words; written otherwise, it stays prose. Never declared again.
        if (declaredThere.phrase === phrase) {
          const list = result.get(paragraph.index) ?? [];
          list.push({ start: leading + citation.span.start, end: leading + citation.span.end, declaration: { id: declaredThere.id, phrase, place: { paragraph: paragraph.index, column: leading + citation.span.start } }, first: false, known: true });
          result.set(paragraph.index, list);
        }
        continue;
      }
      let declaration = byNumber.get(key);
      const first = declaration === undefined;
      if (!declaration) {
        declaration = { id: uniqueId(citation.number.typeAbbreviation ?? 'VB', citation.number.serial ?? '', citation.number.year, ids), phrase, place: { paragraph: paragraph.index, column: leading + citation.span.start } };
        byNumber.set(key, declaration);
      } else if (declaration.phrase !== phrase) continue;
      const list = result.get(paragraph.index) ?? [];
      list.push({ start: leading + citation.span.start, end: leading + citation.span.end, declaration, first });
      result.set(paragraph.index, list);
    }
  }
  return result;
}

/** "KH30", "ND30-2020", "CV5451": letters of the symbol's type without diacritics, the serial, the year; "-2" and on when taken. */
function uniqueId(type: string, serial: string, year: number | undefined, taken: Set<string>): string {
  const letters = foldKey(type).replace(/[^a-z]/gu, '').toUpperCase() || 'VB';
  const base = `${letters}${serial.replace(/\D/gu, '')}${year !== undefined ? `-${year}` : ''}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Copies prose, writing `@@ID` for each citation the import declared. */
function copyWithReferences(writer: PlanWriter, text: string, place: OriginalPlace, replacements: readonly Replacement[]): void {
  let from = 0;
  for (const replacement of replacements) {
    const start = replacement.start - place.column;
    const end = replacement.end - place.column;
    if (start < from || end > text.length) continue;
    copyProse(writer, text.slice(from, start), { paragraph: place.paragraph, column: place.column + from });
    writer.add(`@@${replacement.declaration.id}`, { paragraph: place.paragraph, column: replacement.start });
    from = end;
  }
  copyProse(writer, text.slice(from), { paragraph: place.paragraph, column: place.column + from });
}

/** Copies a value on one line: a soft line break in a Word paragraph becomes a blank. */
function copyFlat(writer: PlanWriter, text: string, place: OriginalPlace): void {
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
    writer.copy(text.slice(from, at), { paragraph: place.paragraph, column: place.column + from });
    writer.add(' ', { paragraph: place.paragraph, column: place.column + at });
    from = at + 1;
  }
  writer.copy(text.slice(from), { paragraph: place.paragraph, column: place.column + from });
}

/** Copies prose: an "@" that would start a reference is written `\@`, so it prints as itself. */
function copyProse(writer: PlanWriter, text: string, place: OriginalPlace): void {
  const at = /(?<![\p{L}\p{N}])@/gu;
  let from = 0;
  for (let found = at.exec(text); found; found = at.exec(text)) {
    copyFlat(writer, text.slice(from, found.index), { paragraph: place.paragraph, column: place.column + from });
    writer.add('\\', { paragraph: place.paragraph, column: place.column + found.index });
    from = found.index;
  }
  copyFlat(writer, text.slice(from), { paragraph: place.paragraph, column: place.column + from });
}

