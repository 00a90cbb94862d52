/**
 * One classifier per process: the shipped encoder, loaded once, with the active heads — the
 * newest retrained version in model_versions if one is active, else the shipped heads.json.
 * Other processes (workers) notice a newly activated version within `checkEverySeconds`.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { Classifier } from './classifier.ts';
import { activeHeads } from './retrain.ts';

export function createModelProvider(db: Kysely<DB>, modelDir: string, checkEverySeconds = 30) {
  let base: Promise<Classifier> | undefined;
  let current: Classifier | undefined;
  let currentVersion: string | null | undefined;
  let lastCheck = 0;

  async function refresh(): Promise<Classifier> {
    const shipped = await (base ??= Classifier.load(modelDir));
    lastCheck = Date.now();
    const row = await db.selectFrom('model_versions').select('version').where('active', '=', true).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
    const version = row?.version ?? null;
    if (current && version === currentVersion) return current;
    const heads = version ? await activeHeads(db) : null;
    current = heads && heads.encoderSha256 === shipped.heads.encoderSha256 ? shipped.withHeads(heads) : shipped;
    currentVersion = version;
    return current;
  }

  return {
    async get(): Promise<Classifier> {
      if (current && Date.now() - lastCheck < checkEverySeconds * 1000) return current;
      return refresh();
    },
    /** Re-reads the active version now (after a retrain in this process). */
    refresh,
    /** The shipped classifier (encoder and heads as in models/), for retraining. */
    shipped: async () => (base ??= Classifier.load(modelDir)),
  };
}
export type ModelProvider = ReturnType<typeof createModelProvider>;
