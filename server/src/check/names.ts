/**
 * Capitals of proper names (Nghị định 30/2020, Phụ lục II): names of agencies and organisations
 * (IV), offices before the office's name (V.3), administrative and geographic names (III), and one
 * name written two ways in one document. Every name judged is a known one: the curated names of
 * names.json, the issuers of the built-in catalog and the units the workspace declares, so a
 * common noun that merely looks like a name ("các sở, ngành", "ủy ban các cấp", "ban hành") is never
 * touched. Every fix changes capitals only: the letters, tone marks and spaces stay as written.
 */
import type { Finding } from '../base/diagnostic';
import { BUILTIN_ENTRIES } from '../cite/builtin-catalog';
import type { PlanFile, TextValue } from '../model/ast';
import type { Declared, Workspace } from '../model/workspace';
import { fieldOf } from '../model/walk';
import type { CheckContext } from './context';
import { PieceReading, type PieceResult } from './memo';
import names from './names.json';
import type { Analysis } from './rule';
import { finding, fix, proseSpans } from './support';

/**
 * Lower case, with the tone of an open "oa", "oe", "uy" on the second vowel as the old style puts
 * it ("hoá" and "hóa" fold alike). Each change keeps the length, so offsets in the folded text are
 * offsets in the text.
 */
function fold(text: string): string {
  return text.toLowerCase().replace(/([oòóỏõọ])([aàáảãạeèéẻẽẹ])|([uùúủũụ])([yỳýỷỹỵ])/gu, (pair: string) => {
    const [first, second] = [...pair] as [string, string];
    const mark = toneOf(first) ?? toneOf(second);
    return bare(first) + (mark ? `${bare(second)}${mark}`.normalize('NFC') : bare(second));
  });
}

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function toneOf(letter: string): string | undefined {
  return [...letter.normalize('NFD')].find((char) => TONES.includes(char));
}

function bare(letter: string): string {
  return [...letter.normalize('NFD')].filter((char) => !TONES.includes(char)).join('').normalize('NFC');
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** How far a word after a kind or an office is looked for: longer than any word, so a long paragraph is never sliced to its end. */
const WORD_LOOKAHEAD = 40;
const WORD = /[\p{L}\p{M}]+/gu;

/** Names by their first folded word, longest first, for a lookup at each word of a text. */
class NameIndex {
  private readonly byFirst = new Map<string, { name: string; folded: string }[]>();

  constructor(list: Iterable<string>) {
    const seen = new Set<string>();
    for (const name of list) {
      const folded = fold(name);
      if (folded.length !== name.length || seen.has(folded)) continue;
      seen.add(folded);
      const first = folded.split(/[^\p{L}\p{M}]/u)[0]!;
      const entries = this.byFirst.get(first);
      if (entries) entries.push({ name, folded });
      else this.byFirst.set(first, [{ name, folded }]);
    }
    for (const entries of this.byFirst.values()) entries.sort((a, b) => b.folded.length - a.folded.length);
  }

  has(name: string): boolean {
    return this.byFirst.get(fold(name).split(/[^\p{L}\p{M}]/u)[0]!)?.some((entry) => entry.folded === fold(name)) ?? false;
  }

  /** The longest name that the folded text holds at `at`, a whole word at each end. */
  matchAt(folded: string, at: number, word: string): string | undefined {
    for (const entry of this.byFirst.get(word) ?? []) {
      if (folded.startsWith(entry.folded, at) && !LETTER.test(folded[at + entry.folded.length] ?? ' ')) return entry.name;
    }
    return undefined;
  }
}

/** The words for the type of an agency that open its name ("Sở", "Trung tâm", "Ủy ban"). */
const AGENCY_KINDS = new NameIndex(names.agencyKinds);

function startsWithKind(name: string): boolean {
  const folded = fold(name);
  return AGENCY_KINDS.matchAt(folded, 0, folded.split(' ')[0]!) !== undefined;
}

/** Issuers of the built-in catalog that name one agency (not an office, not two bodies). */
const CATALOG_ISSUERS = [...new Set(BUILTIN_ENTRIES.flatMap((entry) => (entry.issuer ? [entry.issuer] : [])))].filter((issuer) => !issuer.includes(',') && startsWithKind(issuer));

const AGENCIES = new NameIndex([...names.agencies, ...CATALOG_ISSUERS]);
const OFFICES = new NameIndex(names.offices);
const PLACES = new NameIndex([...names.provinces, ...names.countries]);
/** Kinds of administrative unit, written lower case before the unit's name (Phụ lục II, III). */
const UNIT_KIND_WORDS = new Set(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn']);
const UNIT_KINDS = new NameIndex(UNIT_KIND_WORDS);
/** Kinds of unit whose names are places, not people or events, so any capitalised name after them is a place. */
const RURAL_UNITS = new Set(['tỉnh', 'huyện', 'thị xã', 'xã', 'thị trấn']);
/** Two or more syllables, each capitalised and none in capitals only: "Triệu Sơn", not "UBND" or "Hội đồng". */
const CAPITALISED_NAME = /^\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+)+(?![\p{L}\p{M}])/u;
/** The special cases of Phụ lục II, III, whose kind keeps its capital. */
const CAPITALISED_UNITS = new Set(['thành phố hồ chí minh']);
/** Bodies an office is held in, besides the agencies: the abbreviations plans write and the State itself. */
const OFFICE_BODIES = /^(?:UBND|HĐND|UBMTTQ(?:VN)?|nước(?![\p{L}\p{M}]))/u;
/** A plural or distributive word before a title or a kind makes it a common noun: "các chủ tịch". */
const PLURAL = /(?:^|[^\p{L}\p{M}])(?:các|những|mọi|mỗi|từng)\s+$/u;

function isAllCaps(text: string): boolean {
  return text === text.toUpperCase();
}

function startsUpper(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** `written` with the capitals of `model` (same letters, same length): only the case changes. */
function recase(written: string, model: string): string {
  let result = '';
  for (let i = 0; i < written.length; i++) {
    const char = written[i]!;
    result += model[i] === model[i]!.toUpperCase() && model[i] !== model[i]!.toLowerCase() ? char.toUpperCase() : char.toLowerCase();
  }
  return result;
}

/** Whether `at` starts a sentence: nothing but blanks, quotes, brackets and bullets since the text's start or an end of sentence. */
function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“”'‘’(\[\-–—+*•]/u.test(text[i]!)) i--;
  return i < 0 || /[.!?:;…]/u.test(text[i]!);
}

/** A piece of text to check: a paragraph's prose or a one-line value, at its normalised offset. */
interface Piece {
  text: string;
  start: number;
}

/** One occurrence of a phrase that starts with a kind of agency, for the consistency check. */
interface Phrase {
  key: string;
  written: string;
  /** The normalised offset of its first character, from its piece's start. */
  start: number;
  /** Where the words after the kind start, in the phrase: the kind's own capital follows the sentence. */
  rest: number;
}

/**
 * The words before one abbreviation in brackets, each with its folded form and normalised offset
 * (from its piece's start while the piece is read, in the file after).
 */
interface DefinedName {
  abbreviation: string;
  words: { written: string; folded: string; start: number }[];
}

/** An abbreviation in brackets after the name it stands for: "(PGI)", "(UBND)", "(OCOP)". */
const ABBREVIATION = /\((\p{Lu}[\p{Lu}\d&-]+)\)/gu;

/** What a piece tells the document-wide checks of names: its phrases after a kind of agency and its defined names. */
interface NameFacts {
  phrases: Phrase[];
  definedNames: DefinedName[];
}

/** The units of the workspace that read as agencies, their index, and their names for the memo's environment. */
interface DeclaredAgencies {
  index: NameIndex;
  key: readonly string[];
}

/**
 * The units the workspace declares whose names read as an agency's ("Trung tâm Kiểm soát bệnh tật
 * tỉnh"), indexed once per revision of the workspace's declarations (allDeclarations gives one list
 * per revision): every file of a workspace is checked against the same units.
 */
const declaredAgencies = new WeakMap<Workspace, { declared: readonly Declared[]; agencies: DeclaredAgencies }>();

function agenciesDeclaredIn(workspace: Workspace): DeclaredAgencies {
  const declared = workspace.allDeclarations();
  const known = declaredAgencies.get(workspace);
  if (known?.declared === declared) return known.agencies;
  const names: string[] = [];
  for (const { declaration } of declared) {
    if (declaration.kind !== 'unit') continue;
    const name = declaration.name.text.trim();
    const words = name.split(/\s+/u);
    if (words.length >= 2 && startsUpper(name) && !isAllCaps(name) && startsWithKind(name) && words.slice(1).some(startsUpper) && !AGENCIES.has(name)) names.push(name);
  }
  const agencies = { index: new NameIndex(names), key: names };
  declaredAgencies.set(workspace, { declared, agencies });
  return agencies;
}

/**
 * The places of the file's header: the name after the last kind of unit in the agencies' lines
 * ("ỦY BAN NHÂN DÂN XÃ DÂN LỰC" gives "Dân Lực"), and the place of issue when each syllable is
 * capitalised.
 */
function headerPlaces(file: PlanFile): string[] {
  const places: string[] = [];
  const header = file.header;
  if (!header) return places;
  for (const key of ['agency', 'parentAgency'] as const) {
    const value = fieldOf(header, key)?.value.text.normalize('NFC').trim();
    if (!value) continue;
    const words = value.split(/\s+/u);
    // From the end, over the words in capitals, to the first kind of unit before them.
    for (let at = words.length - 1; at > 0 && /^[\p{Lu}\p{M}]+$/u.test(words[at]!); at--) {
      const one = words[at - 1]!.toLowerCase();
      const two = at > 1 ? `${words[at - 2]!.toLowerCase()} ${one}` : '';
      if (UNIT_KIND_WORDS.has(one) || UNIT_KIND_WORDS.has(two)) {
        places.push(words.slice(at).map((word) => word[0]! + word.slice(1).toLowerCase()).join(' '));
        break;
      }
    }
  }
  const place = fieldOf(header, 'place')?.value.text.trim();
  if (place && place.split(/\s+/u).every(startsUpper) && !isAllCaps(place)) places.push(place);
  return places;
}

class NameCheck {
  readonly findings: Finding[] = [];
  /** The phrases of every piece, offsets from their piece's start, which `phraseBases` gives for each: a plan of a megabyte has tens of thousands. */
  private readonly phrases: Phrase[] = [];
  private readonly phraseBases: number[] = [];
  readonly definedNames: DefinedName[] = [];
  private readonly agencies: NameIndex;
  private readonly places: NameIndex;
  private readonly extraAgencies: NameIndex;
  private readonly extraPlaces: NameIndex;
  /**
   * The pieces read, through the memo when the check has one. A piece's findings depend on its
   * text and on the names known beside the lists: the workspace's agencies and the header's
   * places, which make the environment.
   */
  readonly reading: PieceReading<NameFacts>;
  /** What the piece being read has found so far. */
  private piece: PieceResult<NameFacts> = { findings: [], facts: { phrases: [], definedNames: [] } };

  constructor(private readonly file: PlanFile, context: CheckContext) {
    this.agencies = AGENCIES;
    this.places = PLACES;
    const declared = agenciesDeclaredIn(context.workspace);
    const places = headerPlaces(file);
    this.extraAgencies = declared.index;
    this.extraPlaces = new NameIndex(places);
    // As JSON, since a name may hold any character, a NUL too: two lists read alike only when they are alike.
    this.reading = new PieceReading(context.memo, file.source, 'names', JSON.stringify([declared.key, places]));
  }

  /** Reads one piece, or takes what the last check found in the same text, and adds its findings and facts at the piece's offset. */
  read(piece: Piece): void {
    const compute = () => {
      this.piece = { findings: [], facts: { phrases: [], definedNames: [] } };
      this.check(piece);
      return this.piece;
    };
    const facts = this.reading.read(piece.text, piece.start, compute, this.findings);
    for (const phrase of facts.phrases) {
      this.phrases.push(phrase);
      this.phraseBases.push(piece.start);
    }
    for (const name of facts.definedNames) {
      this.definedNames.push({ abbreviation: name.abbreviation, words: name.words.map((word) => ({ ...word, start: piece.start + word.start })) });
    }
  }

  private agencyAt(folded: string, at: number, word: string): string | undefined {
    const curated = this.agencies.matchAt(folded, at, word);
    const declared = this.extraAgencies.matchAt(folded, at, word);
    if (!curated) return declared;
    return declared && declared.length > curated.length ? declared : curated;
  }

  private placeAt(folded: string, at: number, word: string): string | undefined {
    return this.places.matchAt(folded, at, word) ?? this.extraPlaces.matchAt(folded, at, word);
  }

  private report(code: 'capitalisation/agency-name' | 'capitalisation/office' | 'capitalisation/place-name' | 'capitalisation/admin-unit', piece: Piece, at: number, written: string, right: string, message: { vi: string; en: string }): void {
    const location = this.file.source.locate(piece.start + at, piece.start + at + written.length);
    this.piece.findings.push(
      finding(code, message, location, [fix({ vi: `Sửa thành "${right}"`, en: `Change to "${right}"` }, [{ start: location.start, end: location.end, newText: right }], true)]),
    );
  }

  private check(piece: Piece): void {
    const { text } = piece;
    const folded = fold(text);
    this.collectDefinedNames(piece, folded);
    let consumed = 0;
    for (const match of text.matchAll(WORD)) {
      const at = match.index;
      if (at < consumed || LETTER.test(text[at - 1] ?? ' ')) continue;
      const word = folded.slice(at, at + match[0].length);
      const office = this.checkOffice(piece, folded, at, word);
      if (office) {
        consumed = at + office.length;
        continue;
      }
      const agency = this.agencyAt(folded, at, word);
      if (agency) {
        this.checkAgency(piece, at, agency);
        consumed = at + agency.length;
        continue;
      }
      const kind = UNIT_KINDS.matchAt(folded, at, word);
      if (kind) {
        const nameAt = at + kind.length + 1;
        const nextWord = /^[\p{L}\p{M}]+/u.exec(folded.slice(nameAt, nameAt + WORD_LOOKAHEAD))?.[0];
        const place = text[at + kind.length] === ' ' && nextWord ? this.placeAt(folded, nameAt, nextWord) : undefined;
        if (place) {
          this.checkUnitName(piece, nameAt, place);
          this.checkUnitKind(piece, at, kind, nameAt, place);
          consumed = nameAt + place.length;
          continue;
        }
        // A unit of a province, a district or a commune the lists do not hold, named by two or more
        // capitalised syllables ("Huyện Triệu Sơn"); wards and urban districts are left out, since
        // those named after a person or an event keep the capital on their kind ("Phường Điện Biên Phủ").
        const name = text[at + kind.length] === ' ' && RURAL_UNITS.has(fold(kind)) ? CAPITALISED_NAME.exec(text.slice(nameAt, nameAt + 100))?.[0] : undefined;
        if (name && !(fold(kind) === 'xã' && /^hội\b/u.test(fold(name)))) {
          this.checkUnitKind(piece, at, kind, nameAt, name);
          consumed = nameAt + name.length;
          continue;
        }
      }
      const place = this.places.matchAt(folded, at, word);
      if (place && place.includes(' ')) {
        this.checkBarePlace(piece, at, place);
        consumed = at + place.length;
        continue;
      }
      const agencyKind = startsUpper(match[0]) ? AGENCY_KINDS.matchAt(folded, at, word) : undefined;
      if (agencyKind) this.collectPhrases(piece, folded, at, agencyKind);
    }
  }

  /** "thủ tướng Chính phủ", "Phó chủ tịch UBND tỉnh": a title before the name of its office. */
  private checkOffice(piece: Piece, folded: string, at: number, word: string): string | undefined {
    const office = OFFICES.matchAt(folded, at, word);
    if (!office) return undefined;
    const { text } = piece;
    const written = text.slice(at, at + office.length);
    if (recase(written, office) === written || isAllCaps(written) || PLURAL.test(text.slice(Math.max(0, at - 8), at))) return office;
    const bodyAt = at + office.length + 1;
    if (text[bodyAt - 1] !== ' ') return office;
    const bodyWord = /^[\p{L}\p{M}]+/u.exec(folded.slice(bodyAt, bodyAt + WORD_LOOKAHEAD))?.[0] ?? '';
    const body = this.agencyAt(folded, bodyAt, bodyWord);
    const abbreviation = OFFICE_BODIES.exec(text.slice(bodyAt, bodyAt + WORD_LOOKAHEAD))?.[0];
    if (!body && !abbreviation) return office;
    if (abbreviation === 'nước' && !/chủ tịch$/u.test(fold(office))) return office;
    const right = recase(written, office);
    this.report('capitalisation/office', piece, at, written, right, {
      vi: `Chức vụ đứng trước tên cơ quan viết hoa như tên riêng (Nghị định 30, Phụ lục II, V.3): "${right}".`,
      en: `An office before the name of its agency is capitalised as a name (Decree 30, Annex II, V.3): "${right}".`,
    });
    return office;
  }

  /** A known agency written with other capitals: "Bộ tài nguyên và môi trường", "Hội đồng Nhân dân". */
  private checkAgency(piece: Piece, at: number, agency: string): void {
    const { text } = piece;
    const written = text.slice(at, at + agency.length);
    if (recase(written, agency) === written || isAllCaps(written) || !startsUpper(written)) return;
    // "các Trung tâm y tế" names no one body: its capital is a slip of another kind, not a name to complete.
    if (PLURAL.test(text.slice(Math.max(0, at - 8), at))) return;
    // "Đoàn thanh niên …" opening a sentence may be the common noun; a Bộ or a Sở with its field is always a name.
    const onlyFirst = written.slice(1) === written.slice(1).toLowerCase();
    if (onlyFirst && atSentenceStart(text, at) && !/^(?:bộ|sở) /u.test(fold(agency))) return;
    const right = recase(written, agency);
    this.report('capitalisation/agency-name', piece, at, written, right, {
      vi: `Tên cơ quan, tổ chức viết hoa chữ đầu của các từ chỉ loại hình và chức năng, lĩnh vực (Nghị định 30, Phụ lục II, IV): "${right}".`,
      en: `An agency's name capitalises the first letter of the words for its type and its function or field (Decree 30, Annex II, IV): "${right}".`,
    });
  }

  /** "tỉnh quảng Ngãi": a known place after the kind of its unit, with other capitals. */
  private checkUnitName(piece: Piece, nameAt: number, place: string): void {
    const written = piece.text.slice(nameAt, nameAt + place.length);
    if (recase(written, place) === written || isAllCaps(written)) return;
    const right = recase(written, place);
    this.report('capitalisation/place-name', piece, nameAt, written, right, {
      vi: `Tên riêng của đơn vị hành chính, địa danh viết hoa chữ đầu của mọi âm tiết (Nghị định 30, Phụ lục II, III): "${right}".`,
      en: `The proper name of an administrative unit or place capitalises every syllable (Decree 30, Annex II, III): "${right}".`,
    });
  }

  /** "UBND Huyện Sơn Tịnh": the kind of a unit capitalised in mid-sentence before the unit's name. */
  private checkUnitKind(piece: Piece, at: number, kind: string, nameAt: number, name: string): void {
    const { text } = piece;
    const writtenKind = text.slice(at, at + kind.length);
    const longer = /^\s+\p{Lu}/u.test(text.slice(nameAt + name.length, nameAt + name.length + WORD_LOOKAHEAD));
    if (!startsUpper(writtenKind) || isAllCaps(writtenKind) || longer || atSentenceStart(text, at)) return;
    if (CAPITALISED_UNITS.has(fold(text.slice(at, nameAt + name.length)))) return;
    const right = writtenKind.toLowerCase();
    this.report('capitalisation/admin-unit', piece, at, writtenKind, right, {
      vi: `Danh từ chung chỉ đơn vị hành chính đứng trước tên riêng viết thường (Nghị định 30, Phụ lục II, III): "${right} ${text.slice(nameAt, nameAt + name.length)}".`,
      en: `The common noun for an administrative unit before its name is written in lower case (Decree 30, Annex II, III): "${right} ${text.slice(nameAt, nameAt + name.length)}".`,
    });
  }

  /** "Trung quốc", "Quảng ngãi" in mid-sentence: a known place with a syllable left lower case. */
  private checkBarePlace(piece: Piece, at: number, place: string): void {
    const { text } = piece;
    const written = text.slice(at, at + place.length);
    if (recase(written, place) === written || isAllCaps(written) || !startsUpper(written) || atSentenceStart(text, at)) return;
    const right = recase(written, place);
    this.report('capitalisation/place-name', piece, at, written, right, {
      vi: `Tên riêng của địa danh, quốc gia viết hoa chữ đầu của mọi âm tiết (Nghị định 30, Phụ lục II, III): "${right}".`,
      en: `The proper name of a place or country capitalises every syllable (Decree 30, Annex II, III): "${right}".`,
    });
  }

  /** The phrases of one to seven words after a capitalised kind of agency, joined by single spaces. */
  private collectPhrases(piece: Piece, folded: string, at: number, kind: string): void {
    const { text } = piece;
    const words = /^(?: [\p{L}\p{M}]+){1,7}/u.exec(text.slice(at + kind.length, at + kind.length + 200))?.[0].slice(1).split(' ');
    if (!words) return;
    let length = kind.length;
    for (const word of words) {
      length += 1 + word.length;
      const written = text.slice(at, at + length);
      if (isAllCaps(written) || LETTER.test(text[at + length] ?? ' ')) continue;
      this.piece.facts.phrases.push({ key: folded.slice(at, at + length), written, start: at, rest: kind.length + 1 });
    }
  }

  /**
   * The words before an abbreviation in brackets, "Chỉ số xanh cấp tỉnh (PGI)": a name the document
   * defines, up to eight words back to the nearest punctuation.
   */
  private collectDefinedNames(piece: Piece, folded: string): void {
    const { text } = piece;
    for (const match of text.matchAll(ABBREVIATION)) {
      const before = text.slice(Math.max(0, match.index - 120), match.index);
      const clause = /[^.,;:!?()"“”\[\]]*$/u.exec(before)![0];
      const words = [...clause.matchAll(WORD)].slice(-8);
      if (words.length < 2 || /\S/u.test(clause.slice(words.at(-1)!.index + words.at(-1)![0].length))) continue;
      const offset = match.index - clause.length;
      this.piece.facts.definedNames.push({
        abbreviation: match[1]!,
        words: words.map((word) => ({ written: word[0], folded: folded.slice(offset + word.index, offset + word.index + word[0].length), start: offset + word.index })),
      });
    }
  }

  /**
   * A name defined with an abbreviation and written two ways: the words the occurrences of one
   * abbreviation share at their end are compared, but for the first one's capital, which a
   * sentence may give. The form most occurrences use wins; on a tie, the one with fewer capitals,
   * since a name other than an agency's capitalises its first syllable only (Phụ lục II, V.6, V.10).
   */
  checkDefinedNames(): void {
    const byAbbreviation = new Map<string, DefinedName[]>();
    for (const name of this.definedNames) {
      const list = byAbbreviation.get(name.abbreviation);
      if (list) list.push(name);
      else byAbbreviation.set(name.abbreviation, [name]);
    }
    for (const names of byAbbreviation.values()) {
      if (names.length < 2) continue;
      let shared = names.reduce((least, name) => Math.min(least, name.words.length), Infinity);
      for (let k = 1; k <= shared; k++) {
        const foldedWord = names[0]!.words.at(-k)!.folded;
        if (names.some((name) => name.words.at(-k)!.folded !== foldedWord)) {
          shared = k - 1;
          break;
        }
      }
      if (shared < 2) continue;
      const occurrences = names.map((name) => {
        const words = name.words.slice(-shared);
        const start = words[0]!.start;
        const end = words.at(-1)!.start + words.at(-1)!.written.length;
        const written = this.file.source.text.slice(start, end);
        return { start, written, rest: words[0]!.written.length };
      });
      // A heading in capitals says nothing of how the name is capitalised.
      const cased = occurrences.filter((occurrence) => !isAllCaps(occurrence.written));
      const forms = new Map<string, number>();
      for (const occurrence of cased) forms.set(occurrence.written.slice(occurrence.rest), (forms.get(occurrence.written.slice(occurrence.rest)) ?? 0) + 1);
      if (forms.size < 2) continue;
      const capitals = (form: string) => (form.match(/\p{Lu}/gu) ?? []).length;
      const [wanted, count] = [...forms].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]))[0]!;
      for (const occurrence of cased) {
        const rest = occurrence.written.slice(occurrence.rest);
        if (rest === wanted || rest.length !== wanted.length) continue;
        this.reportInconsistent(occurrence.start, occurrence.written, occurrence.written.slice(0, occurrence.rest) + recase(rest, wanted), count > 1 ? 'majority' : 'fewer-capitals', count);
      }
    }
  }

  private reportInconsistent(start: number, written: string, right: string, why: 'majority' | 'first' | 'fewer-capitals', count: number): void {
    const location = this.file.source.locate(start, start + written.length);
    const where = {
      majority: { vi: `như ${count} chỗ khác`, en: `as in ${count} other places` },
      first: { vi: 'như chỗ đầu tiên', en: 'as where it first appears' },
      'fewer-capitals': { vi: 'chỉ viết hoa âm tiết đầu', en: 'with only its first syllable capitalised' },
    }[why];
    this.findings.push(
      finding(
        'capitalisation/inconsistent',
        {
          vi: `Cùng một tên được viết hoa hai cách trong văn bản: viết "${right}", ${where.vi}.`,
          en: `One name is capitalised two ways in the document: write "${right}", ${where.en}.`,
        },
        location,
        [fix({ vi: `Sửa thành "${right}"`, en: `Change to "${right}"` }, [{ start: location.start, end: location.end, newText: right }], true)],
      ),
    );
  }

  /**
   * One name written two ways: phrases alike but for their capitals after the kind, each
   * occurrence compared in the longest phrase it shares with another one (the name, not the words
   * after it, which differ). The form most occurrences use wins, the first one met on a tie. Known names and the
   * workspace's units never get here: capitalisation/agency-name judges them against their form.
   */
  checkConsistency(): void {
    // Each phrase by its index, which gives its piece's start in phraseBases.
    const byKey = new Map<string, number[]>();
    for (let i = 0; i < this.phrases.length; i++) {
      const key = this.phrases[i]!.key;
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
    // The longest phrase that differs says the most; a shorter one at the same place is left out.
    const reported = new Map<number, { written: string; right: string; why: 'majority' | 'first'; count: number }>();
    for (const indexes of byKey.values()) {
      const phrases = indexes.map((i) => this.phrases[i]!);
      const forms = new Map<string, number>();
      for (const phrase of phrases) forms.set(phrase.written.slice(phrase.rest), (forms.get(phrase.written.slice(phrase.rest)) ?? 0) + 1);
      if (forms.size < 2) continue;
      const ranked = [...forms].sort((a, b) => b[1] - a[1]);
      const why = ranked[0]![1] > ranked[1]![1] ? 'majority' : 'first';
      const wanted = why === 'majority' ? ranked[0]![0] : phrases[0]!.written.slice(phrases[0]!.rest);
      phrases.forEach((phrase, k) => {
        const rest = phrase.written.slice(phrase.rest);
        if (rest === wanted || rest.length !== wanted.length) return;
        const start = this.phraseBases[indexes[k]!]! + phrase.start;
        const earlier = reported.get(start);
        if (earlier && earlier.written.length >= phrase.written.length) return;
        reported.set(start, { written: phrase.written, right: phrase.written.slice(0, phrase.rest) + recase(rest, wanted), why, count: forms.get(wanted) ?? 0 });
      });
    }
    for (const [start, { written, right, why, count }] of reported) this.reportInconsistent(start, written, right, why, count);
  }
}

function pieceOf(value: TextValue): Piece {
  return { text: value.text, start: value.base };
}

/** The names in the header's agencies and title, the declarations of documents and units, the prose and the recipients. */
export const namesAnalysis: Analysis = (context: CheckContext): Finding[] => {
  const { file } = context;
  if (context.workspace.isBuiltin(file.uri)) return [];
  const check = new NameCheck(file, context);
  for (const key of ['parentAgency', 'agency', 'title'] as const) {
    const field = file.header && fieldOf(file.header, key);
    if (field) check.read(pieceOf(field.value));
  }
  for (const declaration of file.declarations) {
    if (declaration.kind === 'document') check.read(pieceOf(declaration.phrase));
    if (declaration.kind === 'unit') check.read(pieceOf(declaration.name));
  }
  if (!file.isCatalog) for (const span of proseSpans(file, context.memo)) check.read(span);
  for (const entry of file.recipients?.entries ?? []) check.read(pieceOf(entry.value));
  check.reading.finish();
  check.checkConsistency();
  check.checkDefinedNames();
  return check.findings;
};
