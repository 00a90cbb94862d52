import type { Kysely } from 'kysely';
import type { DB, LetterStatus } from '../db/schema.ts';
import type { Channel } from '../taxonomy.ts';
import type { Extracted } from './types.ts';
import crypto from 'node:crypto';

/** All SQL of the intake domain: letters and their files. */
export function createLetterRepository(db: Kysely<DB>) {
  return {
    findIdBySha(sha256: string, trx: Kysely<DB> = db) {
      return trx.selectFrom('letters').select(['id', 'status']).where('sha256', '=', sha256).executeTakeFirst();
    },

    /** An e-mail already taken in, by its Message-ID (a second delivery has other bytes). */
    findIdByMessageId(messageId: string, trx: Kysely<DB> = db) {
      return trx.selectFrom('letters').select(['id', 'status']).where('message_id', '=', messageId).orderBy('created_at').limit(1).executeTakeFirst();
    },

    async insertLetter(trx: Kysely<DB>, input: { sha256: string; extracted: Extracted; language: string | null; createdBy: number | null }) {
      const e = input.extracted;
      const letter = await trx
        .insertInto('letters')
        .values({
          sha256: input.sha256,
          received_at: e.receivedAt ?? new Date(),
          channel: e.channel,
          source_type: e.sourceType,
          sender_name: e.sender.sender_name ?? null,
          sender_email: e.sender.sender_email ?? null,
          sender_address: e.sender.sender_address ?? null,
          sender_postcode: e.sender.sender_postcode ?? null,
          sender_city: e.sender.sender_city ?? null,
          subject: e.subject,
          body_text: e.body,
          language: input.language,
          extraction_warnings: JSON.stringify(e.warnings),
          message_id: e.messageId ?? null,
          ocr_confidence: e.ocrConfidence ?? null,
          created_by: input.createdBy,
        })
        .returning(['id', 'status'])
        .executeTakeFirstOrThrow();
      for (const f of e.files) {
        await trx
          .insertInto('letter_files')
          .values({
            letter_id: letter.id,
            role: f.role,
            filename: f.filename,
            media_type: f.mediaType,
            size_bytes: f.bytes.length,
            sha256: crypto.createHash('sha256').update(f.bytes).digest('hex'),
            content: f.bytes,
          })
          .execute();
      }
      return letter;
    },

    getLetter(id: string) {
      return db
        .selectFrom('letters')
        .select([
          'id', 'sha256', 'received_at', 'channel', 'source_type', 'sender_name', 'sender_email', 'sender_address', 'sender_postcode', 'sender_city',
          'subject', 'body_text', 'language', 'status', 'extraction_warnings', 'message_id', 'category', 'topic', 'anti_institutioneel', 'zorgsignaal',
          'department', 'cc', 'needs_review', 'threat_flag', 'review_status', 'handled_at', 'campaign_id', 'purged_at', 'ocr_confidence',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    listFiles(letterId: string) {
      return db
        .selectFrom('letter_files')
        .select(['id', 'role', 'filename', 'media_type', 'size_bytes', 'sha256', 'created_at'])
        .where('letter_id', '=', letterId)
        .orderBy('id')
        .execute();
    },

    getFile(letterId: string, fileId: number) {
      return db.selectFrom('letter_files').selectAll().where('letter_id', '=', letterId).where('id', '=', fileId).executeTakeFirst();
    },

    async listLetters(q: { limit: number; offset: number; status?: LetterStatus | undefined; channel?: Channel | undefined }) {
      let base = db.selectFrom('letters');
      if (q.status) base = base.where('status', '=', q.status);
      if (q.channel) base = base.where('channel', '=', q.channel);
      const [items, total] = await Promise.all([
        base
          .select(['id', 'received_at', 'channel', 'source_type', 'subject', 'sender_name', 'status', 'language'])
          .orderBy('received_at', 'desc')
          .orderBy('id', 'desc')
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },
  };
}
export type LetterRepository = ReturnType<typeof createLetterRepository>;
