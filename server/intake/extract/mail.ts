/** E-mail (.eml, RFC 5322/MIME) with nodemailer's mailparser: headers, text/HTML parts, attachments. */
import { simpleParser, type AddressObject } from 'mailparser';
import { UnprocessableError } from '../../errors.ts';
import { sniff } from '../sniff.ts';
import type { Extracted, SenderFields, StoredFile } from '../types.ts';
import { extractPdfText } from './pdf.ts';
import { decodeText, normaliseText } from './text.ts';

export const MAX_ATTACHMENTS = 50;

function firstSender(from: AddressObject | undefined): SenderFields {
  const v = from?.value?.[0];
  return { sender_name: v?.name || undefined, sender_email: v?.address?.toLowerCase() || undefined };
}

function safeName(name: string | undefined, fallback: string): string {
  // Only the last path segment, printable characters; never used as a path on disk.
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || fallback;
}

export async function extractMail(bytes: Uint8Array): Promise<Omit<Extracted, 'files'> & { attachments: StoredFile[] }> {
  let mail;
  try {
    mail = await simpleParser(Buffer.from(bytes), { skipImageLinks: true, maxHtmlLengthToParse: 5_000_000 });
  } catch (err) {
    throw new UnprocessableError(`Het e-mailbericht kon niet worden gelezen (${(err as Error).message}).`);
  }
  const warnings: string[] = [];
  let body = mail.text ?? '';
  if (!body.trim() && typeof mail.html === 'string') {
    // mailparser derives text from HTML when there is no text part; this is the fallback for odd mails.
    body = mail.html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, ' ');
  }
  const attachments: StoredFile[] = [];
  const sections: string[] = [normaliseText(body)];
  const list = mail.attachments ?? [];
  if (list.length > MAX_ATTACHMENTS) warnings.push(`Het bericht heeft ${list.length} bijlagen; alleen de eerste ${MAX_ATTACHMENTS} zijn bewaard.`);
  for (const [i, att] of list.slice(0, MAX_ATTACHMENTS).entries()) {
    const filename = safeName(att.filename, `bijlage-${i + 1}`);
    const content = new Uint8Array(att.content);
    attachments.push({ role: 'attachment', filename, mediaType: att.contentType || 'application/octet-stream', bytes: content });
    if (att.related) continue; // inline images of the HTML body
    const kind = await sniff(content);
    if (kind.kind === 'pdf') {
      try {
        const pdf = await extractPdfText(content, `De bijlage ${filename}`);
        warnings.push(...pdf.warnings);
        if (pdf.text.trim()) sections.push(`[Bijlage: ${filename}]\n${normaliseText(pdf.text)}`);
      } catch (err) {
        warnings.push((err as Error).message);
      }
    } else if (kind.kind === 'txt') {
      sections.push(`[Bijlage: ${filename}]\n${normaliseText(decodeText(content, warnings))}`);
    } else if (kind.kind === 'unsupported') {
      warnings.push(`De bijlage ${filename} is ${kind.description}; de tekst ervan is niet gelezen.`);
    }
  }
  const date = mail.date && !Number.isNaN(mail.date.getTime()) && mail.date.getTime() <= Date.now() + 86_400_000 ? mail.date : undefined;
  return {
    sourceType: 'eml',
    channel: 'email',
    subject: normaliseText(mail.subject ?? ''),
    body: sections.filter((s) => s).join('\n\n'),
    sender: firstSender(mail.from),
    receivedAt: date,
    messageId: mail.messageId ?? undefined,
    warnings,
    attachments,
  };
}
