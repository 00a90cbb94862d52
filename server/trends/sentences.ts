/**
 * trends (sentences): plain-Dutch sentences about spikes and campaigns, shared by the dashboard
 * (web) and the weekly report (PDF). Pure functions: no Node APIs, so the web app imports them too.
 */
import { CATEGORY_LABELS, DEPARTMENT_LABELS } from '../taxonomy.ts';
import type { CampaignRow, Count, Spike } from './types.ts';

const nf = new Intl.NumberFormat('nl-NL');
const nf1 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const df = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const categoryName = (k: string) => (k === 'onbekend' ? 'Nog niet ingedeeld' : (CATEGORY_LABELS as Record<string, string>)[k] ?? k);
export const departmentName = (k: string) => (k === 'onbekend' ? 'Nog niet gerouteerd' : (DEPARTMENT_LABELS as Record<string, string>)[k] ?? k);
export const formatNumber = (n: number) => nf.format(n);
export const formatCount = (c: Count) => (c === '<5' ? '<5' : nf.format(c));
export const formatLongDate = (ymd: string) => df.format(new Date(`${ymd}T00:00:00Z`));
/** "week 47 (16 november 2026)" */
export const weekName = (w: { week: string; start: string }) => `week ${Number(w.week.slice(6))} (${formatLongDate(w.start)})`;

export function spikeSentence(s: Spike): string {
  const what = s.dimension === 'category' ? `categorie ${categoryName(s.key)}` : `afdeling ${departmentName(s.key)}`;
  return `In ${weekName(s)} kwamen ${nf.format(s.count)} brieven binnen voor ${what}, tegen gemiddeld ${nf1.format(s.baseline)} in de weken ervoor (${nf1.format(s.ratio)} keer zoveel).`;
}

export function campaignSentence(c: CampaignRow): string {
  const cats = Object.entries(c.categories).map(([k, v]) => `${categoryName(k).toLowerCase()} (${formatCount(v as Count)})`).join(', ');
  const span = c.firstSeen === c.lastSeen ? `op ${formatLongDate(c.firstSeen)}` : `van ${formatLongDate(c.firstSeen)} tot en met ${formatLongDate(c.lastSeen)}`;
  return `Campagne #${c.id}: ${nf.format(c.size)} vrijwel gelijke brieven in deze periode, ${nf.format(c.total)} in totaal, binnengekomen ${span}; ingedeeld als ${cats}.`;
}
