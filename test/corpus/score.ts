/**
 * Scores the checker against the real corpus: each document of test/corpus/docs is rewritten in
 * the language as test/corpus/kh/NNN-slug.kh, checked alone (one workspace per file, with the
 * built-in catalog, as `kehoach check` does), and every diagnostic is compared with the document's
 * answer key. Shared by the benchmark (bench/corpus.bench.ts), which prints the figures, and the
 * test (test/corpus/precision.test.ts), which keeps them from getting worse.
 *
 * How a key entry is found in a rewrite (test/corpus/README.md, "The rewrites in the language"):
 * - a comment `// corpus: key <rule> "<text>"` makes the next line that is not a comment the spot
 *   of that entry, for the places where the rewrite had to change the words around it;
 * - a comment `// corpus: not expressible: <rule> "<text>" — <why>` says the language cannot carry
 *   that entry;
 * - otherwise the entry's text is searched in the rewrite, outside comments, both sides in NFC with
 *   white space collapsed; the rewrite must hold it as often as the original does, and the entry's
 *   occurrence in the original (counted from the top) names the occurrence in the rewrite.
 * A comment `// corpus: left out: <what> — <why>` records a part of the document the rewrite does
 * not have; where <what> names one of the rules that report a missing part (ABSENCE_RULES), the
 * diagnostics of that rule in that file are set apart: they describe the excerpt, not the checker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseIsoDate } from '../../server/src/base/civil-date';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { checkFile } from '../../server/src/check/index';
import { ALL_RULES } from '../../server/src/check/rules-catalogue';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';

/** Rules that state a fact about the plan (a blank left for the number, a date passed), not a defect. */
export const FACT_RULES: ReadonlySet<string> = new Set(['header/draft', 'deadline/overdue', 'deadline/due-soon']);

/** Rules that report a part of the document missing, which an excerpt or an unsupported type may lack. */
export const ABSENCE_RULES: ReadonlySet<string> = new Set(['header/missing', 'signer/missing', 'recipients/missing', 'recipients/missing-luu']);

/**
 * Rules that only a Word, OpenDocument, PDF or text original can break (their summaries say so:
 * "Original document: …", "Word/OpenDocument original: …"): the compiler prints those parts of a
 * plan right, so a rewrite cannot carry their defects, and their keyed defects count as rules not
 * implemented for the rewrites.
 */
const ORIGINAL_ONLY = /^(?:Original document|Word\/OpenDocument original):/u;

const IMPLEMENTED: ReadonlySet<string> = new Set(ALL_RULES.filter((rule) => !ORIGINAL_ONLY.test(rule.summary.en)).map((rule) => rule.code));

export interface KeySpot {
  line: number;
  text: string;
  rule?: string;
  note: string;
}

/** The parts of an answer key (test/corpus/README.md, "File formats") the scoring reads. */
export interface CorpusKey {
  date: string | null;
  defects: KeySpot[];
}

export interface CorpusDocument {
  /** NNN-slug, the name shared by the text, its key and its rewrite. */
  name: string;
  original: string;
  /** The rewrite in the language, or undefined when it is not written yet. */
  rewrite: string | undefined;
  key: CorpusKey;
}

export function loadCorpus(corpusDir: string): CorpusDocument[] {
  const docs = join(corpusDir, 'docs');
  const rewrites = join(corpusDir, 'kh');
  const written = new Set(readdirSync(rewrites).filter((file) => file.endsWith('.kh')));
  return readdirSync(docs)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      return {
        name,
        original: readFileSync(join(docs, file), 'utf8'),
        rewrite: written.has(`${name}.kh`) ? readFileSync(join(rewrites, `${name}.kh`), 'utf8') : undefined,
        key: JSON.parse(readFileSync(join(docs, `${name}.key.json`), 'utf8')) as CorpusKey,
      };
    });
}

/** The rewrites with no document: a renamed or removed document leaves its rewrite behind. */
export function orphanRewrites(corpusDir: string): string[] {
  const names = new Set(readdirSync(join(corpusDir, 'docs')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')));
  return readdirSync(join(corpusDir, 'kh'))
    .filter((file) => file.endsWith('.kh') && !names.has(file.replace(/\.kh$/, '')))
    .sort();
}

/** A text as the mapping compares it: NFC, runs of white space as one space, no blanks at the ends. */
export function normalised(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Checks a rewrite as `kehoach check` checks a file alone, as of the plan's own date. */
export function checkRewrite(document: CorpusDocument): Diagnostic[] {
  if (document.rewrite === undefined) return [];
  const uri = pathToFileURL(`/corpus/kh/${document.name}.kh`).href;
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  workspace.setFile(uri, document.rewrite);
  const asOf = document.key.date ? parseIsoDate(document.key.date) : undefined;
  return checkFile(workspace, uri, { calendar: WorkingCalendar.withUserOverrides([]), ...(asOf ? { asOf } : {}) });
}

// ------------------------------------------------------------------------------ corpus comments

interface Mark {
  kind: 'key' | 'not-expressible';
  rule: string;
  text: string;
  /** 0-based line of the comment. */
  line: number;
  why?: string;
}

interface LeftOut {
  what: string;
  why: string;
  rules: string[];
  line: number;
}

const KEY_MARK = /^\/\/\s*corpus:\s*key\s+(\S+)\s+"(.*)"\s*$/u;
const NOT_EXPRESSIBLE_MARK = /^\/\/\s*corpus:\s*not expressible:\s*(\S+)\s+"(.*)"\s+—\s+(\S.*)$/u;
const LEFT_OUT_MARK = /^\/\/\s*corpus:\s*left out:\s*(\S.*?)\s+—\s+(\S.*)$/u;
const CORPUS_COMMENT = /^\/\/\s*corpus:/u;
const RULE_CODE = /\b[a-z]+\/[a-z0-9-]+\b/gu;

function isComment(line: string): boolean {
  return line.trimStart().startsWith('//');
}

function readMarks(lines: string[], problems: string[]): { marks: Mark[]; leftOut: LeftOut[] } {
  const marks: Mark[] = [];
  const leftOut: LeftOut[] = [];
  lines.forEach((raw, line) => {
    const comment = raw.trim();
    if (!CORPUS_COMMENT.test(comment)) return;
    const key = KEY_MARK.exec(comment);
    const notExpressible = NOT_EXPRESSIBLE_MARK.exec(comment);
    const left = LEFT_OUT_MARK.exec(comment);
    if (key) marks.push({ kind: 'key', rule: key[1]!, text: key[2]!, line });
    else if (notExpressible) marks.push({ kind: 'not-expressible', rule: notExpressible[1]!, text: notExpressible[2]!, line, why: notExpressible[3]! });
    else if (left) {
      const rules = left[1]!.match(RULE_CODE) ?? [];
      for (const rule of rules) {
        if (!ABSENCE_RULES.has(rule)) problems.push(`line ${line + 1}: "left out" may only name ${[...ABSENCE_RULES].join(', ')}, not ${rule}`);
      }
      leftOut.push({ what: left[1]!, why: left[2]!, rules: rules.filter((rule) => ABSENCE_RULES.has(rule)), line });
    } else problems.push(`line ${line + 1}: a "corpus:" comment that is none of key, not expressible, left out: ${comment}`);
  });
  return { marks, leftOut };
}

// ------------------------------------------------------------------------------ finding spots

/** A span of a rewrite: offsets in its text and its 0-based first and last lines. */
export interface Spot {
  start: number;
  end: number;
  startLine: number;
  endLine: number;
}

interface Collapsed {
  text: string;
  /** Offset in the original text of each code unit of `text`. */
  offsets: number[];
}

/**
 * The text with white space collapsed: runs of blanks and line breaks become one space, and comment
 * lines count as white space when asked. The rewrites and the corpus are NFC (the tests say so), so
 * each kept code unit maps straight back to its offset.
 */
function collapse(text: string, skipComments: boolean): Collapsed {
  const chars: string[] = [];
  const offsets: number[] = [];
  let space = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (!(skipComments && isComment(line))) {
      for (let i = 0; i < line.length; i++) {
        const char = line[i]!;
        if (/\s/u.test(char)) {
          space = chars.length > 0;
          continue;
        }
        if (space) {
          chars.push(' ');
          offsets.push(offset + i - 1);
          space = false;
        }
        chars.push(char);
        offsets.push(offset + i);
      }
    }
    space = chars.length > 0;
    offset += line.length + 1;
  }
  return { text: chars.join(''), offsets };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

// ------------------------------------------------------------------------------ scoring

export type DefectStatus =
  | { status: 'carried'; spot: Spot }
  | { status: 'not-expressible'; why: string }
  | { status: 'unmapped'; reason: string };

export interface ScoredDefect {
  defect: KeySpot;
  rule: string;
  /** The rule is in the rule catalogue (ALL_RULES). */
  implemented: boolean;
  mapping: DefectStatus;
  /** The diagnostics of its rule that hit it. */
  foundBy: Diagnostic[];
}

export interface DocumentScore {
  name: string;
  defects: ScoredDefect[];
  truePositives: { diagnostic: Diagnostic; defect: ScoredDefect }[];
  falsePositives: Diagnostic[];
  facts: Diagnostic[];
  /** Diagnostics about parts the rewrite says it left out. */
  leftOut: Diagnostic[];
  /** Left-out parts the rewrite records, with why. */
  leftOutParts: { what: string; why: string }[];
  /** What keeps the rewrite's mapping from being complete: each one is a mistake in the rewrite. */
  problems: string[];
  /** Text of each line of the rewrite, for reports. */
  lines: string[];
}

function spotOfMark(lines: string[], starts: number[], mark: Mark): Spot | undefined {
  for (let line = mark.line + 1; line < lines.length; line++) {
    if (isComment(lines[line]!)) continue;
    if (lines[line]!.trim().length === 0) return undefined;
    const start = starts[line]!;
    return { start, end: start + lines[line]!.length, startLine: line, endLine: line };
  }
  return undefined;
}

/** Where the text of a key entry is in the original, as the index of its occurrence there. */
function occurrenceInOriginal(original: string, defect: KeySpot, sameBefore: number): { index: number; count: number } | undefined {
  const starts = lineStarts(original);
  const lineStart = starts[defect.line - 1];
  if (lineStart === undefined) return undefined;
  const lineText = original.slice(lineStart, starts[defect.line] ?? original.length);
  let column = -1;
  for (let n = 0; n <= sameBefore; n++) {
    column = lineText.indexOf(defect.text, column + 1);
    if (column < 0) return undefined;
  }
  const leading = defect.text.length - defect.text.trimStart().length;
  const target = lineStart + column + leading;
  const collapsed = collapse(original, false);
  const found = occurrences(collapsed.text, normalised(defect.text));
  const index = found.findIndex((at) => collapsed.offsets[at] === target);
  return index < 0 ? undefined : { index, count: found.length };
}

export function scoreDocument(document: CorpusDocument, diagnostics: Diagnostic[]): DocumentScore {
  const problems: string[] = [];
  const rewrite = document.rewrite ?? '';
  const lines = rewrite.split('\n');
  const starts = lineStarts(rewrite);
  if (document.rewrite === undefined) problems.push('no rewrite in test/corpus/kh');
  const { marks, leftOut } = readMarks(lines, problems);
  const collapsedRewrite = collapse(rewrite, true);
  const unusedMarks = new Set(marks);
  const defects: ScoredDefect[] = document.key.defects.map((defect, index) => {
    const rule = defect.rule ?? '';
    const mark = marks.find(
      (candidate) => unusedMarks.has(candidate) && candidate.rule === rule && normalised(candidate.text) === normalised(defect.text),
    );
    const base = { defect, rule, implemented: IMPLEMENTED.has(rule), foundBy: [] };
    if (mark) {
      unusedMarks.delete(mark);
      if (mark.kind === 'not-expressible') return { ...base, mapping: { status: 'not-expressible', why: mark.why ?? '' } };
      const spot = spotOfMark(lines, starts, mark);
      if (!spot) return { ...base, mapping: { status: 'unmapped', reason: `the key comment on line ${mark.line + 1} has no line under it` } };
      return { ...base, mapping: { status: 'carried', spot } };
    }
    // Two entries of one rule with the same text on one line are two occurrences of it; entries of
    // different rules may name the same spot.
    const sameBefore = document.key.defects
      .slice(0, index)
      .filter((other) => other.line === defect.line && other.text === defect.text && other.rule === defect.rule).length;
    const inOriginal = occurrenceInOriginal(document.original, defect, sameBefore);
    if (!inOriginal) return { ...base, mapping: { status: 'unmapped', reason: `its text is not on line ${defect.line} of the original` } };
    const needle = normalised(defect.text);
    const found = occurrences(collapsedRewrite.text, needle);
    if (found.length !== inOriginal.count) {
      const reason =
        found.length === 0
          ? 'its text is not in the rewrite: carry it as written, or add a key or not-expressible comment'
          : `its text is ${inOriginal.count} time(s) in the original and ${found.length} in the rewrite: add a key comment`;
      return { ...base, mapping: { status: 'unmapped', reason } };
    }
    const at = found[inOriginal.index]!;
    const start = collapsedRewrite.offsets[at]!;
    const end = collapsedRewrite.offsets[at + needle.length - 1]! + 1;
    return { ...base, mapping: { status: 'carried', spot: { start, end, startLine: lineOf(starts, start), endLine: lineOf(starts, end - 1) } } };
  });
  for (const mark of unusedMarks) problems.push(`line ${mark.line + 1}: the ${mark.kind} comment names no defect of the key: ${mark.rule} "${mark.text}"`);
  for (const scored of defects) {
    if (scored.mapping.status === 'unmapped' && document.rewrite !== undefined) problems.push(`key line ${scored.defect.line} ${scored.rule} "${scored.defect.text}": ${scored.mapping.reason}`);
  }

  const leftOutRules = new Set(leftOut.flatMap((part) => part.rules));
  const score: DocumentScore = {
    name: document.name,
    defects,
    truePositives: [],
    falsePositives: [],
    facts: [],
    leftOut: [],
    leftOutParts: leftOut.map(({ what, why }) => ({ what, why })),
    problems,
    lines,
  };
  for (const diagnostic of diagnostics) {
    // A spot the diagnostic overlaps wins over one it only shares a line with, so two keyed defects
    // of one rule on one line are each matched to their own diagnostic.
    const candidates = defects.filter((scored) => scored.rule === diagnostic.code && scored.mapping.status === 'carried' && hits(diagnostic, scored.mapping.spot));
    const hit = candidates.find((scored) => scored.mapping.status === 'carried' && overlaps(diagnostic, scored.mapping.spot)) ?? candidates[0];
    // Information and hints suggest a plainer wording ("trước <a Saturday>" ends on the Friday, a
    // working day); they claim no defect, so like facts they count for no precision.
    if (FACT_RULES.has(diagnostic.code) || diagnostic.severity === 'info' || diagnostic.severity === 'hint') {
      // A fact counts for no precision, but where the key calls it a defect (a plan published with
      // its number still blank) the diagnostic has found that defect.
      hit?.foundBy.push(diagnostic);
      score.facts.push(diagnostic);
      continue;
    }
    if (leftOutRules.has(diagnostic.code)) {
      score.leftOut.push(diagnostic);
      continue;
    }
    if (hit) {
      hit.foundBy.push(diagnostic);
      score.truePositives.push({ diagnostic, defect: hit });
    } else score.falsePositives.push(diagnostic);
  }
  return score;
}

function overlaps(diagnostic: Diagnostic, spot: Spot): boolean {
  const { start, end } = diagnostic.location;
  return start < spot.end && spot.start < Math.max(end, start + 1);
}

/** A diagnostic hits a spot when their spans overlap or they share a line. */
function hits(diagnostic: Diagnostic, spot: Spot): boolean {
  const { start, end, range } = diagnostic.location;
  if (start < spot.end && spot.start < Math.max(end, start + 1)) return true;
  return range.start.line <= spot.endLine && spot.startLine <= range.end.line;
}

// ------------------------------------------------------------------------------ figures

export interface RuleFigures {
  rule: string;
  /** Diagnostics that hit a keyed defect of their rule. */
  truePositives: number;
  falsePositives: number;
  /** Keyed defects of the rule that the rewrites carry. */
  defects: number;
  /** Of those, the ones some diagnostic found. */
  found: number;
  falseNegatives: number;
}

export function figuresByRule(scores: DocumentScore[]): RuleFigures[] {
  const byRule = new Map<string, RuleFigures>();
  const figures = (rule: string) => {
    let entry = byRule.get(rule);
    if (!entry) {
      entry = { rule, truePositives: 0, falsePositives: 0, defects: 0, found: 0, falseNegatives: 0 };
      byRule.set(rule, entry);
    }
    return entry;
  };
  for (const score of scores) {
    for (const { diagnostic } of score.truePositives) figures(diagnostic.code).truePositives++;
    for (const diagnostic of score.falsePositives) figures(diagnostic.code).falsePositives++;
    for (const scored of countedDefects(score)) {
      const entry = figures(scored.rule);
      entry.defects++;
      if (scored.foundBy.length > 0) entry.found++;
      else entry.falseNegatives++;
    }
  }
  return [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

export function totalOf(figures: RuleFigures[]): RuleFigures {
  return figures.reduce(
    (sum, entry) => ({
      rule: 'overall',
      truePositives: sum.truePositives + entry.truePositives,
      falsePositives: sum.falsePositives + entry.falsePositives,
      defects: sum.defects + entry.defects,
      found: sum.found + entry.found,
      falseNegatives: sum.falseNegatives + entry.falseNegatives,
    }),
    { rule: 'overall', truePositives: 0, falsePositives: 0, defects: 0, found: 0, falseNegatives: 0 },
  );
}

export function precisionOf(figures: RuleFigures): number | undefined {
  const reported = figures.truePositives + figures.falsePositives;
  return reported === 0 ? undefined : figures.truePositives / reported;
}

export function recallOf(figures: RuleFigures): number | undefined {
  return figures.defects === 0 ? undefined : figures.found / figures.defects;
}

/** The keyed defects recall is measured on: of an implemented rule, carried by the rewrite. */
export function countedDefects(score: DocumentScore): ScoredDefect[] {
  return score.defects.filter((scored) => scored.implemented && scored.mapping.status === 'carried');
}

/** The keyed defects that cannot count yet: their rule is not implemented. */
export function newRuleDefects(score: DocumentScore): ScoredDefect[] {
  return score.defects.filter((scored) => !scored.implemented && scored.mapping.status === 'carried');
}

export function notExpressibleDefects(score: DocumentScore): ScoredDefect[] {
  return score.defects.filter((scored) => scored.mapping.status === 'not-expressible');
}

/**
 * The line a diagnostic starts on, trimmed, as known-false-alarms.json names it: a long paragraph
 * line by its first 100 characters, which tell the corpus's lines apart.
 */
export function lineTextOf(score: DocumentScore, diagnostic: Diagnostic): string {
  const line = (score.lines[diagnostic.location.range.start.line] ?? '').trim();
  return line.length > 100 ? `${line.slice(0, 100)}…` : line;
}

export function scoreCorpus(corpusDir: string): DocumentScore[] {
  return loadCorpus(corpusDir).map((document) => scoreDocument(document, checkRewrite(document)));
}
