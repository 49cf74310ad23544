/**
 * The workspaces the server keeps in memory, found by the same rules as the CLI
 * (server/src/cli/workspace.ts): a workspace is the folder of the nearest `kehoach.config.json`
 * above a file, or else the editor's workspace folder that holds it, or else the file's own folder.
 * Each one holds every `.kh` file under its root plus the built-in catalog, so catalogs anywhere in
 * it resolve. Documents open in the editor override what is on disk.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Message } from '../base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../cite/builtin-catalog';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, type KehoachConfig, readConfig } from '../config/config';
import { WorkingCalendar } from '../deadline/calendar';
import { Workspace } from '../model/workspace';
import type { FileSystem } from './file-system';

/** The root of the project that holds unsaved documents when the editor has no folder open. */
export const UNSAVED_ROOT = 'untitled:';

export interface Project {
  root: string;
  workspace: Workspace;
  config: KehoachConfig;
  calendar: WorkingCalendar;
}

/** One spelling per file URI, so a file read from disk and the same file opened match. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}

export class Projects {
  private readonly projects = new Map<string, Project>();
  /** Text of the documents open in the editor, by canonical URI. */
  private readonly openTexts = new Map<string, string>();
  private folders: string[] = [];

  constructor(
    private readonly fs: FileSystem,
    private readonly log: (message: Message) => void,
  ) {}

  /** Sets the editor's workspace folders and loads every workspace found in them. */
  setFolders(folderUris: readonly string[]): void {
    this.folders = folderUris.flatMap((uri) => uriToPath(uri) ?? []).map((path) => resolve(path));
    this.reload();
  }

  /** Drops everything read from disk and reads it again: after a configuration file changed. */
  reload(): void {
    this.projects.clear();
    for (const folder of this.folders) {
      const root = this.findConfigDir(folder) ?? folder;
      const project = this.project(root);
      for (const path of this.fs.planFilesUnder(folder, root, project.config.ignore)) this.projectForPath(path);
    }
    for (const uri of this.openTexts.keys()) this.projectOf(uri);
  }

  all(): Project[] {
    return [...this.projects.values()];
  }

  /** The workspace a file belongs to, created and loaded from disk on first use. */
  projectOf(uri: string): Project {
    const canonical = canonicalUri(uri);
    const path = uriToPath(canonical);
    const project = path ? this.projectForPath(path) : this.projectForUnsaved();
    const open = this.openTexts.get(canonical);
    if (open !== undefined) project.workspace.setFile(canonical, open);
    return project;
  }

  /** The project that already holds the file, without loading anything. */
  findProject(uri: string): Project | undefined {
    const canonical = canonicalUri(uri);
    return this.all().find((project) => project.workspace.getFile(canonical) !== undefined);
  }

  open(uri: string, text: string): Project {
    const canonical = canonicalUri(uri);
    this.openTexts.set(canonical, text);
    const project = this.projectOf(canonical);
    project.workspace.setFile(canonical, text);
    return project;
  }

  /** A closed document goes back to what the disk says, or out of the workspace if it is not there. */
  close(uri: string): Project | undefined {
    const canonical = canonicalUri(uri);
    this.openTexts.delete(canonical);
    const project = this.findProject(canonical);
    if (project) this.refreshFromDisk(project, canonical);
    return project;
  }

  isOpen(uri: string): boolean {
    return this.openTexts.has(canonicalUri(uri));
  }

  /** A `.kh` file changed on disk; open documents keep the editor's text. */
  diskChanged(uri: string): Project | undefined {
    const canonical = canonicalUri(uri);
    if (this.openTexts.has(canonical)) return this.findProject(canonical);
    const path = uriToPath(canonical);
    if (!path) return undefined;
    const project = this.findProject(canonical) ?? (this.fs.exists(path) ? this.projectForPath(path) : undefined);
    if (project) this.refreshFromDisk(project, canonical);
    return project;
  }

  private refreshFromDisk(project: Project, canonical: string): void {
    const path = uriToPath(canonical);
    const text = path ? this.fs.readText(path) : undefined;
    if (text === undefined) project.workspace.removeFile(canonical);
    else project.workspace.setFile(canonical, text);
  }

  private projectForPath(path: string): Project {
    const dir = dirname(path);
    const folder = this.folders.filter((candidate) => isInside(path, candidate)).sort((a, b) => b.length - a.length)[0];
    const root = this.findConfigDir(dir) ?? folder ?? dir;
    const existing = this.projects.get(root);
    const project = existing ?? this.project(root);
    const uri = pathToUri(path);
    if (!project.workspace.getFile(uri)) {
      const text = this.openTexts.get(uri) ?? this.fs.readText(path);
      if (text !== undefined) project.workspace.setFile(uri, text);
    }
    return project;
  }

  /**
   * A document not yet saved (a new plan) belongs to the first workspace folder, so it can use the
   * department's catalogs before it has a name; without folders, unsaved documents share one.
   */
  private projectForUnsaved(): Project {
    const folder = this.folders[0];
    return folder ? this.project(this.findConfigDir(folder) ?? folder) : this.project(UNSAVED_ROOT);
  }

  /** The project of a root, loading its configuration and its files on first use. */
  private project(root: string): Project {
    const existing = this.projects.get(root);
    if (existing) return existing;
    const config = root === UNSAVED_ROOT ? EMPTY_CONFIG : this.readConfig(root);
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    const project: Project = { root, workspace, config, calendar: WorkingCalendar.withUserOverrides(config.calendar) };
    this.projects.set(root, project);
    if (root !== UNSAVED_ROOT) {
      for (const path of this.fs.planFilesUnder(root, root, config.ignore)) {
        const uri = pathToUri(path);
        const text = this.openTexts.get(uri) ?? this.fs.readText(path);
        if (text !== undefined) workspace.setFile(uri, text);
      }
    }
    return project;
  }

  private readConfig(root: string): KehoachConfig {
    const path = join(root, CONFIG_FILE_NAME);
    const text = this.fs.exists(path) ? this.fs.readText(path) : undefined;
    if (text === undefined) return EMPTY_CONFIG;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.log({ vi: `${path}: tệp cấu hình không phải JSON hợp lệ: ${detail}`, en: `${path}: the configuration is not valid JSON: ${detail}` });
      return EMPTY_CONFIG;
    }
    const read = readConfig(parsed);
    for (const message of read.errors) this.log({ vi: `${path}: ${message.vi}`, en: `${path}: ${message.en}` });
    return read.config;
  }

  private findConfigDir(start: string): string | undefined {
    let dir = resolve(start);
    for (;;) {
      if (this.fs.exists(join(dir, CONFIG_FILE_NAME))) return dir;
      const parent = dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
}
