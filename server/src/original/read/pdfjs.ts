/**
 * PDF.js and its worker, the only place the PDF reader takes them from. `npm run build` makes this
 * module a bundle of its own (dist/cli-pdf.js, scripts/build.mjs) that the CLI requires only when
 * it reads a PDF: PDF.js is 2.8 MB of a 4.6 MB CLI bundle, which every other command would
 * otherwise compile and keep in memory.
 */
export * as pdfjs from 'pdfjs-dist/legacy/build/pdf.min.mjs';
export * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
