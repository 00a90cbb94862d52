/**
 * admin: the model (active version, retrained versions with their figures, retraining from
 * reviewed letters) and the classification queue's depth.
 */
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { ConflictError } from '../errors.ts';
import type { App } from '../http.ts';
import type { JobsRepository } from '../jobs/repository.ts';
import type { ModelProvider } from '../classify/provider.ts';
import { retrain, type RetrainResult } from '../classify/retrain.ts';
import { algorithmRegister } from './algorithm.ts';

export function adminRoutes(app: App, deps: { db: Kysely<DB>; models: ModelProvider; jobs: JobsRepository; config: Config }): void {
  const { db, models, jobs, config } = deps;
  let running: { startedAt: Date; by: string; log: string[] } | null = null;
  let last: (RetrainResult & { finishedAt: Date }) | { error: string; finishedAt: Date } | null = null;

  app.get('/api/admin/model', { config: { access: ['admin'] } }, async () => {
    const clf = await models.get();
    const versions = await db
      .selectFrom('model_versions')
      .select(['version', 'active', 'reviewed_letters', 'note', 'created_at', 'metrics'])
      .orderBy('created_at', 'desc')
      .limit(20)
      .execute();
    return {
      active: clf.version,
      shipped: await models.shippedVersion(),
      thresholds: clf.heads.thresholds,
      trainedOn: clf.heads.trainedOn,
      versions: versions.map((v) => {
        const m = v.metrics as { candidate?: { category: { macro_f1: number; per_class: Record<string, { recall: number }> }; anti_institutioneel: { f1: number }; zorgsignaal: { recall: number } } };
        return {
          version: v.version, active: v.active, reviewed_letters: v.reviewed_letters, note: v.note, created_at: v.created_at,
          macro_f1: m.candidate?.category.macro_f1 ?? null, bedreiging_recall: m.candidate?.category.per_class.bedreiging?.recall ?? null,
          anti_f1: m.candidate?.anti_institutioneel.f1 ?? null, zorg_recall: m.candidate?.zorgsignaal.recall ?? null,
        };
      }),
      queue: await jobs.depth(),
      retraining: running ? { startedAt: running.startedAt, by: running.by, log: running.log.slice(-5) } : null,
      lastRetrain: last,
    };
  });

  app.get('/api/admin/algorithm', { config: { access: ['admin'] } }, async () => algorithmRegister(config.modelDir, (await models.get()).version));

  app.post('/api/admin/model/retrain', { config: { access: ['admin'] } }, async (request, reply) => {
    if (running) throw new ConflictError('Er loopt al een hertraining.');
    const actor = request.actor!;
    running = { startedAt: new Date(), by: actor.email, log: [] };
    const log = running.log;
    void (async () => {
      try {
        const r = await retrain({ db, classifier: await models.inProcess(), cacheDir: path.join(config.dataDir, 'cache'), actor, log: (m) => log.push(m) });
        last = { ...r, finishedAt: new Date() };
        await models.refresh();
      } catch (err) {
        request.log.error({ err }, 'retrain failed');
        last = { error: err instanceof Error ? err.message : String(err), finishedAt: new Date() };
      } finally {
        running = null;
      }
    })();
    return reply.code(202).send({ started: true });
  });
}
