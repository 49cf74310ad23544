import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../server/src/check/rules-catalogue';
import { runCli, tempWorkspace } from '../helpers/cli';

const ROOT = process.cwd();
const DEFECTS = 'test/fixtures/quang-ngai-dan-van-2023-loi';
const GOLDEN_DIR = 'test/cli/golden';

function golden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('output formats on the samples (golden)', () => {
  const formats = ['human', 'json', 'sarif', 'github', 'junit'] as const;
  it.each(formats)('%s on the defect-keeping copy of the seed', async (format) => {
    const run = await runCli(['check', '--format', format, DEFECTS], ROOT, { env: {} });
    expect(run.code).toBe(1);
    golden(`defects.${format === 'human' ? 'txt' : format === 'junit' ? 'xml' : format === 'github' ? 'github.txt' : `${format}.json`}`, run.stdout.replace(/"version": "[^"]*"/, '"version": "test"'));
  });

  it.each(formats)('%s on the clean samples', async (format) => {
    const run = await runCli(['check', '--format', format, 'samples'], ROOT);
    expect(run.code).toBe(0);
    golden(`samples.${format === 'human' ? 'txt' : format === 'junit' ? 'xml' : format === 'github' ? 'github.txt' : `${format}.json`}`, run.stdout.replace(/"version": "[^"]*"/, '"version": "test"'));
  });
});

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema and carries rule metadata and help links', async () => {
    const schema = JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'));
    // The published SARIF 2.1.0 schema is written in JSON Schema draft 4.
    // One of its patterns is only valid without the unicode flag.
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const run = await runCli(['check', '--format', 'sarif', DEFECTS], ROOT);
    const log = JSON.parse(run.stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri: string; shortDescription?: { text: string } }[];
    const known = new Set<string>(ALL_RULES.map((rule) => rule.code));
    for (const rule of rules) {
      expect(known.has(rule.id), `${rule.id} is in the rule catalogue`).toBe(true);
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.helpUri).toMatch(/docs\/rules\.md#/);
    }
    for (const result of log.runs[0].results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });
});

describe('github annotations', () => {
  it('escapes newlines, percent signs, colons and commas', async () => {
    const root = tempWorkspace({ 'a,b:c.kh': 'Gửi @KHONG_CO.\n' });
    const run = await runCli(['check', '--format', 'github', '--lang', 'en', '.'], root);
    expect(run.stdout).toMatch(/^::error file=a%2Cb%3Ac\.kh,line=1,col=6,endLine=1,endColumn=14,title=ref\/unknown::"KHONG_CO" is not declared/m);
  });
});

describe('junit', () => {
  it('escapes hostile text and counts failures', async () => {
    const root = tempWorkspace({ 'x.kh': 'Gửi @A_B <script>&"\n' });
    const run = await runCli(['check', '--format', 'junit', '.'], root);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(run.stdout).not.toContain('<script>');
    const failures = Number(/<testsuites[^>]*failures="(\d+)"/.exec(run.stdout)![1]);
    expect(failures).toBe((run.stdout.match(/<failure /g) ?? []).length);
    expect(failures).toBeGreaterThan(0);
  });
});

describe('exit codes and options', () => {
  it('--max-warnings turns warnings into a failure', async () => {
    const root = tempWorkspace({ 'kehoach.config.json': '{ "rules": { "ref/unknown": "warning", "header/": "off", "recipients/": "off", "signer/": "off" } }', 'a.kh': 'Gửi @KHONGCO.\n' });
    expect((await runCli(['check', 'a.kh'], root)).code).toBe(0);
    expect((await runCli(['check', '--max-warnings', '1', 'a.kh'], root)).code).toBe(0);
    expect((await runCli(['check', '--max-warnings', '0', 'a.kh'], root)).code).toBe(1);
    expect((await runCli(['check', '--max-warnings', '-3', 'a.kh'], root)).code).toBe(2);
  });

  it('an unknown format is a usage error', async () => {
    const run = await runCli(['check', '--format', 'xml', 'samples'], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format');
  });

  it('reads standard input with --stdin-filename, resolving catalogs next to that path', async () => {
    const root = tempWorkspace({ 'plans/danh-muc.kh': 'đơn vị VP: Văn phòng Sở\n' });
    const run = await runCli(['check', '--format', 'json', '--stdin-filename', 'plans/moi.kh', '-'], root, {
      stdin: 'Giao @VP và @KHONGCO.\n',
    });
    const reports = JSON.parse(run.stdout) as { path: string; diagnostics: { code: string; message: string }[] }[];
    expect(reports.map((report) => report.path)).toEqual(['plans/moi.kh']);
    const unknown = reports[0]!.diagnostics.filter((d) => d.code === 'ref/unknown');
    expect(unknown.map((d) => d.message)).toEqual([expect.stringContaining('KHONGCO')]);
  });

  it('NO_COLOR and a pipe give plain text; a terminal gives colour', async () => {
    const root = tempWorkspace({ 'a.kh': 'Gửi @KHONGCO.\n' });
    const plain = await runCli(['check', 'a.kh'], root);
    expect(plain.stdout).not.toContain('\u001b[');
    const noColour = await runCli(['check', 'a.kh'], root, { tty: true, env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toContain('\u001b[');
    const colour = await runCli(['check', 'a.kh'], root, { tty: true });
    expect(colour.stdout).toContain('\u001b[31merror\u001b[0m');
  });
});

describe('--fix', () => {
  const DEFECTIVE = [
    'văn bản KL120: Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị',
    'văn bản QD1411: Quyết định số1411/QĐ-SCT ngày 08/7/2022 của Sở Công Thương',
    'văn bản CTR31: Chương trình số 31–CTr/BDVTU ngày 28/01/2022 của Ban Dân vận Tỉnh ủy',
    '',
  ].join('\n');

  it('applies the safe fixes, keeps every other character, and a second run changes nothing', async () => {
    const root = tempWorkspace({ 'danh-muc.kh': DEFECTIVE });
    const first = await runCli(['check', '--fix', '--format', 'json', 'danh-muc.kh'], root);
    const fixed = readFileSync(join(root, 'danh-muc.kh'), 'utf8');
    expect(fixed).toBe(
      [
        'văn bản KL120: Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị',
        'văn bản QD1411: Quyết định số 1411/QĐ-SCT ngày 08/7/2022 của Sở Công Thương',
        'văn bản CTR31: Chương trình số 31-CTr/BDVTU ngày 28/01/2022 của Ban Dân vận Tỉnh ủy',
        '',
      ].join('\n'),
    );
    const remaining = (JSON.parse(first.stdout) as { diagnostics: { code: string }[] }[])[0]!.diagnostics.map((d) => d.code);
    expect(remaining.filter((code) => code.startsWith('citation/number') || code === 'citation/missing-space')).toEqual([]);
    await runCli(['check', '--fix', 'danh-muc.kh'], root);
    expect(readFileSync(join(root, 'danh-muc.kh'), 'utf8')).toBe(fixed);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const root = tempWorkspace({ 'danh-muc.kh': DEFECTIVE });
    const run = await runCli(['check', '--fix-dry-run', 'danh-muc.kh'], root);
    expect(readFileSync(join(root, 'danh-muc.kh'), 'utf8')).toBe(DEFECTIVE);
    expect(run.stderr).toContain('--- a/danh-muc.kh');
    expect(run.stderr).toContain('-văn bản KL120: Kết luận số 120 -KL/TW');
    expect(run.stderr).toContain('+văn bản KL120: Kết luận số 120-KL/TW');
  });

  it('--fix and --fix-dry-run together are a usage error', async () => {
    const root = tempWorkspace({ 'a.kh': '' });
    expect((await runCli(['check', '--fix', '--fix-dry-run', 'a.kh'], root)).code).toBe(2);
  });
});

describe('init', () => {
  it('writes a configuration that validates against the schema, and never overwrites one', async () => {
    const root = tempWorkspace({});
    expect((await runCli(['init'], root)).code).toBe(0);
    const written = JSON.parse(readFileSync(join(root, 'kehoach.config.json'), 'utf8'));
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/kehoach.config.schema.json', 'utf8')));
    expect(validate(written)).toBe(true);
    expect(validate({ rules: { 'ref/unknown': 'loud' } })).toBe(false);
    const again = await runCli(['init'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('không ghi đè');
  });

  it('keeps a link where the configuration goes, even one to a file not there yet', async () => {
    const root = tempWorkspace({});
    symlinkSync(join(root, 'chung', 'kehoach.config.json'), join(root, 'kehoach.config.json'));
    const run = await runCli(['init'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('already exists, not overwritten');
    expect(lstatSync(join(root, 'kehoach.config.json')).isSymbolicLink()).toBe(true);
    expect(readdirSync(root)).toEqual(['kehoach.config.json']);
  });
});

describe('progress', () => {
  it('draws a bar on a terminal for long runs only, and clears it', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`p${i}.kh`] = 'đơn vị VP: Văn phòng\n';
    const root = tempWorkspace(files);
    const onTerminal = await runCli(['check', '.'], root, { tty: true });
    expect(onTerminal.stderr).toContain('] 60/60');
    expect(onTerminal.stderr.endsWith('\r\u001b[K')).toBe(true);
    const inCi = await runCli(['check', '.'], root, { tty: true, env: { CI: 'true' } });
    expect(inCi.stderr).toBe('');
    const piped = await runCli(['check', '.'], root);
    expect(piped.stderr).toBe('');
  });
});

describe('--fix keeps what the file is', () => {
  const DEFECT = 'văn bản KL120: Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị\n';
  const FIXED = 'văn bản KL120: Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị\n';

  it('keeps a byte order mark', async () => {
    const root = tempWorkspace({ 'a.kh': `\ufeff${DEFECT}` });
    await runCli(['check', '--fix', 'a.kh'], root);
    expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(`\ufeff${FIXED}`);
  });

  it('fixes the file a symbolic link points to and leaves the link a link', async () => {
    const root = tempWorkspace({ 'that/a.kh': DEFECT });
    symlinkSync(join(root, 'that/a.kh'), join(root, 'link.kh'));
    await runCli(['check', '--fix', 'link.kh'], root);
    expect(lstatSync(join(root, 'link.kh')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'that/a.kh'), 'utf8')).toBe(FIXED);
  });
});

describe('standard input', () => {
  it('refuses bytes that are not UTF-8 as a file would be refused, for check and for format', async () => {
    const root = tempWorkspace({});
    const legacy = new Uint8Array([0x6b, 0xe9, 0x20, 0x68, 0x6f, 0xe1, 0x63, 0x68, 0x0a]);
    for (const args of [['check', '-'], ['format', '-']]) {
      const run = await runCli(args, root, { stdin: legacy });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('không phải UTF-8');
      expect(run.stdout).not.toContain('\ufffd');
    }
  });
});
