/**
 * The plan as a PDF ready for its digital signatures (Nghị định 30/2020 Phụ lục I, electronic
 * documents): the DOCX laid out by a converter the caller injects (LibreOffice, node/libreoffice.ts),
 * then two empty signature fields (AcroForm /FT /Sig) added with pdf-lib where the decree puts the
 * images of the signatures:
 *
 * - ô 7c, the signer's signature, centred in the empty space between the signer's title and name;
 * - ô 8, the agency's signature (its seal, at the seal's real size), over the left third of the
 *   signer's signature, as the seal is stamped on paper (Điều 33.1.b).
 *
 * An annex issued as a file of its own (Phụ lục I, II.8.b and III.1.d) gets one field instead: the
 * agency's signature, without an image, at the top right corner of its first page, where the
 * signing tool writes the main document's number and the signing time.
 *
 * The place is read from the PDF, not guessed: the DOCX carries a bookmark on the signer's name,
 * LibreOffice exports it as a named destination giving the page and the top of that line, and the
 * space above the name is the one the layout left (the name's space before). Across the page, the
 * footer's right column is where the layout puts the signer block.
 *
 * What PDF/A-2b asks of the added objects is kept: each widget is printable (/F 4) and has an
 * appearance stream (an empty form XObject), the form has no /NeedAppearances, nothing is
 * encrypted and no script is added, the metadata stream and the document information are
 * LibreOffice's (pdf-lib is told not to stamp its own producer and dates), and the file is
 * rewritten whole with a classic cross-reference table.
 *
 * LibreOffice writes the time of the conversion into the document information, the XMP metadata
 * and the header of the ICC profile of the output intent, and a random file identifier into the
 * trailer. All four are replaced: the dates by the caller's timestamp (SOURCE_DATE_EPOCH in a
 * reproducible build), the same in both places so the document information still agrees with the
 * XMP as PDF/A requires, and the identifier by the MD5 of the file written with a blank one. The
 * same plan and time give the same bytes. What cannot be kept without a validator is
 * a proof: the result is not re-validated here (no PDF/A validator runs offline in Node).
 *
 * No IO: bytes in, bytes out.
 */
import { createHash } from 'node:crypto';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, type PDFObject, type PDFPage } from 'pdf-lib';
import type { Message } from '../base/diagnostic';
import { type DocxOptions, SIGNER_NAME_BOOKMARK, renderDocx } from './docx';
import type { ColumnsBlock, LayoutParagraph, PlanLayout } from './layout';

/** The converter from DOCX bytes to PDF/A bytes the caller provides. */
export type DocxToPdf = (docx: Uint8Array) => Promise<Uint8Array>;

export type SignatureRole = 'signer' | 'agency' | 'attachment';

/** A rectangle in PDF points from the page's lower left corner: [left, bottom, right, top]. */
export type PdfRect = [number, number, number, number];

export interface SignatureField {
  /** The field's name (/T), which signing tools show and pick by. */
  name: string;
  role: SignatureRole;
  /** Page index from 0. */
  page: number;
  rect: PdfRect;
}

export interface PdfFont {
  /** The font's name without the subset prefix ("LiberationSerif-Bold"). */
  name: string;
  embedded: boolean;
}

export interface PreparedPdf {
  bytes: Uint8Array;
  pages: number;
  fonts: PdfFont[];
  fields: SignatureField[];
  /** What could not be done; the PDF is still usable, without what is said here. */
  notes: Message[];
}

const PT_PER_MM = 72 / 25.4;

/** Room left inside the space between the title and the name, above and below the signature. */
const SIGNATURE_PADDING_PT = 4;

/** The signature image's width at most: about twice its height, as a signature is written. */
const SIGNATURE_WIDTH_PT = 150;

/**
 * The seal's side. The decree asks for the seal's real size and gives none; 36 mm is the usual
 * diameter of the round seal of a provincial department or a district People's Committee. A
 * signing tool scales the image into the field, so a smaller seal still fits.
 */
export const SEAL_SIZE_MM = 36;

export const SIGNER_FIELD_NAME = 'ChuKyNguoiKy';
export const AGENCY_FIELD_NAME = 'ChuKyCoQuan';

const FIELD_TOOLTIPS: Record<SignatureRole, string> = {
  signer: 'Chữ ký số của người có thẩm quyền (ô 7c, Phụ lục I Nghị định 30/2020/NĐ-CP)',
  agency: 'Chữ ký số của cơ quan, tổ chức: hình con dấu, trùm lên 1/3 chữ ký về phía bên trái (ô 8)',
  attachment: 'Chữ ký số của cơ quan, tổ chức trên văn bản kèm theo: số và ký hiệu văn bản, thời gian ký',
};

export const ATTACHMENT_FIELD_NAME = 'ChuKyCoQuanKemTheo';

/**
 * The box of the agency's signature on an attachment: the decree gives its place (top right of
 * the first page) and its text (Times New Roman 10: number and symbol, date, time), not its size;
 * 70 × 12 mm holds three lines of that text, and it sits inside the top margin.
 */
const ATTACHMENT_FIELD_MM = { width: 70, height: 12, fromTop: 5 };

/**
 * The plan alone and its annex alone, for an annex issued as a file of its own; the annex keeps
 * its own page numbers from 1, as in the plan's file.
 */
export function separateAnnex(layout: PlanLayout): { main: PlanLayout; annex?: PlanLayout } {
  const main = layout.sections.filter((section) => section.role !== 'annex');
  const annex = layout.sections.filter((section) => section.role === 'annex');
  return { main: { page: layout.page, sections: main }, ...(annex.length > 0 && { annex: { page: layout.page, sections: annex } }) };
}

/** The annex alone as a PDF with the agency's signature field at the top right of its first page. */
export async function renderAttachmentPdf(annex: PlanLayout, options: DocxOptions & { convert: DocxToPdf }): Promise<PreparedPdf> {
  const { convert, ...docxOptions } = options;
  const document = await PDFDocument.load(await convert(await renderDocx(annex, docxOptions)), { updateMetadata: false });
  stampBuild(document, options.timestamp);
  const { widthMm, heightMm, marginsMm } = annex.page;
  const right = (widthMm - marginsMm.right) * PT_PER_MM;
  const top = (heightMm - ATTACHMENT_FIELD_MM.fromTop) * PT_PER_MM;
  const field: SignatureField = {
    name: ATTACHMENT_FIELD_NAME,
    role: 'attachment',
    page: 0,
    rect: [right - ATTACHMENT_FIELD_MM.width * PT_PER_MM, top - ATTACHMENT_FIELD_MM.height * PT_PER_MM, right, top],
  };
  addSignatureField(document, field);
  const bytes = withContentId(await document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }));
  return { bytes, pages: document.getPageCount(), fonts: fontsOf(document), fields: [field], notes: [] };
}

/** Lays the plan out as a DOCX, converts it, and prepares the PDF for its signatures. */
export async function renderPdf(layout: PlanLayout, options: DocxOptions & { convert: DocxToPdf }): Promise<PreparedPdf> {
  const { convert, ...docxOptions } = options;
  const docx = await renderDocx(layout, { ...docxOptions, markSigner: true });
  return prepareForSignature(await convert(docx), layout, options.timestamp);
}

/** The file identifier written before the file's own MD5 replaces it (withContentId). */
const BLANK_ID = '0'.repeat(32);

/**
 * Writes the build's time into the document information, the XMP metadata and the output intent's
 * ICC profile, over what LibreOffice wrote there, and a blank file identifier for withContentId.
 */
function stampBuild(document: PDFDocument, time: Date): void {
  const { context, catalog } = document;
  const info = context.lookupMaybe(context.trailerInfo.Info, PDFDict);
  const pdfDate = PDFString.of(`D:${time.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`);
  if (info) {
    info.set(PDFName.of('CreationDate'), pdfDate);
    if (info.has(PDFName.of('ModDate'))) info.set(PDFName.of('ModDate'), pdfDate);
  }
  const metadataRef = catalog.get(PDFName.of('Metadata'));
  const metadata = metadataRef instanceof PDFRef ? context.lookup(metadataRef) : undefined;
  if (metadataRef instanceof PDFRef && metadata instanceof PDFRawStream) {
    const xmpDate = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const xmp = new TextDecoder().decode(decodePDFRawStream(metadata).decode());
    const stamped = xmp.replace(/(<xmp:(CreateDate|ModifyDate|MetadataDate)>)[^<]*(<\/xmp:\2>)/g, `$1${xmpDate}$3`);
    dropIndirectLength(document, metadata);
    const dict = metadata.dict.clone(context);
    dict.delete(PDFName.of('Length'));
    dict.delete(PDFName.of('Filter'));
    dict.delete(PDFName.of('DecodeParms'));
    context.assign(metadataRef, context.stream(new TextEncoder().encode(stamped), Object.fromEntries([...dict.entries()].map(([key, value]) => [key.asString().slice(1), value]))));
  }
  const intents = catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  for (let index = 0; intents && index < intents.size(); index++) {
    const intent = intents.lookupMaybe(index, PDFDict);
    const profileRef = intent?.get(PDFName.of('DestOutputProfile'));
    const profile = profileRef instanceof PDFRef ? context.lookup(profileRef) : undefined;
    if (!(profileRef instanceof PDFRef) || !(profile instanceof PDFRawStream)) continue;
    const bytes = decodePDFRawStream(profile).decode().slice();
    if (bytes.length < 128) continue;
    stampIccProfile(bytes, time);
    dropIndirectLength(document, profile);
    context.assign(profileRef, context.flateStream(bytes, { N: profile.dict.get(PDFName.of('N')) ?? PDFNumber.of(3) }));
  }
  const blank = PDFHexString.of(BLANK_ID);
  context.trailerInfo.ID = context.obj([blank, blank]);
}

/**
 * The saved file with its blank identifier (stampBuild) replaced by the MD5 of the file as written,
 * the same hex digits long, so no offset moves. A file without one is returned as it is.
 */
function withContentId(bytes: Uint8Array): Uint8Array {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 512)));
  const at = tail.lastIndexOf(`/ID [ <${BLANK_ID}> <${BLANK_ID}> ]`);
  if (at < 0) return bytes;
  const digest = new TextEncoder().encode(createHash('md5').update(bytes).digest('hex').toUpperCase());
  const start = bytes.length - tail.length + at + '/ID [ <'.length;
  const out = bytes.slice();
  out.set(digest, start);
  out.set(digest, start + BLANK_ID.length + '> <'.length);
  return out;
}

/**
 * A stream replaced by its stamped copy leaves its /Length object behind when the length was
 * written as an object of its own, as LibreOffice writes it; that object would still be written,
 * with the length of the old, time-dependent bytes.
 */
function dropIndirectLength(document: PDFDocument, stream: PDFRawStream): void {
  const length = stream.dict.get(PDFName.of('Length'));
  if (length instanceof PDFRef) document.context.delete(length);
}

/**
 * The ICC header's creation time (bytes 24–35, six big-endian 16-bit numbers, ICC.1 §7.2.1). A
 * profile that carries its ID (bytes 84–99, the MD5 of the profile with its flags, rendering
 * intent and ID zeroed, §7.2.18) gets the ID of the profile as stamped.
 */
function stampIccProfile(bytes: Uint8Array, time: Date): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  [time.getUTCFullYear(), time.getUTCMonth() + 1, time.getUTCDate(), time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds()].forEach((value, index) =>
    view.setUint16(24 + index * 2, value),
  );
  if (bytes.subarray(84, 100).every((byte) => byte === 0)) return;
  const zeroed = bytes.slice();
  zeroed.fill(0, 44, 48);
  zeroed.fill(0, 64, 68);
  zeroed.fill(0, 84, 100);
  bytes.set(createHash('md5').update(zeroed).digest(), 84);
}

function footerOf(layout: PlanLayout): ColumnsBlock | undefined {
  for (const section of layout.sections) {
    for (const block of section.blocks) if (block.kind === 'columns' && block.role === 'footer') return block;
  }
  return undefined;
}

/** The footer's right column, from the left edge of the page, in points. */
function signerColumn(layout: PlanLayout, footer: ColumnsBlock): { left: number; right: number } {
  const { widthMm, marginsMm } = layout.page;
  const textWidth = widthMm - marginsMm.left - marginsMm.right;
  return { left: (marginsMm.left + textWidth * footer.widths[0]) * PT_PER_MM, right: (widthMm - marginsMm.right) * PT_PER_MM };
}

/**
 * Adds the signature fields to LibreOffice's PDF and says what it holds; with a timestamp, the PDF
 * says it was made then and is named by its own MD5 (stampBuild, withContentId).
 */
export async function prepareForSignature(pdf: Uint8Array, layout: PlanLayout, timestamp?: Date): Promise<PreparedPdf> {
  // The document information keeps LibreOffice's producer, so it still agrees with the XMP metadata as PDF/A requires.
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  if (timestamp) stampBuild(document, timestamp);
  const notes: Message[] = [];
  const fields: SignatureField[] = [];
  const footer = footerOf(layout);
  const name = footer?.rows.flatMap(([, right]) => right).find((paragraph: LayoutParagraph) => paragraph.role === 'signer-name');
  const destination = name ? namedDestination(document, SIGNER_NAME_BOOKMARK) : undefined;
  if (!footer || !name) {
    notes.push({
      vi: 'Kế hoạch chưa có họ tên người ký nên không đặt ô chữ ký số.',
      en: 'The plan names no signer, so no signature field was placed.',
    });
  } else if (!destination) {
    notes.push({
      vi: 'Không tìm thấy vị trí khối chữ ký trong PDF nên không đặt ô chữ ký số.',
      en: 'The signature block was not found in the PDF, so no signature field was placed.',
    });
  } else {
    const column = signerColumn(layout, footer);
    const centre = (column.left + column.right) / 2;
    const bottom = destination.top + SIGNATURE_PADDING_PT;
    const top = destination.top + name.spaceBeforePt - SIGNATURE_PADDING_PT;
    const width = Math.min(SIGNATURE_WIDTH_PT, column.right - column.left);
    const signer: PdfRect = [centre - width / 2, bottom, centre + width / 2, top];
    const seal = SEAL_SIZE_MM * PT_PER_MM;
    const sealRight = signer[0] + width / 3;
    const middle = (bottom + top) / 2;
    const agency: PdfRect = [sealRight - seal, middle - seal / 2, sealRight, middle + seal / 2];
    // The signer signs first, then the records office with the agency's certificate (Điều 14).
    fields.push({ name: SIGNER_FIELD_NAME, role: 'signer', page: destination.page, rect: signer });
    fields.push({ name: AGENCY_FIELD_NAME, role: 'agency', page: destination.page, rect: agency });
    for (const field of fields) addSignatureField(document, field);
  }
  const bytes = withContentId(await document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }));
  return { bytes, pages: document.getPageCount(), fonts: fontsOf(document), fields, notes };
}

/** An empty signature field merged with its widget, on its page and in the form. */
function addSignatureField(document: PDFDocument, field: SignatureField): void {
  const { context } = document;
  const page: PDFPage = document.getPage(field.page);
  const [left, bottom, right, top] = field.rect.map((value) => Math.round(value * 100) / 100) as PdfRect;
  const appearance = context.register(
    context.stream(new Uint8Array(0), { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, right - left, top - bottom], Resources: {} }),
  );
  const widget = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: PDFString.of(field.name),
      TU: PDFHexString.fromText(FIELD_TOOLTIPS[field.role]),
      Rect: [left, bottom, right, top],
      // Print, as PDF/A requires of every annotation; not hidden, not locked.
      F: 4,
      P: page.ref,
      AP: { N: appearance },
    }),
  );
  page.node.addAnnot(widget);
  const form = document.catalog.getOrCreateAcroForm();
  form.addField(widget);
  // SignaturesExist: readers show the signature panel; AppendOnly is set by the first signature.
  form.dict.set(PDFName.of('SigFlags'), PDFNumber.of(1));
}

/** The page and the top of a named destination (/XYZ left top zoom), from /Dests or the /Names tree. */
function namedDestination(document: PDFDocument, name: string): { page: number; top: number } | undefined {
  const catalog = document.catalog;
  let target: PDFObject | undefined = catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)?.get(PDFName.of(name));
  if (!target) {
    const tree = catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict);
    if (tree) target = inNameTree(document, tree, name);
  }
  let array = target === undefined ? undefined : document.context.lookup(target);
  if (array instanceof PDFDict) array = array.lookup(PDFName.of('D'));
  if (!(array instanceof PDFArray) || array.size() < 4) return undefined;
  const pageRef = array.get(0);
  const top = array.lookup(3);
  if (!(pageRef instanceof PDFRef) || !(top instanceof PDFNumber)) return undefined;
  const page = document.getPages().findIndex((candidate) => candidate.ref === pageRef);
  return page < 0 ? undefined : { page, top: top.asNumber() };
}

/** A value of a name tree; each node is visited once, so a cycle in a hostile file ends. */
function inNameTree(document: PDFDocument, root: PDFDict, name: string): PDFObject | undefined {
  const pending = [root];
  const seen = new Set<PDFDict>();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (names) {
      for (let at = 0; at + 1 < names.size(); at += 2) {
        const key = names.lookup(at);
        if ((key instanceof PDFString || key instanceof PDFHexString) && key.decodeText() === name) return names.get(at + 1);
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let at = 0; kids && at < kids.size(); at++) {
      const kid = document.context.lookup(kids.get(at));
      if (kid instanceof PDFDict) pending.push(kid);
    }
  }
  return undefined;
}

/** Every font the pages and their form XObjects use, once each, and whether its program is in the file. */
function fontsOf(document: PDFDocument): PdfFont[] {
  const fonts = new Map<string, PdfFont>();
  const seen = new Set<PDFDict>();
  const pending: PDFDict[] = [];
  for (const page of document.getPages()) {
    const resources = page.node.Resources();
    if (resources) pending.push(resources);
  }
  for (let resources = pending.pop(); resources; resources = pending.pop()) {
    if (seen.has(resources)) continue;
    seen.add(resources);
    const fontDict = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [, value] of fontDict?.entries() ?? []) {
      const font = document.context.lookup(value);
      if (font instanceof PDFDict) {
        const described = describeFont(document, font);
        const known = fonts.get(described.name);
        fonts.set(described.name, { name: described.name, embedded: described.embedded && (known?.embedded ?? true) });
      }
    }
    const xObjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, value] of xObjects?.entries() ?? []) {
      const xObject = document.context.lookup(value);
      const inner = xObject instanceof PDFStream ? xObject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) : undefined;
      if (inner) pending.push(inner);
    }
  }
  return [...fonts.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function describeFont(document: PDFDocument, font: PDFDict): PdfFont {
  const baseFont = font.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '?';
  const name = baseFont.replace(/^[A-Z]{6}\+/, '');
  let descriptor = font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
  if (!descriptor && descendants && descendants.size() > 0) {
    const descendant = document.context.lookup(descendants.get(0));
    if (descendant instanceof PDFDict) descriptor = descendant.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  }
  // A Type 3 font draws its glyphs with content streams inside the file: nothing to embed.
  const isType3 = font.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() === 'Type3';
  const embedded = isType3 || ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)) ?? false);
  return { name, embedded };
}

/** The family the text was set in: "Times New Roman", or the metric-compatible "Liberation Serif". */
export function serifFamilyOf(fonts: readonly PdfFont[]): string | undefined {
  for (const font of fonts) {
    if (/^TimesNewRoman/i.test(font.name)) return 'Times New Roman';
  }
  for (const font of fonts) {
    if (/^LiberationSerif/i.test(font.name)) return 'Liberation Serif';
  }
  return fonts[0]?.name.replace(/[-,].*$/, '');
}
