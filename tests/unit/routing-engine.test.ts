import { describe, expect, it } from 'vitest';
import { route } from '../../server/routing/engine.ts';
import { DEFAULT_RULESET } from '../../server/routing/defaults.ts';
import type { RoutingInput } from '../../server/routing/types.ts';

const base: RoutingInput = { category: 'regulier', anti_institutioneel: false, zorgsignaal: false, topic: 'overig' };
const r = (p: Partial<RoutingInput>) => route({ ...base, ...p }, DEFAULT_RULESET);

describe('default routing of the taxonomy (§3)', () => {
  it('rule 1: a threat goes to veiligheid with a copy to the topic department', () => {
    expect(r({ category: 'bedreiging', topic: 'belastingen' })).toMatchObject({ department: 'veiligheid', cc: ['belastingen'], ruleKey: 'r1-bedreiging' });
    expect(r({ category: 'bedreiging', topic: 'overig' })).toMatchObject({ department: 'veiligheid', cc: ['klantcontact'] });
  });
  it('rule 2: payment refusal to leerplicht for leerplicht, else belastingen', () => {
    expect(r({ category: 'betalingsweigering', topic: 'leerplicht', anti_institutioneel: true }).department).toBe('leerplicht');
    expect(r({ category: 'betalingsweigering', topic: 'openbare_ruimte', anti_institutioneel: true }).department).toBe('belastingen');
  });
  it('rule 3: sovereignty declarations to burgerzaken for brp, else juridische_zaken', () => {
    expect(r({ category: 'soevereiniteitsverklaring', topic: 'brp' }).department).toBe('burgerzaken');
    expect(r({ category: 'soevereiniteitsverklaring', topic: 'belastingen' }).department).toBe('juridische_zaken');
  });
  it('rules 4-6: woo to juridische_zaken, bezwaar by topic, klacht to klantcontact', () => {
    expect(r({ category: 'woo_verzoek', topic: 'belastingen' }).department).toBe('juridische_zaken');
    expect(r({ category: 'bezwaar', topic: 'belastingen' }).department).toBe('belastingen');
    expect(r({ category: 'bezwaar', topic: 'vergunningen' }).department).toBe('juridische_zaken');
    expect(r({ category: 'klacht', topic: 'sociaal' }).department).toBe('klantcontact');
  });
  it('rule 7: routine mail by topic', () => {
    const expected = { belastingen: 'belastingen', brp: 'burgerzaken', sociaal: 'sociaal_domein', leerplicht: 'leerplicht', vergunningen: 'vergunningen', openbare_ruimte: 'openbare_ruimte', bestuur: 'bestuurszaken', overig: 'klantcontact' } as const;
    for (const [topic, dep] of Object.entries(expected)) expect(r({ topic: topic as RoutingInput['topic'] }).department).toBe(dep);
  });
  it('copies: zorgsignaal to sociaal_domein unless already primary; no duplicates', () => {
    expect(r({ zorgsignaal: true, topic: 'belastingen' }).cc).toEqual(['sociaal_domein']);
    expect(r({ zorgsignaal: true, topic: 'sociaal' })).toMatchObject({ department: 'sociaal_domein', cc: [] });
    expect(r({ category: 'bedreiging', zorgsignaal: true, topic: 'sociaal' }).cc).toEqual(['sociaal_domein']);
    expect(r({ category: 'bedreiging', zorgsignaal: true, topic: 'brp' }).cc).toEqual(['sociaal_domein', 'burgerzaken']);
  });
  it('falls back when no primary rule matches an edited rule set', () => {
    const only = { ...DEFAULT_RULESET, rules: DEFAULT_RULESET.rules.filter((x) => x.kind === 'cc') };
    expect(route(base, only)).toMatchObject({ department: 'klantcontact', ruleKey: 'fallback' });
  });
});
