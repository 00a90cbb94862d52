/**
 * trends (service): dashboard figures from the rollups — weekly volume per category with the
 * signals, departments, spikes, template campaigns and areas — with the small-count rule applied
 * before anything leaves the server. The weekly export uses the same functions.
 */
import { CATEGORIES, DEPARTMENTS, type Department } from '../taxonomy.ts';
import type { TrendsRepository } from './repository.ts';
import { medianFromBuckets, spikeTest, BASELINE_WEEKS } from './stats.ts';
import { MIN_COUNT, type AreaRow, type CampaignRow, type Count, type DepartmentRow, type Spike, type TrendFilters, type WeekVolume } from './types.ts';
import { addWeeks, isoWeekLabel, weeksBetween } from './weeks.ts';

/** The published form of a count: 1–4 becomes '<5'. */
export function publish(n: number): Count {
  return n > 0 && n < MIN_COUNT ? '<5' : n;
}

function share(part: number, whole: number): number | null {
  if (whole < MIN_COUNT || (part > 0 && part < MIN_COUNT)) return null;
  return part / whole;
}

const CATEGORY_KEYS = [...CATEGORIES, 'onbekend'] as const;
const orUnknown = (k: string) => (k === '' ? 'onbekend' : k);

export function createTrendsService(deps: { repo: TrendsRepository }) {
  const { repo } = deps;

  // Readers in this process share refreshes. A read must see every change committed before it
  // (a review correction shows on the next read), so it cannot use a refresh that was already
  // running when it arrived: it waits for the next one, which everyone arriving meanwhile shares.
  // Under steady intake that is one refresh at a time instead of one attempt per read.
  let running: Promise<number> | null = null;
  let next: Promise<number> | null = null;
  const settled = () => {};
  function refresh(): Promise<number> {
    if (!running) {
      const p = repo.refresh().finally(() => {
        if (running === p) running = null;
      });
      running = p;
      return p;
    }
    return (next ??= running.then(settled, settled).then(() => {
      next = null;
      // Any refresh running now started after the running one ended, so after these readers came.
      return running ?? refresh();
    }));
  }

  async function spikes(f: TrendFilters, dimensions: readonly ('category' | 'department')[] = ['category', 'department']): Promise<Spike[]> {
    const first = await repo.firstWeek();
    if (!first) return [];
    const historyFrom = addWeeks(f.from, -BASELINE_WEEKS);
    // The weeks before each week of the range that its test compares with (the same for every key).
    const histories = weeksBetween(f.from, f.to).map((week) => {
      const historyStart = addWeeks(week, -BASELINE_WEEKS);
      return { week, history: weeksBetween(historyStart > first ? historyStart : first, addWeeks(week, -1)) };
    });
    const out: Spike[] = [];
    const series = await Promise.all(dimensions.map((d) => repo.series(f, d, historyFrom > first ? historyFrom : first)));
    for (const [i, dimension] of dimensions.entries()) {
      const rows = series[i]!;
      const byKey = new Map<string, Map<string, number>>();
      for (const r of rows) {
        if (r.key === '') continue;
        if (!byKey.has(r.key)) byKey.set(r.key, new Map());
        byKey.get(r.key)!.set(r.week, r.received);
      }
      for (const [key, counts] of byKey) {
        for (const { week, history: weeks } of histories) {
          const count = counts.get(week) ?? 0;
          const history = weeks.map((w) => counts.get(w) ?? 0);
          const t = spikeTest(count, history);
          if (t?.spike) out.push({ week: isoWeekLabel(week), start: week, dimension, key, count, baseline: t.baseline, ratio: t.ratio, p: t.p });
        }
      }
    }
    return out.sort((a, b) => b.start.localeCompare(a.start) || b.ratio - a.ratio);
  }

  return {
    /** Brings the rollups up to date with every change committed before this call. */
    refresh,
    spikes,

    async volume(f: TrendFilters): Promise<{ weeks: WeekVolume[]; spikes: Spike[] }> {
      const rows = await repo.volume(f);
      const byWeek = new Map<string, { total: number; anti: number; zorg: number; threat: number; categories: Map<string, number> }>();
      for (const r of rows) {
        const w = byWeek.get(r.week) ?? { total: 0, anti: 0, zorg: 0, threat: 0, categories: new Map() };
        w.total += r.received; w.anti += r.anti; w.zorg += r.zorg; w.threat += r.threat;
        w.categories.set(orUnknown(r.category), (w.categories.get(orUnknown(r.category)) ?? 0) + r.received);
        byWeek.set(r.week, w);
      }
      const weeks = weeksBetween(f.from, f.to).map((start): WeekVolume => {
        const w = byWeek.get(start);
        const categories = Object.fromEntries(CATEGORY_KEYS.map((c) => [c, publish(w?.categories.get(c) ?? 0)])) as WeekVolume['categories'];
        return {
          week: isoWeekLabel(start), start,
          total: publish(w?.total ?? 0), categories,
          anti: publish(w?.anti ?? 0), antiShare: share(w?.anti ?? 0, w?.total ?? 0),
          zorg: publish(w?.zorg ?? 0), threat: publish(w?.threat ?? 0),
        };
      });
      return { weeks, spikes: await spikes(f, ['category']) };
    },

    async departments(f: TrendFilters): Promise<DepartmentRow[]> {
      const [rows, buckets] = await Promise.all([repo.departments(f), repo.handlingBuckets(f)]);
      const byDept = new Map<string, Map<number, number>>();
      for (const b of buckets) {
        if (!byDept.has(b.department)) byDept.set(b.department, new Map());
        byDept.get(b.department)!.set(b.bucket, b.handled);
      }
      const order = (d: string) => { const i = (DEPARTMENTS as readonly string[]).indexOf(d); return i < 0 ? 99 : i; };
      return rows
        .filter((r) => r.received > 0)
        .sort((a, b) => order(a.department) - order(b.department))
        .map((r) => {
          const median = r.handled >= MIN_COUNT ? medianFromBuckets(byDept.get(r.department) ?? new Map()) : null;
          return {
            department: orUnknown(r.department) as Department | 'onbekend',
            received: publish(r.received), open: publish(r.received - r.handled), handled: publish(r.handled),
            medianHours: median ? Math.round(median.hours * 10) / 10 : null, medianAtLeast: median?.atLeast ?? false,
          };
        });
    },

    /** Published counts per category × department × signals (for the weekly CSV). */
    async cells(f: TrendFilters) {
      return (await repo.cells(f)).map((c) => ({
        category: orUnknown(c.category), department: orUnknown(c.department), anti: c.anti, zorg: c.zorg, threat: c.threat,
        received: publish(c.received), handled: publish(c.handled),
      }));
    },

    async campaigns(f: TrendFilters, limit = 20): Promise<CampaignRow[]> {
      const { summary, categories, weeks } = await repo.campaigns(f, MIN_COUNT, limit);
      return summary.map((s) => ({
        id: s.id, size: s.size, total: s.total, firstSeen: s.first_seen, lastSeen: s.last_seen,
        categories: Object.fromEntries(categories.filter((c) => c.id === s.id).map((c) => [orUnknown(c.key), publish(c.n)])) as CampaignRow['categories'],
        weeks: weeks.filter((w) => w.id === s.id).sort((a, b) => a.key.localeCompare(b.key)).map((w) => ({ week: isoWeekLabel(w.key), start: w.key, count: publish(w.n) })),
      }));
    },

    /** Areas with at least MIN_COUNT letters; the rest together as 'overig'. Filters other than the range do not apply. */
    async areas(f: Pick<TrendFilters, 'from' | 'to'>): Promise<AreaRow[]> {
      const rows = await repo.areas(f);
      const shown = rows.filter((r) => r.area !== '' && r.received >= MIN_COUNT).sort((a, b) => b.received - a.received || a.area.localeCompare(b.area));
      const rest = rows.filter((r) => r.area !== '' && r.received < MIN_COUNT);
      const unknown = rows.find((r) => r.area === '');
      const row = (area: string, received: number, anti: number, zorg: number): AreaRow => ({ area, received: publish(received), anti: publish(anti), antiShare: share(anti, received), zorg: publish(zorg) });
      const sum = (xs: typeof rows, k: 'received' | 'anti' | 'zorg') => xs.reduce((s, r) => s + r[k], 0);
      const out = shown.map((r) => row(r.area, r.received, r.anti, r.zorg));
      if (rest.length > 0) out.push(row('overig', sum(rest, 'received'), sum(rest, 'anti'), sum(rest, 'zorg')));
      if (unknown && unknown.received > 0) out.push(row('onbekend', unknown.received, unknown.anti, unknown.zorg));
      return out;
    },
  };
}
export type TrendsService = ReturnType<typeof createTrendsService>;
