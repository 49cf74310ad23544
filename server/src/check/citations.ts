/**
 * Citations: each declaration's phrase is parsed and its number, type and date checked; each
 * reference to a document is checked against the plan (dated after it, superseded); citations
 * written out in prose are checked for number defects and compared with the declared documents.
 */
import { type CivilDate, compareDates, daysInMonth, formatVnDate, sameDate } from '../base/civil-date';
import type { Finding, Fix, LocalProblem, Message } from '../base/diagnostic';
import { foldKey, type Location } from '../base/source';
import { formatCitation } from '../cite/format';
import { type Citation, type NumberedCitation, parseCitationPhrase } from '../cite/phrase';
import { SAFE_FIX_CODES } from '../cite/rules';
import { type FoundCitation, findCitations, findLawsCitedByName } from '../cite/scan';
import { parsePlanDate } from '../deadline/parse';
import type { DocumentDecl, PlanFile, TextValue } from '../model/ast';
import { fieldOf, forEachInline } from '../model/walk';
import type { Declared, Workspace } from '../model/workspace';
import type { CheckContext } from './context';
import { PieceReading } from './memo';
import { type CatalogEntry, type DocumentCatalog, lawNameKey } from '../cite/catalog';
import {
  afterPlanFinding,
  catalogsOf,
  citationWordsOf,
  compareWithCatalog,
  entriesOfOtherYears,
  entryFor,
  lawDateText,
  lawMeantBy,
  lawNameDateFinding,
  subjectAfter,
  subjectsAgree,
  supersededFinding,
  type WrittenCitation,
} from './catalog-citations';
import type { Analysis } from './rule';
import { type ProseSpan, proseSpans } from './support';

/** Parsed phrases are cached per declaration node: a node is replaced whenever its file changes. */
const parsedPhrases = new WeakMap<DocumentDecl, ReturnType<typeof parseCitationPhrase>>();

export function citationOf(document: DocumentDecl): Citation | undefined {
  return parsedPhrase(document).citation;
}

function parsedPhrase(document: DocumentDecl): ReturnType<typeof parseCitationPhrase> {
  let parsed = parsedPhrases.get(document);
  if (!parsed) {
    parsed = parseCitationPhrase(document.phrase.text);
    parsedPhrases.set(document, parsed);
  }
  return parsed;
}

/** The issue date of a plan, or for a draft with a blank day the last day it can be. */
export function latestPlanDate(file: PlanFile): CivilDate | undefined {
  const field = file.header && fieldOf(file.header, 'date');
  const parsed = field && parsePlanDate(field.value.text);
  if (!parsed) return undefined;
  if (parsed.exact) return parsed.exact;
  const { year, month } = parsed.earliest;
  return { year, month, day: daysInMonth(year, month) };
}

export const citationAnalysis: Analysis = (context: CheckContext): Finding[] => {
  const { file, workspace } = context;
  const diagnostics: Finding[] = [];
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'document' || declaration.phrase.text.length === 0) continue;
    for (const problem of parsedPhrase(declaration).problems) diagnostics.push(fromLocal(file, declaration.phrase, problem));
  }
  const catalogs = catalogsOf(context);
  if (!workspace.isBuiltin(file.uri)) checkDeclarationsAgainstCatalogs(file, catalogs, diagnostics);
  if (!file.isCatalog) {
    // Whether a document is still in force is judged on the plan's date, or on the day of the
    // check when the plan has none.
    const inForceOn = latestPlanDate(file) ?? context.options.asOf;
    checkReferencedDocuments(file, workspace, catalogs, inForceOn, diagnostics);
    checkProse(context, catalogs, inForceOn, diagnostics);
  }
  return diagnostics;
};

/** Each document the file declares, against what the catalogs know of its number. */
function checkDeclarationsAgainstCatalogs(file: PlanFile, catalogs: readonly DocumentCatalog[], diagnostics: Finding[]): void {
  if (catalogs.length === 0) return;
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'document') continue;
    const citation = citationOf(declaration);
    if (!citation) continue;
    const phrase = declaration.phrase;
    const locate = (start: number, end: number): Location => file.source.locate(phrase.base + start, phrase.base + end);
    if (!citation.number) {
      // A law declared by its name and date ("Luật Ban hành văn bản quy phạm pháp luật ngày …").
      const finding = lawNameDateFinding(catalogs, citation, locate);
      if (finding) diagnostics.push(finding);
      continue;
    }
    const entry = entryFor(catalogs, citation.number.normalised, citation.date?.year);
    if (!entry) continue;
    const title = fieldOf(declaration, 'title');
    const written: WrittenCitation = {
      citation: citation as WrittenCitation['citation'],
      location: locate(citation.span.start, citation.span.end),
      locate,
      ...(title ? { subject: { text: title.value.text, location: file.source.locate(title.value.base, title.value.base + title.value.text.length) } } : {}),
    };
    diagnostics.push(...compareWithCatalog(written, entry));
  }
}

/** The catalog entry of a declared document: by its number, in the year of its date. */
function catalogEntryOf(declaration: DocumentDecl, catalogs: readonly DocumentCatalog[]): CatalogEntry | undefined {
  const citation = citationOf(declaration);
  return citation?.number ? entryFor(catalogs, citation.number.normalised, citation.date?.year) : undefined;
}

/** Whether a declaration states its own status, which then wins over any catalog. */
function statesItsStatus(declaration: DocumentDecl): boolean {
  return fieldOf(declaration, 'status') !== undefined || fieldOf(declaration, 'replacedBy') !== undefined;
}

function fromLocal(file: PlanFile, value: TextValue, problem: LocalProblem): Finding {
  return atLocation(problem, file.source.locate(value.base + problem.start, value.base + problem.end));
}

/** A problem found in a piece of text, placed in the file, with its fix when it has one. */
function atLocation(problem: LocalProblem, location: Location): Finding {
  const finding: Finding = { code: problem.code, message: problem.message, location };
  if (problem.replacement !== undefined) {
    finding.fixes = [
      {
        title: problem.fixTitle ?? { vi: `Sửa thành "${problem.replacement}"`, en: `Change to "${problem.replacement}"` },
        edits: [{ start: location.start, end: location.end, newText: problem.replacement }],
        safe: SAFE_FIX_CODES.has(problem.code),
      },
    ];
  }
  return finding;
}

function checkReferencedDocuments(
  file: PlanFile,
  workspace: Workspace,
  catalogs: readonly DocumentCatalog[],
  inForceOn: CivilDate | undefined,
  diagnostics: Finding[],
): void {
  const planDate = latestPlanDate(file);
  forEachInline(file, (inline, where) => {
    if (inline.kind !== 'ref' || where.kind === 'field' && where.field.key === 'replacedBy') return;
    const declared = workspace.resolveDocument(inline.id, file.uri);
    if (!declared) return;
    const citation = citationOf(declared.declaration);
    if (planDate && citation?.date && compareDates(citation.date, planDate) > 0) {
      diagnostics.push({
        code: 'citation/after-plan',
        message: {
          vi: `Văn bản "${inline.id}" ban hành ngày ${formatVnDate(citation.date)}, sau ngày của kế hoạch: kế hoạch không thể thực hiện một văn bản chưa có.`,
          en: `The document "${inline.id}" is dated ${formatVnDate(citation.date)}, after the plan: a plan cannot implement a document that does not exist yet.`,
        },
        location: inline.idLoc,
      });
    }
    // The built-in catalog's statuses hold from a date, so they are read as of the plan's date
    // from the catalog; a status the user wrote holds as written.
    if (!declared.builtin && statesItsStatus(declared.declaration)) {
      const superseded = supersededMessage(declared, workspace, file.uri);
      if (superseded) diagnostics.push({ code: 'citation/superseded', message: superseded, location: inline.idLoc, tags: ['deprecated'] });
      return;
    }
    const entry = catalogEntryOf(declared.declaration, catalogs);
    const replaceWithReference = (replacement: CatalogEntry): string | undefined =>
      replacement.id && workspace.resolveDocument(replacement.id, file.uri) ? replacement.id : undefined;
    const finding = entry && supersededFinding(catalogs, entry, inForceOn, inline.idLoc, replaceWithReference);
    if (finding) diagnostics.push(finding);
  });
}

const SUPERSEDED_STATUSES = ['het hieu luc', 'bi thay the', 'da bi thay the', 'expired', 'superseded', 'replaced'];

function supersededMessage(declared: Declared<DocumentDecl>, workspace: Workspace, fromUri: string): Message | undefined {
  const status = fieldOf(declared.declaration, 'status');
  const replacement = fieldOf(declared.declaration, 'replacedBy');
  const expired = status && SUPERSEDED_STATUSES.some((word) => foldKey(status.value.text).startsWith(word));
  if (!expired && !replacement) return undefined;
  const replacementRef = replacement?.inlines.find((inline) => inline.kind === 'ref');
  const replacementDocument = replacementRef && workspace.resolveDocument(replacementRef.id, fromUri);
  const replacementCitation = replacementDocument && citationOf(replacementDocument.declaration);
  const replacementWords = replacementCitation
    ? `${formatCitation(replacementCitation, 'full')} (@${replacementRef.id})`
    : replacement?.value.text;
  const id = declared.declaration.id;
  return replacementWords
    ? {
        vi: `Văn bản "${id}" đã bị thay thế bởi ${replacementWords}; hãy dẫn văn bản thay thế.`,
        en: `The document "${id}" was replaced by ${replacementWords}; cite the replacement.`,
      }
    : {
        vi: `Văn bản "${id}" đã hết hiệu lực (${status!.value.text}).`,
        en: `The document "${id}" is no longer in force (${status!.value.text}).`,
      };
}

/**
 * Citations written out in prose: defects in their numbers, and, when the number matches a
 * declared document, disagreements in date or issuer, or an offer to use the reference instead.
 */
function checkProse(context: CheckContext, catalogs: readonly DocumentCatalog[], inForceOn: CivilDate | undefined, diagnostics: Finding[]): void {
  const { file, workspace } = context;
  // The built-in catalog's documents are compared through the catalogs, which know their status.
  const byNumber = new Map<string, Declared<DocumentDecl>>();
  for (const declared of workspace.allDeclarations()) {
    if (declared.declaration.kind !== 'document' || declared.builtin) continue;
    const citation = citationOf(declared.declaration as DocumentDecl);
    if (citation?.number && !byNumber.has(citation.number.normalised)) byNumber.set(citation.number.normalised, declared as Declared<DocumentDecl>);
  }
  // Paragraphs are scanned in the source text with their line breaks and indentation, so a citation
  // wrapped over lines keeps its exact range and its fixes, in CRLF and NFD files alike. A reference
  // ends the words a citation can take, as in the printed text it becomes other words.
  const declaredLaws = lawsDeclaredByName(workspace);
  const stretches = scannedStretches(context);
  const planDate = latestPlanDate(file);
  const shortNamed = new Set(stretches.flatMap((stretch) => stretch.scan.shortNamed));
  for (const { start, words, scan } of stretches) {
    const locate = (from: number, to: number): Location => file.source.locate(start + from, start + to);
    for (const found of scan.citations) {
      for (const problem of found.problems) {
        diagnostics.push(atLocation(problem, locate(problem.start, problem.end)));
      }
      const declared = byNumber.get(found.citation.number.normalised);
      if (!declared) {
        checkProseAgainstCatalogs(found.citation, words, locate, catalogs, planDate, inForceOn, diagnostics);
        continue;
      }
      const location = locate(found.citation.span.start, found.citation.span.end);
      diagnostics.push(...compareWithDeclared(file, workspace, found.citation, declared, location, shortNamed.has(found.citation.number.normalised)));
    }
    for (const law of scan.laws) {
      // A law the workspace declares by name is compared with that declaration, as the drafter's word wins over the catalog's.
      const declared = declaredLaws.get(lawNameKey(law.typeName, law.qualifier ?? ''));
      const finding = declared ? compareLawWithDeclared(law, declared, locate) : lawNameDateFinding(catalogs, law, locate);
      if (finding) diagnostics.push(finding);
    }
  }
}

/** The laws the user's files declare by name and date, without a number, by `lawNameKey`. */
function lawsDeclaredByName(workspace: Workspace): Map<string, Declared<DocumentDecl>[]> {
  const laws = new Map<string, Declared<DocumentDecl>[]>();
  for (const declared of workspace.allDeclarations()) {
    if (declared.declaration.kind !== 'document' || declared.builtin) continue;
    const citation = citationOf(declared.declaration as DocumentDecl);
    if (!citation || citation.number || !citation.type.lawLike || !citation.qualifier || !citation.date) continue;
    const key = lawNameKey(citation.typeName, citation.qualifier);
    const list = laws.get(key);
    if (list) list.push(declared as Declared<DocumentDecl>);
    else laws.set(key, [declared as Declared<DocumentDecl>]);
  }
  return laws;
}

/** A law cited by name and date in prose against the workspace's declarations of a law of that name. */
function compareLawWithDeclared(law: Citation, declared: readonly Declared<DocumentDecl>[], locate: (from: number, to: number) => Location): Finding | undefined {
  if (!law.date || !law.dateSpan) return undefined;
  const meant = lawMeantBy(declared, (candidate) => citationOf(candidate.declaration)?.date, law.date);
  if (!meant) return undefined;
  const right = citationOf(meant.declaration)!.date!;
  const rightText = lawDateText(law, right);
  const id = meant.declaration.id;
  const name = `${law.typeName} ${law.qualifier}`;
  const location = locate(law.dateSpan.start, law.dateSpan.end);
  return {
    code: 'citation/date-mismatch',
    message: {
      vi: `${name} được khai báo (${id}) với ngày ${formatVnDate(right)}, ở đây viết ngày ${formatVnDate(law.date)}.`,
      en: `${name} is declared (${id}) as dated ${formatVnDate(right)}; here it says ${formatVnDate(law.date)}.`,
    },
    location,
    related: [{ uri: meant.uri, location: meant.declaration.idLoc, message: { vi: 'Khai báo', en: 'Declaration' } }],
    fixes: [{ title: { vi: `Sửa ngày thành ${rightText}`, en: `Change the date to ${rightText}` }, edits: [{ start: location.start, end: location.end, newText: rightText }], safe: false }],
  };
}

/**
 * A citation written out in prose that no declaration of the workspace has: compared with the
 * catalogs, and dated against the plan.
 */
function checkProseAgainstCatalogs(
  citation: NumberedCitation,
  words: string,
  locate: (from: number, to: number) => Location,
  catalogs: readonly DocumentCatalog[],
  planDate: CivilDate | undefined,
  inForceOn: CivilDate | undefined,
  diagnostics: Finding[],
): void {
  const location = locate(citation.span.start, citation.span.end);
  if (planDate && citation.date && compareDates(citation.date, planDate) > 0) {
    // The date written is what comes after the plan: it is what the finding points at.
    const dated = citation.dateSpan ? locate(citation.dateSpan.start, citation.dateSpan.end) : location;
    diagnostics.push(afterPlanFinding(citation.number.normalised, citation.date, planDate, dated, undefined));
    return;
  }
  const subjectSpan = subjectAfter(words, citation.span.end);
  const written: WrittenCitation = {
    citation,
    location,
    locate,
    ...(subjectSpan ? { subject: { text: subjectSpan.text, location: locate(subjectSpan.start, subjectSpan.end) } } : {}),
  };
  const entry = entryFor(catalogs, citation.number.normalised, citation.date?.year);
  if (!entry) {
    // "76/NQ-CP ngày 15/7/2025": numbers of this kind start again every year, so another year is
    // another document, unless the subject written is the one the catalog knows in another year.
    const other = citation.date && subjectSpan && entriesOfOtherYears(catalogs, citation.number.normalised, citation.date.year).find((candidate) => candidate.subject && subjectsAgree(subjectSpan.text, candidate.subject));
    if (other) diagnostics.push(...compareWithCatalog(written, other));
    return;
  }
  const mismatches = compareWithCatalog(written, entry);
  diagnostics.push(...mismatches);
  if (planDate && !citation.date && entry.date && compareDates(entry.date, planDate) > 0) {
    diagnostics.push(afterPlanFinding(entry.number, entry.date, planDate, location, entry));
    return;
  }
  const superseded = supersededFinding(catalogs, entry, inForceOn, location, citationWordsOf);
  if (superseded) diagnostics.push(superseded);
}

/**
 * "(sau đây gọi là Quyết định số 213/QĐ-TTg)", "(sau đây viết tắt là Chỉ thị số 09/CT-TTg)": the
 * drafter gives a document a short name and uses it from then on, as Nghị định 30 allows.
 */
const SHORT_NAME_DEFINITION = /\(\s*sau\s+đây\s+(?:được\s+)?(?:gọi|viết)(?:\s+tắt)?\s+là\s+([^()]{1,200})\)/giu;

/** What a stretch of prose cites, by its words alone, offsets relative to the stretch. */
interface StretchScan {
  citations: FoundCitation[];
  laws: Citation[];
  /** The numbers of the documents the stretch gives a short name. */
  shortNamed: string[];
}

function scanOf(words: string): StretchScan {
  const shortNamed: string[] = [];
  for (const definition of words.matchAll(SHORT_NAME_DEFINITION)) {
    for (const found of findCitations(definition[1]!)) shortNamed.push(found.citation.number.normalised);
  }
  return { citations: findCitations(words), laws: findLawsCitedByName(words), shortNamed };
}

/** A stretch of prose between references: its offset (from its span's start, or in the file), its text and what it cites. */
interface ScannedStretch {
  start: number;
  words: string;
  scan: StretchScan;
}

/**
 * The stretches of prose between references, with what they cite. A span's scans depend on its
 * text and on where its references are (what the workspace declares is compared after), so the
 * memo's environment is empty and a span the last check of the file scanned is not scanned again.
 * The references are part of the key: a reference is masked as "X"s, so "của @VP" and a plain
 * "của XXX" make the same text, cut into stretches differently. A span with references is kept
 * apart from those without, under its text, a NUL and their places: a span's text may itself end
 * in a NUL and such figures, but the places hold no NUL, so the last one tells where they start.
 */
function scannedStretches(context: CheckContext): ScannedStretch[] {
  const plain = new PieceReading<ScannedStretch[]>(context.memo, context.file.source, 'citations/prose', '');
  const referenced = new PieceReading<ScannedStretch[]>(context.memo, context.file.source, 'citations/prose-with-references', '');
  const stretches: ScannedStretch[] = [];
  for (const span of proseSpans(context.file, context.memo)) {
    const compute = () => ({ findings: [], facts: stretchesOf(span) });
    const own =
      span.references.length === 0
        ? plain.read(span.text, span.start, compute)
        : referenced.read(`${span.text}\u0000${span.references.map((reference) => `${reference.start}-${reference.end}`).join(' ')}`, span.start, compute);
    for (const stretch of own) stretches.push({ ...stretch, start: span.start + stretch.start });
  }
  plain.finish();
  referenced.finish();
  return stretches;
}

/** The stretches of one span, offsets from its start. */
function stretchesOf(span: ProseSpan): ScannedStretch[] {
  const stretches: ScannedStretch[] = [];
  let from = 0;
  for (const reference of [...span.references, { start: span.text.length, end: span.text.length }]) {
    if (reference.start > from) {
      const words = span.text.slice(from, reference.start);
      stretches.push({ start: from, words, scan: scanOf(words) });
    }
    from = reference.end;
  }
  return stretches;
}

function compareWithDeclared(
  file: PlanFile,
  workspace: Workspace,
  written: NumberedCitation,
  declared: Declared<DocumentDecl>,
  location: Location,
  shortNamed: boolean,
): Finding[] {
  const id = declared.declaration.id;
  // Declarations are looked up by the number the prose wrote, so the declared one has it too.
  const expected = citationOf(declared.declaration) as NumberedCitation;
  if (written.date && expected.date && !sameDate(written.date, expected.date)) {
    return [
      {
        code: 'citation/date-mismatch',
        message: {
          vi: `Văn bản số ${expected.number.normalised} được khai báo (${id}) với ngày ${formatVnDate(expected.date)}, ở đây viết ngày ${formatVnDate(written.date)}.`,
          en: `Document ${expected.number.normalised} is declared (${id}) as dated ${formatVnDate(expected.date)}; here it says ${formatVnDate(written.date)}.`,
        },
        location,
        related: [{ uri: declared.uri, location: declared.declaration.idLoc, message: { vi: 'Khai báo', en: 'Declaration' } }],
      },
    ];
  }
  const writtenIssuer = written.issuer && foldKey(resolveIssuer(written.issuer, workspace, file.uri));
  const expectedIssuer = expected.issuer && foldKey(resolveIssuer(expected.issuer, workspace, declared.uri));
  if (writtenIssuer && expectedIssuer && !writtenIssuer.startsWith(expectedIssuer) && !expectedIssuer.startsWith(writtenIssuer)) {
    return [
      {
        code: 'citation/issuer-mismatch',
        message: {
          vi: `Văn bản số ${expected.number.normalised} được khai báo (${id}) là của "${expected.issuer}", ở đây viết "${written.issuer}".`,
          en: `Document ${expected.number.normalised} is declared (${id}) as issued by "${expected.issuer}"; here it says "${written.issuer}".`,
        },
        location,
        related: [{ uri: declared.uri, location: declared.declaration.idLoc, message: { vi: 'Khai báo', en: 'Declaration' } }],
      },
    ];
  }
  // A short name the drafter defined is meant to be written out: that is its purpose.
  if (shortNamed) return [];
  const fix: Fix = {
    title: { vi: `Thay bằng tham chiếu @${id}`, en: `Replace with the reference @${id}` },
    edits: [{ start: location.start, end: location.end, newText: `@${id}` }],
    safe: false,
  };
  return [
    {
      code: 'citation/written-out',
      message: {
        vi: `Văn bản này đã được khai báo là "${id}": viết @${id} để trình biên dịch in trích dẫn đầy đủ ở lần đầu và ngắn gọn ở các lần sau.`,
        en: `This document is declared as "${id}": write @${id} so the compiler prints the full citation first and the short one after.`,
      },
      location,
      fixes: [fix],
    },
  ];
}

/** An issuer written as `@UNIT` reads as the unit's name. */
function resolveIssuer(issuer: string, workspace: Workspace, fromUri: string): string {
  return issuer.replace(/@([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)/g, (whole, id: string) => workspace.resolveUnit(id, fromUri)?.declaration.name.text ?? whole);
}
