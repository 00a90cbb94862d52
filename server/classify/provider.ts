/**
 * One model per process: the shipped encoder, loaded once in the classifier thread (thread.ts),
 * with the active heads — the newest retrained version in model_versions if one is active, else
 * the shipped heads.json. The heads are read from the database here, on the main thread, and sent
 * to the thread. Other processes (workers) notice a newly activated version within `checkEverySeconds`.
 *
 * Retraining needs the encoder itself (signals of every corpus letter): `inProcess()` loads a
 * classifier in this thread for that, on first use only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { Classifier } from './classifier.ts';
import { activeHeads } from './retrain.ts';
import { ClassifierThread, type ClassifierThreadOptions } from './thread.ts';
import type { Classification, HeadsFile } from './types.ts';

/** What the server needs of the active model. A `Classifier` is one too. */
export interface ActiveModel {
  readonly version: string;
  readonly heads: HeadsFile;
  readonly lexiconVersion: string;
  classify(subject: string, body: string): Promise<Classification>;
}

export function createModelProvider(db: Kysely<DB>, modelDir: string, opts: { checkEverySeconds?: number; thread?: Omit<ClassifierThreadOptions, 'modelDir'> } = {}) {
  const checkEverySeconds = opts.checkEverySeconds ?? 30;
  const thread = new ClassifierThread({ modelDir, ...opts.thread });
  let shippedHeads: HeadsFile | undefined;
  let current: ActiveModel | undefined;
  let currentVersion: string | null | undefined;
  let lastCheck = 0;
  let local: Promise<Classifier> | undefined;

  const shipped = () => (shippedHeads ??= JSON.parse(fs.readFileSync(path.join(modelDir, 'heads.json'), 'utf8')) as HeadsFile);

  async function refresh(): Promise<ActiveModel> {
    lastCheck = Date.now();
    const row = await db.selectFrom('model_versions').select('version').where('active', '=', true).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
    const version = row?.version ?? null;
    if (current && version === currentVersion) return current;
    const retrained = version ? await activeHeads(db) : null;
    // Heads fitted on another encoder cannot be used with this one: the shipped heads then.
    const heads = retrained && retrained.encoderSha256 === shipped().encoderSha256 ? retrained : null;
    const modelVersion = await thread.setHeads(heads);
    current = {
      version: modelVersion,
      heads: heads ?? shipped(),
      lexiconVersion: (heads ?? shipped()).lexiconVersion,
      classify: (subject, body) => thread.classify(subject, body),
    };
    currentVersion = version;
    return current;
  }

  async function get(): Promise<ActiveModel> {
    if (current && Date.now() - lastCheck < checkEverySeconds * 1000) return current;
    return refresh();
  }

  return {
    get,
    /** Re-reads the active version now (after a retrain in this process). */
    refresh,
    /** Version of the shipped model (encoder and heads as in models/). */
    shippedVersion: () => thread.shippedVersion(),
    /** A classifier in this thread with the active heads, for retraining (loads the encoder once). */
    async inProcess(): Promise<Classifier> {
      const active = await get();
      const base = await (local ??= Classifier.load(modelDir));
      return base.forActiveHeads(active.heads === shipped() ? null : active.heads);
    },
    /** The classifier thread (tests and diagnostics). */
    thread,
    /** Ends the classifier thread (and frees an in-process classifier); call after the workers stopped. */
    async close(): Promise<void> {
      await thread.close();
      const l = local;
      local = undefined;
      if (l) await (await l).dispose();
    },
  };
}
export type ModelProvider = ReturnType<typeof createModelProvider>;
