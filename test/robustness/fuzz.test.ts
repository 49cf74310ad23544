/**
 * A small run of the fuzz script (bench/fuzz.ts) in the test command: a few hundred mutated plans
 * with a fixed seed through the same `runFuzz` the script runs, failing on any finding. The
 * detectors the run relies on are tested first, each on an output that is broken on purpose, so a
 * detector that stopped seeing anything could not make the run pass.
 */
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  docxXmlError,
  formatReport,
  generateInput,
  htmlEscapingError,
  icsError,
  loadCorpus,
  minimise,
  MUTATION_NAMES,
  PHASES,
  runFuzz,
  runPipeline,
  signatureOf,
} from '../../bench/fuzz';
import { renderHtml } from '../../server/src/render/html';
import { layoutPlan } from '../../server/src/render/layout';
import { Workspace } from '../../server/src/model/workspace';

const ROOT = join(__dirname, '..', '..');
const corpus = loadCorpus(ROOT);

/** The seed and size of the small run; `npm run fuzz -- --seed 14 --count 300` makes the same inputs, minimised. */
const SEED = 14;
const COUNT = 300;

/** A real HTML page of the seed sample, for the escaping detector to be shown broken copies of. */
function sampleHtml(): string {
  const entry = corpus.find((candidate) => candidate.name === 'samples/quang-ngai-dan-van-2023/ke-hoach.kh')!;
  const workspace = new Workspace();
  for (const [uri, text] of Object.entries(entry.companions)) workspace.setFile(uri, text);
  const file = workspace.setFile(entry.uri, entry.text);
  return renderHtml(layoutPlan(workspace, file), 'Kế hoạch');
}

describe('the fuzz detectors', () => {
  const html = sampleHtml();
  const firstText = html.indexOf('>', html.indexOf('<p ')) + 1;

  it('reads the HTML writer’s own page as escaped', () => {
    expect(htmlEscapingError(html)).toBeUndefined();
  });

  it.each([
    ['a tag from user text', '<script>alert(1)</script>', /element <script>/],
    ['a "<" that opens nothing', '1 < 2', /raw "<"/],
    ['an ampersand', 'A & B', /raw "&"/],
    ['a ">"', 'x > y', /raw ">"/],
    ['a closing tag', '</p>', /closes what it did not open|never closed/],
  ])('finds %s put into a paragraph', (_what, inserted, expected) => {
    expect(htmlEscapingError(html.slice(0, firstText) + inserted + html.slice(firstText))).toMatch(expected);
  });

  const CALENDAR = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20230531', 'SUMMARY:Báo cáo', 'END:VEVENT', 'END:VCALENDAR'];
  const ics = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

  it.each([
    ['a well-formed calendar', ics(CALENDAR), undefined],
    ['a five-digit year', ics(CALENDAR.map((line) => line.replace('20230531', '100091228'))), /not YYYYMMDD/],
    ['an unfolded long line', ics(CALENDAR.map((line) => (line.startsWith('SUMMARY') ? `SUMMARY:${'ệ'.repeat(30)}` : line))), /longer than 75 octets/],
    ['an escape character', ics(CALENDAR.map((line) => line.replace('Báo', 'B\u001b[31mo'))), /U\+001B/],
    ['a bare line feed', ics(CALENDAR).replace('SUMMARY:Báo', 'SUMMARY:B\náo'), /bare line break/],
    ['an event left open', ics(CALENDAR.filter((line) => line !== 'END:VEVENT')), /without its BEGIN|never ended/],
  ])('reads %s', (_what, calendar, expected) => {
    if (expected === undefined) expect(icsError(calendar)).toBeUndefined();
    else expect(icsError(calendar)).toMatch(expected);
  });

  it.each([
    ['a well-formed part', '<w:t xmlns:w="urn:x">Kế hoạch</w:t>', undefined],
    ['U+FFFE in a part', '<w:t xmlns:w="urn:x">K\ufffe</w:t>', /word\/document\.xml/],
    ['a raw "<" in a part', '<w:t xmlns:w="urn:x">1 < 2</w:t>', /word\/document\.xml/],
  ])('reads a DOCX with %s', (_what, part, expected) => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(part), 'word/media/a.png': new Uint8Array([0x89, 0x3c]) });
    if (expected === undefined) expect(docxXmlError(docx)).toBeUndefined();
    else expect(docxXmlError(docx)).toMatch(expected);
  });

  it('says so when a DOCX is no zip', () => {
    expect(docxXmlError(strToU8('PK not a zip'))).toMatch(/not a readable zip/);
  });

  it('minimises to what the finding needs', async () => {
    const text = 'kế hoạch\n  số: 05/KH\nI. Mục\n1. Có \ufffe ở đây\n2. Và thêm\n';
    expect(await minimise(text, async (candidate) => candidate.includes('\ufffe'), { runs: 1000, milliseconds: 10_000 })).toBe('\ufffe');
  });

  it('makes the same input from the same seed and index, and another from another', () => {
    const again = generateInput(corpus, SEED, 7);
    expect(again.text).toBe(generateInput(corpus, SEED, 7).text);
    expect(new Set([0, 1, 2, 3].map((index) => generateInput(corpus, SEED, index).text)).size).toBe(4);
  });

  it('uses every kind of mutation and every kind of base within the small run', () => {
    const used = new Set<string>();
    const bases = new Set<string>();
    for (let index = 0; index < COUNT; index++) {
      const input = generateInput(corpus, SEED, index);
      for (const mutation of input.mutations) used.add(mutation);
      bases.add(input.base.name.startsWith('rule:') ? 'rule' : input.base.name.split('/')[0]!);
    }
    expect([...bases].sort()).toEqual(['rule', 'samples', 'test']);
    expect([...used].sort()).toEqual([...MUTATION_NAMES].sort());
  });

  it('runs every phase on a plan with defects and finds nothing in the fixture', async () => {
    const entry = corpus.find((candidate) => candidate.name === 'test/fixtures/quang-ngai-dan-van-2023-loi/ke-hoach.kh')!;
    const result = await runPipeline(entry.text, entry, { language: 'vi', asOf: true });
    expect(result.findings).toEqual([]);
    expect(Object.fromEntries(PHASES.map((phase, i) => [phase, result.times[i]! > 0]))).toEqual(Object.fromEntries(PHASES.map((phase) => [phase, true])));
  });

  it.each([
    ['numbers', { kind: 'throw', phase: 'docx', message: 'RangeError: offset 1234 of 99' }, 'throw/docx: RangeError: offset # of #'],
    ['quoted input', { kind: 'html', phase: 'html', message: 'a raw "<" at 5: "ab<c"' }, 'html/html: a raw "…" at #: "…"'],
  ] as const)('keeps %s out of a finding’s signature', (_what, finding, signature) => {
    expect(signatureOf(finding)).toBe(signature);
  });
});

describe('the fuzz script, a small run', () => {
  it(`finds nothing in ${COUNT} mutated plans (seed ${SEED})`, async () => {
    // Generous bounds for a slow input (10 times what the slowest phase takes on a loaded machine):
    // this catches quadratic behaviour, not a busy machine.
    const started = performance.now();
    const stats = await runFuzz({ corpus, seed: SEED, count: COUNT, slowMs: 5000, slowMicrosPerByte: 50 });
    const seconds = (performance.now() - started) / 1000;
    expect(stats.inputs).toBe(COUNT);
    const findings = [...stats.findings.values()].map(
      (record) => `${record.signature} — input ${record.index} (${record.base}; ${record.mutations.join(', ')}): ${JSON.stringify(record.input?.slice(0, 300))}`,
    );
    expect(findings, `npm run fuzz -- --seed ${SEED} --count ${COUNT} writes each input minimised\n${formatReport(stats, { seed: SEED, seconds })}`).toEqual([]);
  }, 240_000);
});
