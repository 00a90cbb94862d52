/** Text of born-digital PDFs with Mozilla's pdf.js (pdfjs-dist, legacy build for Node). */
import { getDocument, InvalidPDFException } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { UnprocessableError } from '../../errors.ts';

export const MAX_PDF_PAGES = 300;

export interface PdfText {
  text: string;
  pages: number;
  warnings: string[];
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

export async function extractPdfText(bytes: Uint8Array, label = 'Het PDF-bestand'): Promise<PdfText> {
  const warnings: string[] = [];
  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it gets: give it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    if ((err as { name?: string }).name === 'PasswordException') {
      throw new UnprocessableError(`${label} is met een wachtwoord beveiligd. Vraag de afzender om een onbeveiligde versie.`);
    }
    const why = err instanceof InvalidPDFException ? 'geen geldige PDF-structuur' : (err as Error).message;
    throw new UnprocessableError(`${label} is beschadigd of onleesbaar (${why}). Vraag de afzender om het bestand opnieuw te sturen.`);
  }
  try {
    const pages = doc.numPages;
    const last = Math.min(pages, MAX_PDF_PAGES);
    if (pages > MAX_PDF_PAGES) warnings.push(`${label} heeft ${pages} pagina's; alleen de eerste ${MAX_PDF_PAGES} zijn gelezen.`);
    const parts: string[] = [];
    for (let p = 1; p <= last; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      const lines: string[] = [];
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== 'string') continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
      parts.push(lines.join('\n'));
      page.cleanup();
    }
    const text = parts.join('\n\n');
    if (text.replace(/\s/g, '').length === 0) {
      warnings.push(`${label} bevat geen tekstlaag (waarschijnlijk een scan). De tekst kon niet worden gelezen; bekijk het origineel.`);
    }
    return { text, pages, warnings };
  } catch (err) {
    if (err instanceof UnprocessableError) throw err;
    throw new UnprocessableError(`${label} is beschadigd of onleesbaar (${(err as Error).message}).`);
  } finally {
    await doc.destroy();
  }
}
