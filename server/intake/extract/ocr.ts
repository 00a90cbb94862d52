/**
 * OCR of paper letters: scans and photos (PNG, JPEG, TIFF) and scanned PDFs without a text layer.
 * Tesseract (Debian's tesseract-ocr with the Dutch and English models) runs as a child process,
 * so the server's event loop never waits on it; scanned PDFs are first rendered page by page at
 * 300 dpi by poppler's pdftoppm. Nothing leaves the machine.
 *
 * The result keeps Tesseract's own word confidences: the mean over all recognised words,
 * weighted by word length (0-100), is stored with the letter so the review view can say when the
 * text needs checking against the original.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const ocrLimits = {
  /** Pages of a scanned PDF that are read (a scanned letter is rarely longer). */
  maxPages: 20,
  /** Per page (Tesseract) and for rendering a whole PDF (pdftoppm). */
  pageTimeoutMs: 90_000,
  /** Below this mean word confidence the text is flagged as unreliable. */
  lowConfidence: 75,
  languages: 'nld+eng',
};

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0-100, weighted by word length; null when no word was recognised. */
  confidence: number | null;
  pages: number;
  warnings: string[];
}

export class OcrUnavailableError extends Error {}

// One OCR at a time per process: Tesseract uses a whole core, and fifty scans arriving together
// must queue, not start fifty processes.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn);
  queue = run.catch(() => undefined);
  return run;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, OMP_THREAD_LIMIT: '1' } },
      (err, stdout, stderr) => {
        if (err) {
          const e = err as NodeJS.ErrnoException & { killed?: boolean };
          if (e.code === 'ENOENT') reject(new OcrUnavailableError(`${cmd} is niet geïnstalleerd`));
          else if (e.killed) reject(new Error(`${cmd} duurde langer dan ${Math.round(timeoutMs / 1000)} seconden`));
          else reject(new Error(`${cmd}: ${String(stderr).trim().split('\n').slice(-1)[0] || e.message}`));
          return;
        }
        resolve({ stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

interface Word {
  key: string;
  par: string;
  text: string;
  conf: number;
}

/** Parses Tesseract's TSV output into text (lines and paragraphs kept) and word confidences. */
export function parseTesseractTsv(tsv: string): { text: string; words: { text: string; conf: number }[] } {
  const words: Word[] = [];
  for (const line of tsv.split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const text = cols.slice(11).join('\t').trim();
    if (!text) continue;
    const [, page, block, par, ln] = cols;
    words.push({ key: `${page}.${block}.${par}.${ln}`, par: `${page}.${block}.${par}`, text, conf: Number(cols[10]) });
  }
  let out = '';
  let prev: Word | undefined;
  for (const w of words) {
    if (prev) out += prev.par !== w.par ? '\n\n' : prev.key !== w.key ? '\n' : ' ';
    out += w.text;
    prev = w;
  }
  return { text: out, words: words.map((w) => ({ text: w.text, conf: w.conf })) };
}

function meanConfidence(words: { text: string; conf: number }[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const w of words) {
    if (!(w.conf >= 0)) continue;
    const n = w.text.length;
    sum += Math.min(100, w.conf) * n;
    weight += n;
  }
  return weight === 0 ? null : Math.round((sum / weight) * 10) / 10;
}

async function tesseract(file: string): Promise<{ text: string; words: { text: string; conf: number }[] }> {
  // psm 6 (the page as one block of text, read line by line). Measured on held-out letters
  // rendered as scans (tests/integration/ocr.test.ts): clean pages read the same under psm 3, 4
  // and 6, but on pages fed in 2° crooked with speckle noise psm 6 found 87-97 % of the words,
  // automatic segmentation (psm 1/3) only 38-83 %: it merges or drops skewed lines. A letter is
  // one column; a letterhead's side-by-side blocks come out on shared lines, which does not
  // matter for classification. Not handled: pages scanned sideways or upside down.
  const { stdout } = await run('tesseract', [file, 'stdout', '-l', ocrLimits.languages, '--psm', '6', 'tsv'], ocrLimits.pageTimeoutMs);
  return parseTesseractTsv(stdout);
}

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'postsignaal-ocr-'));
  try {
    return await fn(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function result(pageTexts: string[], words: { text: string; conf: number }[], warnings: string[], label: string): OcrResult {
  const confidence = meanConfidence(words);
  const text = pageTexts.filter((t) => t.trim()).join('\n\n');
  if (!text.trim()) {
    warnings.push(`${label}: er is geen tekst herkend (OCR). Lees het origineel.`);
  } else if (confidence !== null && confidence < ocrLimits.lowConfidence) {
    warnings.push(`${label}: de tekst is met OCR gelezen met een lage betrouwbaarheid (${Math.round(confidence)}%). Controleer de tekst met het origineel.`);
  }
  return { text, confidence, pages: pageTexts.length, warnings };
}

/** OCR of one image file (PNG, JPEG or TIFF; a multi-page TIFF gives all its pages). */
export function ocrImage(bytes: Uint8Array, ext: 'png' | 'jpg' | 'tif', label = 'De afbeelding'): Promise<OcrResult> {
  return serial(() =>
    withTempDir(async (dir) => {
      const file = path.join(dir, `scan.${ext}`);
      await fs.writeFile(file, bytes);
      const r = await tesseract(file);
      // Tesseract separates the pages of a multi-page TIFF with a form feed in plain text; in
      // TSV they are distinct page numbers, which parseTesseractTsv keeps as paragraphs.
      return result([r.text], r.words, [], label);
    }),
  );
}

/** OCR of a scanned PDF: renders at most ocrLimits.maxPages pages and reads each. */
export function ocrPdf(bytes: Uint8Array, pageCount: number, label = 'Het PDF-bestand'): Promise<OcrResult> {
  return serial(() =>
    withTempDir(async (dir) => {
      const warnings: string[] = [];
      const file = path.join(dir, 'scan.pdf');
      await fs.writeFile(file, bytes);
      const last = Math.min(pageCount, ocrLimits.maxPages);
      if (pageCount > last) warnings.push(`${label} is een scan van ${pageCount} pagina's; alleen de eerste ${last} zijn met OCR gelezen.`);
      await run('pdftoppm', ['-r', '300', '-gray', '-png', '-f', '1', '-l', String(last), file, path.join(dir, 'page')], ocrLimits.pageTimeoutMs * 2);
      const pages = (await fs.readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
      const texts: string[] = [];
      const words: { text: string; conf: number }[] = [];
      for (const page of pages) {
        const r = await tesseract(path.join(dir, page));
        texts.push(r.text);
        words.push(...r.words);
      }
      return result(texts, words, warnings, label);
    }),
  );
}

/** Runs an OCR; when Tesseract is missing or fails the letter is still stored, with a warning. */
export async function readScan(ocr: () => Promise<OcrResult>, label: string, warnings: string[]): Promise<OcrResult | null> {
  try {
    const r = await ocr();
    warnings.push(...r.warnings);
    return r;
  } catch (err) {
    const why = err instanceof OcrUnavailableError ? 'OCR is op deze server niet beschikbaar (tesseract ontbreekt)' : `OCR mislukte (${err instanceof Error ? err.message : String(err)})`;
    warnings.push(`${label} is een scan zonder tekstlaag; ${why}. Lees het origineel.`);
    return null;
  }
}

/** Mean confidence of several OCR'd parts, weighted by how much text each gave. */
export function combinedConfidence(parts: OcrResult[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const p of parts) {
    if (p.confidence === null) continue;
    const n = Math.max(1, p.text.length);
    sum += p.confidence * n;
    weight += n;
  }
  return weight === 0 ? null : Math.round((sum / weight) * 10) / 10;
}
