/**
 * A document the drafter already has (a Word, OpenDocument, PDF or text file), as the readers
 * give it to the recogniser: its body as numbered paragraphs, with the formatting Nghị định
 * 30/2020 rules on where the format carries it. Readers take bytes and return this; they do no
 * IO, so the recogniser, the checks of an original and `import` are tested on values in memory.
 */
import type { OriginalRole } from '../check/original';

/** Which reader produced the document; positions are written differently for each. */
export type OriginalKind = 'docx' | 'odt' | 'pdf' | 'txt';

/** Formatting of one run of text, as the file states it (absent where the file does not say). */
export interface RunFormat {
  /** Every font slot of the run: ascii, hAnsi, cs and eastAsia for Word; one name for ODF. */
  fonts?: { ascii?: string; hAnsi?: string; cs?: string; eastAsia?: string };
  /** Size in points. */
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  allCaps?: boolean;
}

/** `over` laid on `base`, as a style's or a run's own formatting is laid on what it inherits. */
export function mergeRun(base: RunFormat, over: RunFormat): RunFormat {
  const merged: RunFormat = { ...base, ...over };
  if (base.fonts || over.fonts) merged.fonts = { ...base.fonts, ...over.fonts };
  return merged;
}

/** One run of a paragraph: a stretch of text with one format, at `start` in the paragraph's text. */
export interface OriginalRun {
  start: number;
  end: number;
  format: RunFormat;
}

/** Formatting of a paragraph, as the file states it after styles are resolved. */
export interface ParagraphFormat {
  alignment?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent in centimetres (negative for a hanging indent). */
  firstLineIndentCm?: number;
  /** Spacing before and after in points, and line spacing as a multiple of single. */
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  lineSpacing?: number;
  /** An exact or at-least line height in points, where the file gives one instead of a multiple. */
  lineSpacingPt?: number;
  /** A bottom border on the paragraph: Word's usual way to draw the rule line under a heading. */
  bottomBorder?: boolean;
  /** A line shape anchored in the paragraph: the other way Word users draw that rule line. */
  drawnLine?: boolean;
  /** Inside a table cell: the row and column, 0-based, of the table the paragraph is in. */
  cell?: { table: number; row: number; column: number };
}

/** One paragraph of the body, in reading order. */
export interface OriginalParagraph {
  /** 1-based number of the paragraph in the document's body: what `file:P:C` positions name. */
  index: number;
  /**
   * The paragraph's text, NFC-normalised, with a soft line break as `\n` and tabs kept. For
   * numbering from Word's list definitions, `label` holds the computed number and the text
   * does not.
   */
  text: string;
  /** The number Word or LibreOffice draws in front of the text (`w:numPr`), computed; e.g. "1.", "a)". */
  label?: string;
  /** Page the paragraph starts on, 1-based (PDF; also DOCX when it records page breaks). */
  page?: number;
  format?: ParagraphFormat;
  runs?: OriginalRun[];
}

/** Page set-up, in centimetres. */
export interface PageFormat {
  widthCm: number;
  heightCm: number;
  marginTopCm: number;
  marginBottomCm: number;
  marginLeftCm: number;
  marginRightCm: number;
  /** Whether a page-number field appears in a header or footer. */
  pageNumbers?: boolean;
  /** Where the page numbers are: Nghị định 30 puts them in the top margin. */
  pageNumbersIn?: 'header' | 'footer';
  /** Whether page 1 shows its number too (Nghị định 30: it does not). */
  pageNumberOnFirstPage?: boolean;
}

export interface OriginalDocument {
  kind: OriginalKind;
  paragraphs: OriginalParagraph[];
  page?: PageFormat;
}

/** A reader's refusal: a message in both languages and, where it can say, where in the file. */
export interface UnreadableOriginal {
  unreadable: true;
  message: { vi: string; en: string };
  /** Byte offset of the first bad byte, for corrupt or undecodable input. */
  offset?: number;
}

export type ReadResult = OriginalDocument | UnreadableOriginal;

export function isUnreadable(result: ReadResult): result is UnreadableOriginal {
  return 'unreadable' in result;
}

/**
 * What a paragraph is in the document, as the recogniser decides from its text (and, for Word
 * and OpenDocument, its place in the header table). The format checks of Phụ lục I ask this to
 * know which sizes, weights and alignments a paragraph must have. The list is declared once, in
 * check/original.ts, since the checks may not import this folder and this folder may import them.
 */
export type ParagraphRole = OriginalRole;
