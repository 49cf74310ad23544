/**
 * The document writers a build loads when it needs them. They hold the docx and pdf-lib packages,
 * half of the command line's code, so `npm run build` bundles this module apart
 * (dist/cli-writers.js, see scripts/build.mjs) and `check`, `format` and the other formats never
 * load or compile it.
 */
import type { DocxOptions } from '../render/docx';
import type { PlanLayout } from '../render/layout';
import type { DocxToPdf, PreparedPdf } from '../render/pdf';

export { renderDocx } from '../render/docx';

/**
 * The PDF writer, with pdf-lib, which a bundle evaluates only when this is first called: pdf-lib
 * starting up was a tenth of a DOCX build's process, which never writes a PDF.
 */
export const pdfWriter = (): Promise<typeof import('../render/pdf')> => import('../render/pdf');

/** The PDF for signature (render/pdf.ts), as the language server's PDF export asks for it, through pdfWriter. */
export async function renderPdf(layout: PlanLayout, options: DocxOptions & { convert: DocxToPdf }): Promise<PreparedPdf> {
  return (await pdfWriter()).renderPdf(layout, options);
}
