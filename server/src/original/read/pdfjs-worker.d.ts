/**
 * The reader loads the minified builds of PDF.js (half the size in the bundle the extension
 * ships); they are the same modules as the plain builds, whose types they take. The worker half
 * ships without types; the reader only hands its handler to PDF.js.
 */
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}

declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
