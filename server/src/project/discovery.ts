/**
 * Which files make up a workspace: the one rule the CLI and the language server share, so a
 * folder gives the same diagnostics in `kehoach check` and in the editor.
 *
 * - A file's workspace is the folder of the nearest `kehoach.config.json` above it; that
 *   workspace holds every `.kh` file under the folder, sub-folders included, minus the ignored
 *   ones and those under a nested configuration, which is a workspace of its own.
 * - Without a configuration, a file's workspace is its own folder, and only the `.kh` files
 *   directly in it. Two copies of a plan side by side in sibling folders are then two
 *   workspaces, not one full of duplicate declarations; a department that keeps its catalogs in
 *   a sub-folder says so with a configuration file (`kehoach init` writes one).
 *
 * The disk is reached through `DiscoveryFiles`, so the server's tests run this on files in
 * memory and the core stays free of IO.
 */
import { dirname, join, resolve } from 'node:path';
import type { Message } from '../base/diagnostic';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, type KehoachConfig, readConfig } from '../config/config';

/** What discovery needs from a file system. */
export interface DiscoveryFiles {
  exists(path: string): boolean;
  /** The text of a file, or why it cannot be read. */
  read(path: string): { text: string } | { error: Message };
  /**
   * `.kh` files under `dir` (only those directly in it unless `recursive`), minus `node_modules/`,
   * `.git/`, the `ignore` patterns and the `.gitignore` of `root`, which are relative to `root`.
   */
  planFilesUnder(dir: string, root: string, ignorePatterns: readonly string[], options: { recursive: boolean }): string[];
}

export interface LoadedConfig {
  config: KehoachConfig;
  /** Where the configuration file is, when the workspace has one. */
  configPath?: string;
  /** What is wrong with the configuration file; the workspace then runs with the defaults. */
  errors: Message[];
}

/** The folder of the nearest configuration file at or above `start`, if any. */
export function findConfigDir(start: string, files: DiscoveryFiles): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (files.exists(join(dir, CONFIG_FILE_NAME))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The root of the workspace that `path` (a `.kh` file) belongs to. */
export function workspaceRootOf(path: string, files: DiscoveryFiles): string {
  const folder = dirname(resolve(path));
  return findConfigDir(folder, files) ?? folder;
}

/** Reads and validates the configuration of a workspace root; a root without one has the defaults. */
export function loadConfig(root: string, files: DiscoveryFiles): LoadedConfig {
  const configPath = join(root, CONFIG_FILE_NAME);
  if (!files.exists(configPath)) return { config: EMPTY_CONFIG, errors: [] };
  const read = files.read(configPath);
  if ('error' in read) return { config: EMPTY_CONFIG, configPath, errors: [read.error] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      config: EMPTY_CONFIG,
      configPath,
      errors: [{ vi: `Tệp cấu hình không phải JSON hợp lệ: ${detail}`, en: `The configuration is not valid JSON: ${detail}` }],
    };
  }
  const validated = readConfig(parsed);
  return { config: validated.config, configPath, errors: validated.errors };
}

/**
 * Every `.kh` file of the workspace at `root`, by the rule at the top of this module. A sub-folder
 * with a configuration of its own is another workspace, so its files are left out.
 */
export function workspaceMembers(root: string, config: LoadedConfig, files: DiscoveryFiles): string[] {
  const recursive = config.configPath !== undefined;
  const found = files.planFilesUnder(root, root, config.config.ignore, { recursive });
  return recursive ? found.filter((path) => workspaceRootOf(path, files) === resolve(root)) : found;
}
