import { sql, type Kysely } from 'kysely';
import type { ChannelName, DB } from '../db/schema.ts';
import type { PollResult } from './types.ts';

/** All SQL of the channels domain: one channel_status row per polled channel. */
export function createChannelRepository(db: Kysely<DB>) {
  return {
    async register(name: ChannelName, target: string) {
      await db
        .insertInto('channel_status')
        .values({ name, target })
        .onConflict((oc) => oc.column('name').doUpdateSet({ target, updated_at: new Date() }))
        .execute();
    },

    /**
     * Takes (or extends) the lease on a channel for `seconds`: true when this owner may poll now.
     * Of several server processes on one database only one polls a channel at a time.
     */
    async acquire(name: ChannelName, owner: string, seconds: number): Promise<boolean> {
      const r = await db
        .updateTable('channel_status')
        .set({ lease_owner: owner, lease_until: sql<Date>`now() + make_interval(secs => ${seconds})` })
        .where('name', '=', name)
        .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_owner', '=', owner), eb('lease_until', '<', sql<Date>`now()`)]))
        .returning('name')
        .executeTakeFirst();
      return r !== undefined;
    },

    async release(name: ChannelName, owner: string) {
      await db.updateTable('channel_status').set({ lease_owner: null, lease_until: null }).where('name', '=', name).where('lease_owner', '=', owner).execute();
    },

    async recordRun(name: ChannelName, r: PollResult) {
      const now = new Date();
      await db
        .updateTable('channel_status')
        .set((eb) => ({
          runs: eb('runs', '+', 1),
          ingested: eb('ingested', '+', r.ingested),
          duplicates: eb('duplicates', '+', r.duplicates),
          failed: eb('failed', '+', r.failed),
          last_run_at: now,
          updated_at: now,
          ...(r.error ? { last_error: r.error.slice(0, 2000), last_error_at: now } : { last_success_at: now }),
          ...(!r.error && r.itemError ? { last_error: r.itemError.slice(0, 2000), last_error_at: now } : {}),
        }))
        .where('name', '=', name)
        .execute();
    },

    list() {
      return db
        .selectFrom('channel_status')
        .select(['name', 'target', 'last_run_at', 'last_success_at', 'last_error', 'last_error_at', 'runs', 'ingested', 'duplicates', 'failed'])
        .orderBy('name')
        .execute();
    },
  };
}
export type ChannelRepository = ReturnType<typeof createChannelRepository>;
