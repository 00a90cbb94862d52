/**
 * jobs: the worker loop. Takes one job at a time from the PostgreSQL queue (FOR UPDATE SKIP
 * LOCKED, so any number of workers in any number of processes share one database safely), runs
 * its handler, and retries with backoff; after max_attempts a job is dead and its letter 'failed'.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { JobsRepository } from './repository.ts';

export interface JobContext {
  id: number;
  letterId: string | null;
  attempts: number;
  payload: Record<string, unknown>;
  /** Marks the job done; pass the handler's transaction to commit it atomically with the work. */
  complete: (trx?: Kysely<DB>) => Promise<void>;
}

export type Handler = (job: JobContext) => Promise<void>;

export interface WorkerOptions {
  jobs: JobsRepository;
  handlers: Record<string, Handler>;
  /** Called when a job died (no attempts left). */
  onDead?: (kind: string, letterId: string | null, error: string) => Promise<void>;
  pollMs?: number;
  staleSeconds?: number;
  log?: { info: (o: object, m: string) => void; error: (o: object, m: string) => void };
}

export function startWorker(opts: WorkerOptions) {
  const workerId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const kinds = Object.keys(opts.handlers);
  const pollMs = opts.pollMs ?? 500;
  let stopped = false;
  let wake: (() => void) | null = null;
  let processed = 0;

  async function runOne(): Promise<boolean> {
    const job = await opts.jobs.claim(kinds, workerId);
    if (!job) return false;
    let completed = false;
    try {
      await opts.handlers[job.kind]!({
        id: job.id, letterId: job.letter_id, attempts: job.attempts, payload: job.payload as Record<string, unknown>,
        complete: async (trx) => {
          if (trx) await opts.jobs.complete(trx, job.id);
          else await opts.jobs.completeNow(job.id);
          completed = true;
        },
      });
      if (!completed) throw new Error(`handler for ${job.kind} did not complete job ${job.id}`);
      processed++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const status = await opts.jobs.fail(job.id, message);
      opts.log?.error({ job: job.id, kind: job.kind, attempts: job.attempts, status, err: message }, 'job failed');
      if (status === 'dead') await opts.onDead?.(job.kind, job.letter_id, message);
    }
    return true;
  }

  const isAlive = (pid: number) => {
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
  };

  const loop = (async () => {
    let lastStaleCheck = 0;
    while (!stopped) {
      try {
        if (Date.now() - lastStaleCheck > 30_000) {
          lastStaleCheck = Date.now();
          // A killed process on this host left jobs 'running': requeue them now; jobs of other hosts after the timeout.
          await opts.jobs.requeueOrphaned(os.hostname(), isAlive);
          await opts.jobs.requeueStale(opts.staleSeconds ?? 300);
        }
        if (await runOne()) continue;
      } catch (err) {
        opts.log?.error({ err: err instanceof Error ? err.message : String(err) }, 'worker loop error');
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      wake = null;
    }
  })();

  return {
    workerId,
    get processed() {
      return processed;
    },
    /** Ask the worker to look now (after an enqueue in this process). */
    nudge() {
      wake?.();
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
export type Worker = ReturnType<typeof startWorker>;
