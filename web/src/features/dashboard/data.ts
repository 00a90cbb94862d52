/** The dashboard's data: the trends API's answers (shapes shared with the server), filters and formatting. */
import type { AreaRow, CampaignRow, Count, DepartmentRow, Spike, WeekVolume } from '../../../../server/trends/types.ts';

export type { AreaRow, CampaignRow, Count, DepartmentRow, Spike, WeekVolume };

export interface Answer<T> {
  range: { from: string; to: string };
  filters: { department: string | null; channel: string | null; topic: string | null };
  data: T;
}

export interface DashboardData {
  volume: Answer<{ weeks: WeekVolume[]; spikes: Spike[] }>;
  departments: Answer<DepartmentRow[]>;
  spikes: Answer<Spike[]>;
  campaigns: Answer<CampaignRow[]>;
  areas: Answer<AreaRow[]>;
}

export const PRESETS: Record<string, { label: string; weeks: number }> = {
  '12w': { label: 'Laatste 12 weken', weeks: 12 },
  kwartaal: { label: 'Laatste kwartaal (13 weken)', weeks: 13 },
  jaar: { label: 'Laatste jaar (52 weken)', weeks: 52 },
};

const pf = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const df = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dfShort = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' });

import { formatNumber } from '../../../../server/trends/sentences.ts';
export { formatCount, formatNumber } from '../../../../server/trends/sentences.ts';
export const formatShare = (x: number | null) => (x === null ? '—' : pf.format(x));
export const formatDate = (ymd: string) => df.format(new Date(`${ymd}T00:00:00Z`));
export const formatDateShort = (ymd: string) => dfShort.format(new Date(`${ymd}T00:00:00Z`));
/** "week 47 (16 nov. 2026)" */
export const weekName = (w: { week: string; start: string }) => `week ${Number(w.week.slice(6))} (${formatDate(w.start)})`;
/** Chart value of a published count: suppressed counts are not drawn. */
export const plotValue = (c: Count): number | null => (c === '<5' ? null : c);

export function formatHours(h: number | null, atLeast: boolean): string {
  if (h === null) return '—';
  if (atLeast) return `meer dan ${formatNumber(Math.round(h / 24))} dagen`;
  if (h < 48) return `${formatNumber(Math.round(h))} uur`;
  return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(h / 24)} dagen`;
}

/** Category colours: dark enough for 3:1 against white (WCAG 1.4.11), told apart by hue. */
export const CATEGORY_COLORS: Record<string, string> = {
  bedreiging: '#a50f15',
  betalingsweigering: '#6a3d9a',
  soevereiniteitsverklaring: '#c2185b',
  woo_verzoek: '#00695c',
  bezwaar: '#1f5fa8',
  klacht: '#b35900',
  regulier: '#5f6b7a',
  onbekend: '#8d6e63',
};
