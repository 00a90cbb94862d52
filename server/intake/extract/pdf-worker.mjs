/**
 * Worker thread that reads the text of PDFs with pdf.js (see pdf.ts). pdf.js runs its parser on
 * the calling thread in Node, and some hostile files (deeply nested content streams, for one)
 * keep it busy for minutes without yielding; here that only blocks this worker, which pdf.ts
 * terminates when the time budget is spent. Plain JavaScript so it also runs without a
 * TypeScript loader (tsx, vitest) in the worker.
 *
 * In:  { id, bytes: Uint8Array, maxPages: number }
 * Out: { id, type: 'open', pages } then { id, type: 'page', n, text } per page, then
 *      { id, type: 'done' }, or { id, type: 'error', name, message, invalid } at any point.
 */
import { parentPort } from 'node:worker_threads';
import { getDocument, InvalidPDFException } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function extract(id, bytes, maxPages) {
  const task = getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    parentPort.postMessage({ id, type: 'error', name: err?.name ?? 'Error', message: String(err?.message ?? err), invalid: err instanceof InvalidPDFException });
    return;
  }
  try {
    const pages = doc.numPages;
    parentPort.postMessage({ id, type: 'open', pages });
    const last = Math.min(pages, maxPages);
    for (let p = 1; p <= last; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      const lines = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string') continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
      parentPort.postMessage({ id, type: 'page', n: p, text: lines.join('\n') });
      page.cleanup();
    }
    parentPort.postMessage({ id, type: 'done' });
  } catch (err) {
    parentPort.postMessage({ id, type: 'error', name: err?.name ?? 'Error', message: String(err?.message ?? err), invalid: false });
  } finally {
    await doc.destroy().catch(() => {});
  }
}

// One PDF at a time: pdf.ts queues its requests.
parentPort.on('message', (msg) => {
  void extract(msg.id, msg.bytes, msg.maxPages);
});
