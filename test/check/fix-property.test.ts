/**
 * Fixes keep what the user wrote. For every sample, fixture and example of the rule catalogue, in
 * its LF, CRLF and CR variants, the safe fixes applied together (as `kehoach check --fix` does)
 * and every fix applied alone must:
 *
 * - leave every word outside the fix's edits in place and in order, and lose no word but those on
 *   the lines of the problems the fixes were made for;
 * - write no line break the file did not already use (no "\n" into a CRLF or CR file);
 * - give a text that parses without syntax errors the original did not have;
 * - do the same thing whatever the file's line breaks are: the CR result is the LF result with CR
 *   breaks.
 *
 * Random variations of the same inputs (another line-break style or styles mixed line by line,
 * blank lines, tabs, letters decomposed to NFD) are held to the same properties.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../server/src/base/civil-date';
import type { Diagnostic, Fix, TextEdit } from '../../server/src/base/diagnostic';
import { type LineBreak, LineIndex } from '../../server/src/base/source';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { applyFixes, safeFixes } from '../../server/src/check/fixes';
import { checkFile } from '../../server/src/check/index';
import { ALL_RULES, EXAMPLE_CONTEXT } from '../../server/src/check/rules-catalogue';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { parsePlan } from '../../server/src/syntax/parse';
import { asOfIn } from './helpers';

const ROOT = join(__dirname, '..', '..');
const calendar = new WorkingCalendar();

const LINE_BREAKS: readonly LineBreak[] = ['\n', '\r\n', '\r'];
const BREAK_NAMES: Record<LineBreak, string> = { '\n': 'LF', '\r\n': 'CRLF', '\r': 'CR' };
const ANY_BREAK = /\r\n|\r|\n/g;

/** A file to check, written with LF breaks, with the files of its folder beside it. */
interface Case {
  name: string;
  uri: string;
  text: string;
  neighbours: Record<string, string>;
  asOf?: CivilDate;
}

function withBreaks(text: string, lineBreak: LineBreak): string {
  return text.replace(ANY_BREAK, lineBreak);
}

function fileCases(): Case[] {
  const paths = fg.sync(['samples/**/*.kh', 'test/fixtures/**/*.kh'], { cwd: ROOT }).sort();
  return paths.map((path) => {
    const read = (relative: string): string => withBreaks(readFileSync(join(ROOT, relative), 'utf8'), '\n');
    const neighbours: Record<string, string> = {};
    for (const other of paths) if (other !== path && dirname(other) === dirname(path)) neighbours[`file:///${other}`] = read(other);
    return { name: path, uri: `file:///${path}`, text: read(path), neighbours };
  });
}

function exampleCases(): Case[] {
  return ALL_RULES.map((rule) => {
    const { text, asOf } = asOfIn(rule.example);
    return { name: `example of ${rule.code}`, uri: 'file:///ws/vi-du.kh', text, neighbours: { 'file:///ws/danh-muc.kh': EXAMPLE_CONTEXT }, ...(asOf ? { asOf } : {}) };
  });
}

const CASES = [...fileCases(), ...exampleCases()];

function diagnose(kase: Case, text: string, lineBreak: LineBreak): Diagnostic[] {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  for (const [uri, neighbour] of Object.entries(kase.neighbours)) workspace.setFile(uri, withBreaks(neighbour, lineBreak));
  workspace.setFile(kase.uri, text);
  const diagnostics = checkFile(workspace, kase.uri, { calendar, ...(kase.asOf ? { asOf: kase.asOf } : {}) });
  const internal = diagnostics.find((diagnostic) => diagnostic.code.startsWith('internal/'));
  if (internal) throw new Error(`${kase.name}: ${internal.message.en}`);
  return diagnostics;
}

/** One way of fixing a text: the fixes chosen and the problems they were made for. */
interface FixRun {
  title: string;
  fixes: Fix[];
}

function fixRuns(diagnostics: Diagnostic[]): FixRun[] {
  const runs: FixRun[] = [{ title: 'every safe fix', fixes: safeFixes(diagnostics) }];
  for (const diagnostic of diagnostics) {
    for (const fix of diagnostic.fixes ?? []) runs.push({ title: `${diagnostic.code}: ${fix.title.en}`, fixes: [fix] });
  }
  return runs;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words split at white space, compared in NFC as every Vietnamese comparison is. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((match) => ({ text: match[0].normalize('NFC'), start: match.index, end: match.index + match[0].length }));
}

/**
 * An edit touches a word when it replaces part of it or writes next to it: deleting the blank
 * before "-KL/TW" joins it to the number before, and that word is what the fix was for.
 */
function touches(edit: TextEdit, word: Word): boolean {
  return edit.start <= word.end && word.start <= edit.end;
}

function breakKinds(text: string): Set<string> {
  return new Set(text.match(ANY_BREAK) ?? []);
}

function syntaxErrorCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const diagnostic of parsePlan('file:///reparsed.kh', text).syntaxFindings) {
    if (diagnostic.severity === 'error') counts.set(diagnostic.code, (counts.get(diagnostic.code) ?? 0) + 1);
  }
  return counts;
}

/** The problems each fix was made for: their lines are where a fix may take words away. */
function ownersOf(diagnostics: Diagnostic[], fixes: readonly Fix[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.fixes?.some((fix) => fixes.includes(fix)));
}

/**
 * Applies one fix run to a text and checks the result against it: the fixed text, and a sentence
 * naming the first property it breaks, if any.
 */
function brokenProperty(original: string, diagnostics: Diagnostic[], run: FixRun): { fixed: string; problem?: string } {
  const result = applyFixes(original, run.fixes);
  const fixed = result.text;
  const edits = result.applied.flatMap((fix) => fix.edits);

  const untouched = wordsOf(original).filter((word) => !edits.some((edit) => touches(edit, word)));
  const fixedWords = wordsOf(fixed);
  let next = 0;
  for (const word of untouched) {
    while (next < fixedWords.length && fixedWords[next]!.text !== word.text) next++;
    if (next === fixedWords.length) return { fixed, problem: `the word "${word.text}" at offset ${word.start}, outside every edit, is gone or out of order` };
    next++;
  }

  const lines = new LineIndex(original);
  const allowed = new Map<string, number>();
  for (const owner of ownersOf(diagnostics, result.applied)) {
    const { start, end } = owner.location.range;
    const from = lines.lineSpan(start.line).start;
    const to = lines.lineSpan(end.line).next;
    for (const word of wordsOf(original.slice(from, to))) allowed.set(word.text, (allowed.get(word.text) ?? 0) + 1);
  }
  const remaining = new Map<string, number>();
  for (const word of fixedWords) remaining.set(word.text, (remaining.get(word.text) ?? 0) + 1);
  for (const word of wordsOf(original)) {
    const left = remaining.get(word.text) ?? 0;
    if (left > 0) {
      remaining.set(word.text, left - 1);
      continue;
    }
    const budget = allowed.get(word.text) ?? 0;
    if (budget === 0) return { fixed, problem: `the word "${word.text}" at offset ${word.start} was lost, though it is not on the line of the problem fixed` };
    allowed.set(word.text, budget - 1);
  }

  const before = breakKinds(original);
  if (before.size === 0) before.add('\n');
  for (const kind of breakKinds(fixed)) {
    if (!before.has(kind)) return { fixed, problem: `the fixed text has ${JSON.stringify(kind)} line breaks, which the file did not use` };
  }

  const errorsBefore = syntaxErrorCounts(original);
  for (const [code, count] of syntaxErrorCounts(fixed)) {
    if (count > (errorsBefore.get(code) ?? 0)) return { fixed, problem: `the fixed text has a new syntax error ${code}` };
  }
  return { fixed };
}

/** The fixed text of every fix run of a text, or the first property a run breaks. */
function fixedTexts(where: string, text: string, diagnostics: Diagnostic[]): { fixed: string[]; failure?: string } {
  const fixed: string[] = [];
  for (const run of fixRuns(diagnostics)) {
    const result = brokenProperty(text, diagnostics, run);
    if (result.problem) return { fixed, failure: `${where}, ${run.title}: ${result.problem}` };
    fixed.push(result.fixed);
  }
  return { fixed };
}

/**
 * Checks every fix run of `lfText` in LF and the given line-break styles: the properties above, and
 * that each style's result is the LF result in that style. Returns the first failure as a sentence.
 */
function failureOf(kase: Case, lfText: string, styles: readonly LineBreak[] = LINE_BREAKS): string | undefined {
  const lf = fixedTexts(`${kase.name} (LF)`, lfText, diagnose(kase, lfText, '\n'));
  if (lf.failure) return lf.failure;
  // A text of one line has no line-break style: its variants are the same text.
  if (!lfText.includes('\n')) return undefined;
  for (const lineBreak of styles.filter((style) => style !== '\n')) {
    const text = withBreaks(lfText, lineBreak);
    const where = `${kase.name} (${BREAK_NAMES[lineBreak]})`;
    const variant = fixedTexts(where, text, diagnose(kase, text, lineBreak));
    if (variant.failure) return variant.failure;
    if (variant.fixed.length !== lf.fixed.length) return `${where}: ${variant.fixed.length - 1} fixes, but ${lf.fixed.length - 1} with LF breaks`;
    for (const [index, fixed] of variant.fixed.entries()) {
      const expected = withBreaks(lf.fixed[index]!, lineBreak);
      if (fixed !== expected) return `${where}, fix run ${index}: the result differs from the LF result (${JSON.stringify(firstDifference(fixed, expected))})`;
    }
  }
  return undefined;
}

/** Checks the fix runs of `lfText` with its line breaks taken in turn from `breaks`: a file of mixed breaks. */
function mixedFailure(kase: Case, lfText: string, breaks: readonly LineBreak[]): string | undefined {
  let count = 0;
  const text = lfText.replace(/\n/g, () => breaks[count++ % breaks.length]!);
  return fixedTexts(`${kase.name} (breaks ${breaks.map((lineBreak) => BREAK_NAMES[lineBreak]).join(', ')})`, text, diagnose(kase, text, '\n')).failure;
}

function firstDifference(actual: string, expected: string): { at: number; actual: string; expected: string } {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  return { at, actual: actual.slice(Math.max(0, at - 20), at + 20), expected: expected.slice(Math.max(0, at - 20), at + 20) };
}

describe('fixes keep the words and the line breaks of the file', () => {
  it('has inputs with fixes of every kind', () => {
    const fixed = new Set(CASES.flatMap((kase) => diagnose(kase, kase.text, '\n').filter((d) => d.fixes?.length).map((d) => d.code)));
    expect(fixed.size).toBeGreaterThan(20);
  });

  it.each(CASES.map((kase) => [kase.name, kase] as const))('%s', (_name, kase) => {
    expect(failureOf(kase, kase.text) ?? 'none').toBe('none');
  });

  /**
   * One variation of a case: its line breaks (one style, or styles mixed line by line), and which
   * lines get a blank line before them, a tab, or NFD letters.
   */
  const VARIATION = fc.record({
    index: fc.nat({ max: CASES.length - 1 }),
    lineBreak: fc.constantFrom(...LINE_BREAKS),
    mixed: fc.option(fc.array(fc.constantFrom(...LINE_BREAKS), { minLength: 2, maxLength: 5 }), { nil: undefined }),
    changes: fc.array(fc.tuple(fc.nat(), fc.constantFrom('blank line', 'tab after indent', 'tab for a space', 'NFD')), { maxLength: 6 }),
  });

  function vary(text: string, changes: ReadonlyArray<readonly [number, string]>): string {
    const lines = text.split('\n');
    for (const [at, change] of changes) {
      const index = at % lines.length;
      const line = lines[index]!;
      if (change === 'blank line') lines.splice(index, 0, '');
      else if (change === 'tab after indent') lines[index] = line.replace(/^[ \t]*/, (indent) => `${indent}\t`);
      else if (change === 'tab for a space') lines[index] = line.replace(/(\S) (\S)/, '$1\t$2');
      else lines[index] = line.normalize('NFD');
    }
    return lines.join('\n');
  }

  it('holds on random variations of the inputs', () => {
    fc.assert(
      fc.property(VARIATION, ({ index, lineBreak, mixed, changes }) => {
        const kase = CASES[index]!;
        const varied = vary(kase.text, changes);
        const failure = mixed ? mixedFailure(kase, varied, mixed) : failureOf(kase, varied, [lineBreak]);
        expect(failure ?? 'none').toBe('none');
      }),
      { numRuns: 100 },
    );
  });
});
