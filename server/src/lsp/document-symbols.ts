/**
 * The outline of a plan: its header, the phần, mục, khoản and điểm as they nest, the tasks under
 * the khoản that declares them, and the declarations of documents and units.
 */
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { Location } from '../base/source';
import type { Item, Paragraph, PlanFile, TaskDecl } from '../model/ast';
import { fieldOf, inlineSource } from '../model/walk';
import { toRange } from './to-lsp';

const MAX_NAME = 80;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_NAME ? `${oneLine.slice(0, MAX_NAME - 1)}…` : oneLine;
}

interface Span {
  start: number;
  end: number;
  range: Location['range'];
}

// Each symbol remembers its span in offsets, so an enclosing symbol can grow to cover its children.
const SPANS = new WeakMap<DocumentSymbol, Span>();

/**
 * A symbol whose range covers its own location, its selection and its children: the editor drops
 * an outline whose selection range lies outside the full range.
 */
function build(name: string, kind: SymbolKind, loc: Location, selection: Location, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  const spans: Span[] = [loc, selection, ...children.map((child) => SPANS.get(child)!)];
  const first = spans.reduce((a, b) => (b.start < a.start ? b : a));
  const last = spans.reduce((a, b) => (b.end > a.end ? b : a));
  const span: Span = { start: first.start, end: last.end, range: { start: first.range.start, end: last.range.end } };
  const result: DocumentSymbol = { name: name || '…', kind, range: toRange(span), selectionRange: toRange(selection), children };
  if (detail) result.detail = detail;
  SPANS.set(result, span);
  return result;
}

function paragraphText(paragraph: Paragraph | undefined): string {
  return paragraph ? inlineSource(paragraph.inlines) : '';
}

function taskSymbol(task: TaskDecl): DocumentSymbol {
  const name = task.title?.text ?? fieldOf(task, 'content')?.value.text ?? '';
  const deadline = fieldOf(task, 'deadline')?.value.text;
  return build(`${task.id}${name ? `: ${shorten(name)}` : ''}`, SymbolKind.Event, task.loc, task.idLoc, [], deadline);
}

const ITEM_KINDS: Record<Item['kind'], SymbolKind> = {
  // A Phần holds mục as a package holds namespaces.
  phan: SymbolKind.Package,
  muc: SymbolKind.Namespace,
  khoan: SymbolKind.Module,
  diem: SymbolKind.Field,
  dash: SymbolKind.String,
  plus: SymbolKind.String,
};

function itemSymbol(item: Item): DocumentSymbol | undefined {
  const children = [...item.children.flatMap((child) => itemSymbol(child) ?? []), ...item.tasks.map(taskSymbol)];
  // Bullets are prose, not structure: they appear only when they hold a task.
  if ((item.kind === 'dash' || item.kind === 'plus') && children.length === 0) return undefined;
  const text = paragraphText(item.title ?? item.paragraphs[0]);
  return build(`${item.marker} ${shorten(text)}`.trim(), ITEM_KINDS[item.kind], item.loc, item.markerLoc, children);
}

export function documentSymbols(file: PlanFile): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  if (file.header) {
    const title = fieldOf(file.header, 'title')?.value.text;
    symbols.push(build(title ? shorten(`Kế hoạch: ${title}`) : 'Kế hoạch', SymbolKind.File, file.header.loc, file.header.loc));
  }
  symbols.push(...file.items.flatMap((item) => itemSymbol(item) ?? []));
  const itemTasks = new Set<TaskDecl>();
  const collect = (items: Item[]): void => {
    for (const item of items) {
      item.tasks.forEach((task) => itemTasks.add(task));
      collect(item.children);
    }
  };
  collect(file.items);
  for (const declaration of file.declarations) {
    if (declaration.kind === 'task') {
      if (!itemTasks.has(declaration)) symbols.push(taskSymbol(declaration));
    } else if (declaration.kind === 'document') {
      symbols.push(build(declaration.id, SymbolKind.Constant, declaration.loc, declaration.idLoc, [], shorten(declaration.phrase.text)));
    } else {
      symbols.push(build(declaration.id, SymbolKind.Object, declaration.loc, declaration.idLoc, [], shorten(declaration.name.text)));
    }
  }
  if (file.recipients) symbols.push(build('Nơi nhận', SymbolKind.Array, file.recipients.loc, file.recipients.headLoc));
  return symbols;
}
