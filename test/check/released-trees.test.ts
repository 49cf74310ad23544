/**
 * Workspace.releaseTree: a command going through many plans lets each tree go once the other files'
 * facts are taken, and parses a plan again when it comes to it. Every file of a workspace must then
 * be checked exactly as in a workspace that keeps every tree, whatever the order of releases and
 * checks, including the cross-file results (duplicates, unknown and unused ids, citations of
 * documents declared elsewhere) and after a released file's text changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { plan } from './helpers';

const calendar = new WorkingCalendar();
const REPO = join(__dirname, '..', '..');

function kept(files: Record<string, string>): Workspace {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  for (const [uri, text] of Object.entries(files)) workspace.setFile(uri, text);
  return workspace;
}

function checked(workspace: Workspace, uri: string): unknown {
  return JSON.parse(JSON.stringify(checkFile(workspace, uri, { calendar })));
}

/** A small deterministic generator, so a failing order can be run again. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const UNITS = 'đơn vị PTC: Phòng Tài chính\nđơn vị PNV: Phòng Nội vụ';
const CITED = 'văn bản KH7: Kế hoạch số 7/KH-UBND ngày 10/01/2023 của UBND tỉnh\n  trích yếu: về cải cách hành chính';

/** Workspaces whose files depend on each other: shared and repeated ids, references across files. */
const WORKSPACES: Record<string, Record<string, string>> = {
  'declarations and references across files': {
    'file:///ws/danh-muc.kh': `${UNITS}\n${CITED}`,
    'file:///ws/a.kh': plan('1. Thực hiện @KH7, @PTC chủ trì, @PNV phối hợp.'),
    'file:///ws/b.kh': plan('1. @PTC báo cáo; @KHONG chưa khai báo.').replace('đơn vị PKT: Phòng Kinh tế', `đơn vị PKT: Phòng Kinh tế\n${UNITS}`),
    'file:///ws/c.kh': `${CITED}\nđơn vị LE: Đơn vị không ai nhắc`,
  },
  samples: Object.fromEntries(
    readdirSync(join(REPO, 'samples'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.kh'))
      .map((name) => [`file:///samples/${name}`, readFileSync(join(REPO, 'samples', name), 'utf8')]),
  ),
  'the corpus rewrites, as one folder': Object.fromEntries(
    readdirSync(join(REPO, 'test', 'corpus', 'kh'))
      .filter((name) => name.endsWith('.kh'))
      .map((name) => [`file:///corpus/${name}`, readFileSync(join(REPO, 'test', 'corpus', 'kh', name), 'utf8')]),
  ),
};

describe('a workspace that lets its trees go', () => {
  for (const [name, files] of Object.entries(WORKSPACES)) {
    const uris = Object.keys(files);
    const expected = new Map(uris.map((uri) => [uri, checked(kept(files), uri)]));

    it.each([1, 2, 3])(`${name}: every file is checked as with every tree kept (order %i)`, (seed) => {
      const workspace = new Workspace();
      workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
      for (const uri of shuffled(uris, seed)) {
        workspace.setText(uri, files[uri]!);
        workspace.releaseTree(uri);
      }
      for (const uri of shuffled(uris, seed * 7)) {
        expect(checked(workspace, uri), uri).toEqual(expected.get(uri));
        // Checked twice, once with the tree parsed again and once with it kept.
        expect(checked(workspace, uri), uri).toEqual(expected.get(uri));
        workspace.releaseTree(uri);
      }
    });
  }

  it('a released file whose text changes gives its new declarations and references to the others', () => {
    const files = WORKSPACES['declarations and references across files']!;
    const changed = { ...files, 'file:///ws/c.kh': `${UNITS}\nđơn vị LE: Đơn vị không ai nhắc\n\n// @KHONG` };
    const workspace = kept(files);
    for (const uri of Object.keys(files)) workspace.releaseTree(uri);
    workspace.setText('file:///ws/c.kh', changed['file:///ws/c.kh']);
    workspace.releaseTree('file:///ws/c.kh');
    for (const uri of Object.keys(changed)) expect(checked(workspace, uri), uri).toEqual(checked(kept(changed), uri));
  });
});
