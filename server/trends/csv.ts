/**
 * trends (csv): the CSV form of every dashboard view — exactly the published numbers ('<5'
 * included), semicolon-separated with a UTF-8 byte order mark so Dutch spreadsheet settings open
 * it as columns.
 */
import { CATEGORIES } from '../taxonomy.ts';
import { categoryName, departmentName } from './sentences.ts';
import type { AreaRow, CampaignRow, DepartmentRow, Spike, WeekVolume } from './types.ts';

type Cell = string | number | null;

function cell(v: Cell): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v).replace('.', ',') : v;
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

export function volumeCsv(weeks: readonly WeekVolume[]): string {
  const cats = [...CATEGORIES, 'onbekend'] as const;
  return toCsv(
    ['Week', 'Maandag', ...cats.map(categoryName), 'Totaal', 'Anti-institutioneel', 'Aandeel anti-institutioneel (%)', 'Zorgsignaal', 'Dreiging'],
    weeks.map((w) => [w.week, w.start, ...cats.map((k) => w.categories[k]), w.total, w.anti, pct(w.antiShare), w.zorg, w.threat]),
  );
}

export function departmentsCsv(rows: readonly DepartmentRow[]): string {
  return toCsv(
    ['Afdeling', 'Binnengekomen', 'Open', 'Afgehandeld', 'Mediane doorlooptijd (uren)'],
    rows.map((r) => [departmentName(r.department), r.received, r.open, r.handled, r.medianHours === null ? null : `${r.medianAtLeast ? '>' : ''}${String(r.medianHours).replace('.', ',')}`]),
  );
}

export function spikesCsv(rows: readonly Spike[]): string {
  return toCsv(
    ['Week', 'Soort', 'Waarde', 'Aantal', 'Verwacht', 'Factor', 'p-waarde'],
    rows.map((s) => [s.week, s.dimension === 'category' ? 'categorie' : 'afdeling', s.dimension === 'category' ? categoryName(s.key) : departmentName(s.key), s.count, Math.round(s.baseline * 10) / 10, Math.round(s.ratio * 10) / 10, Number(s.p.toPrecision(2))]),
  );
}

export function campaignsCsv(rows: readonly CampaignRow[]): string {
  return toCsv(
    ['Campagne', 'Brieven in periode', 'Brieven totaal', 'Eerst gezien', 'Laatst gezien', 'Categorieën'],
    rows.map((r) => [`#${r.id}`, r.size, r.total, r.firstSeen, r.lastSeen, Object.entries(r.categories).map(([k, v]) => `${categoryName(k)}: ${v}`).join(', ')]),
  );
}

export function areasCsv(rows: readonly AreaRow[]): string {
  return toCsv(
    ['Gebied (postcode 4)', 'Brieven', 'Anti-institutioneel', 'Aandeel anti-institutioneel (%)', 'Zorgsignaal'],
    rows.map((r) => [r.area === 'overig' ? 'Overige gebieden (elk <5)' : r.area === 'onbekend' ? 'Onbekend' : r.area, r.received, r.anti, pct(r.antiShare), r.zorg]),
  );
}
