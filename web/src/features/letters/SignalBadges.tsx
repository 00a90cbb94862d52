/** Small text badges for a letter's signals; text, not only colour, carries the meaning. */
export function SignalBadges({ threat, anti, zorg, campaign = false }: { threat: boolean; anti: boolean; zorg: boolean; campaign?: boolean }) {
  if (!threat && !anti && !zorg && !campaign) return <span className="ps-muted">—</span>;
  return (
    <span className="ps-badges">
      {threat && <span className="ps-badge ps-badge--threat">Mogelijke bedreiging</span>}
      {anti && <span className="ps-badge ps-badge--anti">Anti-institutioneel</span>}
      {zorg && <span className="ps-badge ps-badge--zorg">Zorgsignaal</span>}
      {campaign && <span className="ps-badge ps-badge--campaign">Campagne</span>}
    </span>
  );
}
