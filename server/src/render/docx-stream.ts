/**
 * `word/document.xml` written one block at a time, so building a DOCX takes memory in proportion
 * to one block rather than to the document.
 *
 * The `docx` package builds a whole document as objects, formats all of them into one XML object
 * tree, writes that as one string and encodes the string as UTF-8; on a 20 MB plan that peaked
 * at 3.6 GB. Here the package still builds and formats every element (paragraphs, runs, tables,
 * their properties and the sections), but a document is first built as a skeleton in which a
 * placeholder stands for the blocks of a section, or the rows of a table. Formatted, a
 * placeholder gives a marker object; writing the skeleton's tree, each marker is replaced by its
 * blocks, each built, formatted in the context the package would have formatted it in, written
 * as UTF-8 and dropped before the next one is built.
 *
 * The XML is written exactly as the package writes it (`stringifyXmlable` in its
 * src/util/xml/stringify.ts, which it does not export), so the bytes are the ones the package
 * would have written for the whole document; test/render/docx-bytes.test.ts holds them to that.
 */
import { FileChild, TableRow, type IContext, type IXmlableObject } from 'docx';

/** The UTF-8 bytes of the XML as it is written, in chunks joined once at the end. */
class XmlOutput {
  /** About 64 K code units of text are encoded at a time. */
  private static readonly CHUNK = 1 << 16;
  private pending = '';
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  private readonly encoder = new TextEncoder();

  /** Takes whole strings only, so a surrogate pair is never cut in two between chunks. */
  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= XmlOutput.CHUNK) this.flush();
  }

  bytes(): Uint8Array<ArrayBuffer> {
    this.flush();
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return out;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = this.encoder.encode(this.pending);
    this.chunks.push(chunk);
    this.size += chunk.length;
    this.pending = '';
  }
}

/** What each marker in a formatted skeleton stands for: the writing of its blocks. */
const STREAMS = new WeakMap<object, (out: XmlOutput) => void>();

/**
 * The marker of a placeholder formatted in `context`, standing for `items`, each formatted by
 * `format` in a copy of that context when the marker is written. The marker has no key, so the
 * package's passes over a formatted body (tables of contents) pass it by.
 */
function markerFor<T>(context: IContext, items: readonly T[], format: (item: T, at: IContext) => IXmlableObject[]): IXmlableObject {
  const at: IContext = { file: context.file, viewWrapper: context.viewWrapper, stack: [...context.stack] };
  const marker: IXmlableObject = {};
  STREAMS.set(marker, (out) => {
    for (const item of items) for (const element of format(item, at)) writeElement(element, out);
  });
  return marker;
}

/**
 * Stands for blocks of the body: each item becomes the package's elements (paragraphs, tables)
 * only when its turn to be written comes.
 */
export class StreamedBlocks<T> extends FileChild {
  constructor(
    private readonly items: readonly T[],
    private readonly build: (item: T) => FileChild[],
  ) {
    super('kehoach:blocks');
  }

  override prepForXml(context: IContext): IXmlableObject {
    // With the placeholder on the stack, a table among the blocks finds the section it is in.
    const here: IContext = { ...context, stack: [...context.stack, this] };
    return markerFor(here, this.items, (item, at) => this.build(item).flatMap((element) => element.prepForXml(at) ?? []));
  }
}

/** Stands for rows of a table; `format` gives the formatted row of an item. */
export class StreamedRows<T> extends TableRow {
  constructor(
    private readonly items: readonly T[],
    private readonly format: (item: T, at: IContext) => IXmlableObject,
  ) {
    super({ children: [] });
  }

  override prepForXml(context: IContext): IXmlableObject {
    return markerFor(context, this.items, (item, at) => [this.format(item, at)]);
  }
}

/** document.xml of a skeleton whose placeholders are written out as their blocks. */
export function documentXml(view: { prepForXml(context: IContext): IXmlableObject | undefined }, context: IContext): Uint8Array<ArrayBuffer> {
  const out = new XmlOutput();
  out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
  const formatted = view.prepForXml(context);
  if (formatted) writeElement(formatted, out);
  return out.bytes();
}

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);

/** Escapes a string as the package does (and drops the C0 controls XML forbids); other values stay as they are. */
function escapeValue(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (ch) => ESCAPES.get(ch) ?? '') : value;
}

/**
 * Writes one formatted element, as the package's `resolve` and `format` do without indentation:
 * the first key names the element; an `_attr` object, alone or among the children, gives
 * attributes; a string or number among the children replaces the child before it (a quirk of the
 * `xml` package the docx package keeps, and so does this); an element with no content closes
 * itself.
 */
function writeElement(element: IXmlableObject, out: XmlOutput): void {
  const stream = STREAMS.get(element);
  if (stream) {
    stream(out);
    return;
  }
  const name = Object.keys(element)[0];
  const values: unknown = name === undefined ? undefined : element[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attributesOf: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(attributesOf)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            const child = value as IXmlableObject;
            if (Object.keys(child)[0] === '_attr') addAttributes(child._attr as Record<string, unknown>);
            else content.push(child);
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else {
    content.push(escapeValue(values));
  }
  const opening = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '');
  if (content.length === 0) {
    out.write(`${opening}/>`);
    return;
  }
  out.write(name ? `${opening}>` : opening);
  for (const child of content) {
    if (child === undefined) continue;
    if (typeof child === 'object' && child !== null) writeElement(child as IXmlableObject, out);
    else out.write(String(child));
  }
  if (name) out.write(`</${name}>`);
}
