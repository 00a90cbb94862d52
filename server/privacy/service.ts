/**
 * privacy (service): the retention purge (content and sender data of letters older than
 * RETENTION_DAYS, once they are handled; aggregates stay) and data-subject requests under the AVG:
 * export everything stored about a sender, or erase it. Both are audited; the audit trail itself
 * is kept (append-only) and records a hash of the request, not the sender's details.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit } from '../auth/audit.ts';
import type { Actor } from '../auth/types.ts';
import type { DB } from '../db/schema.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { PrivacyRepository, SubjectQuery } from './repository.ts';

const BATCH = 500;

function requestHash(q: SubjectQuery): string {
  return crypto.createHash('sha256').update(JSON.stringify([q.email?.trim().toLowerCase() ?? '', q.name?.trim().toLowerCase() ?? '', q.postcode?.replace(/\s/g, '').toUpperCase() ?? ''])).digest('hex');
}

function validate(q: SubjectQuery): void {
  if (q.email?.trim()) return;
  if (q.name?.trim() && q.postcode?.trim()) return;
  throw new BadRequestError('Geef het e-mailadres van de afzender, of naam én postcode samen.');
}

export function createPrivacyService(deps: { db: Kysely<DB>; repo: PrivacyRepository }) {
  const { db, repo } = deps;

  return {
    /** Purges letters past the retention period, in batches; returns how many. */
    async purgeExpired(retentionDays: number, now = new Date()): Promise<number> {
      const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
      let total = 0;
      for (;;) {
        const ids = await repo.expiredLetterIds(cutoff, BATCH);
        if (ids.length === 0) break;
        total += await db.transaction().execute(async (trx) => {
          const n = await repo.purge(trx, ids);
          await writeAudit(trx, { actor: null, action: 'privacy.retention_purge', entityType: 'letters', details: { count: n, received_before: cutoff.toISOString(), retention_days: retentionDays } });
          return n;
        });
      }
      return total;
    },

    /** Everything stored about a sender, as one JSON document (files included, base64). */
    async exportSubject(q: SubjectQuery, actor: Actor, ip: string | null) {
      validate(q);
      const ids = await repo.subjectLetterIds(q);
      if (ids.length === 0) throw new NotFoundError('Er zijn geen (niet gewiste) brieven van deze afzender gevonden. Controleer de schrijfwijze.');
      const data = await repo.subjectData(ids);
      await writeAudit(db, { actor, action: 'privacy.subject_export', entityType: 'letters', details: { count: ids.length, request_sha256: requestHash(q), letter_ids: ids }, ip });
      return {
        generated_at: new Date().toISOString(),
        note: 'Alle gegevens die Postsignaal over deze afzender bewaart (AVG art. 15). Categorieën en signalen zijn voorstellen van een model die door medewerkers zijn beoordeeld.',
        letters: data.letters.map((l) => ({
          ...l,
          files: data.files.filter((f) => f.letter_id === l.id).map(({ content, letter_id: _, ...f }) => ({ ...f, content_base64: content ? Buffer.from(content).toString('base64') : null })),
          classifications: data.classifications.filter((c) => c.letter_id === l.id).map(({ letter_id: _, ...c }) => c),
          reviews: data.reviews.filter((r) => r.letter_id === l.id).map(({ letter_id: _, ...r }) => r),
          access_log: data.audit.filter((a) => a.entity_id === l.id).map(({ entity_id: _, ...a }) => a),
        })),
      };
    },

    /** Erases a sender's data (AVG art. 17): the content of their letters is purged now. */
    async eraseSubject(q: SubjectQuery, actor: Actor, ip: string | null): Promise<number> {
      validate(q);
      const ids = await repo.subjectLetterIds(q);
      if (ids.length === 0) throw new NotFoundError('Er zijn geen (niet gewiste) brieven van deze afzender gevonden. Controleer de schrijfwijze.');
      return db.transaction().execute(async (trx) => {
        const n = await repo.purge(trx, ids);
        await writeAudit(trx, { actor, action: 'privacy.subject_erase', entityType: 'letters', details: { count: n, request_sha256: requestHash(q), letter_ids: ids }, ip });
        return n;
      });
    },
  };
}
export type PrivacyService = ReturnType<typeof createPrivacyService>;
