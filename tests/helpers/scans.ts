/**
 * Paper letters for OCR tests: a letter's text laid out as a printed A4 page in headless Chromium
 * and captured as a scanner would deliver it — a clean PNG, a skewed and noisy JPEG (a page fed
 * in crooked, with speckles and a little blur), a TIFF (via pdftoppm) or a PDF holding only the
 * page image (no text layer). The noise is seeded, so every run sees the same pages.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Browser } from 'playwright-core';

export type ScanKind = 'png' | 'skewed-noisy-jpeg' | 'tiff' | 'scanned-pdf';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pageHtml(subject: string, body: string, opts: { skewDeg: number; noise: number; blur: number }): string {
  const paras = body.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; background: #fff; }
    .sheet { width: 1240px; min-height: 1754px; box-sizing: border-box; padding: 120px 130px; background: #fbfbf8;
             transform: rotate(${opts.skewDeg}deg); transform-origin: 50% 0; filter: blur(${opts.blur}px);
             font: 23px/1.45 'DejaVu Serif', serif; color: #111; }
    p { margin: 0 0 18px; }
    canvas { position: absolute; left: 0; top: 0; pointer-events: none; }
  </style></head><body><div class="sheet">${subject ? `<p><strong>Betreft: ${escapeHtml(subject)}</strong></p>` : ''}${paras}</div>
  <canvas id="n" width="1240" height="1754"></canvas>
  <script>
    const c = document.getElementById('n'); const g = c.getContext('2d');
    let s = 20261123; const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < ${opts.noise}; i++) { const v = Math.floor(rnd() * 120); g.fillStyle = 'rgba(' + v + ',' + v + ',' + v + ',' + (0.25 + rnd() * 0.5) + ')'; g.fillRect(rnd() * 1240, rnd() * 1754, 1 + rnd() * 2.5, 1 + rnd() * 2.5); }
  </script></body></html>`;
}

function imagePdf(png: Buffer): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.image(png, 0, 0, { width: 595.28 });
    doc.end();
  });
}

/** Renders one letter as a scan of the given kind. */
export async function renderScan(browser: Browser, letter: { subject: string; body: string }, kind: ScanKind): Promise<Buffer> {
  const noisy = kind === 'skewed-noisy-jpeg';
  const page = await browser.newPage({ viewport: { width: 1240, height: 1754 }, deviceScaleFactor: 1 });
  try {
    await page.setContent(pageHtml(letter.subject, letter.body, { skewDeg: noisy ? 2.2 : 0, noise: noisy ? 9000 : 0, blur: noisy ? 0.6 : 0 }));
    if (kind === 'tiff') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postsignaal-scan-'));
      try {
        fs.writeFileSync(path.join(dir, 'brief.pdf'), await page.pdf({ width: '1240px', height: '1754px', printBackground: true, pageRanges: '1' }));
        execFileSync('pdftoppm', ['-r', '150', '-gray', '-tiff', '-singlefile', path.join(dir, 'brief.pdf'), path.join(dir, 'scan')]);
        return fs.readFileSync(path.join(dir, 'scan.tif'));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    const shot = await page.screenshot({ type: noisy ? 'jpeg' : 'png', quality: noisy ? 70 : undefined, fullPage: false });
    return kind === 'scanned-pdf' ? imagePdf(shot) : shot;
  } finally {
    await page.close();
  }
}
