/**
 * channels: intake channels that are polled rather than posted to — a shared IMAP mailbox and a
 * scanner folder. This service runs each configured channel on its own timer, one poll at a
 * time, under a lease in channel_status (so of several server processes on one database only
 * one polls a channel), records every poll's counts and errors for the admin page, and lets an
 * admin start a poll at once.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { NotFoundError } from '../errors.ts';
import type { ChannelRepository } from './repository.ts';
import { CHANNEL_LABELS, type ChannelName, type ChannelPoller, type PollResult } from './types.ts';

const ALL: ChannelName[] = ['mailbox', 'scanner'];

export type PollOutcome = (PollResult & { skipped: false }) | { skipped: true; reason: string };

interface Log {
  info: (o: object, m: string) => void;
  error: (o: object, m: string) => void;
}

export function createChannelService(deps: { repo: ChannelRepository; pollers: ChannelPoller[]; log?: Log; leaseSeconds?: number }) {
  const { repo } = deps;
  const owner = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const leaseSeconds = deps.leaseSeconds ?? 600;
  const pollers = new Map(deps.pollers.map((p) => [p.name, p]));
  const inFlight = new Map<ChannelName, Promise<PollOutcome>>();
  const timers: NodeJS.Timeout[] = [];
  let registered: Promise<void> | null = null;
  let log = deps.log;

  const register = () => (registered ??= Promise.all(deps.pollers.map((p) => repo.register(p.name, p.target))).then(() => undefined));

  async function run(poller: ChannelPoller): Promise<PollOutcome> {
    await register();
    if (!(await repo.acquire(poller.name, owner, leaseSeconds))) {
      return { skipped: true, reason: 'Een ander serverproces haalt dit kanaal nu op.' };
    }
    let r: PollResult;
    try {
      r = await poller.pollOnce();
    } catch (err) {
      r = { ingested: 0, duplicates: 0, failed: 0, error: err instanceof Error ? err.message : String(err), itemError: null };
    }
    try {
      await repo.recordRun(poller.name, r);
    } finally {
      await repo.release(poller.name, owner);
    }
    if (r.error) log?.error({ channel: poller.name, error: r.error }, 'channel poll failed');
    else if (r.ingested + r.duplicates + r.failed > 0) log?.info({ channel: poller.name, ingested: r.ingested, duplicates: r.duplicates, failed: r.failed }, 'channel polled');
    return { ...r, skipped: false };
  }

  function pollNow(name: ChannelName): Promise<PollOutcome> {
    const poller = pollers.get(name);
    if (!poller) throw new NotFoundError(`Het kanaal "${CHANNEL_LABELS[name] ?? name}" is niet ingesteld op deze server.`);
    const existing = inFlight.get(name);
    if (existing) return existing;
    const p = run(poller).finally(() => inFlight.delete(name));
    inFlight.set(name, p);
    return p;
  }

  return {
    pollNow,

    /** Starts a timer per channel: a poll at once, then every `intervalMs[name]`. */
    start(intervalMs: Record<ChannelName, number>, logTo?: Log) {
      log = logTo ?? log;
      for (const p of deps.pollers) {
        const tick = () => void pollNow(p.name).catch((err: unknown) => log?.error({ channel: p.name, err }, 'channel poll failed'));
        const t = setInterval(tick, intervalMs[p.name]);
        t.unref();
        timers.push(t);
        tick();
      }
    },

    async stop() {
      for (const t of timers.splice(0)) clearInterval(t);
      await Promise.allSettled([...inFlight.values()]);
      await Promise.all(deps.pollers.map((p) => p.close()));
    },

    /** Every channel with its state for the admin page; unconfigured ones say so. */
    async status() {
      await register();
      const rows = new Map((await repo.list()).map((r) => [r.name, r]));
      return ALL.map((name) => {
        const poller = pollers.get(name);
        const row = rows.get(name);
        const failing = row?.last_error_at && (!row.last_success_at || row.last_error_at > row.last_success_at);
        return {
          name,
          label: CHANNEL_LABELS[name],
          configured: Boolean(poller),
          target: poller?.target ?? null,
          state: !poller ? ('uit' as const) : !row?.last_run_at ? ('wacht' as const) : failing ? ('fout' as const) : ('ok' as const),
          polling: inFlight.has(name),
          last_run_at: row?.last_run_at ?? null,
          last_success_at: row?.last_success_at ?? null,
          last_error: row?.last_error ?? null,
          last_error_at: row?.last_error_at ?? null,
          runs: row?.runs ?? 0,
          ingested: row?.ingested ?? 0,
          duplicates: row?.duplicates ?? 0,
          failed: row?.failed ?? 0,
        };
      });
    },
  };
}
export type ChannelService = ReturnType<typeof createChannelService>;
