import { categoryLabel } from '../../app/labels.ts';

/** The model's calibrated probability per category as labelled bars (a list, readable without colour). */
export function ScoreBars({ scores, chosen }: { scores: Record<string, number>; chosen: string }) {
  const entries = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  return (
    <ul className="ps-scores" aria-label="Kans per categorie volgens het model">
      {entries.map(([c, p]) => (
        <li key={c} className={c === chosen ? 'ps-scores__item ps-scores__item--chosen' : 'ps-scores__item'}>
          <span className="ps-scores__label">{categoryLabel(c)}</span>
          <span className="ps-scores__bar" aria-hidden="true"><span style={{ width: `${Math.max(1, Math.round(p * 100))}%` }} /></span>
          <span className="ps-scores__value">{Math.round(p * 100)}%</span>
        </li>
      ))}
    </ul>
  );
}
