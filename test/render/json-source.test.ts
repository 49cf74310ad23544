/**
 * `kehoach build --format json` names the plan by its path in the workspace, whatever folder the
 * command runs from, and never writes the absolute path of the machine that built it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempWorkspace } from '../helpers/cli';
import { SAMPLES_DIR } from './helpers';

const plan = readFileSync(join(SAMPLES_DIR, 'ngan-gon-2025', 'ke-hoach.kh'), 'utf8');

describe('the source of the JSON export', () => {
  it.each([
    // [files, working folder under the root, path given, the source the JSON names]
    [{ 'ke-hoach.kh': plan }, '.', 'ke-hoach.kh', 'ke-hoach.kh'],
    [{ 'kehoach.config.json': '{}', '2025/quy-1/ke-hoach.kh': plan }, '.', '2025/quy-1/ke-hoach.kh', '2025/quy-1/ke-hoach.kh'],
    [{ 'kehoach.config.json': '{}', '2025/quy-1/ke-hoach.kh': plan }, '2025', 'quy-1/ke-hoach.kh', '2025/quy-1/ke-hoach.kh'],
  ])('%j from %s: %s is %s', async (files, cwd, path, source) => {
    const root = tempWorkspace(files);
    const run = await runCli(['build', path, '--format', 'json', '-o', 'plan.json'], join(root, cwd));
    expect(run.stderr).toBe('');
    const written = readFileSync(join(root, cwd, 'plan.json'), 'utf8');
    expect(JSON.parse(written)).toMatchObject({ version: 2, source });
    expect(written).not.toContain(root);
    expect(written).not.toContain('file:');
  });
});
