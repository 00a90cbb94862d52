import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit } from '../auth/audit.ts';
import type { Actor } from '../auth/types.ts';
import type { DB, LetterStatus } from '../db/schema.ts';
import { NotFoundError, UnprocessableError, UnsupportedMediaTypeError } from '../errors.ts';
import type { JobsRepository } from '../jobs/repository.ts';
import type { Channel } from '../taxonomy.ts';
import { extractMail } from './extract/mail.ts';
import { ocrImage, ocrPdf, readScan } from './extract/ocr.ts';
import { extractPdfText } from './extract/pdf.ts';
import { capBody, cleanField, decodeText, normaliseText, safeFilename } from './extract/text.ts';
import { detectLanguage } from './language.ts';
import type { LetterRepository } from './repository.ts';
import { claimedExtension, sniff } from './sniff.ts';
import type { Extracted, IngestResult, SenderFields } from './types.ts';

export interface JsonLetterInput extends SenderFields {
  subject?: string | undefined;
  body: string;
  channel?: Channel | undefined;
  received_at?: string | undefined;
}

export interface FileLetterInput extends SenderFields {
  filename: string;
  bytes: Uint8Array;
  /** What the uploader says; for a PDF 'scan' marks paper post. E-mail is always 'email'. */
  channel?: Channel | undefined;
  subject?: string | undefined;
}

const KIND_NAMES = { pdf: 'een PDF-document', eml: 'een e-mailbericht', txt: 'platte tekst' } as const;
const SUPPORTED = 'Ondersteund zijn e-mail (.eml), PDF (ook gescand), platte tekst (.txt) en scans als PNG, JPEG of TIFF.';

function sha256(data: Uint8Array | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

function trimSender(s: SenderFields): SenderFields {
  // cleanField: no NUL (PostgreSQL refuses it in text) nor other control characters.
  const t = (v: string | undefined) => (v ? cleanField(v) || undefined : undefined);
  return { sender_name: t(s.sender_name), sender_email: t(s.sender_email)?.toLowerCase(), sender_address: t(s.sender_address), sender_postcode: t(s.sender_postcode)?.toUpperCase(), sender_city: t(s.sender_city) };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 200);
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === '23505';
}

/** Turns an uploaded file into text and metadata; throws 415/422 with a reason a person can act on. */
export async function extractFile(input: FileLetterInput): Promise<Extracted> {
  const kind = await sniff(input.bytes);
  // The name as the sender gave it may hold a path (../../etc/passwd), control characters or NUL:
  // keep only a clean last segment. It is stored and shown, never used as a path.
  const name = safeFilename(input.filename, 'upload');
  const claimed = claimedExtension(name);
  if (kind.kind === 'empty') throw new UnprocessableError(`Het bestand "${name}" is leeg; er is niets om op te slaan.`);
  if (kind.kind === 'unsupported') {
    const lie = claimed ? ` De naam eindigt op .${claimed}, maar de inhoud is ${kind.description}.` : ` Het is ${kind.description}.`;
    throw new UnsupportedMediaTypeError(`Bestand "${name}" wordt niet ondersteund.${lie} ${SUPPORTED}`, { detected: kind.mime, claimedExtension: claimed || null });
  }
  const warnings: string[] = [];
  const expected = kind.kind === 'image' ? kind.ext : { pdf: 'pdf', eml: 'eml', txt: 'txt' }[kind.kind];
  const aliases: Record<string, string> = { jpeg: 'jpg', tiff: 'tif' };
  if (claimed && ['pdf', 'eml', 'txt', 'msg', 'png', 'jpg', 'jpeg', 'tif', 'tiff'].includes(claimed) && (aliases[claimed] ?? claimed) !== expected) {
    warnings.push(`De bestandsnaam eindigt op .${claimed}, maar de inhoud is ${kind.kind === 'image' ? kind.description : KIND_NAMES[kind.kind]}; zo is het verwerkt.`);
  }
  const sender = trimSender(input);
  const original = { role: 'original' as const, filename: name, bytes: input.bytes };
  if (kind.kind === 'image') {
    const label = `De scan "${name}"`;
    const ocr = await readScan(() => ocrImage(input.bytes, kind.ext, label), label, warnings);
    const body = capBody(normaliseText(ocr?.text ?? ''), warnings);
    return {
      sourceType: 'image', channel: 'scan', subject: cleanField(input.subject ?? '').slice(0, 1000) || firstLine(body) || `Scan ${name}`,
      body, sender, warnings, ocrConfidence: ocr?.confidence ?? null,
      files: [{ ...original, mediaType: { png: 'image/png', jpg: 'image/jpeg', tif: 'image/tiff' }[kind.ext] }],
    };
  }
  if (kind.kind === 'pdf') {
    const label = `Het PDF-bestand "${name}"`;
    const pdf = await extractPdfText(input.bytes, label);
    warnings.push(...pdf.warnings);
    // A PDF without a text layer is a scan of paper post: read it with OCR.
    const ocr = pdf.scanned ? await readScan(() => ocrPdf(input.bytes, pdf.pages, label), label, warnings) : null;
    const body = capBody(normaliseText(ocr?.text || pdf.text), warnings);
    return {
      sourceType: 'pdf', channel: input.channel === 'scan' || pdf.scanned ? 'scan' : 'pdf', subject: cleanField(input.subject ?? '').slice(0, 1000) || firstLine(body) || `Scan ${name}`,
      body, sender, warnings, ocrConfidence: ocr?.confidence ?? null, files: [{ ...original, mediaType: 'application/pdf' }],
    };
  }
  if (kind.kind === 'eml') {
    const mail = await extractMail(input.bytes);
    warnings.push(...mail.warnings);
    return {
      sourceType: 'eml', channel: 'email', subject: cleanField(input.subject ?? '').slice(0, 1000) || mail.subject, body: capBody(mail.body, warnings),
      sender: { ...mail.sender, ...Object.fromEntries(Object.entries(sender).filter(([, v]) => v)) },
      receivedAt: mail.receivedAt, messageId: mail.messageId, ocrConfidence: mail.ocrConfidence, warnings,
      files: [{ ...original, mediaType: 'message/rfc822' }, ...mail.attachments],
    };
  }
  const text = capBody(normaliseText(decodeText(input.bytes, warnings)), warnings);
  if (!text) throw new UnprocessableError(`Het bestand "${name}" bevat geen tekst.`);
  return {
    sourceType: 'txt', channel: input.channel && input.channel !== 'email' ? input.channel : 'webform', subject: cleanField(input.subject ?? '').slice(0, 1000) || firstLine(text),
    body: text, sender, warnings, files: [{ ...original, mediaType: 'text/plain' }],
  };
}

export function extractJson(input: JsonLetterInput): Extracted {
  const warnings: string[] = [];
  const body = capBody(normaliseText(input.body), warnings);
  if (!body) throw new UnprocessableError('De brieftekst (body) is leeg.');
  let receivedAt: Date | undefined;
  if (input.received_at) {
    receivedAt = new Date(input.received_at);
    if (Number.isNaN(receivedAt.getTime())) throw new UnprocessableError('received_at is geen geldige datum (gebruik ISO 8601, bijv. 2026-11-23T09:30:00+01:00).');
  }
  return {
    sourceType: 'json', channel: input.channel ?? 'webform', subject: cleanField(input.subject ?? '') || firstLine(body), body,
    sender: trimSender(input), receivedAt, warnings,
    files: [{ role: 'original', filename: 'webformulier.txt', mediaType: 'text/plain', bytes: new TextEncoder().encode(body) }],
  };
}

export function createIntakeService(deps: { db: Kysely<DB>; letters: LetterRepository; jobs: JobsRepository }) {
  const { db, letters, jobs } = deps;

  async function store(hash: string, extract: () => Promise<Extracted> | Extracted, actor: Actor | null, ip: string | null): Promise<IngestResult> {
    const existing = await letters.findIdBySha(hash);
    if (existing) {
      await writeAudit(db, { actor, action: 'letter.duplicate_submitted', entityType: 'letter', entityId: existing.id, ip });
      return { id: existing.id, duplicate: true, status: existing.status };
    }
    const extracted = await extract();
    // The same e-mail delivered again (another copy, other Received headers) is the same letter.
    const sameMessage = extracted.messageId ? await letters.findIdByMessageId(extracted.messageId) : undefined;
    if (sameMessage) {
      await writeAudit(db, { actor, action: 'letter.duplicate_submitted', entityType: 'letter', entityId: sameMessage.id, ip, details: { by: 'message_id' } });
      return { id: sameMessage.id, duplicate: true, status: sameMessage.status };
    }
    try {
      // One transaction: the letter, its files, its classification job and the audit entry.
      return await db.transaction().execute(async (trx) => {
        const letter = await letters.insertLetter(trx, { sha256: hash, extracted, language: detectLanguage(`${extracted.subject}\n${extracted.body}`), createdBy: actor?.id ?? null });
        await jobs.enqueue(trx, { kind: 'classify', letterId: letter.id });
        await writeAudit(trx, {
          actor, action: 'letter.create', entityType: 'letter', entityId: letter.id, ip,
          details: { channel: extracted.channel, source_type: extracted.sourceType, files: extracted.files.length, warnings: extracted.warnings.length },
        });
        return { id: letter.id, duplicate: false, status: letter.status };
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        const again = await letters.findIdBySha(hash);
        if (again) return { id: again.id, duplicate: true, status: again.status };
      }
      throw err;
    }
  }

  return {
    ingestFile(input: FileLetterInput, actor: Actor | null, ip: string | null): Promise<IngestResult> {
      return store(sha256(input.bytes), () => extractFile(input), actor, ip);
    },

    ingestJson(input: JsonLetterInput, actor: Actor | null, ip: string | null): Promise<IngestResult> {
      const canonical = JSON.stringify([input.channel ?? 'webform', input.subject ?? '', input.body, input.sender_email ?? '', input.sender_name ?? '', input.received_at ?? '']);
      return store(sha256(canonical), () => extractJson(input), actor, ip);
    },

    async getLetter(id: string, actor: Actor, ip: string | null) {
      const letter = await letters.getLetter(id);
      if (!letter) throw new NotFoundError(`Brief ${id} bestaat niet.`);
      const files = await letters.listFiles(id);
      await writeAudit(db, { actor, action: 'letter.read', entityType: 'letter', entityId: id, ip });
      return { letter, files };
    },

    async getFile(letterId: string, fileId: number, actor: Actor, ip: string | null) {
      const file = await letters.getFile(letterId, fileId);
      if (!file) throw new NotFoundError(`Bestand ${fileId} van brief ${letterId} bestaat niet.`);
      if (!file.content) throw new NotFoundError('Dit bestand is volgens de bewaartermijn verwijderd.');
      await writeAudit(db, { actor, action: 'letter.file_download', entityType: 'letter', entityId: letterId, details: { file_id: fileId, filename: file.filename }, ip });
      return file;
    },

    async listLetters(q: { page: number; pageSize: number; status?: LetterStatus | undefined; channel?: Channel | undefined }, actor: Actor, ip: string | null) {
      const r = await letters.listLetters({ limit: q.pageSize, offset: (q.page - 1) * q.pageSize, status: q.status, channel: q.channel });
      await writeAudit(db, { actor, action: 'letter.list', entityType: 'letter', details: { page: q.page, count: r.items.length, ids: r.items.map((i) => i.id) }, ip });
      return r;
    },
  };
}
export type IntakeService = ReturnType<typeof createIntakeService>;
