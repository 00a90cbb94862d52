/**
 * privacy (retention): runs the retention purge inside the server at start and every six hours.
 * Several processes may run it at once: the purge only touches letters not yet purged, in
 * transactions, so the worst case is that one of them finds nothing left to do.
 */
import type { PrivacyService } from './service.ts';

export function startRetention(deps: { privacy: PrivacyService; retentionDays: number; log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void }; intervalMs?: number }) {
  const run = async () => {
    try {
      const n = await deps.privacy.purgeExpired(deps.retentionDays);
      if (n > 0) deps.log.info({ purged: n, retentionDays: deps.retentionDays }, 'retention purge');
    } catch (err) {
      deps.log.error({ err }, 'retention purge failed');
    }
  };
  const timer = setInterval(() => void run(), deps.intervalMs ?? 6 * 3_600_000);
  timer.unref();
  void run();
  return { stop: () => clearInterval(timer) };
}
