/**
 * The workspace index: every `.kh` file the tools know of (plans, catalog files and the built-in
 * catalog), parsed once per version, with the declarations of documents and units merged into one
 * namespace. Tasks belong to their plan and are looked up per file.
 *
 * The index holds text given to it; reading files is the caller's business (CLI or server).
 */
import { parsePlan, parsePlanAfterEdit } from '../syntax/parse';
import type { Lexed } from '../syntax/relex';
import type { Declaration, DocumentDecl, PlanFile, TaskDecl, UnitDecl } from './ast';
import { forEachInline } from './walk';

export interface Declared<T extends Declaration = DocumentDecl | UnitDecl> {
  declaration: T;
  uri: string;
  /** Declared by the built-in catalog that ships with the tools. */
  builtin: boolean;
}

interface Entry {
  /** Absent until the file is first read, and after releaseTree: the text is parsed on demand. */
  file?: PlanFile;
  uri: string;
  /**
   * The text as given; once its tree is released, the bytes its workspace's TextStore keeps it in
   * instead (UTF-8 by default: about half the memory of Vietnamese text held as a JavaScript
   * string, two bytes a character, and outside the heap).
   */
  text: string | Uint8Array;
  /** Its workspace's. */
  store: TextStore;
  builtin: boolean;
  /** What other files need of this one, taken when it is first parsed and kept while its tree is released. */
  facts?: Facts;
  /** Being edited (open in an editor): its parse keeps its tokens for the parse of the next version. */
  editing: boolean;
  /**
   * The tokens of the last parse of a file being edited: of this text once it is parsed, and until
   * then of the version it replaced, which its parse reads again only where the edit changed it.
   */
  lexed?: Lexed;
}

export interface FileOptions {
  /** Declared by the built-in catalog that ships with the tools. */
  builtin?: boolean;
  /**
   * The text is being edited, a version at a time: each parse keeps its tokens so that the next
   * re-reads only the lines an edit touched (syntax/relex.ts), as an editor's keystrokes need. A
   * command that reads each file once leaves it out and keeps no tokens.
   */
  editing?: boolean;
}

/**
 * How the text of a file whose tree is released is kept until it is parsed again: bytes that
 * `unpack` turns back into the text `pack` was given. The index keeps a text this way only when it
 * reads back the same; otherwise it keeps the text as it was given.
 */
export interface TextStore {
  pack(text: string): Uint8Array;
  unpack(bytes: Uint8Array): string;
}

const encoder = new TextEncoder();
// A byte order mark at the start is the text's own and is kept, as the lexer expects to see it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A released text as its UTF-8 bytes. */
export const UTF8_TEXT_STORE: TextStore = {
  pack: (text) => encoder.encode(text),
  unpack: (bytes) => decoder.decode(bytes),
};

interface Facts {
  /** Its documents and units as the index holds them, in the order of its declarations. */
  declared: Declared[];
  /** The ids its `@ID` references name. */
  referenced: Set<string>;
}

export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private globalIndex: Map<string, Declared[]> | undefined;
  private referenced: Set<string> | undefined;
  private declarationList: Declared[] | undefined;
  private readonly store: TextStore;

  constructor(options: { textStore?: TextStore } = {}) {
    this.store = options.textStore ?? UTF8_TEXT_STORE;
  }

  /** Adds or replaces a file; parsing is skipped when the text did not change. */
  setFile(uri: string, text: string, options: FileOptions = {}): PlanFile {
    this.setText(uri, text, options);
    return this.getFile(uri)!;
  }

  /**
   * Adds or replaces a file without parsing it: it is parsed when first read. A server that loads
   * a workspace of a thousand plans can then answer the editor before it has parsed any.
   */
  setText(uri: string, text: string, options: FileOptions = {}): void {
    const existing = this.entries.get(uri);
    if (existing && textOf(existing) === text) {
      if (options.editing) existing.editing = true;
      return;
    }
    const editing = options.editing ?? false;
    const entry: Entry = { uri, text, store: this.store, builtin: options.builtin ?? false, editing };
    if (editing && existing?.lexed) entry.lexed = existing.lexed;
    this.entries.set(uri, entry);
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

  /**
   * Drops the parsed tree of a file and keeps only what the other files need of it (its documents
   * and units, the ids it refers to), so that a command going through many plans holds one tree
   * at a time instead of all of them. The next read parses the text again and puts the new tree's
   * declarations where the old ones stood in the index, so the index and the tree still agree.
   * A file whose tree is let go is not being edited, so its tokens go too. What is kept holds
   * nothing of the tree or of the text's string (keepApart), and the text is kept as UTF-8 bytes.
   */
  releaseTree(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    const facts = factsOf(entry);
    if (entry.file) keepApart(facts);
    entry.file = undefined;
    if (typeof entry.text === 'string') entry.text = compactText(entry.text, entry.store);
    entry.editing = false;
    entry.lexed = undefined;
  }

  getText(uri: string): string | undefined {
    const entry = this.entries.get(uri);
    return entry && textOf(entry);
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

  /** The URIs of the files given by the user, in userFiles' order, without parsing any. */
  userUris(): string[] {
    return [...this.entries.values()]
      .filter((entry) => !entry.builtin)
      .map((entry) => entry.uri)
      .sort();
  }

  allFiles(): PlanFile[] {
    return [...this.entries.values()].map(parsed);
  }

  /** Every declaration of a document or unit id, user files before the built-in catalog. */
  declarationsOf(id: string): Declared[] {
    return this.index().get(id) ?? [];
  }

  /**
   * All document and unit declarations, for completion and the checks that compare a file with
   * every declaration; one list per revision of the index, since each file's check asks for it.
   */
  allDeclarations(): readonly Declared[] {
    this.declarationList ??= [...this.index().values()].flat();
    return this.declarationList;
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
    for (const entry of this.entries.values()) for (const id of factsOf(entry).referenced) referenced.add(id);
    this.referenced = referenced;
    return referenced;
  }

  private invalidate(): void {
    this.globalIndex = undefined;
    this.referenced = undefined;
    this.declarationList = undefined;
  }

  private index(): Map<string, Declared[]> {
    if (this.globalIndex) return this.globalIndex;
    const index = new Map<string, Declared[]>();
    const ordered = [...this.entries.entries()].sort(([uriA, a], [uriB, b]) =>
      a.builtin !== b.builtin ? (a.builtin ? 1 : -1) : uriA < uriB ? -1 : uriA > uriB ? 1 : 0,
    );
    for (const [, entry] of ordered) {
      for (const declared of factsOf(entry).declared) {
        const list = index.get(declared.declaration.id) ?? [];
        list.push(declared);
        index.set(declared.declaration.id, list);
      }
    }
    this.globalIndex = index;
    return index;
  }
}

function parsed(entry: Entry): PlanFile {
  if (entry.file) return entry.file;
  let file: PlanFile;
  if (entry.editing) {
    const parse = parsePlanAfterEdit(entry.uri, textOf(entry), entry.lexed);
    file = parse.file;
    entry.lexed = parse.lexed;
  } else {
    file = parsePlan(entry.uri, textOf(entry));
  }
  entry.file = file;
  if (!entry.facts) {
    entry.facts = factsOfTree(entry, file);
    return file;
  }
  // Parsed again after releaseTree: the same text gives the same declarations in the same order,
  // which take the place of the released ones in the index.
  let at = 0;
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'task') entry.facts.declared[at++]!.declaration = declaration;
  }
  return file;
}

/**
 * What the index keeps of a released file, made to hold nothing of its tree or its text: a tree's
 * locations find their lines through the file's line index, which holds the whole text, and in V8
 * a string cut from a text is a view that keeps the whole text alive. Written as JSON and read
 * back, each location is its plain start, end and range (OffsetLocation.toJSON) and each string is
 * a string of its own, so the text can go once the entry holds only its bytes.
 */
function keepApart(facts: Facts): void {
  for (const declared of facts.declared) declared.declaration = JSON.parse(JSON.stringify(declared.declaration)) as typeof declared.declaration;
  facts.referenced = new Set(JSON.parse(JSON.stringify([...facts.referenced])) as string[]);
}

/**
 * The text in the store's bytes when they give the same text back. A text with a lone surrogate
 * (which an editor can send, a file read as UTF-8 cannot hold) is kept as it is, since its UTF-8
 * would read back with U+FFFD in its place and the plan would no longer be what the user wrote.
 */
function compactText(text: string, store: TextStore): string | Uint8Array {
  const bytes = store.pack(text);
  return store.unpack(bytes) === text ? bytes : text;
}

function textOf(entry: Entry): string {
  return typeof entry.text === 'string' ? entry.text : entry.store.unpack(entry.text);
}

function factsOf(entry: Entry): Facts {
  if (!entry.facts) parsed(entry);
  return entry.facts!;
}

function factsOfTree(entry: Entry, file: PlanFile): Facts {
  const declared: Declared[] = [];
  for (const declaration of file.declarations) {
    if (declaration.kind !== 'task') declared.push({ declaration, uri: entry.uri, builtin: entry.builtin });
  }
  const referenced = new Set<string>();
  forEachInline(file, (inline) => {
    if (inline.kind === 'ref') referenced.add(inline.id);
  });
  return { declared, referenced };
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
