/** E-mail (.eml, RFC 5322/MIME) with nodemailer's mailparser: headers, text/HTML parts, attachments. */
import { simpleParser, type AddressObject } from 'mailparser';
import { UnprocessableError } from '../../errors.ts';
import { sniff } from '../sniff.ts';
import type { Extracted, SenderFields, StoredFile } from '../types.ts';
import { combinedConfidence, ocrImage, ocrPdf, readScan, type OcrResult } from './ocr.ts';
import { extractPdfText, pdfLimits } from './pdf.ts';
import { cleanField, decodeText, htmlToPlainText, normaliseText, safeFilename } from './text.ts';

export const MAX_ATTACHMENTS = 50;
/** Scanned attachments read with OCR per message (a page takes a core for 1-3 s). */
export const MAX_OCR_ATTACHMENTS = 3;

function firstSender(from: AddressObject | undefined): SenderFields {
  const v = from?.value?.[0];
  // Header values can carry control characters (encoded words such as =?utf-8?B?AA==?=).
  return { sender_name: cleanField(v?.name ?? '') || undefined, sender_email: cleanField(v?.address ?? '').toLowerCase() || undefined };
}

export async function extractMail(bytes: Uint8Array): Promise<Omit<Extracted, 'files'> & { attachments: StoredFile[] }> {
  let mail;
  try {
    mail = await simpleParser(Buffer.from(bytes), { skipImageLinks: true, maxHtmlLengthToParse: 5_000_000 });
  } catch (err) {
    // mailsplit's own limits (1,000 MIME parts, large header blocks) end with code EMAXLEN.
    if ((err as { code?: string }).code === 'EMAXLEN') {
      throw new UnprocessableError('Het e-mailbericht is te complex om te verwerken: het heeft te veel onderdelen (meer dan 1.000 MIME-delen) of te grote kopregels. Vraag de afzender het bericht eenvoudiger opnieuw te sturen, bijvoorbeeld met minder bijlagen.');
    }
    throw new UnprocessableError(`Het e-mailbericht kon niet worden gelezen (${(err as Error).message}). Vraag de afzender het bericht opnieuw te sturen.`);
  }
  const warnings: string[] = [];
  let body = mail.text ?? '';
  if (!body.trim() && typeof mail.html === 'string') {
    // An HTML-only mail: our own linear tag stripper (no script content, no markup left).
    body = htmlToPlainText(mail.html);
  }
  const attachments: StoredFile[] = [];
  const sections: string[] = [normaliseText(body)];
  const list = mail.attachments ?? [];
  if (list.length > MAX_ATTACHMENTS) warnings.push(`Het bericht heeft ${list.length} bijlagen; alleen de eerste ${MAX_ATTACHMENTS} zijn bewaard.`);
  // Each PDF has its own time budget; all PDF attachments of one mail together get one more, so
  // fifty hostile PDFs cannot hold a request for fifty budgets.
  const pdfDeadline = Date.now() + pdfLimits.timeoutMs;
  // Scans and photos of letters sent as attachments are read with OCR, a few per message.
  const ocrParts: OcrResult[] = [];
  let ocrLeft = MAX_OCR_ATTACHMENTS;
  const ocrAttachment = async (filename: string, ocr: () => Promise<OcrResult>) => {
    if (ocrLeft-- <= 0) {
      warnings.push(`De bijlage ${filename} is een scan en is niet met OCR gelezen (hoogstens ${MAX_OCR_ATTACHMENTS} scans per bericht). Bekijk het origineel.`);
      return;
    }
    const r = await readScan(ocr, `De bijlage ${filename}`, warnings);
    if (r?.text.trim()) {
      sections.push(`[Bijlage: ${filename}, gelezen met OCR]\n${normaliseText(r.text)}`);
      ocrParts.push(r);
    }
  };
  for (const [i, att] of list.slice(0, MAX_ATTACHMENTS).entries()) {
    const filename = safeFilename(att.filename, `bijlage-${i + 1}`);
    const content = new Uint8Array(att.content);
    attachments.push({ role: 'attachment', filename, mediaType: cleanField(att.contentType ?? '').slice(0, 200) || 'application/octet-stream', bytes: content });
    if (att.related) continue; // inline images of the HTML body
    const kind = await sniff(content);
    if (kind.kind === 'pdf') {
      if (Date.now() > pdfDeadline) {
        warnings.push(`De bijlage ${filename} is niet gelezen: het lezen van de PDF-bijlagen duurde te lang. Bekijk het origineel.`);
        continue;
      }
      try {
        const pdf = await extractPdfText(content, `De bijlage ${filename}`);
        warnings.push(...pdf.warnings);
        if (pdf.scanned) await ocrAttachment(filename, () => ocrPdf(content, pdf.pages, `De bijlage ${filename}`));
        else if (pdf.text.trim()) sections.push(`[Bijlage: ${filename}]\n${normaliseText(pdf.text)}`);
      } catch (err) {
        warnings.push((err as Error).message);
      }
    } else if (kind.kind === 'image') {
      await ocrAttachment(filename, () => ocrImage(content, kind.ext, `De bijlage ${filename}`));
    } else if (kind.kind === 'txt') {
      sections.push(`[Bijlage: ${filename}]\n${normaliseText(decodeText(content, warnings))}`);
    } else if (kind.kind === 'unsupported') {
      warnings.push(`De bijlage ${filename} is ${kind.description}; de tekst ervan is niet gelezen.`);
    }
  }
  const text = sections.filter((s) => s).join('\n\n');
  if (!text) warnings.push('Het e-mailbericht bevat geen leesbare tekst (leeg, of alleen opmaak of scripts). Bekijk het origineel.');
  // mailparser puts U+FFFD where bytes do not fit the declared character set (or it is unknown).
  if (text.includes('\ufffd')) {
    warnings.push('Een deel van de tekst bevat tekens die niet konden worden gelezen (verkeerde of onbekende tekenset in het bericht). Controleer letters met accenten in het origineel.');
  }
  const date = mail.date && !Number.isNaN(mail.date.getTime()) && mail.date.getTime() <= Date.now() + 86_400_000 ? mail.date : undefined;
  return {
    sourceType: 'eml',
    channel: 'email',
    subject: cleanField(mail.subject ?? '').slice(0, 1000),
    body: text,
    sender: firstSender(mail.from),
    receivedAt: date,
    messageId: cleanField(mail.messageId ?? '').slice(0, 1000) || undefined,
    warnings,
    ocrConfidence: combinedConfidence(ocrParts),
    attachments,
  };
}
