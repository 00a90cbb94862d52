import { describe, expect, it } from 'vitest';
import { DEFAULT_RULESET } from '../../server/routing/defaults.ts';
import { diffRuleSets, validateRuleSet } from '../../server/routing/validate.ts';
import type { RuleSet } from '../../server/routing/types.ts';

/** A deep copy of the defaults to break in one place. */
function defaults(): RuleSet {
  return structuredClone(DEFAULT_RULESET);
}
function errorsOf(input: unknown): string[] {
  const r = validateRuleSet(input);
  if (r.ok) throw new Error('expected validation errors');
  return r.errors;
}

describe('validateRuleSet', () => {
  it('accepts the default rules of the taxonomy and returns an equal clean copy', () => {
    const r = validateRuleSet(defaults());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.ruleset).toEqual(DEFAULT_RULESET);
  });

  it('drops empty condition lists and trims descriptions in the clean copy', () => {
    const rs = defaults() as unknown as { rules: Record<string, unknown>[] };
    rs.rules[0] = { key: 'r1-bedreiging', kind: 'primary', description: '  Dreiging  ', when: { categories: ['bedreiging'], topics: [] }, target: { department: 'veiligheid' } };
    const r = validateRuleSet(rs);
    expect(r.ok && r.ruleset.rules[0]).toEqual({ key: 'r1-bedreiging', kind: 'primary', description: 'Dreiging', when: { categories: ['bedreiging'] }, target: { department: 'veiligheid' } });
  });

  it('names the rule by position and key: unknown department, category and topic', () => {
    const rs = defaults();
    (rs.rules[2]!.target as { department: string }).department = 'foo';
    (rs.rules[3]!.when.categories as string[]) = ['soevereiniteitsverklaring', 'spam'];
    (rs.rules[4]!.when as { topics: string[] }).topics = ['weer'];
    expect(errorsOf(rs)).toEqual([
      "Regel 3 (r2-betalingsweigering): onbekende afdeling 'foo'",
      "Regel 4 (r3-soevereiniteit-brp): onbekende categorie 'spam'",
      "Regel 5 (r3-soevereiniteit): onbekend onderwerp 'weer'",
    ]);
  });

  it('refuses empty, malformed, reserved and duplicate keys', () => {
    const rs = defaults();
    rs.rules[0]!.key = '';
    rs.rules[1]!.key = 'Hoofd Letters';
    rs.rules[2]!.key = 'r4-woo';
    rs.rules[3]!.key = 'fallback';
    rs.rules[4]!.key = 'x'.repeat(61);
    const errors = errorsOf(rs);
    expect(errors).toContain('Regel 1: de sleutel is leeg');
    expect(errors).toContain("Regel 2 (Hoofd Letters): sleutel 'Hoofd Letters' mag alleen kleine letters, cijfers en streepjes bevatten (1 tot 60 tekens)");
    expect(errors).toContain("Regel 6 (r4-woo): sleutel 'r4-woo' komt al voor bij regel 3");
    expect(errors).toContain("Regel 4 (fallback): sleutel 'fallback' is gereserveerd; kies een andere");
    expect(errors.some((e) => e.startsWith('Regel 5 (xxx') && e.includes('1 tot 60 tekens'))).toBe(true);
    expect(errors).toHaveLength(5);
  });

  it('refuses an unknown kind and a target that is neither a department nor byTopic, or both', () => {
    const rs = defaults() as unknown as { rules: { kind: string; target: Record<string, unknown> }[] };
    rs.rules[0]!.kind = 'bcc';
    rs.rules[1]!.target = {};
    rs.rules[2]!.target = { department: 'belastingen', byTopic: true };
    rs.rules[3]!.target = { byTopic: false };
    const errors = errorsOf(rs);
    expect(errors[0]).toBe("Regel 1 (r1-bedreiging): onbekende soort 'bcc' (kies 'primary' voor de afdeling of 'cc' voor een kopie)");
    expect(errors[1]).toBe('Regel 2 (r2-betalingsweigering-leerplicht): er is geen doel: kies een afdeling of de afdeling van het onderwerp');
    expect(errors[2]).toBe('Regel 3 (r2-betalingsweigering): kies óf een vaste afdeling óf de afdeling van het onderwerp, niet allebei');
    expect(errors[3]).toMatch(/^Regel 4 \(r3-soevereiniteit-brp\): 'target.byTopic' kan alleen true zijn/);
  });

  it('reports shape errors in Dutch with the field', () => {
    const rs = defaults() as unknown as { rules: unknown[] };
    rs.rules[0] = { key: 'a', kind: 'primary', description: 'x', when: { categories: 'klacht', extra: 1 }, target: { department: 'klantcontact' } };
    rs.rules[1] = { key: 'b', kind: 'primary', when: { zorgsignaal: 'ja' } };
    rs.rules[2] = 'geen regel';
    const errors = errorsOf(rs);
    expect(errors).toContain("Regel 1 (a): 'when.categories' moet een lijst zijn");
    expect(errors).toContain("Regel 1 (a): onbekend veld 'when.extra'");
    expect(errors).toContain("Regel 2 (b): veld 'target' ontbreekt");
    expect(errors).toContain("Regel 2 (b): 'when.zorgsignaal' moet waar of onwaar (true/false) zijn");
    expect(errors).toContain('Regel 3: moet een object zijn met key, kind, when en target');
  });

  it('requires a complete topic table with known departments, and a valid fallback', () => {
    const rs = defaults() as unknown as { topicDepartments: Record<string, string>; fallbackDepartment: string };
    delete rs.topicDepartments.brp;
    rs.topicDepartments.sociaal = 'zorg';
    rs.topicDepartments.sport = 'klantcontact';
    rs.fallbackDepartment = 'nergens';
    expect(errorsOf(rs)).toEqual([
      "Onderwerptabel: onderwerp 'brp' heeft geen afdeling",
      "Onderwerptabel: onbekende afdeling 'zorg' bij onderwerp 'sociaal'",
      "Onderwerptabel: onbekend onderwerp 'sport'",
      "Afdeling als geen regel past: onbekende afdeling 'nergens'",
    ]);
  });

  it('requires at least one primary rule', () => {
    const rs = defaults();
    rs.rules = rs.rules.filter((r) => r.kind === 'cc');
    expect(errorsOf(rs)).toEqual(["Er is geen regel van de soort 'primary' (afdeling): minstens één regel moet bepalen naar welke afdeling een brief gaat."]);
    expect(errorsOf({ ...rs, rules: [] })).toHaveLength(1);
  });

  it('refuses what is not a rule set at all', () => {
    expect(errorsOf(null)).toEqual(['De regelset moet een object zijn met de velden rules, topicDepartments en fallbackDepartment.']);
    expect(errorsOf([])).toHaveLength(1);
    const errors = errorsOf({ rules: 'alles', topicDepartments: DEFAULT_RULESET.topicDepartments, fallbackDepartment: 'klantcontact', extra: true });
    expect(errors).toContain("Regelset: 'rules' moet een lijst zijn");
    expect(errors).toContain("Regelset: onbekend veld 'extra'");
  });

  it('reports every problem at once', () => {
    const rs = defaults();
    (rs.rules[0]!.target as { department: string }).department = 'a';
    (rs.rules[8]!.target as { department: string }).department = 'b';
    (rs.fallbackDepartment as string) = 'c';
    expect(errorsOf(rs)).toHaveLength(3);
  });
});

describe('diffRuleSets', () => {
  it('ignores the order of object keys (jsonb stores them in its own order)', () => {
    const reordered = defaults();
    reordered.rules = reordered.rules.map((r) => ({ target: r.target, when: r.when, description: r.description, kind: r.kind, key: r.key }));
    expect(diffRuleSets(DEFAULT_RULESET, reordered)).toMatchObject({ added: [], removed: [], changed: [], reordered: false });
  });

  it('lists added, removed and changed rules by key', () => {
    const after = defaults();
    after.rules[8]!.target = { department: 'juridische_zaken' };
    after.rules.splice(0, 1);
    after.rules.push({ key: 'nieuw', kind: 'cc', description: '', when: {}, target: { department: 'bestuurszaken' } });
    after.topicDepartments.overig = 'bestuurszaken';
    expect(diffRuleSets(DEFAULT_RULESET, after)).toEqual({
      added: ['nieuw'], removed: ['r1-bedreiging'], changed: ['r6-klacht'], reordered: false, topics_changed: ['overig'], fallback_changed: false,
    });
  });
});
