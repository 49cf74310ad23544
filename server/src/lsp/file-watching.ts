/**
 * Seeing what changes on disk: a catalog created, a plan deleted, `kehoach.config.json` edited.
 * An editor that can watch files for the server (VS Code, Neovim 0.9+) is asked to, by dynamic
 * registration of `workspace/didChangeWatchedFiles`; for one that cannot (Neovim 0.7 and 0.8,
 * Helix), the server watches the workspace folders itself through its file system, and hands the
 * changes to the same handler, so both ways behave alike.
 */
import { type ClientCapabilities, type Connection, DidChangeWatchedFilesNotification, type FileEvent, FileChangeType } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/config';
import type { FileSystem } from './file-system';
import { pathToUri } from './projects';

export const WATCHED_GLOBS = ['**/*.kh', `**/${CONFIG_FILE_NAME}`];

export function clientWatchesFiles(capabilities: ClientCapabilities): boolean {
  return capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
}

export async function askClientToWatch(connection: Connection): Promise<void> {
  await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) });
}

/** Plans and configurations, outside the folders the workspace never reads (node_modules, .git). */
function isWatched(path: string): boolean {
  const normalised = path.replace(/\\/g, '/');
  if (/\/(node_modules|\.git)\//.test(normalised)) return false;
  return /\.kh$/i.test(normalised) || normalised.endsWith(`/${CONFIG_FILE_NAME}`);
}

/**
 * The server's own watch over the workspace folders. A save or a `git checkout` is a burst of
 * events: they are gathered until the event loop turns and given as one batch, one event per file.
 */
export class ServerWatcher {
  private watches: { close(): void }[] = [];
  private pending = new Map<string, FileEvent>();
  private flushing = false;

  constructor(
    private readonly fs: FileSystem,
    private readonly onChanges: (changes: FileEvent[]) => void,
  ) {}

  /** Watches these folders (paths) instead of the ones before. */
  watch(folders: readonly string[]): void {
    this.close();
    const { fs } = this;
    if (!fs.watch) return;
    for (const folder of folders) {
      try {
        this.watches.push(fs.watch(folder, (path) => this.changed(path)));
      } catch {
        // A folder that cannot be watched (gone, or too many watches) is read again only on reload.
      }
    }
  }

  close(): void {
    for (const watch of this.watches) watch.close();
    this.watches = [];
  }

  private changed(path: string): void {
    if (!isWatched(path)) return;
    const type = this.fs.exists(path) ? FileChangeType.Changed : FileChangeType.Deleted;
    const uri = pathToUri(path);
    this.pending.set(uri, { uri, type });
    if (this.flushing) return;
    this.flushing = true;
    setImmediate(() => {
      this.flushing = false;
      const changes = [...this.pending.values()];
      this.pending.clear();
      this.onChanges(changes);
    });
  }
}
