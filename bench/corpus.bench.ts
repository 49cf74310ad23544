/**
 * Precision and recall of the checker on the real corpus (test/corpus): every rewrite in
 * test/corpus/kh is checked alone, as of its plan's date, and its diagnostics are compared with
 * the document's answer key (test/corpus/score.ts says how). Prints the figures per rule and
 * overall, then every false alarm and every missed defect with its place, so the rules can be
 * fixed where they fail; then what the figures leave out and why. `npm run corpus` runs only this.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../server/src/base/diagnostic';
import {
  countedDefects,
  type DocumentScore,
  figuresByRule,
  lineTextOf,
  newRuleDefects,
  notExpressibleDefects,
  precisionOf,
  recallOf,
  type RuleFigures,
  scoreCorpus,
  totalOf,
} from '../test/corpus/score';

const GOAL = { precision: 0.9, recall: 0.8 };
const scores = scoreCorpus(join(process.cwd(), 'test', 'corpus'));

const ratio = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));
const row = (figures: RuleFigures) =>
  `| ${figures.rule} | ${figures.truePositives} | ${figures.falsePositives} | ${figures.falseNegatives} | ${figures.found}/${figures.defects} | ${ratio(precisionOf(figures))} | ${ratio(recallOf(figures))} |`;
const place = (score: DocumentScore, diagnostic: Diagnostic) =>
  `${score.name}.kh:${diagnostic.location.range.start.line + 1} ${diagnostic.code}: ${lineTextOf(score, diagnostic)}`;
const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

const rules = figuresByRule(scores);
const total = totalOf(rules);
const defectCount = scores.reduce((sum, score) => sum + score.defects.length, 0);
console.log(`${scores.length} documents, ${defectCount} keyed defects, ${total.defects} of an implemented rule carried by the rewrites`);
console.log('| rule | TP | FP | FN | found | precision | recall |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const figures of rules) console.log(row(figures));
console.log(row(total).replace('| overall |', '| **overall** |'));
const precision = precisionOf(total);
const recall = recallOf(total);
console.log(
  `goal precision ≥ ${GOAL.precision}: ${precision !== undefined && precision >= GOAL.precision ? 'met' : 'not met'}; ` +
    `recall ≥ ${GOAL.recall}: ${recall !== undefined && recall >= GOAL.recall ? 'met' : 'not met'}`,
);

function section(title: string, items: string[]): void {
  console.log(`\n### ${title} (${items.length})`);
  for (const item of items) console.log(`- ${shorten(item)}`);
}

section(
  'False positives',
  scores.flatMap((score) => score.falsePositives.map((diagnostic) => `${place(score, diagnostic)} — ${diagnostic.message.en}`)),
);
section(
  'False negatives (keyed defects of an implemented rule not found)',
  scores.flatMap((score) =>
    countedDefects(score)
      .filter((scored) => scored.foundBy.length === 0)
      .map((scored) => `${score.name} (original line ${scored.defect.line}) ${scored.rule}: "${scored.defect.text}" — ${scored.defect.note}`),
  ),
);
section(
  'Keyed defects of rules not implemented yet',
  scores.flatMap((score) => newRuleDefects(score).map((scored) => `${score.name}:${scored.defect.line} ${scored.rule}: "${scored.defect.text}"`)),
);
section(
  'Keyed defects the language cannot express',
  scores.flatMap((score) => notExpressibleDefects(score).map((scored) => `${score.name}:${scored.defect.line} ${scored.rule}: "${scored.defect.text}"`)),
);
section(
  'Facts and suggestions, not counted (header/draft, deadline/overdue, deadline/due-soon, and information and hints)',
  scores.flatMap((score) => score.facts.map((diagnostic) => place(score, diagnostic))),
);
const setApart = new Map<string, number>();
for (const diagnostic of scores.flatMap((score) => score.leftOut)) setApart.set(diagnostic.code, (setApart.get(diagnostic.code) ?? 0) + 1);
section(
  `Parts the rewrites leave out (the ${[...setApart.values()].reduce((sum, count) => sum + count, 0)} diagnostics about them are not counted: ${[...setApart].map(([code, count]) => `${code} ${count}`).join(', ')})`,
  scores.flatMap((score) => score.leftOutParts.map((part) => `${score.name}: ${part.what} — ${part.why}`)),
);
section(
  'Mapping problems (mistakes in a rewrite or its key: the figures above are incomplete)',
  scores.flatMap((score) => score.problems.map((problem) => `${score.name}: ${problem}`)),
);
