/**
 * The workspaces the server keeps in memory. Which files make up a workspace is decided by
 * server/src/project/discovery.ts, the rule the CLI follows too, so a folder gives the same
 * diagnostics in the editor and in `kehoach check`. Each workspace also holds the built-in
 * catalog; documents open in the editor override what is on disk.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Message } from '../base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../cite/builtin-catalog';
import type { DocumentCatalog } from '../cite/catalog';
import { openCatalogs } from '../cli/catalogs';
import { EMPTY_CONFIG, type KehoachConfig } from '../config/config';
import { WorkingCalendar } from '../deadline/calendar';
import { Workspace } from '../model/workspace';
import { type DiscoveryFiles, findConfigDir, loadConfig, workspaceMembers, workspaceRootOf } from '../project/discovery';
import type { FileSystem } from './file-system';
import { DEFLATED_TEXT_STORE } from './text-store';

/** The root of the project that holds unsaved documents when the editor has no folder open. */
export const UNSAVED_ROOT = 'untitled:';

export interface Project {
  root: string;
  workspace: Workspace;
  config: KehoachConfig;
  calendar: WorkingCalendar;
  /** The catalogs the configuration names (cli/catalogs.ts), opened once per project. */
  catalogs: DocumentCatalog[];
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

export class Projects {
  private readonly projects = new Map<string, Project>();
  /** Text of the documents open in the editor, by canonical URI. */
  private readonly openTexts = new Map<string, string>();
  private folders: string[] = [];
  private readonly files: DiscoveryFiles;
  /**
   * Plans found on disk and not yet read, in the order they were found. A workspace of a thousand
   * plans is read and parsed from here a slice at a time (`loadPending`), while the editor's
   * requests are answered.
   */
  private readonly pending = new Set<string>();

  constructor(
    private readonly fs: FileSystem,
    private readonly log: (message: Message) => void,
  ) {
    this.files = {
      exists: (path) => fs.exists(path),
      read: (path) => {
        const text = fs.readText(path);
        return text === undefined ? { error: { vi: 'Không đọc được tệp.', en: 'The file cannot be read.' } } : { text };
      },
      planFilesUnder: (dir, root, ignorePatterns, options) => fs.planFilesUnder(dir, root, ignorePatterns, options),
    };
  }

  /** Sets the editor's workspace folders and finds every workspace in them; `loadPending` reads their plans. */
  setFolders(folderUris: readonly string[]): void {
    this.folders = folderUris.flatMap((uri) => uriToPath(uri) ?? []).map((path) => resolve(path));
    this.reload();
  }

  /** Drops everything read from disk and finds it again: after a configuration file changed. */
  reload(): void {
    this.projects.clear();
    this.pending.clear();
    for (const folder of this.folders) {
      const root = findConfigDir(folder, this.files) ?? folder;
      const { config } = this.project(root);
      for (const path of this.fs.planFilesUnder(folder, root, config.ignore, { recursive: true })) this.pending.add(path);
    }
    for (const uri of this.openTexts.keys()) this.projectOf(uri);
  }

  /** How many plans found on disk are still to be read. */
  pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Reads and parses plans found on disk until none is left or `enough()` says the slice is over,
   * and says how many it read. Each plan enters its workspace indexed, so a request answered
   * between two slices reads the plans loaded so far and never parses the rest on its way. Only
   * what the other files need of a plan no editor has open is kept (Workspace.releaseTree): its
   * check parses it again, so the server holds the trees of the open documents and not of every
   * plan of the folders.
   */
  loadPending(enough: () => boolean): number {
    let read = 0;
    for (const path of this.pending) {
      this.pending.delete(path);
      const uri = pathToUri(path);
      const { workspace } = this.projectForPath(path);
      if (this.openTexts.has(uri)) workspace.getFile(uri);
      else workspace.releaseTree(uri);
      read++;
      if (enough()) break;
    }
    return read;
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
    // An open document is edited a keystroke at a time: its parse keeps what the next one reuses.
    if (open !== undefined) project.workspace.setText(canonical, open, { editing: true });
    return project;
  }

  /**
   * The workspace a new plan saved in `uri` would join: for a `.kh` file its own, for a folder the
   * one its files belong to.
   */
  projectOfLocation(uri: string): Project {
    const path = uriToPath(canonicalUri(uri));
    if (!path) return this.projectForUnsaved();
    if (/\.kh$/i.test(path)) return this.projectOf(uri);
    return this.project(findConfigDir(path, this.files) ?? resolve(path));
  }

  /** The project that already holds the file, without loading anything. */
  findProject(uri: string): Project | undefined {
    const canonical = canonicalUri(uri);
    return this.all().find((project) => project.workspace.has(canonical));
  }

  open(uri: string, text: string): Project {
    const canonical = canonicalUri(uri);
    this.openTexts.set(canonical, text);
    const project = this.projectOf(canonical);
    project.workspace.setFile(canonical, text, { editing: true });
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
    else project.workspace.setText(canonical, text);
  }

  private projectForPath(path: string): Project {
    const project = this.project(workspaceRootOf(path, this.files));
    const uri = pathToUri(path);
    if (!project.workspace.has(uri)) {
      const text = this.openTexts.get(uri) ?? this.fs.readText(path);
      // Parsed when first read, so loading a large workspace parses nothing yet.
      if (text !== undefined) project.workspace.setText(uri, text);
    }
    return project;
  }

  /**
   * A document not yet saved (a new plan) belongs to the first workspace folder, so it can use the
   * department's catalogs before it has a name; without folders, unsaved documents share one.
   */
  private projectForUnsaved(): Project {
    const folder = this.folders[0];
    return folder ? this.project(findConfigDir(folder, this.files) ?? folder) : this.project(UNSAVED_ROOT);
  }

  /** The project of a root, loading its configuration and finding its files on first use. */
  private project(root: string): Project {
    const existing = this.projects.get(root);
    if (existing) return existing;
    const loaded = root === UNSAVED_ROOT ? undefined : loadConfig(root, this.files);
    for (const message of loaded?.errors ?? []) this.log({ vi: `${loaded?.configPath}: ${message.vi}`, en: `${loaded?.configPath}: ${message.en}` });
    const config = loaded?.config ?? EMPTY_CONFIG;
    const workspace = new Workspace({ textStore: DEFLATED_TEXT_STORE });
    workspace.setText(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    // Catalog exports are read from the disk itself, not through the editor's view of the files: they
    // are data the user never edits in the editor, and they are indexed beside themselves.
    const opened = loaded && config.catalogs.length > 0 ? openCatalogs(root, config.catalogs) : { catalogs: [], notices: [] };
    for (const notice of opened.notices) {
      const where = notice.line > 0 ? `${notice.path}:${notice.line}` : notice.path;
      this.log({ vi: `${where}: ${notice.message.vi}`, en: `${where}: ${notice.message.en}` });
    }
    const project: Project = { root, workspace, config, calendar: WorkingCalendar.withUserOverrides(config.calendar), catalogs: opened.catalogs };
    this.projects.set(root, project);
    // Its plans are read by loadPending, a slice at a time.
    if (loaded) for (const path of workspaceMembers(root, loaded, this.files)) this.pending.add(path);
    return project;
  }
}
