/**
 * Reads a Word document (WordprocessingML in a ZIP package) into an `OriginalDocument`: the body's
 * paragraphs in order, those inside tables too (the header of a real plan is a borderless
 * two-column table, so each such paragraph records its cell), with Word's accepted text (tracked
 * insertions kept, deletions dropped, a field's result kept and its instruction dropped), the
 * numbers Word computes from its list definitions, and the formatting Nghị định 30 rules on,
 * resolved the way Word resolves it: document defaults, then the paragraph style's chain, then the
 * character style's, then what the run says itself.
 */
import { mergeRun, type RunFormat, type ParagraphFormat, type OriginalParagraph, type OriginalRun, type OriginalDocument, type PageFormat } from '../document';
import { toRoman } from '../../base/roman';
import { child, children, childElements, descendants, outermost, ownText, parseXml, type XmlElement } from './xml';
import { readZip } from './zip';
import { NotThisFormat } from './refusal';

type Fonts = NonNullable<RunFormat['fonts']>;
const FONT_SLOTS = ['ascii', 'hAnsi', 'cs', 'eastAsia'] as const;
/** Word spells the theme attribute of the complex-script slot in lower case. */
const THEME_ATTRIBUTE: Record<(typeof FONT_SLOTS)[number], string> = {
  ascii: 'w:asciiTheme',
  hAnsi: 'w:hAnsiTheme',
  cs: 'w:cstheme',
  eastAsia: 'w:eastAsiaTheme',
};

/** One inch is 1440 twips and 2.54 cm. */
const twipsToCm = (twips: number) => Math.round(((twips * 2.54) / 1440) * 1000) / 1000;

interface Theme {
  major: Fonts;
  minor: Fonts;
}

interface StyleDefinition {
  basedOn?: string;
  pPr?: XmlElement;
  rPr?: XmlElement;
}

interface NumberingLevel {
  start: number;
  format: string;
  text: string;
  restart?: number;
  legal: boolean;
}

interface NumberingInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: NumberingLevel }>;
}

interface Part {
  path: string;
  root: XmlElement;
}

export function readDocx(bytes: Uint8Array): OriginalDocument {
  const zip = readZip(bytes, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
  const packageRels = zip.files.get('_rels/.rels');
  const mainPath =
    (packageRels && relationships(parseXml(packageRels, '_rels/.rels'), '').find((rel) => rel.type.endsWith('/officeDocument'))?.target) ??
    'word/document.xml';
  const mainBytes = zip.files.get(mainPath);
  if (!mainBytes) {
    if (zip.names.includes('content.xml') && zip.names.includes('mimetype')) throw new NotThisFormat('odt');
    throw new NotThisFormat('not-word');
  }
  const folder = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
  const relsPath = `${folder}_rels/${mainPath.slice(folder.length)}.rels`;
  const relsBytes = zip.files.get(relsPath);
  const rels = relsBytes ? relationships(parseXml(relsBytes, relsPath), folder) : [];
  const partOf = (suffix: string): Part | undefined => {
    const path = rels.find((rel) => rel.type.endsWith(`/${suffix}`))?.target;
    const data = path ? zip.files.get(path) : undefined;
    return path && data ? { path, root: parseXml(data, path) } : undefined;
  };
  const theme = readTheme(partOf('theme')?.root);
  const styles = new Styles(partOf('styles')?.root, theme);
  const numbering = new Numbering(partOf('numbering')?.root, styles);
  const document = parseXml(mainBytes, mainPath);
  const body = child(child(document, 'w:document'), 'w:body');
  if (!body) throw new NotThisFormat('not-word');

  // Word writes w:lastRenderedPageBreak where its last layout broke the page: the truest page
  // numbers a file holds. A file without them (written by another program) has only its explicit
  // page breaks, which give each paragraph the least page it can be on.
  const renderedBreaks = [...descendants(body)].some((element) => element.name === 'w:lastRenderedPageBreak');
  const reader = new BodyReader(styles, numbering, renderedBreaks);
  reader.readBlocks(body, undefined);
  const sections = [...descendants(body)].filter((element) => element.name === 'w:sectPr');
  const firstSection = sections[0];
  const page = firstSection ? pageFormat(firstSection, rels, zip.files) : undefined;
  const paragraphs = reader.finish();
  return { kind: 'docx', paragraphs, ...(page ? { page } : {}) };
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(root: XmlElement, folder: string): Relationship[] {
  return children(child(root, 'rel:Relationships'), 'rel:Relationship')
    .filter((rel) => rel.attributes.TargetMode !== 'External')
    .map((rel) => ({
      id: rel.attributes.Id ?? '',
      type: rel.attributes.Type ?? '',
      target: resolvePath(folder, rel.attributes.Target ?? ''),
    }));
}

/** A relationship target is relative to the part's folder, or absolute from the package root. */
function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

function readTheme(root: XmlElement | undefined): Theme {
  const scheme = root ? [...descendants(root)].find((element) => element.name === 'a:fontScheme') : undefined;
  const fontsOf = (name: string): Fonts => {
    const set = child(scheme, name);
    const typeface = (slot: string) => child(set, slot)?.attributes.typeface || undefined;
    const latin = typeface('a:latin');
    return { ascii: latin, hAnsi: latin, cs: typeface('a:cs'), eastAsia: typeface('a:ea') };
  };
  return { major: fontsOf('a:majorFont'), minor: fontsOf('a:minorFont') };
}

function themeFont(theme: Theme, name: string): string | undefined {
  const set = name.startsWith('major') ? theme.major : theme.minor;
  if (name.endsWith('EastAsia')) return set.eastAsia;
  if (name.endsWith('Bidi')) return set.cs;
  return set.ascii;
}

/** A toggle property (w:b, w:i, w:caps): present means on unless its value says off. */
function toggle(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

function numberAttribute(element: XmlElement | undefined, name: string): number | undefined {
  const value = element?.attributes[name];
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function runFormatOf(rPr: XmlElement | undefined, theme: Theme): RunFormat {
  const format: RunFormat = {};
  if (!rPr) return format;
  const rFonts = child(rPr, 'w:rFonts');
  if (rFonts) {
    const fonts: Fonts = {};
    for (const slot of FONT_SLOTS) {
      const themed = rFonts.attributes[THEME_ATTRIBUTE[slot]];
      const name = themed ? themeFont(theme, themed) : rFonts.attributes[`w:${slot}`];
      if (name) fonts[slot] = name;
    }
    if (Object.keys(fonts).length > 0) format.fonts = fonts;
  }
  const halfPoints = numberAttribute(child(rPr, 'w:sz'), 'w:val');
  if (halfPoints !== undefined) format.sizePt = halfPoints / 2;
  const bold = toggle(child(rPr, 'w:b'));
  if (bold !== undefined) format.bold = bold;
  const italic = toggle(child(rPr, 'w:i'));
  if (italic !== undefined) format.italic = italic;
  const underline = child(rPr, 'w:u');
  if (underline) format.underline = toggle(underline)!;
  const caps = toggle(child(rPr, 'w:caps'));
  if (caps !== undefined) format.allCaps = caps;
  return format;
}

const ALIGNMENTS: Record<string, ParagraphFormat['alignment']> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
  lowKashida: 'justify',
  mediumKashida: 'justify',
  highKashida: 'justify',
  thaiDistribute: 'justify',
};

function paragraphFormatOf(pPr: XmlElement | undefined): ParagraphFormat {
  const format: ParagraphFormat = {};
  if (!pPr) return format;
  const jc = child(pPr, 'w:jc')?.attributes['w:val'];
  if (jc && ALIGNMENTS[jc]) format.alignment = ALIGNMENTS[jc];
  const ind = child(pPr, 'w:ind');
  const firstLine = numberAttribute(ind, 'w:firstLine');
  const hanging = numberAttribute(ind, 'w:hanging');
  if (hanging !== undefined) format.firstLineIndentCm = -twipsToCm(hanging);
  else if (firstLine !== undefined) format.firstLineIndentCm = twipsToCm(firstLine);
  const spacing = child(pPr, 'w:spacing');
  const before = numberAttribute(spacing, 'w:before');
  if (before !== undefined) format.spaceBeforePt = before / 20;
  const after = numberAttribute(spacing, 'w:after');
  if (after !== undefined) format.spaceAfterPt = after / 20;
  const line = numberAttribute(spacing, 'w:line');
  if (line !== undefined) {
    const rule = spacing?.attributes['w:lineRule'] ?? 'auto';
    if (rule === 'auto') format.lineSpacing = Math.round((line / 240) * 100) / 100;
    else format.lineSpacingPt = line / 20;
  }
  const bottom = child(child(pPr, 'w:pBdr'), 'w:bottom');
  if (bottom) format.bottomBorder = !['none', 'nil'].includes(bottom.attributes['w:val'] ?? 'none');
  return format;
}

class Styles {
  private readonly definitions = new Map<string, StyleDefinition>();
  private readonly resolvedRuns = new Map<string, RunFormat>();
  private readonly resolvedParagraphs = new Map<string, ParagraphFormat>();
  readonly defaultRun: RunFormat;
  readonly defaultParagraph: ParagraphFormat;
  readonly defaultParagraphStyle: string | undefined;

  constructor(
    root: XmlElement | undefined,
    readonly theme: Theme,
  ) {
    const styles = child(root, 'w:styles');
    const defaults = child(styles, 'w:docDefaults');
    this.defaultRun = runFormatOf(child(child(defaults, 'w:rPrDefault'), 'w:rPr'), theme);
    this.defaultParagraph = paragraphFormatOf(child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
    let defaultParagraphStyle: string | undefined;
    for (const style of children(styles, 'w:style')) {
      const id = style.attributes['w:styleId'];
      if (!id) continue;
      const basedOn = child(style, 'w:basedOn')?.attributes['w:val'];
      this.definitions.set(id, {
        ...(basedOn ? { basedOn } : {}),
        ...(child(style, 'w:pPr') ? { pPr: child(style, 'w:pPr')! } : {}),
        ...(child(style, 'w:rPr') ? { rPr: child(style, 'w:rPr')! } : {}),
      });
      if (style.attributes['w:type'] === 'paragraph' && ['1', 'true', 'on'].includes(style.attributes['w:default'] ?? '')) {
        defaultParagraphStyle = id;
      }
    }
    this.defaultParagraphStyle = defaultParagraphStyle;
  }

  /** The style and the styles it is based on, the most basic first; a cycle ends the chain. */
  chain(id: string | undefined): StyleDefinition[] {
    const chain: StyleDefinition[] = [];
    const seen = new Set<string>();
    let at = id;
    while (at && !seen.has(at)) {
      seen.add(at);
      const definition = this.definitions.get(at);
      if (!definition) break;
      chain.unshift(definition);
      at = definition.basedOn;
    }
    return chain;
  }

  runFormat(id: string | undefined): RunFormat {
    const key = id ?? '';
    let format = this.resolvedRuns.get(key);
    if (!format) {
      format = {};
      for (const definition of this.chain(id)) format = mergeRun(format, runFormatOf(definition.rPr, this.theme));
      this.resolvedRuns.set(key, format);
    }
    return format;
  }

  paragraphFormat(id: string | undefined): ParagraphFormat {
    const key = id ?? '';
    let format = this.resolvedParagraphs.get(key);
    if (!format) {
      format = {};
      for (const definition of this.chain(id)) format = { ...format, ...paragraphFormatOf(definition.pPr) };
      this.resolvedParagraphs.set(key, format);
    }
    return format;
  }

  /** The list a paragraph style puts its paragraphs in, if any (`w:numPr` in the style's chain). */
  numberingOf(id: string | undefined): { numId?: string; level?: number } {
    const found: { numId?: string; level?: number } = {};
    for (const definition of this.chain(id)) {
      const numPr = child(definition.pPr, 'w:numPr');
      const numId = child(numPr, 'w:numId')?.attributes['w:val'];
      const level = numberAttribute(child(numPr, 'w:ilvl'), 'w:val');
      if (numId !== undefined) found.numId = numId;
      if (level !== undefined) found.level = level;
    }
    return found;
  }
}

function levelOf(lvl: XmlElement): NumberingLevel {
  const restart = numberAttribute(child(lvl, 'w:lvlRestart'), 'w:val');
  return {
    // The schema's default start is 0; Word always writes one.
    start: numberAttribute(child(lvl, 'w:start'), 'w:val') ?? 0,
    format: child(lvl, 'w:numFmt')?.attributes['w:val'] ?? 'decimal',
    text: child(lvl, 'w:lvlText')?.attributes['w:val'] ?? '',
    ...(restart !== undefined ? { restart } : {}),
    legal: toggle(child(lvl, 'w:isLgl')) ?? false,
  };
}

/**
 * Word's list numbers: counters live per abstract list definition (paragraphs of two list
 * instances of one definition count on together), a list instance with a start override restarts
 * its levels the first time it is used, and a level restarts when a level above it advances.
 */
class Numbering {
  private readonly abstracts = new Map<string, { levels: Map<number, NumberingLevel>; styleLink?: string }>();
  private readonly instances = new Map<string, NumberingInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(
    root: XmlElement | undefined,
    private readonly styles: Styles,
  ) {
    const numbering = child(root, 'w:numbering');
    for (const abstract of children(numbering, 'w:abstractNum')) {
      const levels = new Map<number, NumberingLevel>();
      for (const lvl of children(abstract, 'w:lvl')) levels.set(numberAttribute(lvl, 'w:ilvl') ?? 0, levelOf(lvl));
      const styleLink = child(abstract, 'w:numStyleLink')?.attributes['w:val'];
      this.abstracts.set(abstract.attributes['w:abstractNumId'] ?? '', { levels, ...(styleLink ? { styleLink } : {}) });
    }
    for (const num of children(numbering, 'w:num')) {
      const overrides = new Map<number, { start?: number; level?: NumberingLevel }>();
      for (const override of children(num, 'w:lvlOverride')) {
        const start = numberAttribute(child(override, 'w:startOverride'), 'w:val');
        const lvl = child(override, 'w:lvl');
        overrides.set(numberAttribute(override, 'w:ilvl') ?? 0, {
          ...(start !== undefined ? { start } : {}),
          ...(lvl ? { level: levelOf(lvl) } : {}),
        });
      }
      this.instances.set(num.attributes['w:numId'] ?? '', {
        abstractId: child(num, 'w:abstractNumId')?.attributes['w:val'] ?? '',
        overrides,
      });
    }
  }

  /** A definition that only points at a numbering style takes the levels of that style's list. */
  private abstractOf(instance: NumberingInstance): { id: string; levels: Map<number, NumberingLevel> } | undefined {
    let id = instance.abstractId;
    for (let hops = 0; hops < 4; hops++) {
      const abstract = this.abstracts.get(id);
      if (!abstract) return undefined;
      if (!abstract.styleLink || abstract.levels.size > 0) return { id, levels: abstract.levels };
      const linked = this.instances.get(this.styles.numberingOf(abstract.styleLink).numId ?? '');
      if (!linked) return undefined;
      id = linked.abstractId;
    }
    return undefined;
  }

  /** The next number of the list `numId` at `level`, as Word draws it, or undefined for none. */
  next(numId: string, level: number): string | undefined {
    const instance = this.instances.get(numId);
    if (!instance || level < 0 || level > 8) return undefined;
    const abstract = this.abstractOf(instance);
    if (!abstract) return undefined;
    const levelAt = (l: number) => instance.overrides.get(l)?.level ?? abstract.levels.get(l);
    let counters = this.counters.get(abstract.id);
    if (!counters) {
      counters = new Array(9).fill(undefined);
      this.counters.set(abstract.id, counters);
    }
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, override] of instance.overrides) if (override.start !== undefined || override.level) counters[l] = undefined;
    }
    const definition = levelAt(level);
    if (!definition) return undefined;
    const startOf = (l: number) => instance.overrides.get(l)?.start ?? levelAt(l)?.start ?? 0;
    counters[level] = counters[level] === undefined ? startOf(level) : counters[level]! + 1;
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const restart = levelAt(deeper)?.restart ?? deeper;
      if (restart !== 0 && level < restart) counters[deeper] = undefined;
    }
    if (definition.format === 'none') return undefined;
    if (definition.format === 'bullet') return bulletText(definition.text) || undefined;
    const label = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const value = counters[l] ?? startOf(l);
      return formatNumber(value, definition.legal ? 'decimal' : (levelAt(l)?.format ?? 'decimal'));
    });
    return label || undefined;
  }
}

/** Bullets drawn from the Symbol or Wingdings fonts sit in the private use area; they read as "•". */
function bulletText(text: string): string {
  return text.replace(/[\uf000-\uf0ff]/g, '•');
}

function letters(value: number, base: string): string {
  if (value <= 0) return String(value);
  // Word repeats the letter past z: aa, bb, …
  const letter = base[(value - 1) % 26]!;
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value);
    case 'upperRoman':
      return value > 0 && value < 4000 ? toRoman(value) : String(value);
    case 'lowerRoman':
      return value > 0 && value < 4000 ? toRoman(value).toLowerCase() : String(value);
    case 'upperLetter':
      return letters(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(value, 'abcdefghijklmnopqrstuvwxyz');
    default:
      return String(value);
  }
}

interface Piece {
  text: string;
  format: RunFormat;
}

interface InlineContext {
  /** The run format the paragraph's style gives, before the run's own. */
  base: RunFormat;
  pieces: Piece[];
  drawnLine: boolean;
  /** The page the paragraph's first text is on. */
  firstTextPage?: number;
}

/** Where a paragraph sits when it is inside a table, as `ParagraphFormat.cell` records it. */
type CellPlace = NonNullable<ParagraphFormat['cell']>;

/**
 * Walks the body in document order. Fields can span runs and paragraphs, so their state lives
 * here: a stack with one entry per open field, in its instruction or its result part.
 */
class BodyReader {
  private readonly paragraphs: OriginalParagraph[] = [];
  private readonly fields: ('instruction' | 'result')[] = [];
  private tables = 0;
  private page = 1;
  /** The content of a paragraph whose mark is a tracked deletion: accepted, it joins the next one. */
  private carried: Piece[] = [];
  /**
   * Text boxes anchored in the paragraph being read (some offices lay the header out in them):
   * their paragraphs follow the anchoring one, so no word of them is lost.
   */
  private textBoxes: XmlElement[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly renderedBreaks: boolean,
  ) {}

  readBlocks(container: XmlElement, cell: CellPlace | undefined): void {
    for (const element of childElements(container)) {
      switch (element.name) {
        case 'w:p':
          this.readParagraph(element, cell);
          break;
        case 'w:tbl':
          this.readTable(element, cell);
          break;
        case 'w:sdt':
          this.readBlocks(child(element, 'w:sdtContent') ?? element, cell);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.readBlocks(element, cell);
          break;
        default:
          // Deleted and moved-away blocks (w:del, w:moveFrom), bookmarks and section properties
          // carry no accepted text.
          break;
      }
    }
  }

  private readTable(table: XmlElement, outer: CellPlace | undefined): void {
    // A table nested in a cell stays in its outer cell: the header's columns are what matter.
    const index = outer ? outer.table : this.tables++;
    let row = 0;
    for (const tr of rowsOf(table)) {
      let column = 0;
      for (const tc of cellsOf(tr)) {
        this.readBlocks(tc, outer ?? { table: index, row, column });
        column += numberAttribute(child(child(tc, 'w:tcPr'), 'w:gridSpan'), 'w:val') ?? 1;
      }
      row++;
    }
  }

  private readParagraph(p: XmlElement, cell: CellPlace | undefined): void {
    const pPr = child(p, 'w:pPr');
    const styleId = child(pPr, 'w:pStyle')?.attributes['w:val'] ?? this.styles.defaultParagraphStyle;
    const paragraphFormat: ParagraphFormat = {
      ...this.styles.defaultParagraph,
      ...this.styles.paragraphFormat(styleId),
      ...paragraphFormatOf(pPr),
    };
    if (!this.renderedBreaks && toggle(child(pPr, 'w:pageBreakBefore')) && this.paragraphs.length > 0) this.page++;
    const startPage = this.page;
    const base = mergeRun(this.styles.defaultRun, this.styles.runFormat(styleId));
    const pieces: Piece[] = this.carried;
    this.carried = [];
    const context: InlineContext = { base, pieces, drawnLine: false };
    this.readInline(p, context);
    if (child(child(pPr, 'w:rPr'), 'w:del')) {
      this.carried = pieces;
      return;
    }
    const { text, runs } = joinPieces(pieces);
    const paragraph: OriginalParagraph = { index: this.paragraphs.length + 1, text };
    const label = this.labelOf(pPr, styleId);
    if (label) paragraph.label = label;
    // A page break before the paragraph's first word puts the whole paragraph on the next page;
    // a paragraph without words is on the page it starts on.
    paragraph.page = context.firstTextPage ?? startPage;
    if (cell) paragraphFormat.cell = cell;
    if (context.drawnLine) paragraphFormat.drawnLine = true;
    paragraph.format = paragraphFormat;
    paragraph.runs = runs;
    this.paragraphs.push(paragraph);
    const boxes = this.textBoxes;
    this.textBoxes = [];
    for (const box of boxes) this.readBlocks(box, cell);
  }

  private labelOf(pPr: XmlElement | undefined, styleId: string | undefined): string | undefined {
    const fromStyle = this.styles.numberingOf(styleId);
    const numPr = child(pPr, 'w:numPr');
    const numId = child(numPr, 'w:numId')?.attributes['w:val'] ?? fromStyle.numId;
    const level = numberAttribute(child(numPr, 'w:ilvl'), 'w:val') ?? fromStyle.level ?? 0;
    if (numId === undefined || numId === '0') return undefined;
    return this.numbering.next(numId, level);
  }

  private readInline(container: XmlElement, context: InlineContext): void {
    for (const element of childElements(container)) {
      switch (element.name) {
        case 'w:r':
          this.readRun(element, context);
          break;
        case 'w:hyperlink':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:bdo':
        case 'w:dir':
          this.readInline(element, context);
          break;
        case 'w:sdt':
          this.readInline(child(element, 'w:sdtContent') ?? element, context);
          break;
        default:
          // w:del and w:moveFrom (rejected by accepting the changes), w:pPr, bookmarks, comment
          // ranges and proofing marks hold no accepted text.
          break;
      }
    }
  }

  private readRun(r: XmlElement, context: InlineContext): void {
    const rPr = child(r, 'w:rPr');
    const characterStyle = child(rPr, 'w:rStyle')?.attributes['w:val'];
    const format = mergeRun(mergeRun(context.base, this.styles.runFormat(characterStyle)), runFormatOf(rPr, this.styles.theme));
    let text = '';
    for (const element of childElements(r)) {
      switch (element.name) {
        case 'w:t':
          if (this.inResult()) {
            context.firstTextPage ??= this.page;
            text += ownText(element);
          }
          break;
        case 'w:tab':
        case 'w:ptab':
          if (this.inResult()) text += '\t';
          break;
        case 'w:br': {
          const type = element.attributes['w:type'];
          if (type === 'page') {
            if (!this.renderedBreaks) this.page++;
          } else if (type !== 'column' && this.inResult()) text += '\n';
          break;
        }
        case 'w:cr':
          if (this.inResult()) text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (this.inResult()) text += '-';
          break;
        case 'w:sym': {
          const code = parseInt(element.attributes['w:char'] ?? '', 16);
          if (this.inResult() && Number.isFinite(code)) text += bulletText(String.fromCharCode(code));
          break;
        }
        case 'w:fldChar': {
          const type = element.attributes['w:fldCharType'];
          if (type === 'begin') this.fields.push('instruction');
          else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = 'result';
          else if (type === 'end') this.fields.pop();
          break;
        }
        case 'w:lastRenderedPageBreak':
          this.page++;
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'mc:AlternateContent': {
          // Word writes a shape twice, as DrawingML (mc:Choice) and as VML (mc:Fallback): one is read.
          const shape = element.name === 'mc:AlternateContent' ? (child(element, 'mc:Choice') ?? child(element, 'mc:Fallback') ?? element) : element;
          if (drawsLine(shape)) context.drawnLine = true;
          for (const box of outermost(shape, 'w:txbxContent')) this.textBoxes.push(box);
          break;
        }
        default:
          // w:delText and w:instrText are not accepted text; footnote references, soft hyphens
          // and the like draw nothing that belongs to the paragraph's words.
          break;
      }
    }
    if (text) context.pieces.push({ text, format });
  }

  private inResult(): boolean {
    for (const state of this.fields) if (state === 'instruction') return false;
    return true;
  }

  finish(): OriginalParagraph[] {
    if (this.carried.length > 0) {
      const { text, runs } = joinPieces(this.carried);
      this.paragraphs.push({ index: this.paragraphs.length + 1, text, page: this.page, runs });
    }
    return this.paragraphs;
  }
}

function rowsOf(table: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  for (const element of childElements(table)) {
    if (element.name === 'w:tr') rows.push(element);
    else if (element.name === 'w:ins' || element.name === 'w:customXml' || element.name === 'w:sdt') {
      for (const inner of [...descendants(element)]) if (inner.name === 'w:tr') rows.push(inner);
    }
  }
  return rows;
}

function cellsOf(row: XmlElement): XmlElement[] {
  const cells: XmlElement[] = [];
  for (const element of childElements(row)) {
    if (element.name === 'w:tc') cells.push(element);
    else if (element.name === 'w:sdt' || element.name === 'w:customXml') {
      const content = child(element, 'w:sdtContent') ?? element;
      cells.push(...children(content, 'w:tc'));
    }
  }
  return cells;
}

/** A shape that is a line (DrawingML preset or VML), the way Word draws the rule under a heading. */
function drawsLine(element: XmlElement): boolean {
  for (const inner of descendants(element)) {
    if (inner.name === 'a:prstGeom' && ['line', 'straightConnector1'].includes(inner.attributes.prst ?? '')) return true;
    if (inner.name === 'v:line') return true;
  }
  return false;
}

function joinPieces(pieces: Piece[]): { text: string; runs: OriginalRun[] } {
  let text = '';
  const runs: OriginalRun[] = [];
  for (const piece of pieces) {
    const normalised = piece.text.normalize('NFC');
    const previous = runs[runs.length - 1];
    if (previous && sameFormat(previous.format, piece.format)) previous.end += normalised.length;
    else runs.push({ start: text.length, end: text.length + normalised.length, format: piece.format });
    text += normalised;
  }
  // A combining mark in a run of its own composes with the run before it: keep the runs inside
  // the text the whole paragraph normalises to.
  const whole = text.normalize('NFC');
  if (whole.length !== text.length) {
    for (const run of runs) {
      run.start = Math.min(run.start, whole.length);
      run.end = Math.min(run.end, whole.length);
    }
  }
  return { text: whole, runs: runs.filter((run) => run.end > run.start) };
}

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Page size and margins of a section, and whether its headers or footers number the pages. */
function pageFormat(sectPr: XmlElement, rels: Relationship[], files: Map<string, Uint8Array>): PageFormat | undefined {
  const size = child(sectPr, 'w:pgSz');
  const margins = child(sectPr, 'w:pgMar');
  const width = numberAttribute(size, 'w:w');
  const height = numberAttribute(size, 'w:h');
  if (width === undefined || height === undefined) return undefined;
  const margin = (name: string) => twipsToCm(Math.abs(numberAttribute(margins, name) ?? 0));
  const page: PageFormat = {
    widthCm: twipsToCm(width),
    heightCm: twipsToCm(height),
    marginTopCm: margin('w:top'),
    marginBottomCm: margin('w:bottom'),
    marginLeftCm: margin('w:left'),
    marginRightCm: margin('w:right'),
  };
  const numbered = new Map<string, 'header' | 'footer'>();
  for (const reference of [...children(sectPr, 'w:headerReference'), ...children(sectPr, 'w:footerReference')]) {
    const where = reference.name === 'w:headerReference' ? 'header' : 'footer';
    const target = rels.find((rel) => rel.id === reference.attributes['r:id'])?.target;
    const data = target ? files.get(target) : undefined;
    if (target && data && hasPageField(parseXml(data, target))) numbered.set(reference.attributes['w:type'] ?? 'default', where);
  }
  const place = numbered.get('default') ?? numbered.get('even');
  page.pageNumbers = place !== undefined || numbered.has('first');
  if (place) page.pageNumbersIn = place;
  const titlePage = toggle(child(sectPr, 'w:titlePg')) ?? false;
  page.pageNumberOnFirstPage = titlePage ? numbered.has('first') : place !== undefined;
  return page;
}

/** A PAGE field, simple or complex (NUMPAGES and SECTIONPAGES are not page numbers). */
function hasPageField(root: XmlElement): boolean {
  let instruction = '';
  for (const element of descendants(root)) {
    if (element.name === 'w:fldSimple' && /(^|\s)PAGE(\s|$)/.test(element.attributes['w:instr'] ?? '')) return true;
    if (element.name === 'w:instrText') instruction += ownText(element);
    if (element.name === 'w:fldChar' && element.attributes['w:fldCharType'] === 'end') {
      if (/(^|\s)PAGE(\s|$)/.test(instruction)) return true;
      instruction = '';
    }
  }
  return false;
}
