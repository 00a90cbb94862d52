/**
 * Text of born-digital PDFs with Mozilla's pdf.js (pdfjs-dist, legacy build for Node).
 *
 * pdf.js runs in a worker thread (pdf-worker.mjs), one PDF at a time, with a time budget and a
 * memory cap: a hostile file (deeply nested content, a page-tree bomb) could otherwise block the
 * server's event loop for minutes or exhaust its memory. When the budget runs out the worker is
 * terminated and the pages read so far are kept, with a warning on the letter.
 */
import { Worker } from 'node:worker_threads';
import { UnprocessableError } from '../../errors.ts';

export const MAX_PDF_PAGES = 300;

/** Limits of one PDF's extraction. Mutable so tests can shorten the time budget. */
export const pdfLimits = {
  maxPages: MAX_PDF_PAGES,
  /** Longest time spent reading one PDF. */
  timeoutMs: 20_000,
  /** Heap of the worker thread (taken when a worker starts); a file that needs more is refused or cut short. */
  memoryMb: 512,
};

export interface PdfText {
  text: string;
  pages: number;
  warnings: string[];
  /** No text layer worth the name (a scan): the caller reads it with OCR. */
  scanned: boolean;
}

type WorkerMessage =
  | { id: number; type: 'open'; pages: number }
  | { id: number; type: 'page'; n: number; text: string }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; name: string; message: string; invalid: boolean };

/** What the worker produced for one file, or why it stopped. */
interface RunResult {
  pages: number | null;
  texts: string[];
  end: { kind: 'done' } | { kind: 'error'; name: string; message: string; invalid: boolean } | { kind: 'timeout' } | { kind: 'crash'; message: string };
}

let worker: Worker | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function getWorker(): Worker {
  if (!worker) {
    const w = new Worker(new URL('./pdf-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: pdfLimits.memoryMb } });
    // An idle worker must not keep the process alive.
    w.unref();
    w.on('exit', () => {
      if (worker === w) worker = null;
    });
    // Errors are reported to the job that runs; without a job, the next job starts a fresh worker.
    w.on('error', () => {
      if (worker === w) worker = null;
    });
    worker = w;
  }
  return worker;
}

function runInWorker(bytes: Uint8Array): Promise<RunResult> {
  return new Promise((resolve) => {
    const w = getWorker();
    const id = nextId++;
    const result: RunResult = { pages: null, texts: [], end: { kind: 'done' } };
    let finished = false;
    const finish = (end: RunResult['end']) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      result.end = end;
      resolve(result);
    };
    const onMessage = (m: WorkerMessage) => {
      if (m.id !== id) return;
      if (m.type === 'open') result.pages = m.pages;
      else if (m.type === 'page') result.texts.push(m.text);
      else if (m.type === 'done') finish({ kind: 'done' });
      else finish({ kind: 'error', name: m.name, message: m.message, invalid: m.invalid });
    };
    const onError = (err: Error) => finish({ kind: 'crash', message: err.message });
    const onExit = () => finish({ kind: 'crash', message: 'de lezer stopte onverwacht' });
    const timer = setTimeout(() => {
      // The worker may be stuck in synchronous pdf.js code: only terminating it stops that.
      if (worker === w) worker = null;
      finish({ kind: 'timeout' });
      void w.terminate();
    }, pdfLimits.timeoutMs);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    // pdf.js transfers (detaches) the buffer it gets: give it a copy.
    const copy = new Uint8Array(bytes);
    w.postMessage({ id, bytes: copy, maxPages: pdfLimits.maxPages }, [copy.buffer]);
  });
}

export async function extractPdfText(bytes: Uint8Array, label = 'Het PDF-bestand'): Promise<PdfText> {
  // One PDF at a time; the time budget starts when this file's turn comes.
  const run = queue.then(() => runInWorker(bytes));
  queue = run.catch(() => undefined);
  const r = await run;
  const seconds = Math.round(pdfLimits.timeoutMs / 1000);

  if (r.end.kind === 'error' && r.end.name === 'PasswordException') {
    throw new UnprocessableError(`${label} is met een wachtwoord beveiligd. Vraag de afzender om een onbeveiligde versie.`);
  }
  if (r.pages === null) {
    // The document could not even be opened.
    if (r.end.kind === 'timeout') {
      throw new UnprocessableError(`${label} is te complex om binnen ${seconds} seconden te openen. Vraag de afzender om een eenvoudiger versie (bijvoorbeeld opnieuw opgeslagen of afgedrukt als PDF).`);
    }
    if (r.end.kind === 'crash') {
      throw new UnprocessableError(`${label} is te groot of te complex om te lezen (${r.end.message}). Vraag de afzender om een eenvoudiger versie.`);
    }
    const why = r.end.kind === 'error' ? (r.end.invalid ? 'geen geldige PDF-structuur' : r.end.message) : 'onbekende fout';
    throw new UnprocessableError(`${label} is beschadigd of onleesbaar (${why}). Vraag de afzender om het bestand opnieuw te sturen.`);
  }

  const pages = r.pages;
  const read = r.texts.length;
  if (r.end.kind !== 'done' && read === 0 && pages > 0) {
    // Opened, but not one page could be read: nothing worth storing.
    const why = r.end.kind === 'timeout' ? `is te complex om binnen ${seconds} seconden te lezen` : r.end.kind === 'crash' ? `is te groot of te complex om te lezen (${r.end.message})` : `is beschadigd of onleesbaar (${r.end.message})`;
    throw new UnprocessableError(`${label} ${why}. Vraag de afzender om een eenvoudiger of hersteld bestand (bijvoorbeeld opnieuw opgeslagen of afgedrukt als PDF).`);
  }
  const warnings: string[] = [];
  if (pages > pdfLimits.maxPages) warnings.push(`${label} heeft ${pages} pagina's; alleen de eerste ${pdfLimits.maxPages} zijn gelezen.`);
  const wanted = Math.min(pages, pdfLimits.maxPages);
  let stoppedEarly = false;
  if (r.end.kind !== 'done' && read < wanted) {
    stoppedEarly = true;
    const why = r.end.kind === 'timeout' ? `het lezen duurde langer dan ${seconds} seconden` : r.end.kind === 'crash' ? `het bestand is te groot of te complex (${r.end.message})` : `pagina ${read + 1} is beschadigd (${r.end.message})`;
    warnings.push(`${label} is niet volledig gelezen: ${why}. Alleen de eerste ${read} van de ${pages} pagina's ${read === 1 ? 'is' : 'zijn'} gelezen; bekijk het origineel.`);
  }
  const text = r.texts.join('\n\n');
  // A scan: page images and no text layer, or only a stamp or page number. Read with OCR instead.
  // Image XObjects are streams, which PDF never puts inside compressed object streams, so their
  // dictionaries can be found in the raw bytes.
  const scanned = !stoppedEarly && read > 0 && text.replace(/\s/g, '').length < 25 * read && /\/Subtype\s*\/Image\b/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  return { text, pages, warnings, scanned };
}
