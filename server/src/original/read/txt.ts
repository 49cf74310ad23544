/**
 * The text reader: a plain-text document (a `.txt` file, text copied from a web page or a PDF)
 * becomes one paragraph per line. It is the one reader that keeps the way back to the file's own
 * lines and columns, since a text file's positions are written as line:column.
 */
import type { Location } from '../../base/source';
import { SourceText } from '../../base/source';
import type { OriginalDocument, OriginalParagraph } from '../document';

export interface TextOriginal {
  document: OriginalDocument;
  /** The location in the file, as written, of columns [start, end) of a paragraph's (NFC) text. */
  locate(paragraph: number, start: number, end: number): Location;
}

/** Reads a decoded text: every line (LF, CRLF or a lone CR) is a paragraph, in NFC, numbered from 1. */
export function readText(text: string): TextOriginal {
  const source = new SourceText(text);
  const paragraphs: OriginalParagraph[] = [];
  const starts: number[] = [];
  let offset = 0;
  const normalised = source.text;
  while (offset <= normalised.length) {
    const line = source.normalisedLineAt(offset);
    paragraphs.push({ index: paragraphs.length + 1, text: normalised.slice(line.start, line.end) });
    starts.push(line.start);
    if (line.lineBreak === '') break;
    offset = line.next;
  }
  return {
    document: { kind: 'txt', paragraphs },
    locate(paragraph, start, end) {
      const index = Math.max(1, Math.min(paragraph, paragraphs.length)) - 1;
      const length = paragraphs[index]!.text.length;
      const from = Math.max(0, Math.min(start, length));
      const to = Math.max(from, Math.min(end, length));
      return source.locate(starts[index]! + from, starts[index]! + to);
    },
  };
}
