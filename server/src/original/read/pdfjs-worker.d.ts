/** The worker half of PDF.js ships without types; the reader only hands its handler to PDF.js. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
