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
 *   offsets, which every edit above them shifts), and only the sheets from the one that holds the
 *   first change are poured again, until a sheet starts with the same unchanged block as before:
 *   from there on the sheets are what they were, and are kept with their numbers updated. The
 *   reader's place is kept by the block at the top of the view.
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
  /** The copies that carry the rest of the block onto the next sheets when it was cut. */
  rests: HTMLElement[];
}

interface Sheet {
  element: HTMLElement;
  body: HTMLElement;
  section: number;
  number: number;
  /** The block the sheet starts with, unless it starts with the rest of a block cut on the sheet before. */
  first?: Block;
}

const PX_PER_MM = 96 / 25.4;
const SHEET_GAP_PX = 16;
const vscode = acquireVsCodeApi();
const pages = document.getElementById('pages')!;
const scaler = document.getElementById('scaler')!;
const banner = document.getElementById('banner')!;
const serverStyle = document.getElementById('server-style')!;

let blocks: Block[] = [];
let sheets: Sheet[] = [];
let sectionRoles: string[] = [];
let page: PreviewPage | undefined;
let scale = 1;
/** The block each wrapper on the sheets belongs to, the copies of a cut block included. */
const blockOf = new WeakMap<Element, Block>();
/** The page size, styles and sections the sheets were poured for. */
let lastLayout = '';
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
    const block: Block = { key: withoutOffsets(element.innerHTML), element, section: index, rests: [] };
    blockOf.set(element, block);
    result.push(block);
  }
  return result;
}

/** Replaces the changed run of blocks (common start and end kept) and refreshes every offset. */
function patch(next: Block[]): { head: number; replaced: number } {
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
    // The copies of a cut block hold the same elements (a table's rest, its header and moved rows).
    for (const piece of [old.element, ...old.rests]) {
      piece.querySelectorAll('[data-loc]').forEach((element, index) => {
        const value = from[index]?.getAttribute('data-loc');
        if (value) element.setAttribute('data-loc', value);
      });
    }
    return old;
  };
  const merged = [
    ...blocks.slice(0, head).map((old, index) => kept(old, next[index]!)),
    ...next.slice(head, next.length - tail),
    ...blocks.slice(blocks.length - tail).map((old, index) => kept(old, next[next.length - tail + index]!)),
  ];
  const replaced = next.length - head - tail;
  blocks = merged;
  return { head, replaced };
}

/** Page numbers from the second sheet of each section, centred in the top margin (titlePg in the DOCX). */
function setNumber(sheet: Sheet, number: number): void {
  sheet.number = number;
  let label = sheet.element.querySelector(':scope > .page-number');
  if (number > 1 && !label) {
    label = document.createElement('div');
    label.className = 'page-number';
    sheet.element.appendChild(label);
  }
  if (label && number <= 1) label.remove();
  else if (label) label.textContent = String(number);
}

/** A new empty sheet, placed before `before` (the first of the sheets being poured again) or last. */
function newSheet(section: number, number: number, before: Element | null): Sheet {
  const element = document.createElement('section');
  element.className = `sheet ${sectionRoles[section] ?? ''}`;
  const body = document.createElement('div');
  body.className = 'sheet-body';
  element.appendChild(body);
  const sheet: Sheet = { element, body, section, number: 0 };
  setNumber(sheet, number);
  pages.insertBefore(element, before);
  sheets.push(sheet);
  return sheet;
}

/**
 * Takes back what the last pouring did to a block: its height, its cut, the rows moved to its
 * copies. A paragraph's copies stay where they are, and are returned with its cut: when the block
 * is cut again at the same line, the old sheets from its first copy on are still right.
 */
function restore(block: Block): { rests: HTMLElement[]; cut: string } | undefined {
  const rows = block.element.querySelector('table.tasks > tbody');
  const former = block.rests.length > 0 && !rows ? { rests: block.rests, cut: block.element.style.height } : undefined;
  if (rows) {
    for (const rest of block.rests) {
      for (const row of [...rest.querySelectorAll('table.tasks > tbody > tr')]) rows.appendChild(row);
      rest.remove();
    }
  }
  block.rests = [];
  block.element.style.height = '';
  block.element.classList.remove('cut');
  return former;
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
  blockOf.get(element)?.rests.push(rest);
  blockOf.set(rest, blockOf.get(element)!);
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
  if (restBody.children.length === 0 || rows.length === 0) {
    // Nothing can move: the rows taken out go back, and the table stays whole.
    table.querySelector('tbody')!.append(...restBody.children);
    return undefined;
  }
  rest.classList.add('continued');
  blockOf.get(element)?.rests.push(rest);
  blockOf.set(rest, blockOf.get(element)!);
  return rest;
}

/**
 * Pours the blocks into sheets from `changed` (the first block that changed) on, and tells how many
 * sheets were poured. The pouring starts again at the last sheet before that block that starts with
 * a whole block, since a cut or a heading kept with what follows ties a sheet to the one before. It
 * stops when a sheet would start with a block of the unchanged end (from `unchanged` on) that
 * started a sheet before: from there the old sheets are the same, and are kept.
 */
function paginate(changed: number, unchanged: number): number {
  const anchor = blocks[changed - 1]?.element.closest('.sheet');
  let restart = changed === 0 || !anchor ? 0 : sheets.findIndex((sheet) => sheet.element === anchor);
  while (restart > 0 && sheets[restart]!.first === undefined) restart--;
  if (restart < 0) restart = 0;
  const from = restart === 0 ? 0 : Math.max(0, blocks.indexOf(sheets[restart]!.first!));
  const old = sheets.slice(restart);
  sheets = sheets.slice(0, restart);
  const indexOf = new Map(blocks.map((block, index) => [block, index]));
  const reusable = new Map<Block, number>();
  old.forEach((sheet, index) => {
    if (sheet.first && (indexOf.get(sheet.first) ?? -1) >= unchanged) reusable.set(sheet.first, index);
  });
  /** Blocks this pouring took back from a cut: an old sheet that held part of one cannot be kept as it was. */
  const uncut = new Set<Block>();
  const before = old[0]?.element ?? null;
  const poured = sheets.length;
  let kept: Sheet[] = [];

  /**
   * A sheet for `first` (undefined: the rest of a cut block), or undefined when the old sheet that
   * started with it may be kept (`mayKeep`), and is, with all after it.
   */
  const sheetFor = (first: Block | undefined, section: number, number: number, mayKeep = true): Sheet | undefined => {
    const index = first && mayKeep ? reusable.get(first) : undefined;
    if (index !== undefined && old[index]!.section === section) {
      kept = old.slice(index);
      return undefined;
    }
    const sheet = newSheet(section, number, before);
    if (first) sheet.first = first;
    return sheet;
  };

  // The sheet to start from is poured again whole, numbered on from the sheet before it.
  let current: Sheet | undefined;
  let section = sheets[restart - 1]?.section ?? -1;
  let number = sheets[restart - 1]?.number ?? 0;
  pour: for (let index = from; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.section !== section || !current) {
      number = block.section !== section ? 1 : number + 1;
      section = block.section;
      current = sheetFor(block, section, number);
      if (!current) break pour;
    }
    if (block.rests.length > 0) uncut.add(block);
    const former = restore(block);
    let piece = block.element;
    let moved = false;
    for (;;) {
      current.body.appendChild(piece);
      if (!overflows(current.body)) break;
      const rest = splitParagraph(piece, current.body) ?? splitTable(piece, current.body);
      if (rest && piece === block.element && former && (indexOf.get(block) ?? -1) >= unchanged && Math.abs(parseFloat(block.element.style.height) - parseFloat(former.cut)) < 0.01) {
        // Cut at the same line as before: the old sheet that starts with its rest, and all after it, are kept.
        const index = old.findIndex((sheet) => sheet.element.contains(former.rests[0]!));
        if (index >= 0 && old[index]!.section === section) {
          block.rests = former.rests;
          kept = old.slice(index);
          break pour;
        }
      }
      if (rest) {
        current = sheetFor(undefined, section, ++number)!;
        piece = rest;
        moved = false;
        continue;
      }
      // Taller than a sheet and not to be cut, or already moved once: it stays, clipped.
      if (moved || current.body.firstElementChild === piece) break;
      // The whole block moves, with the headings that would otherwise end this sheet.
      const headings: HTMLElement[] = [];
      let previous = piece.previousElementSibling;
      while (previous instanceof HTMLElement && previous.dataset['keep'] !== undefined && previous !== current.body.firstElementChild) {
        headings.unshift(previous);
        previous = previous.previousElementSibling;
      }
      const whole = piece === block.element;
      const mayKeep = ![...headings, piece].some((element) => uncut.has(blockOf.get(element)!));
      const next = sheetFor(whole ? blockOf.get(headings[0] ?? piece) : undefined, section, ++number, mayKeep);
      if (!next) {
        // The old sheet that started with these blocks is kept: they go back to its start.
        kept[0]!.body.prepend(...headings, piece);
        break pour;
      }
      current = next;
      for (const heading of headings) current.body.appendChild(heading);
      moved = true;
    }
  }
  for (const sheet of old) if (!kept.includes(sheet)) sheet.element.remove();
  // The kept sheets follow the new ones: their numbers go on from there.
  for (const sheet of kept) {
    const last = sheets[sheets.length - 1];
    setNumber(sheet, last && last.section === sheet.section ? last.number + 1 : 1);
    sheets.push(sheet);
  }
  return sheets.length - poured - kept.length;
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
  const style = [...parsed.querySelectorAll('style')].map((element) => element.textContent).join('\n');
  const sections = [...parsed.querySelectorAll('body > section')];
  const roles = sections.map((section) => [...section.classList].filter((name) => name !== 'page').join(' '));
  // Another page size, margin, type size or kind of section changes every sheet.
  const layout = JSON.stringify([style, roles, message.page]);
  const relayout = layout !== lastLayout;
  lastLayout = layout;
  serverStyle.textContent = style;
  sectionRoles = roles;
  // The reader's place: the wrapper at the top of the view, if it survives the update.
  const anchor = topOfView();
  const anchorBlock = anchor && blocks.find((block) => block.element.contains(anchor.element));
  const anchorTop = anchor ? anchor.element.getBoundingClientRect().top : 0;
  const scrollBefore = window.scrollY;
  const before = blocks.length;
  const { head, replaced } = patch(sections.flatMap(blocksOf));
  applyPage(message.page);
  const unchanged = head + replaced;
  // Nothing visible changed when no block did and none went: the sheets stay as they are.
  const repaged = relayout ? paginate(0, blocks.length) : replaced > 0 || before !== blocks.length ? paginate(head, unchanged) : 0;
  fit();
  if (anchorBlock && blocks.includes(anchorBlock) && anchorBlock.element.isConnected && anchor.element.isConnected) {
    scrollOwn(window.scrollY + anchor.element.getBoundingClientRect().top - anchorTop);
  } else {
    scrollOwn(scrollBefore);
  }
  if (marked && !marked.isConnected) marked = undefined;
  vscode.postMessage({ type: 'rendered', version: message.version, pages: sheets.length, repaged, replaced, blocks: blocks.length, scrollY: window.scrollY, ms: performance.now() - started, received });
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
