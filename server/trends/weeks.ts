/**
 * trends (weeks): ISO weeks as the dashboard and the export name them. A week is identified by
 * its Monday (YYYY-MM-DD, the `week` column of the rollups) and shown as 2026-W47.
 */
const DAY = 86_400_000;

function utcDate(s: string): Date {
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${s}`);
  return d;
}

export function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Monday of the ISO week that contains the calendar date s. */
export function mondayOf(s: string): string {
  const d = utcDate(s);
  const dow = (d.getUTCDay() + 6) % 7; // Monday 0
  return ymd(new Date(d.getTime() - dow * DAY));
}

export function addWeeks(monday: string, n: number): string {
  return ymd(new Date(utcDate(monday).getTime() + n * 7 * DAY));
}

export function addDays(s: string, n: number): string {
  return ymd(new Date(utcDate(s).getTime() + n * DAY));
}

/** 2026-W47 for the Monday 2026-11-16. */
export function isoWeekLabel(monday: string): string {
  const d = utcDate(monday);
  const thursday = new Date(d.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY);
  const week = 1 + Math.round((d.getTime() - week1Monday.getTime()) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday of an ISO week given as 2026-W47; null when the text is not a valid ISO week. */
export function mondayOfIsoWeek(label: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY);
  const monday = ymd(new Date(week1Monday.getTime() + (week - 1) * 7 * DAY));
  return isoWeekLabel(monday) === label ? monday : null;
}

/** Mondays from..to inclusive. */
export function weeksBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let w = from; w <= to; w = addWeeks(w, 1)) out.push(w);
  return out;
}

// Made once: building an Intl.DateTimeFormat costs far more than formatting with one.
let nlDate: Intl.DateTimeFormat | undefined;

/** Today's date in the Netherlands (the rollups' weeks are Dutch local weeks). */
export function todayInNl(now = new Date()): string {
  nlDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
  return nlDate.format(now);
}
