import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** All SQL of the durable job queue (a table in PostgreSQL, taken with FOR UPDATE SKIP LOCKED). */
export function createJobsRepository(db: Kysely<DB>) {
  return {
    async enqueue(trx: Kysely<DB>, job: { kind: string; letterId?: string; payload?: Record<string, unknown>; maxAttempts?: number }): Promise<number> {
      const r = await trx
        .insertInto('jobs')
        .values({ kind: job.kind, letter_id: job.letterId ?? null, payload: JSON.stringify(job.payload ?? {}), ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },

    /** Takes the oldest ready job of the given kinds; concurrent workers never get the same one. */
    async claim(kinds: string[], workerId: string) {
      return db.transaction().execute(async (trx) => {
        const job = await trx
          .selectFrom('jobs')
          .selectAll()
          .where('status', '=', 'queued')
          .where('kind', 'in', kinds)
          .where('run_after', '<=', new Date())
          .orderBy('run_after')
          .orderBy('id')
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!job) return undefined;
        await trx
          .updateTable('jobs')
          .set({ status: 'running', attempts: job.attempts + 1, locked_by: workerId, locked_at: new Date(), updated_at: new Date() })
          .where('id', '=', job.id)
          .execute();
        return { ...job, attempts: job.attempts + 1 };
      });
    },

    async completeNow(id: number): Promise<void> {
      await db.updateTable('jobs').set({ status: 'done', locked_by: null, updated_at: new Date() }).where('id', '=', id).execute();
    },

    async complete(trx: Kysely<DB>, id: number): Promise<void> {
      await trx.updateTable('jobs').set({ status: 'done', locked_by: null, updated_at: new Date() }).where('id', '=', id).execute();
    },

    /** Back to the queue with exponential backoff, or 'dead' after max_attempts. Returns the new status. */
    async fail(id: number, error: string): Promise<'queued' | 'dead'> {
      const r = await db
        .updateTable('jobs')
        .set((eb) => ({
          status: sql<'queued' | 'dead'>`CASE WHEN ${eb.ref('attempts')} >= ${eb.ref('max_attempts')} THEN 'dead' ELSE 'queued' END`,
          run_after: sql<Date>`now() + (interval '5 seconds' * power(2, ${eb.ref('attempts')}))`,
          last_error: error.slice(0, 4000),
          locked_by: null,
          updated_at: new Date(),
        }))
        .where('id', '=', id)
        .returning('status')
        .executeTakeFirstOrThrow();
      return r.status === 'dead' ? 'dead' : 'queued';
    },

    /** Jobs left 'running' by a worker that died are given back after the timeout. */
    async requeueStale(olderThanSeconds: number): Promise<number> {
      const r = await db
        .updateTable('jobs')
        .set({ status: 'queued', locked_by: null, updated_at: new Date() })
        .where('status', '=', 'running')
        .where('locked_at', '<', new Date(Date.now() - olderThanSeconds * 1000))
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    /**
     * Jobs left 'running' by a worker process on this host that no longer exists (killed, crashed):
     * back to the queue at once instead of after the stale timeout. Worker ids are host:pid:random.
     */
    async requeueOrphaned(host: string, isAlive: (pid: number) => boolean): Promise<number> {
      const running = await db.selectFrom('jobs').select(['id', 'locked_by']).where('status', '=', 'running').where('locked_by', 'like', `${host}:%`).execute();
      const orphans = running.filter((j) => !isAlive(Number(j.locked_by!.split(':')[1]))).map((j) => j.id);
      if (orphans.length === 0) return 0;
      const r = await db.updateTable('jobs').set({ status: 'queued', locked_by: null, updated_at: new Date() })
        .where('id', 'in', orphans).where('status', '=', 'running').executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async depth(): Promise<{ queued: number; running: number; dead: number }> {
      const rows = await db
        .selectFrom('jobs')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', 'in', ['queued', 'running', 'dead'])
        .groupBy('status')
        .execute();
      const get = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
      return { queued: get('queued'), running: get('running'), dead: get('dead') };
    },
  };
}
export type JobsRepository = ReturnType<typeof createJobsRepository>;
