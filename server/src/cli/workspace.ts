/**
 * Finds the `.kh` files a command was given and the workspace each belongs to, and reads them.
 *
 * A workspace is the folder of the nearest `kehoach.config.json` above a file, or, without one,
 * the folder the user named (or the file's folder). Every `.kh` file in it is loaded, so catalogs
 * anywhere in the workspace resolve; diagnostics are only printed for the files asked for.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import type { Message } from '../base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../cite/builtin-catalog';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, type KehoachConfig, readConfig } from '../config/config';
import { Workspace } from '../model/workspace';
import { ioMessage, isPlanPath, planFilesUnder, readPlanText, uniqueFiles } from '../node/plan-files';
import type { CliIO } from './io';

export interface PathError {
  path: string;
  message: Message;
}

export interface LoadedWorkspace {
  root: string;
  workspace: Workspace;
  config: KehoachConfig;
  configPath?: string;
  /** URIs of the files the user asked for, in this workspace. */
  files: string[];
  /** Absolute path of each loaded URI, for printing. */
  paths: Map<string, string>;
}

export interface LoadResult {
  workspaces: LoadedWorkspace[];
  errors: PathError[];
}

const GLOB_CHARS = /[*?[\]{}]/;

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The folder of the nearest configuration file above `start`, if any. */
export function findConfigDir(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE_NAME))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function loadConfig(root: string, errors: PathError[]): { config: KehoachConfig; configPath?: string } {
  const configPath = join(root, CONFIG_FILE_NAME);
  if (!existsSync(configPath)) return { config: EMPTY_CONFIG };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (error) {
    errors.push({
      path: configPath,
      message:
        error instanceof SyntaxError
          ? { vi: `Tệp cấu hình không phải JSON hợp lệ: ${error.message}`, en: `The configuration is not valid JSON: ${error.message}` }
          : ioMessage(error),
    });
    return { config: EMPTY_CONFIG, configPath };
  }
  const read = readConfig(parsed);
  for (const message of read.errors) errors.push({ path: configPath, message });
  return { config: read.config, configPath };
}

/** A file the user asked for, and the folder that is its workspace when no configuration says otherwise. */
export interface AskedFile {
  file: string;
  fallbackRoot: string;
  /**
   * Whether the fallback workspace takes the `.kh` files of sub-folders too: yes for a folder the
   * user named, no for a single file, whose workspace is only the files beside it (an old copy in
   * a sub-folder must not turn every declaration into a duplicate).
   */
  recursive: boolean;
}

const NOT_A_PLAN = {
  vi: 'Không phải tệp .kh: chỉ kiểm tra và định dạng tệp kế hoạch .kh.',
  en: 'Not a .kh file: only .kh plans are checked and formatted.',
};

/**
 * Expands the paths (files, folders, globs) into the `.kh` files they name, in the order given. A
 * folder gives the files under it minus the ignored ones; `virtualFiles` (standard input) are
 * taken as they are.
 */
export function expandPaths(paths: string[], io: CliIO, virtualFiles: ReadonlyMap<string, string> = new Map()): { asked: AskedFile[]; errors: PathError[] } {
  const errors: PathError[] = [];
  const asked: AskedFile[] = [];
  for (const path of paths) {
    const absolute = resolve(io.cwd, path);
    if (virtualFiles.has(absolute)) {
      asked.push({ file: absolute, fallbackRoot: dirname(absolute), recursive: false });
      continue;
    }
    if (GLOB_CHARS.test(path) && !existsSync(absolute)) {
      const found = uniqueFiles(fg.sync(path, { cwd: io.cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }).filter(isPlanPath));
      if (found.length === 0) errors.push({ path, message: { vi: 'Mẫu không khớp tệp .kh nào.', en: 'The pattern matches no .kh file.' } });
      for (const file of found) asked.push({ file, fallbackRoot: dirname(file), recursive: false });
      continue;
    }
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      errors.push({ path, message: ioMessage(error) });
      continue;
    }
    if (stats.isDirectory()) {
      const root = findConfigDir(absolute) ?? absolute;
      const { config } = loadConfig(root, []);
      const files = planFilesUnder(absolute, root, config.ignore);
      for (const file of files) asked.push({ file, fallbackRoot: absolute, recursive: true });
    } else if (!isPlanPath(absolute)) {
      errors.push({ path, message: NOT_A_PLAN });
    } else {
      asked.push({ file: absolute, fallbackRoot: dirname(absolute), recursive: false });
    }
  }
  return { asked, errors };
}

/**
 * Expands the paths into files, groups them by workspace and loads each workspace with the
 * built-in catalog.
 */
export function loadWorkspaces(paths: string[], io: CliIO, virtualFiles: ReadonlyMap<string, string> = new Map()): LoadResult {
  const { asked, errors } = expandPaths(paths, io, virtualFiles);

  // A configuration folder is a workspace with all its sub-folders; without one, the fallback
  // root says how far the workspace reaches.
  const byRoot = new Map<string, { files: string[]; recursive: boolean }>();
  for (const { file, fallbackRoot, recursive } of asked) {
    const configRoot = findConfigDir(dirname(file));
    const root = configRoot ?? fallbackRoot;
    const group = byRoot.get(root) ?? { files: [], recursive: false };
    if (!group.files.includes(file)) group.files.push(file);
    group.recursive ||= configRoot !== undefined || recursive;
    byRoot.set(root, group);
  }

  const workspaces: LoadedWorkspace[] = [];
  for (const [root, { files, recursive }] of byRoot) {
    const { config, configPath } = loadConfig(root, errors);
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    const pathsByUri = new Map<string, string>();
    const members = uniqueFiles([...files, ...(existsSync(root) ? planFilesUnder(root, root, config.ignore, { recursive }) : [])]);
    const askedSet = new Set(files);
    const askedUris: string[] = [];
    for (const path of members) {
      const virtual = virtualFiles.get(path);
      const read = virtual !== undefined ? { text: virtual } : readPlanText(path);
      const isAsked = askedSet.has(path);
      if ('error' in read) {
        if (isAsked) errors.push({ path: relative(io.cwd, path) || path, message: read.error });
        continue;
      }
      const uri = fileUri(path);
      workspace.setFile(uri, read.text);
      pathsByUri.set(uri, path);
      if (isAsked) askedUris.push(uri);
    }
    const loaded: LoadedWorkspace = { root, workspace, config, files: askedUris, paths: pathsByUri };
    if (configPath) loaded.configPath = configPath;
    workspaces.push(loaded);
  }
  return { workspaces, errors };
}

/** A path as the user sees it: relative to the working folder, with forward slashes. */
export function displayPath(io: CliIO, absolute: string): string {
  return (relative(io.cwd, absolute) || absolute).split(sep).join('/');
}
