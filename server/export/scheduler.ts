/**
 * export (scheduler): inside the server, produces the weekly report of the last complete week
 * once the configured moment of the week has passed (default Monday 07:00, Dutch time). It checks
 * every minute, so a server that was down at that moment catches up when it starts; the advisory
 * lock and the 'schedule' row make it run once per week however many processes there are.
 */
import type { ExportService } from './service.ts';
import { lastCompleteWeek } from './service.ts';

export interface Schedule {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
}

const DAYS: Record<string, number> = { ma: 1, di: 2, wo: 3, do: 4, vr: 5, za: 6, zo: 7, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** Parses "ma 07:00" / "mon 07:00"; null for "uit"/"off". Throws with a Dutch message otherwise. */
export function parseSchedule(raw: string): Schedule | null {
  const s = raw.trim().toLowerCase();
  if (s === 'uit' || s === 'off' || s === 'false') return null;
  const m = /^([a-z]{2,3})\s+(\d{1,2}):(\d{2})$/.exec(s);
  const weekday = m ? DAYS[m[1]!] : undefined;
  const hour = m ? Number(m[2]) : NaN;
  const minute = m ? Number(m[3]) : NaN;
  if (!weekday || hour > 23 || minute > 59) throw new Error(`EXPORT_SCHEDULE moet een dag en tijd zijn, zoals "ma 07:00", of "uit" (kreeg "${raw}")`);
  return { weekday, hour, minute };
}

/** Dutch local weekday and minutes since midnight of a moment. */
function localNow(now: Date): { weekday: number; minutes: number } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(now).map((p) => [p.type, p.value]));
  return { weekday: DAYS[String(parts.weekday).toLowerCase()]!, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** True once this week's moment has passed (so last week's report is due). */
export function isDue(schedule: Schedule, now: Date): boolean {
  const l = localNow(now);
  return l.weekday > schedule.weekday || (l.weekday === schedule.weekday && l.minutes >= schedule.hour * 60 + schedule.minute);
}

export function startExportScheduler(deps: { exports: ExportService; schedule: Schedule; log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void }; intervalMs?: number }) {
  let running = false;
  const tick = async () => {
    if (running || !isDue(deps.schedule, new Date())) return;
    running = true;
    try {
      const done = await deps.exports.generateScheduled(lastCompleteWeek());
      if (done) deps.log.info({ export: done.id, week: done.week, sha256: done.figuresSha256 }, 'weekly report stored');
    } catch (err) {
      deps.log.error({ err }, 'weekly report failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), deps.intervalMs ?? 60_000);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer), tick };
}
