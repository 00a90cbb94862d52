/**
 * export (report): the figures of one ISO week, computed by the trends service exactly as the
 * dashboard computes them (same rollups, same small-count rule), plus comparisons with the week
 * before and the mean of the eight weeks before.
 */
import { CATEGORIES } from '../taxonomy.ts';
import type { TrendsService } from '../trends/service.ts';
import type { Count, WeekVolume } from '../trends/types.ts';
import { addDays, addWeeks, isoWeekLabel } from '../trends/weeks.ts';
import type { Comparison, WeekReport } from './types.ts';

const num = (c: Count | undefined) => (c === undefined || c === '<5' ? null : c);

/**
 * The eight-week mean is computed from published counts only. A week whose count is '<5' enters as
 * 0; the mean is then shown as '<5' when below 5, so no suppressed count can be recovered from it.
 */
function compare(series: readonly (Count | undefined)[]): Comparison {
  const week = series.at(-1) ?? 0;
  const previous = series.at(-2) ?? 0;
  const before = series.slice(-9, -1);
  const mean = before.length === 0 ? 0 : before.reduce<number>((s, c) => s + (num(c) ?? 0), 0) / before.length;
  return { week, previous, average8: mean < 5 ? '<5' : Math.round(mean * 10) / 10 };
}

export async function buildWeekReport(trends: TrendsService, monday: string): Promise<WeekReport> {
  await trends.refresh();
  const week = { from: monday, to: monday };
  const history = { from: addWeeks(monday, -8), to: monday };
  const volume = await trends.volume(history);
  const series = (pick: (w: WeekVolume) => Count) => volume.weeks.map(pick);
  const [departments, spikes, campaigns, cells] = await Promise.all([
    trends.departments(week), trends.spikes(week), trends.campaigns(week), trends.cells(week),
  ]);
  return {
    week: isoWeekLabel(monday), start: monday, end: addDays(monday, 6),
    total: compare(series((w) => w.total)),
    anti: compare(series((w) => w.anti)),
    zorg: compare(series((w) => w.zorg)),
    threat: compare(series((w) => w.threat)),
    categories: CATEGORIES.map((c) => ({ category: c, ...compare(series((w) => w.categories[c])) })),
    departments, spikes, campaigns, cells,
  };
}
