/**
 * classify (service): runs the classifier on a stored letter and stores, in one transaction,
 * the classification (model version, scores, flags, explanation), the routing by the active rules,
 * the letter's current labels and an audit entry. Called by the job worker. The model runs in the
 * classifier thread (provider.ts, thread.ts); everything with the database happens here.
 */
import type { Kysely } from 'kysely';
import { writeAudit } from '../auth/audit.ts';
import type { DB } from '../db/schema.ts';
import type { RoutingService } from '../routing/service.ts';
import { explanationText } from './features.ts';
import type { ActiveModel } from './provider.ts';
import type { Classification } from './types.ts';
import type { ClassificationRepository } from './repository.ts';

export class LetterGoneError extends Error {}

export function createClassifyService(deps: { db: Kysely<DB>; repo: ClassificationRepository; routing: RoutingService; classifier: () => Promise<ActiveModel> }) {
  const { db, repo, routing } = deps;
  return {
    /** Classifies and routes one letter; `done` runs inside the same transaction (job completion). */
    async classifyLetter(letterId: string, done?: (trx: Kysely<DB>, result: { classification: Classification; text: string }) => Promise<void>) {
      const letter = await repo.letterText(letterId);
      if (!letter) throw new LetterGoneError(`letter ${letterId} no longer exists`);
      const classifier = await deps.classifier();
      const t0 = performance.now();
      const c = await classifier.classify(letter.subject, letter.body_text);
      const ms = performance.now() - t0;
      return db.transaction().execute(async (trx) => {
        const id = await repo.insert(trx, letterId, c, classifier.lexiconVersion, ms);
        await repo.setLetterLabels(trx, letterId, c);
        const r = await routing.routeAndStore(trx, { letterId, labels: c, classificationId: id, source: 'model', actorId: null });
        await writeAudit(trx, { actor: null, action: 'letter.classified', entityType: 'letter', entityId: letterId, details: { classification_id: id, model_version: c.model_version, department: r.department, rule: r.ruleKey, rule_version: r.ruleVersion } });
        await done?.(trx, { classification: c, text: explanationText(letter.subject, letter.body_text) });
        return { classificationId: id, classification: c, routing: r };
      });
    },
    markFailed: (letterId: string) => repo.markFailed(letterId),
    latest: (letterId: string) => repo.latest(letterId),
  };
}
export type ClassifyService = ReturnType<typeof createClassifyService>;
