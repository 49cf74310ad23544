/**
 * The workspace index: every `.kh` file the tools know of (plans, catalog files and the built-in
 * catalog), parsed once per version, with the declarations of documents and units merged into one
 * namespace. Tasks belong to their plan and are looked up per file.
 *
 * The index holds text given to it; reading files is the caller's business (CLI or server).
 */
import { parsePlan } from '../syntax/parse';
import type { Declaration, DocumentDecl, PlanFile, TaskDecl, UnitDecl } from './ast';
import { forEachInline } from './walk';

export interface Declared<T extends Declaration = DocumentDecl | UnitDecl> {
  declaration: T;
  uri: string;
  /** Declared by the built-in catalog that ships with the tools. */
  builtin: boolean;
}

interface Entry {
  /** Absent until the file is first read: a workspace loaded from disk parses on demand. */
  file?: PlanFile;
  uri: string;
  text: string;
  builtin: boolean;
}

export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private globalIndex: Map<string, Declared[]> | undefined;
  private referenced: Set<string> | undefined;

  /** Adds or replaces a file; parsing is skipped when the text did not change. */
  setFile(uri: string, text: string, options: { builtin?: boolean } = {}): PlanFile {
    this.setText(uri, text, options);
    return this.getFile(uri)!;
  }

  /**
   * Adds or replaces a file without parsing it: it is parsed when first read. A server that loads
   * a workspace of a thousand plans can then answer the editor before it has parsed any.
   */
  setText(uri: string, text: string, options: { builtin?: boolean } = {}): void {
    const existing = this.entries.get(uri);
    if (existing && existing.text === text) return;
    this.entries.set(uri, { uri, text, builtin: options.builtin ?? false });
    this.invalidate();
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  removeFile(uri: string): void {
    if (this.entries.delete(uri)) this.invalidate();
  }

  getFile(uri: string): PlanFile | undefined {
    const entry = this.entries.get(uri);
    return entry && parsed(entry);
  }

  getText(uri: string): string | undefined {
    return this.entries.get(uri)?.text;
  }

  isBuiltin(uri: string): boolean {
    return this.entries.get(uri)?.builtin ?? false;
  }

  /** Files given by the user (not the built-in catalog), in a stable order. */
  userFiles(): PlanFile[] {
    return [...this.entries.values()]
      .filter((entry) => !entry.builtin)
      .map(parsed)
      .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  allFiles(): PlanFile[] {
    return [...this.entries.values()].map(parsed);
  }

  /** Every declaration of a document or unit id, user files before the built-in catalog. */
  declarationsOf(id: string): Declared[] {
    return this.index().get(id) ?? [];
  }

  /** All document and unit ids, for completion. */
  allDeclarations(): Declared[] {
    return [...this.index().values()].flat();
  }

  /**
   * The declaration a reference in `fromUri` means: one in the same file first, then one in the
   * user's files, then the built-in catalog. Duplicates are reported by a check; resolution stays
   * deterministic.
   */
  resolve(id: string, fromUri: string): Declared | undefined {
    const candidates = this.declarationsOf(id);
    return candidates.find((candidate) => candidate.uri === fromUri) ?? candidates[0];
  }

  resolveDocument(id: string, fromUri: string): Declared<DocumentDecl> | undefined {
    const found = this.resolve(id, fromUri);
    return found?.declaration.kind === 'document' ? (found as Declared<DocumentDecl>) : undefined;
  }

  resolveUnit(id: string, fromUri: string): Declared<UnitDecl> | undefined {
    const found = this.resolve(id, fromUri);
    return found?.declaration.kind === 'unit' ? (found as Declared<UnitDecl>) : undefined;
  }

  /** Every id that some `@ID` in the workspace refers to, for the unused-declaration check. */
  referencedIds(): Set<string> {
    if (this.referenced) return this.referenced;
    const referenced = new Set<string>();
    for (const entry of this.entries.values()) {
      forEachInline(parsed(entry), (inline) => {
        if (inline.kind === 'ref') referenced.add(inline.id);
      });
    }
    this.referenced = referenced;
    return referenced;
  }

  private invalidate(): void {
    this.globalIndex = undefined;
    this.referenced = undefined;
  }

  private index(): Map<string, Declared[]> {
    if (this.globalIndex) return this.globalIndex;
    const index = new Map<string, Declared[]>();
    const ordered = [...this.entries.entries()].sort(([uriA, a], [uriB, b]) =>
      a.builtin !== b.builtin ? (a.builtin ? 1 : -1) : uriA < uriB ? -1 : uriA > uriB ? 1 : 0,
    );
    for (const [uri, entry] of ordered) {
      for (const declaration of parsed(entry).declarations) {
        if (declaration.kind === 'task') continue;
        const list = index.get(declaration.id) ?? [];
        list.push({ declaration, uri, builtin: entry.builtin });
        index.set(declaration.id, list);
      }
    }
    this.globalIndex = index;
    return index;
  }
}

function parsed(entry: Entry): PlanFile {
  entry.file ??= parsePlan(entry.uri, entry.text);
  return entry.file;
}

/** The tasks of a plan, by id; a repeated id keeps every declaration for the duplicate check. */
export function tasksOf(file: PlanFile): Map<string, TaskDecl[]> {
  const tasks = new Map<string, TaskDecl[]>();
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'task') continue;
    const list = tasks.get(declaration.id) ?? [];
    list.push(declaration);
    tasks.set(declaration.id, list);
  }
  return tasks;
}
