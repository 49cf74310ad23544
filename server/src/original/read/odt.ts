/**
 * Reads an OpenDocument text (content.xml and styles.xml in a ZIP package) into an
 * `OriginalDocument`, the way the Word reader does: paragraphs and headings in order, those in
 * table cells with their cell, the accepted text of tracked changes (ODF keeps deletions apart in
 * `text:tracked-changes`, so the inline text is the accepted one), list numbers computed from the
 * list styles, and run and paragraph formatting resolved through the style chain (default style,
 * parent styles, the automatic style of the element).
 */
import { mergeRun, type OriginalDocument, type OriginalParagraph, type OriginalRun, type PageFormat, type ParagraphFormat, type RunFormat } from '../document';
import { toRoman } from '../../base/roman';
import { child, children, childElements, descendants, outermost, ownText, parseXml, type XmlElement } from './xml';
import { readZip } from './zip';
import { NotThisFormat } from './refusal';

interface StyleDefinition {
  parent?: string;
  element: XmlElement;
}

/** A length of ODF ("1.27cm", "12.7mm", "0.5in", "13pt", "1pc") in centimetres. */
function lengthCm(value: string | undefined): number | undefined {
  const match = /^(-?[0-9]*\.?[0-9]+)(cm|mm|in|pt|pc|px)$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const number = Number(match[1]);
  const perUnit: Record<string, number> = { cm: 1, mm: 0.1, in: 2.54, pt: 2.54 / 72, pc: 2.54 / 6, px: 2.54 / 96 };
  return Math.round(number * perUnit[match[2]!]! * 1000) / 1000;
}

/** Points to a tenth: LibreOffice stores 6 pt as 0.212 cm. */
const cmToPt = (cm: number) => Math.round((cm / 2.54) * 72 * 10) / 10;

/** A font family as ODF writes it: possibly quoted, possibly a list; the first is the one used. */
function familyName(value: string): string {
  return value.split(',')[0]!.trim().replace(/^['"]|['"]$/g, '');
}

class OdfStyles {
  private readonly styles = new Map<string, StyleDefinition>();
  private readonly defaults = new Map<string, XmlElement>();
  readonly fontFaces = new Map<string, string>();
  readonly listStyles = new Map<string, XmlElement>();
  private readonly runCache = new Map<string, RunFormat>();
  private readonly paragraphCache = new Map<string, ParagraphFormat>();

  add(root: XmlElement | undefined): void {
    if (!root) return;
    for (const holder of childElements(root)) {
      if (holder.name === 'office:font-face-decls') {
        for (const face of children(holder, 'style:font-face')) {
          const family = face.attributes['svg:font-family'];
          if (face.attributes['style:name']) this.fontFaces.set(face.attributes['style:name'], family ? familyName(family) : face.attributes['style:name']);
        }
      }
      if (holder.name !== 'office:styles' && holder.name !== 'office:automatic-styles') continue;
      for (const style of childElements(holder)) {
        const family = style.attributes['style:family'] ?? '';
        if (style.name === 'style:default-style') this.defaults.set(family, style);
        else if (style.name === 'style:style' && style.attributes['style:name']) {
          const parent = style.attributes['style:parent-style-name'];
          this.styles.set(`${family}:${style.attributes['style:name']}`, { ...(parent ? { parent } : {}), element: style });
        } else if (style.name === 'text:list-style' && style.attributes['style:name']) this.listStyles.set(style.attributes['style:name'], style);
      }
    }
  }

  /** The default style of the family, then the style's parents, the most basic first. */
  private chain(family: string, name: string | undefined): XmlElement[] {
    const chain: XmlElement[] = [];
    const seen = new Set<string>();
    let at = name;
    while (at && !seen.has(at)) {
      seen.add(at);
      const style = this.styles.get(`${family}:${at}`);
      if (!style) break;
      chain.unshift(style.element);
      at = style.parent;
    }
    const fallback = this.defaults.get(family);
    if (fallback) chain.unshift(fallback);
    return chain;
  }

  style(family: string, name: string | undefined): XmlElement | undefined {
    return name ? this.styles.get(`${family}:${name}`)?.element : undefined;
  }

  runFormat(family: 'paragraph' | 'text', name: string | undefined): RunFormat {
    const key = `${family}:${name ?? ''}`;
    let format = this.runCache.get(key);
    if (!format) {
      format = {};
      for (const style of this.chain(family, name)) format = mergeRun(format, this.textProperties(child(style, 'style:text-properties')));
      this.runCache.set(key, format);
    }
    return format;
  }

  paragraphFormat(name: string | undefined): ParagraphFormat {
    const key = name ?? '';
    let format = this.paragraphCache.get(key);
    if (!format) {
      format = {};
      for (const style of this.chain('paragraph', name)) format = { ...format, ...paragraphProperties(child(style, 'style:paragraph-properties')) };
      this.paragraphCache.set(key, format);
    }
    return format;
  }

  /** The list style a paragraph style numbers its paragraphs with, if any. */
  listStyleOf(name: string | undefined): string | undefined {
    let found: string | undefined;
    for (const style of this.chain('paragraph', name)) found = style.attributes['style:list-style-name'] ?? found;
    return found;
  }

  private textProperties(properties: XmlElement | undefined): RunFormat {
    const format: RunFormat = {};
    if (!properties) return format;
    const attributes = properties.attributes;
    const font = (nameAttribute: string, familyAttribute: string) => {
      const name = attributes[nameAttribute];
      if (name) return this.fontFaces.get(name) ?? name;
      const family = attributes[familyAttribute];
      return family ? familyName(family) : undefined;
    };
    const western = font('style:font-name', 'fo:font-family');
    const asian = font('style:font-name-asian', 'style:font-family-asian');
    const complex = font('style:font-name-complex', 'style:font-family-complex');
    const fonts: NonNullable<RunFormat['fonts']> = {};
    if (western) fonts.ascii = fonts.hAnsi = western;
    if (asian) fonts.eastAsia = asian;
    if (complex) fonts.cs = complex;
    if (Object.keys(fonts).length > 0) format.fonts = fonts;
    const size = /^([0-9.]+)pt$/.exec(attributes['fo:font-size'] ?? '');
    if (size) format.sizePt = Number(size[1]);
    const weight = attributes['fo:font-weight'];
    if (weight) format.bold = weight === 'bold' || Number(weight) >= 600;
    const style = attributes['fo:font-style'];
    if (style) format.italic = style === 'italic' || style === 'oblique';
    const underline = attributes['style:text-underline-style'];
    if (underline) format.underline = underline !== 'none';
    const transform = attributes['fo:text-transform'];
    if (transform) format.allCaps = transform === 'uppercase';
    return format;
  }
}

const ALIGNMENTS: Record<string, ParagraphFormat['alignment']> = {
  start: 'left',
  left: 'left',
  center: 'center',
  end: 'right',
  right: 'right',
  justify: 'justify',
};

function paragraphProperties(properties: XmlElement | undefined): ParagraphFormat {
  const format: ParagraphFormat = {};
  if (!properties) return format;
  const attributes = properties.attributes;
  const alignment = ALIGNMENTS[attributes['fo:text-align'] ?? ''];
  if (alignment) format.alignment = alignment;
  const indent = lengthCm(attributes['fo:text-indent']);
  if (indent !== undefined) format.firstLineIndentCm = indent;
  const before = lengthCm(attributes['fo:margin-top']);
  if (before !== undefined) format.spaceBeforePt = cmToPt(before);
  const after = lengthCm(attributes['fo:margin-bottom']);
  if (after !== undefined) format.spaceAfterPt = cmToPt(after);
  const lineHeight = attributes['fo:line-height'];
  const percent = /^([0-9.]+)%$/.exec(lineHeight ?? '');
  if (percent) format.lineSpacing = Number(percent[1]) / 100;
  else {
    const fixed = lengthCm(lineHeight ?? attributes['style:line-height-at-least']);
    if (fixed !== undefined) format.lineSpacingPt = cmToPt(fixed);
  }
  const border = attributes['fo:border-bottom'] ?? attributes['fo:border'];
  if (border) format.bottomBorder = border.trim() !== 'none' && !/^0(\.0*)?[a-z]*\s/.test(border.trim());
  return format;
}

interface ListLevel {
  format: string;
  prefix: string;
  suffix: string;
  displayLevels: number;
  start: number;
  bullet?: string;
}

function listLevels(style: XmlElement | undefined): Map<number, ListLevel> {
  const levels = new Map<number, ListLevel>();
  if (!style) return levels;
  for (const level of childElements(style)) {
    const number = Number(level.attributes['text:level'] ?? '1');
    if (level.name === 'text:list-level-style-number' || level.name === 'text:outline-level-style') {
      levels.set(number, {
        format: level.attributes['style:num-format'] ?? '',
        prefix: level.attributes['style:num-prefix'] ?? '',
        suffix: level.attributes['style:num-suffix'] ?? '',
        displayLevels: Number(level.attributes['text:display-levels'] ?? '1'),
        start: Number(level.attributes['text:start-value'] ?? '1'),
      });
    } else if (level.name === 'text:list-level-style-bullet') {
      levels.set(number, { format: '', prefix: '', suffix: '', displayLevels: 1, start: 1, bullet: level.attributes['text:bullet-char'] ?? '•' });
    }
  }
  return levels;
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'I':
      return value > 0 && value < 4000 ? toRoman(value) : String(value);
    case 'i':
      return value > 0 && value < 4000 ? toRoman(value).toLowerCase() : String(value);
    case 'A':
    case 'a': {
      const base = format === 'A' ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : 'abcdefghijklmnopqrstuvwxyz';
      return value > 0 ? base[(value - 1) % 26]!.repeat(Math.floor((value - 1) / 26) + 1) : String(value);
    }
    case '':
      return '';
    default:
      return String(value);
  }
}

interface Piece {
  text: string;
  format: RunFormat;
}

type CellPlace = NonNullable<ParagraphFormat['cell']>;

interface ListPlace {
  styleName: string;
  level: number;
  /** A list header is an item without a number. */
  numbered: boolean;
  startValue?: number;
}

export function readOdt(bytes: Uint8Array): OriginalDocument {
  const zip = readZip(bytes, (name) => name === 'content.xml' || name === 'styles.xml' || name === 'mimetype');
  const content = zip.files.get('content.xml');
  if (!content) {
    if (zip.names.includes('word/document.xml')) throw new NotThisFormat('docx');
    throw new NotThisFormat('not-odt');
  }
  const styles = new OdfStyles();
  const stylesBytes = zip.files.get('styles.xml');
  const stylesRoot = stylesBytes ? child(parseXml(stylesBytes, 'styles.xml'), 'office:document-styles') : undefined;
  const contentRoot = child(parseXml(content, 'content.xml'), 'office:document-content');
  styles.add(stylesRoot);
  styles.add(contentRoot);
  const text = child(child(contentRoot, 'office:body'), 'office:text');
  if (!text) throw new NotThisFormat('not-odt');
  const outline = stylesRoot ? [...descendants(stylesRoot)].find((element) => element.name === 'text:outline-style') : undefined;
  const reader = new OdtBodyReader(styles, listLevels(outline));
  reader.readBlocks(text, undefined, undefined);
  const paragraphs = reader.paragraphs;
  const page = stylesRoot ? pageFormat(stylesRoot, reader.firstMasterPage) : undefined;
  return { kind: 'odt', paragraphs, ...(page ? { page } : {}) };
}

class OdtBodyReader {
  readonly paragraphs: OriginalParagraph[] = [];
  private tables = 0;
  private page = 1;
  /** The master page the first paragraph's style asks for, which lays out page 1. */
  firstMasterPage: string | undefined;
  private readonly counters = new Map<string, number[]>();
  /** Text boxes anchored in the paragraph being read: their paragraphs follow it. */
  private textBoxes: XmlElement[] = [];

  constructor(
    private readonly styles: OdfStyles,
    private readonly outline: Map<number, ListLevel>,
  ) {}

  readBlocks(container: XmlElement, cell: CellPlace | undefined, list: ListPlace | undefined): void {
    for (const element of childElements(container)) {
      switch (element.name) {
        case 'text:p':
        case 'text:h':
          this.readParagraph(element, cell, list);
          // Only the first paragraph of a list item carries its number.
          if (list) list = { ...list, numbered: false };
          break;
        case 'table:table':
          this.readTable(element, cell);
          break;
        case 'text:list':
          this.readList(element, cell, list);
          break;
        case 'text:soft-page-break':
          this.page++;
          break;
        case 'text:section':
        case 'text:index-body':
        case 'text:table-of-content':
        case 'text:illustration-index':
        case 'text:alphabetical-index':
        case 'text:user-index':
        case 'text:bibliography':
          this.readBlocks(element.name === 'text:section' || element.name === 'text:index-body' ? element : (child(element, 'text:index-body') ?? element), cell, list);
          break;
        default:
          // text:tracked-changes holds what was deleted; declarations and forms hold no text.
          break;
      }
    }
  }

  private readList(element: XmlElement, cell: CellPlace | undefined, outer: ListPlace | undefined): void {
    const styleName = element.attributes['text:style-name'] ?? outer?.styleName ?? '';
    const level = outer ? outer.level + 1 : 1;
    const continues = element.attributes['text:continue-numbering'] === 'true' || element.attributes['text:continue-list'] !== undefined;
    if (!outer && !continues) this.counters.delete(styleName);
    for (const item of childElements(element)) {
      if (item.name !== 'text:list-item' && item.name !== 'text:list-header') continue;
      const start = item.attributes['text:start-value'];
      this.readBlocks(item, cell, {
        styleName,
        level,
        numbered: item.name === 'text:list-item',
        ...(start !== undefined && Number.isFinite(Number(start)) ? { startValue: Number(start) } : {}),
      });
    }
  }

  private readTable(table: XmlElement, outer: CellPlace | undefined): void {
    // A table that opens the document names the master page of page 1, as a paragraph would.
    if (this.paragraphs.length === 0) this.firstMasterPage ??= this.styles.style('table', table.attributes['table:style-name'])?.attributes['style:master-page-name'];
    const index = outer ? outer.table : this.tables++;
    let row = 0;
    const rows: XmlElement[] = [];
    const collect = (element: XmlElement) => {
      for (const each of childElements(element)) {
        if (each.name === 'table:table-row') rows.push(each);
        else if (each.name === 'table:table-header-rows' || each.name === 'table:table-rows' || each.name === 'table:table-row-group') collect(each);
      }
    };
    collect(table);
    for (const tr of rows) {
      let column = 0;
      for (const tc of childElements(tr)) {
        if (tc.name === 'table:table-cell') this.readBlocks(tc, outer ?? { table: index, row, column }, undefined);
        if (tc.name === 'table:table-cell' || tc.name === 'table:covered-table-cell') {
          column += tc.name === 'table:table-cell' ? Number(tc.attributes['table:number-columns-spanned'] ?? '1') || 1 : 1;
        }
      }
      row++;
    }
  }

  private readParagraph(p: XmlElement, cell: CellPlace | undefined, list: ListPlace | undefined): void {
    const styleName = p.attributes['text:style-name'];
    const style = this.styles.style('paragraph', styleName);
    if (this.paragraphs.length === 0) this.firstMasterPage ??= style?.attributes['style:master-page-name'];
    else if (/page/.test(child(style, 'style:paragraph-properties')?.attributes['fo:break-before'] ?? '')) this.page++;
    const startPage = this.page;
    const format: ParagraphFormat = { ...this.styles.paragraphFormat(styleName) };
    const context: InlineContext = { base: this.styles.runFormat('paragraph', styleName), pieces: [], drawnLine: false, lastSpace: true };
    this.readInline(p, context);
    const { text, runs } = joinPieces(context.pieces);
    const paragraph: OriginalParagraph = { index: this.paragraphs.length + 1, text, page: context.firstTextPage ?? startPage };
    const label = this.labelOf(p, styleName, list);
    if (label) paragraph.label = label;
    if (cell) format.cell = cell;
    if (context.drawnLine) format.drawnLine = true;
    paragraph.format = format;
    paragraph.runs = runs;
    this.paragraphs.push(paragraph);
    const boxes = this.textBoxes;
    this.textBoxes = [];
    for (const box of boxes) this.readBlocks(box, cell, undefined);
  }

  private labelOf(p: XmlElement, styleName: string | undefined, list: ListPlace | undefined): string | undefined {
    // LibreOffice caches the number it drew; when it is there it is the truth.
    const cached = child(p, 'text:number');
    if (cached) return ownText(cached).normalize('NFC') || undefined;
    if (list) {
      if (!list.numbered) return undefined;
      const listStyle = p.attributes['text:list-style-name'] ?? list.styleName ?? this.styles.listStyleOf(styleName);
      return this.count(listStyle, listLevels(this.styles.listStyles.get(listStyle)), list.level, list.startValue);
    }
    const outlineLevel = Number(p.attributes['text:outline-level'] ?? '0');
    if (p.name === 'text:h' && outlineLevel > 0 && p.attributes['text:is-list-header'] !== 'true') {
      return this.count('\u0000outline', this.outline, outlineLevel, undefined);
    }
    return undefined;
  }

  private count(key: string, levels: Map<number, ListLevel>, level: number, startValue: number | undefined): string | undefined {
    const definition = levels.get(level);
    if (!definition) return undefined;
    if (definition.bullet !== undefined) return definition.bullet.replace(/[\uf000-\uf0ff]/g, '•') || undefined;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = [];
      this.counters.set(key, counters);
    }
    counters[level] = startValue ?? (counters[level] === undefined ? definition.start : counters[level]! + 1);
    counters.length = level + 1;
    if (!definition.format) return undefined;
    const shown: string[] = [];
    for (let l = Math.max(1, level - definition.displayLevels + 1); l <= level; l++) {
      const at = levels.get(l);
      shown.push(formatNumber(counters[l] ?? at?.start ?? 1, at?.format ?? '1'));
    }
    return `${definition.prefix}${shown.join('.')}${definition.suffix}` || undefined;
  }

  private readInline(container: XmlElement, context: InlineContext): void {
    for (const node of container.children) {
      if (typeof node === 'string') {
        // ODF collapses white space in text, as HTML does: extra spaces are written as text:s.
        let collapsed = '';
        for (const character of node) {
          const blank = character === ' ' || character === '\n' || character === '\t' || character === '\r';
          if (blank) {
            if (!context.lastSpace) collapsed += ' ';
            context.lastSpace = true;
          } else {
            collapsed += character;
            context.lastSpace = false;
          }
        }
        this.add(context, collapsed);
        continue;
      }
      switch (node.name) {
        case 'text:span': {
          const inner: InlineContext = { ...context, base: mergeRun(context.base, this.styles.runFormat('text', node.attributes['text:style-name'])) };
          this.readInline(node, inner);
          context.drawnLine ||= inner.drawnLine;
          context.lastSpace = inner.lastSpace;
          if (inner.firstTextPage !== undefined) context.firstTextPage ??= inner.firstTextPage;
          break;
        }
        case 'text:s':
          this.add(context, ' '.repeat(Math.min(1000, Number(node.attributes['text:c'] ?? '1') || 1)));
          context.lastSpace = false;
          break;
        case 'text:tab':
          this.add(context, '\t');
          context.lastSpace = false;
          break;
        case 'text:line-break':
          this.add(context, '\n');
          context.lastSpace = true;
          break;
        case 'text:soft-page-break':
          this.page++;
          break;
        case 'text:note':
        case 'office:annotation':
        case 'office:annotation-end':
        case 'text:number':
        case 'text:tracked-changes':
        case 'text:change':
        case 'text:change-start':
        case 'text:change-end':
          // Notes and comments are not the paragraph's text; the number is its label.
          break;
        case 'draw:frame':
        case 'draw:line':
        case 'draw:custom-shape':
        case 'draw:g':
          if (node.name === 'draw:line' || [...descendants(node)].some((inner) => inner.name === 'draw:line')) context.drawnLine = true;
          for (const box of outermost(node, 'draw:text-box')) this.textBoxes.push(box);
          break;
        default:
          // Links, fields (their text is their last result) and ruby bases hold inline text.
          this.readInline(node, context);
      }
    }
  }

  private add(context: InlineContext, text: string): void {
    if (!text) return;
    context.firstTextPage ??= this.page;
    context.pieces.push({ text, format: context.base });
  }
}

interface InlineContext {
  base: RunFormat;
  pieces: Piece[];
  drawnLine: boolean;
  lastSpace: boolean;
  firstTextPage?: number;
}

function joinPieces(pieces: Piece[]): { text: string; runs: OriginalRun[] } {
  let text = '';
  const runs: OriginalRun[] = [];
  for (const piece of pieces) {
    const normalised = piece.text.normalize('NFC');
    const previous = runs[runs.length - 1];
    if (previous && previous.format === piece.format) previous.end += normalised.length;
    else runs.push({ start: text.length, end: text.length + normalised.length, format: piece.format });
    text += normalised;
  }
  // A trailing collapsed space is not part of the paragraph's text.
  const whole = text.normalize('NFC').replace(/(?<! ) $/, '');
  for (const run of runs) {
    run.start = Math.min(run.start, whole.length);
    run.end = Math.min(run.end, whole.length);
  }
  return { text: whole, runs: runs.filter((run) => run.end > run.start) };
}

function pageFormat(stylesRoot: XmlElement, firstMaster: string | undefined): PageFormat | undefined {
  const masters = children(child(stylesRoot, 'office:master-styles'), 'style:master-page');
  const first = masters.find((master) => master.attributes['style:name'] === firstMaster) ?? masters.find((master) => master.attributes['style:name'] === 'Standard') ?? masters[0];
  if (!first) return undefined;
  const next = masters.find((master) => master.attributes['style:name'] === first.attributes['style:next-style-name']) ?? first;
  const layouts = [...children(child(stylesRoot, 'office:automatic-styles'), 'style:page-layout'), ...children(child(stylesRoot, 'office:styles'), 'style:page-layout')];
  const layout = layouts.find((each) => each.attributes['style:name'] === first.attributes['style:page-layout-name']);
  const properties = child(layout, 'style:page-layout-properties')?.attributes ?? {};
  const width = lengthCm(properties['fo:page-width']);
  const height = lengthCm(properties['fo:page-height']);
  if (width === undefined || height === undefined) return undefined;
  // LibreOffice puts the header inside the page margin's box: the margin Word would show is the
  // page margin plus the header's height and its gap, when the page has a header.
  const band = (name: 'style:header-style' | 'style:footer-style', present: boolean) => {
    if (!present) return 0;
    const bandProperties = child(child(layout, name), 'style:header-footer-properties')?.attributes ?? {};
    const height = lengthCm(bandProperties['fo:min-height'] ?? bandProperties['svg:height']) ?? 0;
    const gap = lengthCm(bandProperties[name === 'style:header-style' ? 'fo:margin-bottom' : 'fo:margin-top']) ?? 0;
    return height + gap;
  };
  const round = (cm: number) => Math.round(cm * 1000) / 1000;
  const hasHeader = child(first, 'style:header') !== undefined;
  const hasFooter = child(first, 'style:footer') !== undefined;
  const page: PageFormat = {
    widthCm: width,
    heightCm: height,
    marginTopCm: round((lengthCm(properties['fo:margin-top']) ?? 0) + band('style:header-style', hasHeader)),
    marginBottomCm: round((lengthCm(properties['fo:margin-bottom']) ?? 0) + band('style:footer-style', hasFooter)),
    marginLeftCm: lengthCm(properties['fo:margin-left']) ?? 0,
    marginRightCm: lengthCm(properties['fo:margin-right']) ?? 0,
  };
  const numberedIn = (master: XmlElement, firstPage: boolean): 'header' | 'footer' | undefined => {
    for (const where of ['header', 'footer'] as const) {
      const band = (firstPage ? child(master, `style:${where}-first`) : undefined) ?? child(master, `style:${where}`);
      if (band && band.attributes['style:display'] !== 'false' && [...descendants(band)].some((element) => element.name === 'text:page-number')) return where;
    }
    return undefined;
  };
  const place = numberedIn(next, false);
  page.pageNumbers = place !== undefined || numberedIn(first, true) !== undefined;
  if (place) page.pageNumbersIn = place;
  page.pageNumberOnFirstPage = numberedIn(first, true) !== undefined;
  return page;
}
