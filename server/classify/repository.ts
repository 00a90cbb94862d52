import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Classification } from './types.ts';

/** All SQL of the classify domain: classification rows and the letter's current labels. */
export function createClassificationRepository(db: Kysely<DB>) {
  return {
    letterText(letterId: string) {
      return db.selectFrom('letters').select(['id', 'subject', 'body_text', 'status']).where('id', '=', letterId).executeTakeFirst();
    },
    async insert(trx: Kysely<DB>, letterId: string, c: Classification, lexiconVersion: string, durationMs: number): Promise<number> {
      const r = await trx
        .insertInto('classifications')
        .values({
          letter_id: letterId, model_version: c.model_version, lexicon_version: lexiconVersion, category: c.category, scores: JSON.stringify(c.scores),
          anti_institutioneel: c.anti_institutioneel, anti_score: c.anti_institutioneel_score, zorgsignaal: c.zorgsignaal, zorg_score: c.zorgsignaal_score,
          topic: c.topic, topic_scores: JSON.stringify(c.topic_scores), needs_review: c.needs_review, review_reasons: JSON.stringify(c.review_reasons),
          threat_flag: c.threat_flag, explanation: JSON.stringify(c.explanation), chunks: c.chunks, duration_ms: Math.round(durationMs),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async setLetterLabels(trx: Kysely<DB>, letterId: string, c: Classification): Promise<void> {
      await trx
        .updateTable('letters')
        .set({
          status: 'open', category: c.category, topic: c.topic, anti_institutioneel: c.anti_institutioneel, zorgsignaal: c.zorgsignaal,
          needs_review: c.needs_review, threat_flag: c.threat_flag, model_confidence: Math.max(...Object.values(c.scores)), classified_at: new Date(), updated_at: new Date(),
          // A person's earlier review stands; otherwise the model decides whether one is needed.
          review_status: sql`CASE WHEN review_status IN ('confirmed', 'corrected') THEN review_status ELSE ${c.needs_review ? 'pending' : 'none'} END`,
        })
        .where('id', '=', letterId)
        .execute();
    },
    async markFailed(letterId: string): Promise<void> {
      await db.updateTable('letters').set({ status: 'failed', updated_at: new Date() }).where('id', '=', letterId).where('status', '=', 'received').execute();
    },
    latest(letterId: string) {
      return db.selectFrom('classifications').selectAll().where('letter_id', '=', letterId).orderBy('id', 'desc').limit(1).executeTakeFirst();
    },
  };
}
export type ClassificationRepository = ReturnType<typeof createClassificationRepository>;
