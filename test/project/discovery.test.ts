/**
 * One membership rule for the CLI and the editor: on multi-folder workspaces, `kehoach check` of
 * the parent folder and the language server with that folder open give every file the same
 * diagnostics.
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempWorkspace } from '../helpers/cli';
import { CATALOG, CLEAN_PLAN as PLAN } from '../helpers/plans';
import { startTestServer } from '../lsp/harness';


interface Case {
  name: string;
  files: Record<string, string>;
  /** What the rule implies, so the comparison cannot pass with both sides equally wrong. */
  duplicates: number;
}

const CASES: Case[] = [
  {
    name: 'two copies of a plan in sibling folders, no configuration: two workspaces',
    files: { 'a/ke-hoach.kh': PLAN, 'a/danh-muc.kh': CATALOG, 'b/ke-hoach.kh': PLAN, 'b/danh-muc.kh': CATALOG },
    duplicates: 0,
  },
  {
    name: 'a plan with an old copy of its catalog in a sub-folder, no configuration: the sub-folder is its own workspace',
    files: { 'ke-hoach.kh': PLAN, 'danh-muc.kh': CATALOG, 'cu/danh-muc.kh': CATALOG },
    duplicates: 0,
  },
  {
    name: 'a configuration folder holds its sub-folders: two catalogs declaring the same ids are duplicates',
    files: { 'kehoach.config.json': '{}', 'ke-hoach.kh': PLAN, 'chung/danh-muc.kh': CATALOG, 'cu/danh-muc.kh': CATALOG },
    duplicates: 4,
  },
  {
    name: 'a nested configuration makes its folder a workspace of its own',
    files: {
      'kehoach.config.json': '{}',
      'ke-hoach.kh': PLAN,
      'danh-muc.kh': CATALOG,
      'du-an/kehoach.config.json': '{}',
      'du-an/ke-hoach.kh': PLAN,
      'du-an/chung/danh-muc.kh': CATALOG,
    },
    duplicates: 0,
  },
];

type Findings = Record<string, string[]>;

interface JsonFile {
  path: string;
  diagnostics: { code: string; line: number; column: number }[];
}

async function cliFindings(files: Record<string, string>): Promise<Findings> {
  const root = tempWorkspace(files);
  const run = await runCli(['check', '--format', 'json', '.'], root);
  const findings: Findings = {};
  for (const file of JSON.parse(run.stdout) as JsonFile[]) {
    findings[file.path] = file.diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.code}`).sort();
  }
  return findings;
}

async function editorFindings(files: Record<string, string>): Promise<Findings> {
  const server = await startTestServer({ files });
  const findings: Findings = {};
  try {
    for (const [path, text] of Object.entries(files)) {
      if (!path.endsWith('.kh')) continue;
      const opened = await server.open(path, text);
      findings[path] = opened.diagnostics
        .map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${String(diagnostic.code)}`)
        .sort();
    }
  } finally {
    server.dispose();
  }
  return findings;
}

function countOf(findings: Findings, code: string): number {
  return Object.values(findings)
    .flat()
    .filter((finding) => finding.endsWith(` ${code}`)).length;
}

describe('workspace membership is the same in the CLI and the editor', () => {
  it.each(CASES)('$name', async ({ files, duplicates }) => {
    const cli = await cliFindings(files);
    const editor = await editorFindings(files);
    expect(Object.keys(cli).sort()).toEqual(Object.keys(editor).sort());
    expect(editor).toEqual(cli);
    expect(countOf(cli, 'ref/duplicate-declaration')).toBe(duplicates);
  });
});
