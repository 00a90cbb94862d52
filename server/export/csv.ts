/** export (csv): the weekly report's underlying counts per category × department × signal. */
import { toCsv } from '../trends/csv.ts';
import { categoryName, departmentName } from '../trends/sentences.ts';
import type { WeekReport } from './types.ts';

const yesNo = (b: boolean) => (b ? 'ja' : 'nee');

export function reportCsv(r: WeekReport): string {
  return toCsv(
    ['Week', 'Categorie', 'Afdeling', 'Anti-institutioneel', 'Zorgsignaal', 'Mogelijke bedreiging', 'Binnengekomen', 'Waarvan afgehandeld'],
    r.cells.map((c) => [r.week, categoryName(c.category), departmentName(c.department), yesNo(c.anti), yesNo(c.zorg), yesNo(c.threat), c.received, c.handled]),
  );
}
