/**
 * A small element tree over saxes, the strict streaming XML parser the project already uses: Word
 * and OpenDocument parts are read whole, then walked. Names are `prefix:local` with the prefix
 * fixed by the namespace (not by what the file happens to call it), so a reader matches `w:p`
 * whatever prefix the producer chose; an unknown namespace keeps its URI in braces.
 */
import { SaxesParser } from 'saxes';
import type { Message } from '../../base/diagnostic';

/** Deeper nesting than any real document has; past it the part is refused rather than walked. */
export const MAX_DEPTH = 256;

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0': 'fo',
  'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0': 'svg',
  'urn:oasis:names:tc:opendocument:xmlns:meta:1.0': 'meta',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Elements and text, in document order. */
  children: (XmlElement | string)[];
}

export class XmlRefusal extends Error {
  constructor(readonly reason: Message) {
    super(reason.en);
  }
}

function qualified(uri: string, local: string): string {
  if (!uri) return local;
  const prefix = PREFIXES[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

/** Parses one part; throws `XmlRefusal` naming the part when it is not well-formed XML. */
export function parseXml(bytes: Uint8Array, part: string): XmlElement {
  const text = decode(bytes);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) {
      throw new XmlRefusal({
        vi: `Phần "${part}" lồng nhau quá ${MAX_DEPTH} tầng: không đọc.`,
        en: `The part "${part}" nests deeper than ${MAX_DEPTH} levels: not read.`,
      });
    }
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[qualified(attribute.uri, attribute.local)] = attribute.value;
    }
    const element: XmlElement = { name: qualified(tag.uri, tag.local), attributes, children: [] };
    stack[stack.length - 1]!.children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (value: string) => {
    if (stack.length > 1) stack[stack.length - 1]!.children.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof XmlRefusal) throw error;
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure) {
    throw new XmlRefusal({
      vi: `Phần "${part}" không phải XML hợp lệ (${failure.message}).`,
      en: `The part "${part}" is not well-formed XML (${failure.message}).`,
    });
  }
  return root;
}

/** XML parts are UTF-8 unless a byte order mark says UTF-16. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export function childElements(element: XmlElement): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string') elements.push(child);
  return elements;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const each of element.children) if (typeof each !== 'string' && each.name === name) return each;
  return undefined;
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  return childElements(element).filter((each) => each.name === name);
}

/** The concatenated text directly inside an element. */
export function ownText(element: XmlElement): string {
  let text = '';
  for (const each of element.children) if (typeof each === 'string') text += each;
  return text;
}

/**
 * The descendants named `name` that are inside no other of that name, in document order: the
 * outermost text boxes of a shape, whose inner boxes are read with their paragraphs. Walked with an
 * explicit stack, as `descendants`.
 */
export function outermost(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = childElements(element).reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.name === name) {
      found.push(next);
      continue;
    }
    const inner = childElements(next);
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]!);
  }
  return found;
}

/**
 * Every descendant element (not the element itself) in document order, walked with an explicit
 * stack so no nesting the file makes can overflow the call stack.
 */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = childElements(element).reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    const inner = childElements(next);
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]!);
  }
}
