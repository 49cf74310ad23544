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
import ignore from 'ignore';
import type { Message } from '../base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../cite/builtin-catalog';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, type KehoachConfig, readConfig } from '../config/config';
import { Workspace } from '../model/workspace';
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

/** Reads a `.kh` file as text, or says in words why it cannot be read. */
export function readPlanText(path: string): { text: string } | { error: Message } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: ioMessage(error) };
  }
  if (bytes.includes(0)) {
    return {
      error: {
        vi: 'Tệp nhị phân, không phải văn bản (.kh phải là văn bản UTF-8).',
        en: 'Binary file, not text (.kh files are UTF-8 text).',
      },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      error: {
        vi: 'Tệp không phải UTF-8 (có thể là bảng mã TCVN3 hay VNI cũ): hãy lưu lại với bảng mã Unicode UTF-8.',
        en: 'The file is not UTF-8 (perhaps a legacy TCVN3 or VNI encoding): save it as Unicode UTF-8.',
      },
    };
  }
}

export function ioMessage(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { vi: 'Không tìm thấy tệp hay thư mục.', en: 'No such file or folder.' };
    case 'EACCES':
    case 'EPERM':
      return { vi: 'Không có quyền đọc hay ghi.', en: 'Permission denied.' };
    case 'EISDIR':
      return { vi: 'Đây là một thư mục, không phải tệp.', en: 'This is a folder, not a file.' };
    case 'EBUSY':
      return { vi: 'Tệp đang được một chương trình khác mở.', en: 'The file is busy (open in another program).' };
    default:
      return {
        vi: `Lỗi vào/ra: ${(error as Error)?.message ?? String(error)}`,
        en: `I/O error: ${(error as Error)?.message ?? String(error)}`,
      };
  }
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

/** `.kh` files under a folder, minus what .gitignore and the configuration's `ignore` leave out. */
function planFilesUnder(dir: string, root: string, config: KehoachConfig): string[] {
  const filter = ignore().add(['node_modules/', '.git/', ...config.ignore]);
  const gitignore = join(root, '.gitignore');
  if (existsSync(gitignore)) filter.add(readFileSync(gitignore, 'utf8'));
  return fg
    .sync('**/*.kh', { cwd: dir, absolute: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })
    .filter((path) => {
      const fromRoot = relative(root, path);
      return fromRoot.startsWith('..') || !filter.ignores(fromRoot.split(sep).join('/'));
    })
    .sort();
}

/**
 * Expands the paths (files, folders, globs) into files, groups them by workspace and loads each
 * workspace with the built-in catalog.
 */
export function loadWorkspaces(paths: string[], io: CliIO, virtualFiles: ReadonlyMap<string, string> = new Map()): LoadResult {
  const errors: PathError[] = [];
  const asked: { file: string; fallbackRoot: string }[] = [];
  for (const path of paths) {
    const absolute = resolve(io.cwd, path);
    if (virtualFiles.has(absolute)) {
      asked.push({ file: absolute, fallbackRoot: dirname(absolute) });
      continue;
    }
    if (GLOB_CHARS.test(path) && !existsSync(absolute)) {
      const found = fg.sync(path, { cwd: io.cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      if (found.length === 0) errors.push({ path, message: { vi: 'Mẫu không khớp tệp nào.', en: 'The pattern matches no file.' } });
      for (const file of found) asked.push({ file, fallbackRoot: dirname(file) });
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
      const files = planFilesUnder(absolute, root, config);
      for (const file of files) asked.push({ file, fallbackRoot: absolute });
    } else {
      asked.push({ file: absolute, fallbackRoot: dirname(absolute) });
    }
  }

  const byRoot = new Map<string, string[]>();
  for (const { file, fallbackRoot } of asked) {
    const root = findConfigDir(dirname(file)) ?? fallbackRoot;
    const list = byRoot.get(root) ?? [];
    if (!list.includes(file)) list.push(file);
    byRoot.set(root, list);
  }

  const workspaces: LoadedWorkspace[] = [];
  for (const [root, files] of byRoot) {
    const { config, configPath } = loadConfig(root, errors);
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    const pathsByUri = new Map<string, string>();
    const members = new Set([...(existsSync(root) ? planFilesUnder(root, root, config) : []), ...files]);
    const askedUris: string[] = [];
    for (const path of members) {
      const virtual = virtualFiles.get(path);
      const read = virtual !== undefined ? { text: virtual } : readPlanText(path);
      const isAsked = files.includes(path);
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
