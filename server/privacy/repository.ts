/**
 * privacy (repository): all SQL of retention and data-subject requests — finding a sender's
 * letters, reading everything stored about them, and purging content while labels stay.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface SubjectQuery {
  email?: string | undefined;
  name?: string | undefined;
  postcode?: string | undefined;
}

export function createPrivacyRepository(db: Kysely<DB>) {
  return {
    /** Letters of one sender: by e-mail address, or by name together with postcode (case-insensitive). */
    async subjectLetterIds(q: SubjectQuery): Promise<string[]> {
      let query = db.selectFrom('letters').select('id').where('purged_at', 'is', null);
      if (q.email) query = query.where('sender_email', '=', q.email.trim().toLowerCase());
      else query = query
        .where(sql<boolean>`lower(sender_name) = lower(${q.name!.trim()})`)
        .where(sql<boolean>`upper(replace(sender_postcode, ' ', '')) = upper(replace(${q.postcode!}, ' ', ''))`);
      return (await query.orderBy('received_at').execute()).map((r) => r.id);
    },

    /** Letters past the retention period that are no longer being worked on. */
    async expiredLetterIds(cutoff: Date, limit: number): Promise<string[]> {
      const rows = await db.selectFrom('letters').select('id')
        .where('purged_at', 'is', null).where('received_at', '<', cutoff).where('status', 'in', ['handled', 'failed'])
        .orderBy('received_at').limit(limit).execute();
      return rows.map((r) => r.id);
    },

    /** Everything stored about the given letters, for a subject access request. */
    async subjectData(ids: string[]) {
      if (ids.length === 0) return { letters: [], files: [], classifications: [], reviews: [], audit: [] };
      const [letters, files, classifications, reviews, audit] = await Promise.all([
        db.selectFrom('letters').select([
          'id', 'received_at', 'channel', 'source_type', 'sender_name', 'sender_email', 'sender_address', 'sender_postcode', 'sender_city',
          'subject', 'body_text', 'language', 'status', 'category', 'topic', 'anti_institutioneel', 'zorgsignaal', 'department', 'cc',
          'review_status', 'handled_at', 'extraction_warnings',
        ]).where('id', 'in', ids).orderBy('received_at').execute(),
        db.selectFrom('letter_files').select(['letter_id', 'role', 'filename', 'media_type', 'size_bytes', 'sha256', 'content']).where('letter_id', 'in', ids).execute(),
        db.selectFrom('classifications').select(['letter_id', 'model_version', 'category', 'scores', 'anti_institutioneel', 'zorgsignaal', 'topic', 'needs_review', 'explanation', 'created_at']).where('letter_id', 'in', ids).execute(),
        db.selectFrom('reviews').select(['letter_id', 'action', 'before', 'after', 'note', 'created_at']).where('letter_id', 'in', ids).execute(),
        db.selectFrom('audit_log').select(['at', 'action', 'user_email', 'entity_id']).where('entity_type', '=', 'letter').where('entity_id', 'in', ids).orderBy('at').execute(),
      ]);
      return { letters, files, classifications, reviews, audit };
    },

    /**
     * Purges the content of the given letters: text, sender data, files, evidence snippets, notes
     * and campaign fingerprints. Category, department, signals, dates and area stay, so the
     * aggregates do not change. The content hash is replaced, so the same text sent again is a new letter.
     */
    async purge(trx: Kysely<DB>, ids: string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const r = await trx.updateTable('letters').set({
        subject: '', body_text: '', sender_name: null, sender_email: null, sender_address: null, sender_postcode: null, sender_city: null,
        message_id: null, extraction_warnings: '[]', purged_at: new Date(), updated_at: new Date(),
        sha256: sql`encode(sha256(convert_to('purged:' || id::text, 'UTF8')), 'hex')`,
      }).where('id', 'in', ids).executeTakeFirst();
      await trx.updateTable('letter_files').set({ content: null, filename: '(verwijderd)' }).where('letter_id', 'in', ids).execute();
      await trx.updateTable('classifications').set({ explanation: '{}' }).where('letter_id', 'in', ids).execute();
      await trx.updateTable('reviews').set({ note: null }).where('letter_id', 'in', ids).execute();
      await trx.deleteFrom('letter_bands').where('letter_id', 'in', ids).execute();
      await trx.deleteFrom('letter_fingerprints').where('letter_id', 'in', ids).execute();
      return Number(r.numUpdatedRows);
    },
  };
}
export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;
