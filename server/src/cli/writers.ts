/**
 * The document writers a build loads when it needs them. They hold the docx and pdf-lib packages,
 * half of the command line's code, so `npm run build` bundles this module apart
 * (dist/cli-writers.js, see scripts/build.mjs) and `check`, `format` and the other formats never
 * load or compile it.
 */
export { renderDocx } from '../render/docx';
export { renderAttachmentPdf, renderPdf, separateAnnex, serifFamilyOf } from '../render/pdf';
