/**
 * Reads the text layer of a PDF with PDF.js into paragraphs. A PDF has no paragraphs, only text
 * items placed on the page, so they are rebuilt: items are grouped into lines by their baseline
 * (top to bottom, then left to right), a line is cut into segments where a gap wider than a few
 * characters separates columns, and lines are joined into paragraphs unless a larger gap, an
 * indented first line, a short previous line or a change of size says a new one starts.
 *
 * Reading order of two-column blocks. The header of a plan (agency on the left, Quốc hiệu and
 * Tiêu ngữ on the right, then "Số: …" left and the place and date right) and its footer (Nơi nhận
 * left, the signer right) are two columns side by side. Lines where a left-half segment and a
 * right-half segment share a baseline, with the one-sided lines that continue them, form a band;
 * each band is given column by column: every left segment top to bottom, then every right
 * segment top to bottom, each line as its own paragraph, except that a line a cell wrapped joins
 * the line above it ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" over "VIỆT NAM"; see `wrapsOnto`). So the header
 * comes out as parent agency, agency, "Số: …", then Quốc hiệu, Tiêu ngữ, place and date; the
 * footer as "Nơi nhận:" and its entries, then the signer's lines.
 *
 * Page numbers (a line that is only a number in the top or bottom margin) are not body text:
 * they are dropped. A PDF gives no page set-up to check (its margins are wherever the text is), so
 * the document has no `page`.
 */
import type { OriginalDocument, OriginalParagraph } from '../document';
import { ensureDomMatrix } from './dom-matrix';
import { Refusal } from './refusal';

/** More pages than any plan with its annexes has; a longer file is refused before it is read. */
export const MAX_PAGES = 5000;

interface Item {
  text: string;
  /** PDF.js's name of the font, which differs between the regular, bold and italic faces. */
  font: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Segment {
  text: string;
  font: string;
  x: number;
  end: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

type Side = 'left' | 'right' | 'across';

interface PdfjsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

export async function readPdf(bytes: Uint8Array): Promise<OriginalDocument> {
  ensureDomMatrix();
  const { pdfjs, pdfjsWorker } = await quietly(() => import('./pdfjs'));
  // PDF.js runs its parser in a worker; in Node it runs it on the main thread from the handler
  // found at globalThis.pdfjsWorker, which is set here so that a bundled build, where PDF.js
  // cannot import its worker file by path, works as the unbundled one does.
  const globals = globalThis as { pdfjsWorker?: unknown };
  globals.pdfjsWorker ??= pdfjsWorker;
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // Errors only: PDF.js warns on every load that it cannot find its optional renderer, which
    // reading text does not need.
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw refusalOf(error);
  }
  try {
    if (document.numPages > MAX_PAGES) {
      throw new Refusal({
        vi: `Tệp PDF có ${document.numPages} trang, quá ${MAX_PAGES} trang: không đọc.`,
        en: `The PDF has ${document.numPages} pages, more than ${MAX_PAGES}: not read.`,
      });
    }
    const paragraphs: OriginalParagraph[] = [];
    let characters = 0;
    const builder = new ParagraphBuilder(paragraphs);
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items as PdfjsTextItem[]) {
        // PDF.js reports the gap between two pieces of text on a line as a blank item as wide as
        // the gap; the gap itself is what tells columns apart, so blank items are left out.
        if (typeof raw.str !== 'string' || !raw.transform || raw.str.trim().length === 0) continue;
        const [, , c = 0, d = 0, e = 0, f = 0] = raw.transform;
        const size = Math.hypot(c, d) || raw.height || 10;
        items.push({ text: raw.str, font: raw.fontName ?? '', x: e, y: f, width: raw.width ?? 0, size });
        characters += raw.str.trim().length;
      }
      page.cleanup();
      const lines = linesOf(items).filter((line) => !isPageNumber(line, y0, y1));
      builder.addPage(number, lines, (x0 + x1) / 2);
    }
    builder.finish();
    if (characters === 0) {
      throw new Refusal({
        vi: 'Tệp PDF không có lớp chữ (có thể là bản quét ảnh): không đọc được chữ, và công cụ không nhận dạng ảnh (OCR). Hãy dùng tệp Word gốc hoặc PDF xuất từ Word.',
        en: 'The PDF has no text layer (it may be a scanned image): no text can be read, and the tools do no OCR. Use the original Word file or a PDF exported from Word.',
      });
    }
    return { kind: 'pdf', paragraphs };
  } finally {
    await document.destroy();
  }
}

/**
 * PDF.js, when it loads in Node, prints "Warning: Cannot polyfill …" for the optional native
 * renderer it looks for, before any option can silence it; reading text needs none of it, and a
 * user checking a PDF should not see it. Only those lines are held back, only while it loads.
 */
async function quietly<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...parts: unknown[]) => {
    if (typeof parts[0] === 'string' && parts[0].startsWith('Warning: ')) return;
    warn(...parts);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

function refusalOf(error: unknown): Refusal {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new Refusal({
      vi: 'Tệp PDF được đặt mật khẩu (mã hoá): không đọc được. Hãy dùng bản không có mật khẩu.',
      en: 'The PDF is password-protected (encrypted) and cannot be read. Use a copy without a password.',
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new Refusal({
    vi: `Tệp PDF bị hỏng, không đọc được (${detail}).`,
    en: `The PDF is corrupt and cannot be read (${detail}).`,
  });
}

/** Items on one baseline (within a third of their size) make a line, cut into segments at wide gaps. */
function linesOf(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const current = groups[groups.length - 1];
    if (current && Math.abs(current[0]!.y - item.y) <= 0.35 * Math.max(current[0]!.size, item.size)) current.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    let size = 0;
    for (const item of group) {
      size = Math.max(size, item.size);
      const segment = segments[segments.length - 1];
      const gap = segment ? item.x - segment.end : Infinity;
      if (segment && gap < 2.5 * item.size) {
        const needsSpace = gap > 0.15 * item.size && !segment.text.endsWith(' ') && !item.text.startsWith(' ');
        segment.text += (needsSpace ? ' ' : '') + item.text;
        segment.end = Math.max(segment.end, item.x + item.width);
        segment.size = Math.max(segment.size, item.size);
      } else {
        segments.push({ text: item.text, font: item.font, x: item.x, end: item.x + item.width, size: item.size });
      }
    }
    for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
    return { y: group[0]!.y, size, segments: segments.filter((segment) => segment.text.length > 0) };
  }).filter((line) => line.segments.length > 0);
}

/** A number alone in the top or bottom tenth of the page. */
function isPageNumber(line: Line, bottom: number, top: number): boolean {
  const height = top - bottom;
  const inMargin = line.y > top - height * 0.1 || line.y < bottom + height * 0.1;
  return inMargin && line.segments.length === 1 && /^[0-9]{1,4}$/.test(line.segments[0]!.text);
}

/**
 * A line of a column that a cell wrapped: the line above it fills most of the column, this one is
 * much shorter, in the same face and size, right below it ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" over "VIỆT
 * NAM", a date over its year). Two lines of the header that are parts of their own, the parent
 * agency over the agency, differ in face (regular over bold) or are not that unequal.
 */
function wrapsOnto(above: Segment, aboveY: number, below: Segment, belowY: number, columnWidth: number): boolean {
  const aboveWidth = above.end - above.x;
  return (
    above.font === below.font &&
    Math.abs(above.size - below.size) < 0.5 &&
    aboveY - belowY <= 1.6 * below.size &&
    aboveWidth >= 0.75 * columnWidth &&
    below.end - below.x < 0.6 * aboveWidth
  );
}

function sideOf(segment: Segment, middle: number, tolerance: number): Side {
  if (segment.end <= middle + tolerance) return 'left';
  if (segment.x >= middle - tolerance) return 'right';
  return 'across';
}

class ParagraphBuilder {
  private open: { text: string; page: number; size: number; lastEnd: number; lastY: number } | undefined;

  constructor(private readonly paragraphs: OriginalParagraph[]) {}

  addPage(page: number, lines: Line[], middle: number): void {
    const sides = lines.map((line) => line.segments.map((segment) => sideOf(segment, middle, line.size)));
    const twoSided = sides.map((each) => each.includes('left') && each.includes('right') && !each.includes('across'));
    const oneSided = sides.map((each) => !each.includes('across') && (each.every((side) => side === 'left') || each.every((side) => side === 'right')));
    const bodyLines = lines.filter((_, i) => !twoSided[i]);
    // The text block's edges, from the lines that are not in a two-column band.
    let left = Infinity;
    let right = -Infinity;
    for (const line of bodyLines) {
      left = Math.min(left, line.segments[0]!.x);
      right = Math.max(right, line.segments[line.segments.length - 1]!.end);
    }
    const pitches: number[] = [];
    for (let i = 1; i < lines.length; i++) pitches.push(lines[i - 1]!.y - lines[i]!.y);
    pitches.sort((a, b) => a - b);
    const pitch = pitches.length > 0 ? pitches[Math.floor(pitches.length / 2)]! : 0;

    let i = 0;
    while (i < lines.length) {
      if (twoSided[i]) {
        // A band: this line, the two-sided lines after it and the one-sided lines that go on in
        // one column while the other is blank (recipients beside the space of a signature).
        let end = i + 1;
        const extent = { left: { x: Infinity, end: -Infinity }, right: { x: Infinity, end: -Infinity } };
        const widen = (k: number) =>
          lines[k]!.segments.forEach((segment, s) => {
            const side = sides[k]![s]!;
            if (side === 'across') return;
            extent[side].x = Math.min(extent[side].x, segment.x);
            extent[side].end = Math.max(extent[side].end, segment.end);
          });
        // A one-sided line goes on with the band only inside the horizontal extent its column has
        // had so far: a line of the body that starts at the margin ends the band.
        const inColumn = (k: number) =>
          lines[k]!.segments.every((segment, s) => {
            const side = sides[k]![s]!;
            const size = lines[k]!.size;
            return side !== 'across' && segment.x >= extent[side].x - size && segment.end <= extent[side].end + size;
          });
        widen(i);
        while (
          end < lines.length &&
          (twoSided[end] || (oneSided[end] && inColumn(end))) &&
          lines[end - 1]!.y - lines[end]!.y < 3.5 * lines[end]!.size
        ) {
          widen(end);
          end++;
        }
        this.close();
        const band = lines.slice(i, end);
        const columnWidth = { left: middle - Math.min(left, extent.left.x), right: Math.max(right, extent.right.end) - middle };
        for (const side of ['left', 'right'] as const) {
          let previous: { segment: Segment; y: number; paragraph: OriginalParagraph } | undefined;
          band.forEach((line, k) => {
            line.segments.forEach((segment, s) => {
              if (sides[i + k]![s] !== side) return;
              if (previous && wrapsOnto(previous.segment, previous.y, segment, line.y, columnWidth[side])) {
                previous.paragraph.text = `${previous.paragraph.text} ${segment.text}`.normalize('NFC');
              } else {
                const paragraph: OriginalParagraph = { index: this.paragraphs.length + 1, text: segment.text.normalize('NFC'), page };
                this.paragraphs.push(paragraph);
                previous = { segment, y: line.y, paragraph };
                return;
              }
              previous = { ...previous, segment, y: line.y };
            });
          });
        }
        i = end;
        continue;
      }
      const line = lines[i]!;
      const text = line.segments.map((segment) => segment.text).join('\t');
      const start = line.segments[0]!.x;
      const open = this.open;
      const samePage = open?.page === page;
      const continues =
        open !== undefined &&
        Math.abs(open.size - line.size) <= 1 &&
        open.lastEnd >= right - 3 * line.size &&
        start <= left + 0.5 * line.size &&
        (!samePage || open.lastY - line.y <= Math.max(pitch * 1.25, line.size * 1.2));
      if (continues) {
        open.text += ` ${text}`;
        open.lastEnd = line.segments[line.segments.length - 1]!.end;
        open.lastY = line.y;
      } else {
        this.close();
        this.open = { text, page, size: line.size, lastEnd: line.segments[line.segments.length - 1]!.end, lastY: line.y };
      }
      i++;
    }
  }

  private close(): void {
    if (!this.open) return;
    this.paragraphs.push({ index: this.paragraphs.length + 1, text: this.open.text.normalize('NFC'), page: this.open.page });
    this.open = undefined;
  }

  finish(): void {
    this.close();
  }
}
