/**
 * Finds the `.kh` files a command was given and the workspace each belongs to, and reads them.
 *
 * Which workspace a file belongs to is decided by server/src/project/discovery.ts, the rule the
 * language server follows too. Every `.kh` file of a workspace is loaded, so its catalogs resolve;
 * diagnostics are only printed for the files asked for.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Message } from '../base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../cite/builtin-catalog';
import type { DocumentCatalog } from '../cite/catalog';
import { openCatalogs } from './catalogs';
import type { KehoachConfig } from '../config/config';
import { Workspace } from '../model/workspace';
import { type ExpansionOptions, ioMessage, isPlanPath, planFilesMatching, planFilesUnder, readPlanText, uniqueFiles } from '../node/plan-files';
import { type DiscoveryFiles, findConfigDir, loadConfig, workspaceMembers, workspaceRootOf } from '../project/discovery';
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
  /** The catalogs the configuration names, opened (cli/catalogs.ts). */
  catalogs: DocumentCatalog[];
}

export interface LoadResult {
  workspaces: LoadedWorkspace[];
  errors: PathError[];
  /** What is wrong in the catalogs (bad rows, a missing file): said, never fatal. */
  notices: PathError[];
}

const GLOB_CHARS = /[*?[\]{}]/;

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The disk as workspace discovery sees it, with the same reading rules as for plans. */
export const nodeDiscoveryFiles: DiscoveryFiles = {
  exists: (path) => existsSync(path),
  read: (path) => readPlanText(path),
  planFilesUnder: (dir, root, ignorePatterns, options) => planFilesUnder(dir, root, ignorePatterns, options),
};

const NOT_A_PLAN = {
  vi: 'Không phải tệp .kh: chỉ kiểm tra và định dạng tệp kế hoạch .kh.',
  en: 'Not a .kh file: only .kh plans are checked and formatted.',
};

/**
 * Expands the paths (files, folders, globs) into the `.kh` files they name, in the order given. A
 * folder gives the files under it minus the ignored ones; `virtualFiles` (standard input) are
 * taken as they are. Folders and globs leave symbolic links out unless `options` says to follow
 * them; a file named itself is taken through its link.
 */
export function expandPaths(
  paths: string[],
  io: CliIO,
  virtualFiles: ReadonlyMap<string, string> = new Map(),
  options: ExpansionOptions = {},
): { asked: string[]; errors: PathError[] } {
  const errors: PathError[] = [];
  const asked: string[] = [];
  for (const path of paths) {
    const absolute = resolve(io.cwd, path);
    if (virtualFiles.has(absolute)) {
      asked.push(absolute);
      continue;
    }
    if (GLOB_CHARS.test(path) && !existsSync(absolute)) {
      const found = planFilesMatching(path, io.cwd, options);
      if (found.length === 0) errors.push({ path, message: { vi: 'Mẫu không khớp tệp .kh nào.', en: 'The pattern matches no .kh file.' } });
      asked.push(...found);
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
      const root = findConfigDir(absolute, nodeDiscoveryFiles) ?? absolute;
      const { config } = loadConfig(root, nodeDiscoveryFiles);
      asked.push(...planFilesUnder(absolute, root, config.ignore, options));
    } else if (!isPlanPath(absolute)) {
      errors.push({ path, message: NOT_A_PLAN });
    } else {
      asked.push(absolute);
    }
  }
  return { asked, errors };
}

/**
 * Expands the paths into files, groups them by workspace (server/src/project/discovery.ts says
 * which) and loads each workspace with the built-in catalog.
 */
export function loadWorkspaces(
  paths: string[],
  io: CliIO,
  virtualFiles: ReadonlyMap<string, string> = new Map(),
  options: ExpansionOptions = {},
): LoadResult {
  const { asked, errors } = expandPaths(paths, io, virtualFiles, options);

  const byRoot = new Map<string, string[]>();
  for (const file of asked) {
    const root = workspaceRootOf(file, nodeDiscoveryFiles);
    const group = byRoot.get(root) ?? [];
    if (!group.includes(file)) group.push(file);
    byRoot.set(root, group);
  }

  const workspaces: LoadedWorkspace[] = [];
  const notices: PathError[] = [];
  for (const [root, files] of byRoot) {
    const loadedConfig = loadConfig(root, nodeDiscoveryFiles);
    const { config, configPath } = loadedConfig;
    for (const message of loadedConfig.errors) errors.push({ path: configPath ?? root, message });
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    const pathsByUri = new Map<string, string>();
    const members = uniqueFiles([...files, ...(existsSync(root) ? workspaceMembers(root, loadedConfig, nodeDiscoveryFiles) : [])]);
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
      // Parsed once for what the other files need of it, then its tree is let go: a command going
      // through a folder of plans parses each again when it comes to it and holds one tree at a time.
      workspace.setText(uri, read.text);
      workspace.releaseTree(uri);
      pathsByUri.set(uri, path);
      if (isAsked) askedUris.push(uri);
    }
    const opened = openCatalogs(root, config.catalogs);
    for (const notice of opened.notices) notices.push({ path: notice.line > 0 ? `${notice.path}:${notice.line}` : notice.path, message: notice.message });
    const loaded: LoadedWorkspace = { root, workspace, config, files: askedUris, paths: pathsByUri, catalogs: opened.catalogs };
    if (configPath) loaded.configPath = configPath;
    workspaces.push(loaded);
  }
  return { workspaces, errors, notices };
}

/** A path as the user sees it: relative to the working folder, with forward slashes. */
export function displayPath(io: CliIO, absolute: string): string {
  return (relative(io.cwd, absolute) || absolute).split(sep).join('/');
}
