/**
 * `kehoach format` when the disk does not cooperate: a file edited while the command runs is never
 * overwritten, and a failed write is reported with exit code 2 and leaves the file as it was.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli, tempWorkspace } from '../helpers/cli';

const hooks = vi.hoisted(() => ({ beforeSecondRead: undefined as ((path: string) => void) | undefined, failWrite: false }));

vi.mock('../../server/src/node/plan-files', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../server/src/node/plan-files')>();
  const reads = new Map<string, number>();
  return {
    ...original,
    readPlanText: (path: string) => {
      const count = (reads.get(path) ?? 0) + 1;
      reads.set(path, count);
      if (count === 2) hooks.beforeSecondRead?.(path);
      return original.readPlanText(path);
    },
  };
});

vi.mock('../../server/src/node/atomic-write', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../server/src/node/atomic-write')>();
  return {
    ...original,
    writeFileAtomic: (path: string, data: string | Uint8Array) => {
      if (hooks.failWrite) throw new original.WriteError(path, 'EACCES', Object.assign(new Error('denied'), { code: 'EACCES' }));
      original.writeFileAtomic(path, data);
    },
  };
});

afterEach(() => {
  hooks.beforeSecondRead = undefined;
  hooks.failWrite = false;
});

const MESSY = 'I. Mục\nII. A\nII. B\n';

describe('kehoach format and the disk', () => {
  it('does not overwrite a file that changed during the run', async () => {
    const root = tempWorkspace({ 'a.kh': MESSY });
    const typedMeanwhile = `${MESSY}Dòng vừa gõ thêm.\n`;
    hooks.beforeSecondRead = (path) => writeFileSync(path, typedMeanwhile);
    const run = await runCli(['format', 'a.kh'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('a.kh: Tệp đã thay đổi trong lúc định dạng, không ghi đè.\n');
    expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(typedMeanwhile);
  });

  it('speaks the configured language without --lang, and --lang wins over it', async () => {
    const root = tempWorkspace({ 'a.kh': MESSY, 'kehoach.config.json': '{ "language": "en" }\n' });
    chmodSync(join(root, 'a.kh'), 0o444);
    const run = await runCli(['format', 'a.kh'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a.kh: Cannot write the file: The file is read-only');
    const vietnamese = await runCli(['format', '--lang', 'vi', 'a.kh'], root);
    expect(vietnamese.stderr).toContain('a.kh: Không ghi được tệp: Tệp chỉ cho đọc');
    expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(MESSY);
  });

  it('reports a failed write and keeps the file', async () => {
    const root = tempWorkspace({ 'a.kh': MESSY });
    hooks.failWrite = true;
    const run = await runCli(['format', '--lang', 'en', 'a.kh'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('a.kh: Cannot write the file: Permission denied.\n');
    expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(MESSY);
  });
});
