/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The script of the preview's webview: it shows the server's page as A4 sheets and keeps it there.
 *
 * - Pages: the blocks of each section (the plan, then the annex) are poured into sheets of the page
 *   size with its margins; a paragraph that does not fit is cut between lines (two lines at least on
 *   each side, as Word's widow and orphan control), a task table between rows with its header
 *   repeated, a heading that would end a sheet goes to the next; each sheet after the first of its
 *   section has its number in the top margin, as the DOCX does.
 * - Width: the sheets are scaled down to the panel's width, so nothing scrolls sideways.
 * - Updates: only the blocks that changed are replaced (blocks are compared without their source
 *   offsets, which every edit above them shifts); the reader's place is kept by the block at the top
 *   of the view.
 * - Sync: the extension says where the editor is (`scrollTo`, `cursor`); this page says where the
 *   reader is (`scrolled`) and where a double-click was (`open`), by the blocks' `data-loc`.
 */
import type { PreviewPage } from '../../../server/src/lsp/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What the extension sends. */
type Incoming =
  | { type: 'update'; html: string; page: PreviewPage; version: number }
  | { type: 'scrollTo'; offset: number }
  | { type: 'cursor'; offset: number }
  | { type: 'stale'; stale: boolean; message?: string }
  | { type: 'state'; state: Record<string, unknown> }
  | { type: 'test'; action: 'dblclick' | 'scrollToBlock'; offset: number };

interface Block {
  /** The block's HTML without its source offsets: equal keys mean nothing visible changed. */
  key: string;
  /** The wrapper this page keeps across updates; only its `data-loc` offsets are refreshed. */
  element: HTMLElement;
  section: number;
}

const PX_PER_MM = 96 / 25.4;
const SHEET_GAP_PX = 16;
const vscode = acquireVsCodeApi();
const pages = document.getElementById('pages')!;
const scaler = document.getElementById('scaler')!;
const banner = document.getElementById('banner')!;
const serverStyle = document.getElementById('server-style')!;

let blocks: Block[] = [];
let sectionRoles: string[] = [];
let page: PreviewPage | undefined;
let scale = 1;
let sheetCount = 0;
/** Where this page last scrolled itself: a scroll event that ends there must not move the editor. */
let ownTarget: number | undefined;
let marked: Element | undefined;

const withoutOffsets = (html: string): string => html.replace(/ data-loc="\d+-\d+"/g, '');

function spanOf(element: Element): [number, number] | undefined {
  const value = element.getAttribute('data-loc');
  if (!value) return undefined;
  const [start, end] = value.split('-').map(Number);
  return [start!, end!];
}

/** Cuts a section of the server's page into blocks: a paragraph keeps the rule drawn under it. */
function blocksOf(section: Element, index: number): Block[] {
  const result: Block[] = [];
  for (const child of [...section.children]) {
    const last = result[result.length - 1];
    if (child.classList.contains('rule') && last) {
      last.element.appendChild(child.cloneNode(true));
      last.key = withoutOffsets(last.element.innerHTML);
      continue;
    }
    const element = document.createElement('div');
    element.className = 'block';
    element.appendChild(document.importNode(child, true));
    // A heading never ends a sheet: bold body paragraphs are the plan's headings.
    if (child.matches('p.muc, p.khoan-title, p.type-name, p.title')) element.dataset['keep'] = '';
    result.push({ key: withoutOffsets(element.innerHTML), element, section: index });
  }
  return result;
}

/** Replaces the changed run of blocks (common start and end kept) and refreshes every offset. */
function patch(next: Block[]): number {
  let head = 0;
  while (head < blocks.length && head < next.length && blocks[head]!.key === next[head]!.key && blocks[head]!.section === next[head]!.section) head++;
  let tail = 0;
  while (
    tail < blocks.length - head &&
    tail < next.length - head &&
    blocks[blocks.length - 1 - tail]!.key === next[next.length - 1 - tail]!.key &&
    blocks[blocks.length - 1 - tail]!.section === next[next.length - 1 - tail]!.section
  )
    tail++;
  const kept = (old: Block, fresh: Block): Block => {
    const from = fresh.element.querySelectorAll('[data-loc]');
    old.element.querySelectorAll('[data-loc]').forEach((element, index) => {
      const value = from[index]?.getAttribute('data-loc');
      if (value) element.setAttribute('data-loc', value);
    });
    return old;
  };
  const merged = [
    ...blocks.slice(0, head).map((old, index) => kept(old, next[index]!)),
    ...next.slice(head, next.length - tail),
    ...blocks.slice(blocks.length - tail).map((old, index) => kept(old, next[next.length - tail + index]!)),
  ];
  const replaced = next.length - head - tail;
  blocks = merged;
  return replaced;
}

function newSheet(section: number, number: number): { sheet: HTMLElement; body: HTMLElement } {
  const sheet = document.createElement('section');
  sheet.className = `sheet ${sectionRoles[section] ?? ''}`;
  const body = document.createElement('div');
  body.className = 'sheet-body';
  sheet.appendChild(body);
  // Page numbers from the second sheet of each section, centred in the top margin (titlePg in the DOCX).
  if (number > 1) {
    const label = document.createElement('div');
    label.className = 'page-number';
    label.textContent = String(number);
    sheet.appendChild(label);
  }
  pages.appendChild(sheet);
  sheetCount++;
  return { sheet, body };
}

/** The lines of a paragraph as the browser laid them out, top to bottom, in unscaled pixels from `origin`. */
function linesOf(paragraph: Element, origin: number): { top: number; bottom: number }[] {
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  const lines: { top: number; bottom: number }[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.height === 0) continue;
    const top = (rect.top - origin) / scale;
    const bottom = (rect.bottom - origin) / scale;
    const last = lines[lines.length - 1];
    if (last && top < last.bottom - 1) last.bottom = Math.max(last.bottom, bottom);
    else lines.push({ top, bottom });
  }
  return lines;
}

const overflows = (body: HTMLElement): boolean => body.scrollHeight > body.clientHeight + 0.5;

/**
 * Cuts a one-paragraph block that overflows the sheet after its last whole line that fits, keeping
 * two lines on each side; returns the rest as a block for the next sheet, or undefined when the
 * whole paragraph must move.
 */
function splitParagraph(element: HTMLElement, body: HTMLElement): HTMLElement | undefined {
  const paragraph = element.firstElementChild;
  if (!paragraph || paragraph.tagName !== 'P' || element.children.length !== 1) return undefined;
  const bodyTop = body.getBoundingClientRect().top;
  const limit = body.clientHeight;
  const elementTop = (element.getBoundingClientRect().top - bodyTop) / scale;
  const lines = linesOf(paragraph, bodyTop).filter((line) => line.bottom > elementTop + 0.5);
  let fit = lines.filter((line) => line.bottom <= limit + 0.5).length;
  if (lines.length - fit < 2) fit = lines.length - 2;
  if (fit < 2) return undefined;
  const cut = lines[fit]!.top - elementTop;
  element.style.height = `${cut}px`;
  element.classList.add('cut');
  const rest = element.cloneNode(true) as HTMLElement;
  rest.style.height = '';
  rest.classList.remove('cut');
  rest.classList.add('continued');
  rest.removeAttribute('data-keep');
  // The copy is the whole paragraph drawn higher by what the sheets before already show.
  const copy = rest.firstElementChild as HTMLElement;
  copy.style.marginTop = `${parseFloat(getComputedStyle(paragraph).marginTop) - cut}px`;
  return rest;
}

/** Moves the rows of a task table that do not fit into a copy of the table, header and all. */
function splitTable(element: HTMLElement, body: HTMLElement): HTMLElement | undefined {
  const table = element.querySelector('table.tasks');
  const rows = table ? [...table.querySelectorAll('tbody > tr')] : [];
  if (!table || rows.length < 2) return undefined;
  const rest = element.cloneNode(true) as HTMLElement;
  const restBody = rest.querySelector('tbody')!;
  restBody.replaceChildren();
  while (overflows(body) && rows.length > 1) restBody.prepend(rows.pop()!);
  return restBody.children.length > 0 && rows.length > 0 ? rest : undefined;
}

/** Pours the blocks into sheets, section by section. */
function paginate(): void {
  pages.replaceChildren();
  sheetCount = 0;
  for (const block of blocks) {
    block.element.style.height = '';
    block.element.classList.remove('cut');
  }
  let section = -1;
  let current: { sheet: HTMLElement; body: HTMLElement } | undefined;
  let number = 0;
  for (const block of blocks) {
    if (block.section !== section) {
      section = block.section;
      number = 1;
      current = newSheet(section, number);
    }
    let piece = block.element;
    let moved = false;
    for (;;) {
      current!.body.appendChild(piece);
      if (!overflows(current!.body)) break;
      const rest = splitParagraph(piece, current!.body) ?? splitTable(piece, current!.body);
      if (rest) {
        current = newSheet(section, ++number);
        piece = rest;
        moved = false;
        continue;
      }
      // Taller than a sheet and not to be cut, or already moved once: it stays, clipped.
      if (moved || current!.body.firstElementChild === piece) break;
      // The whole block moves, with the headings that would otherwise end this sheet.
      const headings: HTMLElement[] = [];
      let previous = piece.previousElementSibling;
      while (previous instanceof HTMLElement && previous.dataset['keep'] !== undefined && previous !== current!.body.firstElementChild) {
        headings.unshift(previous);
        previous = previous.previousElementSibling;
      }
      current = newSheet(section, ++number);
      for (const heading of headings) current.body.appendChild(heading);
      moved = true;
    }
  }
}

function applyPage(next: PreviewPage): void {
  page = next;
  const { widthMm, heightMm, marginsMm: m, pageNumberSizePt } = next;
  document.documentElement.style.setProperty('--sheet-width', `${widthMm}mm`);
  document.documentElement.style.setProperty('--sheet-height', `${heightMm}mm`);
  document.documentElement.style.setProperty('--sheet-padding', `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`);
  document.documentElement.style.setProperty('--number-size', `${pageNumberSizePt}pt`);
}

/** Scales the sheets to the panel's width; the scaler's box keeps the scroll height right. */
function fit(): void {
  if (!page) return;
  const natural = page.widthMm * PX_PER_MM + 2 * SHEET_GAP_PX;
  scale = Math.min(1, document.documentElement.clientWidth / natural);
  pages.style.transform = `scale(${scale})`;
  scaler.style.height = `${pages.offsetHeight * scale}px`;
  scaler.style.width = `${natural * scale}px`;
}

/** The block at the top of the view and how far into it the view is, to keep or report the reader's place. */
function topOfView(): { element: Element; fraction: number } | undefined {
  for (const element of document.querySelectorAll('.sheet [data-loc]')) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom > 0 && rect.height > 0) return { element, fraction: Math.min(1, Math.max(0, -rect.top / rect.height)) };
  }
  return undefined;
}

function scrollOwn(top: number): void {
  const end = Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
  ownTarget = Math.min(Math.max(0, top), end);
  window.scrollTo({ top, behavior: 'instant' });
}

function update(message: Extract<Incoming, { type: 'update' }>): void {
  const received = Date.now();
  const started = performance.now();
  const parsed = new DOMParser().parseFromString(message.html, 'text/html');
  serverStyle.textContent = [...parsed.querySelectorAll('style')].map((style) => style.textContent).join('\n');
  const sections = [...parsed.querySelectorAll('body > section')];
  sectionRoles = sections.map((section) => [...section.classList].filter((name) => name !== 'page').join(' '));
  // The reader's place: the wrapper at the top of the view, if it survives the update.
  const anchor = topOfView();
  const anchorBlock = anchor && blocks.find((block) => block.element.contains(anchor.element));
  const anchorTop = anchor ? anchor.element.getBoundingClientRect().top : 0;
  const scrollBefore = window.scrollY;
  const replaced = patch(sections.flatMap(blocksOf));
  applyPage(message.page);
  paginate();
  fit();
  if (anchorBlock && blocks.includes(anchorBlock) && anchorBlock.element.isConnected && anchor.element.isConnected) {
    scrollOwn(window.scrollY + anchor.element.getBoundingClientRect().top - anchorTop);
  } else {
    scrollOwn(scrollBefore);
  }
  if (marked && !marked.isConnected) marked = undefined;
  vscode.postMessage({ type: 'rendered', version: message.version, pages: sheetCount, replaced, blocks: blocks.length, scrollY: window.scrollY, ms: performance.now() - started, received });
}

/** The innermost element whose span holds the offset, else the last one that starts before it. */
function elementAt(offset: number): { element: Element; fraction: number } | undefined {
  let best: Element | undefined;
  let bestSize = Infinity;
  let before: Element | undefined;
  let beforeStart = -1;
  let bestSpan: [number, number] | undefined;
  for (const element of document.querySelectorAll('.sheet .block:not(.continued) [data-loc]')) {
    const span = spanOf(element)!;
    if (span[0] <= offset && offset <= span[1] && span[1] - span[0] < bestSize) {
      best = element;
      bestSize = span[1] - span[0];
      bestSpan = span;
    }
    if (span[0] <= offset && span[0] > beforeStart) {
      before = element;
      beforeStart = span[0];
    }
  }
  if (best && bestSpan) return { element: best, fraction: bestSpan[1] > bestSpan[0] ? (offset - bestSpan[0]) / (bestSpan[1] - bestSpan[0]) : 0 };
  return before ? { element: before, fraction: 0 } : undefined;
}

function scrollToOffset(offset: number): void {
  const target = elementAt(offset);
  if (!target) return;
  const rect = target.element.getBoundingClientRect();
  scrollOwn(window.scrollY + rect.top + rect.height * target.fraction);
}

function markCursor(offset: number): void {
  const target = elementAt(offset)?.element;
  if (target === marked) return;
  marked?.classList.remove('kehoach-cursor');
  target?.classList.add('kehoach-cursor');
  marked = target;
}

function openAt(element: Element | null): void {
  const target = element?.closest('[data-loc]');
  const span = target && spanOf(target);
  if (span) vscode.postMessage({ type: 'open', offset: span[0] });
}

window.addEventListener('message', (event: MessageEvent<Incoming>) => {
  const message = event.data;
  switch (message.type) {
    case 'update':
      update(message);
      break;
    case 'scrollTo':
      scrollToOffset(message.offset);
      break;
    case 'cursor':
      markCursor(message.offset);
      break;
    case 'stale':
      document.body.classList.toggle('stale', message.stale);
      banner.textContent = message.stale ? (message.message ?? '') : '';
      break;
    case 'state':
      vscode.setState({ ...((vscode.getState() as object | undefined) ?? {}), ...message.state });
      break;
    case 'test': {
      // The end-to-end tests act as a reader would, through the same handlers.
      const target = elementAt(message.offset)?.element;
      if (message.action === 'dblclick') target?.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
      else if (target) window.scrollTo(0, window.scrollY + target.getBoundingClientRect().top);
      break;
    }
  }
});

/** Says where the view is once per frame; `own` when this page scrolled itself, which moves no editor. */
let reportScheduled = false;
let reportOwn = true;
window.addEventListener('scroll', () => {
  const own = ownTarget !== undefined && Math.abs(window.scrollY - ownTarget) < 1;
  reportOwn = reportScheduled ? reportOwn && own : own;
  if (reportScheduled) return;
  reportScheduled = true;
  requestAnimationFrame(() => {
    reportScheduled = false;
    const top = topOfView();
    const span = top && spanOf(top.element);
    if (span) vscode.postMessage({ type: 'scrolled', offset: Math.round(span[0] + (span[1] - span[0]) * top.fraction), scrollY: window.scrollY, own: reportOwn });
  });
});

document.addEventListener('dblclick', (event) => openAt(event.target instanceof Element ? event.target : null));
window.addEventListener('resize', () => {
  const anchor = topOfView();
  const before = anchor?.element.getBoundingClientRect().top ?? 0;
  fit();
  if (anchor) scrollOwn(window.scrollY + anchor.element.getBoundingClientRect().top - before);
});

vscode.postMessage({ type: 'ready' });
