/**
 * Validation of a submitted rule set (from the admin's editor or the API): first its shape with
 * TypeBox, then its meaning against the taxonomy (server/taxonomy.ts). Every problem is reported,
 * in Dutch, with the rule's position and key, so the editor can show them all at once.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { TOPICS, isCategory, isDepartment, isTopic, type Category, type Department, type Topic } from '../taxonomy.ts';
import type { RoutingRule, RuleCondition, RuleSet, RuleTarget } from './types.ts';

export const RULE_KEY_PATTERN = /^[a-z0-9-]{1,60}$/;
/** The key a routing records when no primary rule matched: not available to a rule. */
export const RESERVED_RULE_KEYS = ['fallback'] as const;
export const MAX_RULES = 200;
export const MAX_DESCRIPTION = 300;

/** The outer shape: rules are checked one by one below, so each error names its rule. */
const RuleSetShape = Type.Object({
  rules: Type.Array(Type.Unknown(), { maxItems: MAX_RULES }),
  topicDepartments: Type.Record(Type.String(), Type.Unknown()),
  fallbackDepartment: Type.String(),
}, { additionalProperties: false });

/** One rule's shape. Names are plain strings here; whether they exist is the semantic check. */
const RuleShape = Type.Object({
  key: Type.String(),
  kind: Type.String(),
  description: Type.Optional(Type.String({ maxLength: MAX_DESCRIPTION })),
  when: Type.Object({
    categories: Type.Optional(Type.Array(Type.String(), { maxItems: 50 })),
    topics: Type.Optional(Type.Array(Type.String(), { maxItems: 50 })),
    anti_institutioneel: Type.Optional(Type.Boolean()),
    zorgsignaal: Type.Optional(Type.Boolean()),
  }, { additionalProperties: false }),
  target: Type.Object({
    department: Type.Optional(Type.String()),
    byTopic: Type.Optional(Type.Boolean()),
  }, { additionalProperties: false }),
}, { additionalProperties: false });

const checkRuleSetShape = TypeCompiler.Compile(RuleSetShape);
const checkRuleShape = TypeCompiler.Compile(RuleShape);

export type RuleSetValidation = { ok: true; ruleset: RuleSet } | { ok: false; errors: string[] };

function field(path: string): string {
  return path.replace(/^\//, '').replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.') || 'de invoer';
}

function dutch(e: ValueError): string {
  const f = `'${field(e.path)}'`;
  const s = e.schema as TSchema & { maxLength?: number; maxItems?: number; const?: unknown };
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty: return `veld ${f} ontbreekt`;
    case ValueErrorType.ObjectAdditionalProperties: return `onbekend veld ${f}`;
    case ValueErrorType.Object: return `${f} moet een object zijn`;
    case ValueErrorType.String: return `${f} moet tekst zijn`;
    case ValueErrorType.Boolean: return `${f} moet waar of onwaar (true/false) zijn`;
    case ValueErrorType.Array: return `${f} moet een lijst zijn`;
    case ValueErrorType.StringMaxLength: return `${f} is te lang (hoogstens ${s.maxLength} tekens)`;
    case ValueErrorType.ArrayMaxItems: return `${f} heeft te veel onderdelen (hoogstens ${s.maxItems})`;
    default: return `${f} heeft een ongeldige waarde`;
  }
}

/** TypeBox errors in Dutch, one per field (a wrong type also yields follow-up errors). */
function shapeErrors(errors: Iterable<ValueError>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of errors) {
    if (seen.has(e.path)) continue;
    seen.add(e.path);
    out.push(dutch(e));
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function duplicates<T>(xs: readonly T[]): T[] {
  return [...new Set(xs.filter((x, i) => xs.indexOf(x) !== i))];
}

/** Validates a submitted rule set; on success returns a clean copy with only known fields. */
export function validateRuleSet(input: unknown): RuleSetValidation {
  if (!isRecord(input)) {
    return { ok: false, errors: ['De regelset moet een object zijn met de velden rules, topicDepartments en fallbackDepartment.'] };
  }
  const errors: string[] = shapeErrors(checkRuleSetShape.Errors(input)).map((m) => `Regelset: ${m}`);

  // Rules, each at its position (1-based, as the editor numbers them).
  const rules: RoutingRule[] = [];
  const rawRules = Array.isArray(input.rules) ? input.rules.slice(0, MAX_RULES) : [];
  const firstPosition = new Map<string, number>();
  let primaries = 0;
  rawRules.forEach((raw, i) => {
    const n = i + 1;
    const key = isRecord(raw) && typeof raw.key === 'string' ? raw.key : undefined;
    const where = key ? `Regel ${n} (${key})` : `Regel ${n}`;
    const err = (m: string) => errors.push(`${where}: ${m}`);
    if (!isRecord(raw)) {
      err('moet een object zijn met key, kind, when en target');
      return;
    }
    if (raw.kind === 'primary') primaries++;
    if (key !== undefined) {
      if (key.trim() === '') err('de sleutel is leeg');
      else if (!RULE_KEY_PATTERN.test(key)) err(`sleutel '${key}' mag alleen kleine letters, cijfers en streepjes bevatten (1 tot 60 tekens)`);
      else if ((RESERVED_RULE_KEYS as readonly string[]).includes(key)) err(`sleutel '${key}' is gereserveerd; kies een andere`);
      const first = firstPosition.get(key);
      if (first !== undefined) err(`sleutel '${key}' komt al voor bij regel ${first}`);
      else firstPosition.set(key, n);
    }
    const shape = shapeErrors(checkRuleShape.Errors(raw));
    if (shape.length > 0) {
      shape.forEach(err);
      return;
    }
    const r = raw as {
      key: string; kind: string; description?: string;
      when: { categories?: string[]; topics?: string[]; anti_institutioneel?: boolean; zorgsignaal?: boolean };
      target: { department?: string; byTopic?: boolean };
    };
    let valid = true;
    const bad = (m: string) => {
      valid = false;
      err(m);
    };
    if (r.kind !== 'primary' && r.kind !== 'cc') bad(`onbekende soort '${r.kind}' (kies 'primary' voor de afdeling of 'cc' voor een kopie)`);
    for (const c of r.when.categories ?? []) if (!isCategory(c)) bad(`onbekende categorie '${c}'`);
    for (const c of duplicates(r.when.categories ?? [])) bad(`categorie '${c}' staat er meer dan eens in`);
    for (const t of r.when.topics ?? []) if (!isTopic(t)) bad(`onbekend onderwerp '${t}'`);
    for (const t of duplicates(r.when.topics ?? [])) bad(`onderwerp '${t}' staat er meer dan eens in`);
    const hasDepartment = r.target.department !== undefined;
    const byTopic = r.target.byTopic === true;
    if (r.target.byTopic === false) bad("'target.byTopic' kan alleen true zijn; laat het anders weg");
    if (hasDepartment && byTopic) bad('kies óf een vaste afdeling óf de afdeling van het onderwerp, niet allebei');
    else if (!hasDepartment && !byTopic) bad('er is geen doel: kies een afdeling of de afdeling van het onderwerp');
    else if (hasDepartment && !isDepartment(r.target.department)) bad(`onbekende afdeling '${r.target.department}'`);
    if (!valid) return;

    const when: RuleCondition = {};
    if (r.when.categories && r.when.categories.length > 0) when.categories = r.when.categories as Category[];
    if (r.when.topics && r.when.topics.length > 0) when.topics = r.when.topics as Topic[];
    if (r.when.anti_institutioneel !== undefined) when.anti_institutioneel = r.when.anti_institutioneel;
    if (r.when.zorgsignaal !== undefined) when.zorgsignaal = r.when.zorgsignaal;
    const target: RuleTarget = byTopic ? { byTopic: true } : { department: r.target.department as Department };
    rules.push({ key: r.key, kind: r.kind as RoutingRule['kind'], description: (r.description ?? '').trim(), when, target });
  });
  if (Array.isArray(input.rules) && primaries === 0) {
    errors.push("Er is geen regel van de soort 'primary' (afdeling): minstens één regel moet bepalen naar welke afdeling een brief gaat.");
  }

  // The topic -> department table: complete, and only known names.
  const topicDepartments: Partial<Record<Topic, Department>> = {};
  if (isRecord(input.topicDepartments)) {
    const td = input.topicDepartments;
    for (const topic of TOPICS) {
      const d = td[topic];
      if (d === undefined || d === null || d === '') errors.push(`Onderwerptabel: onderwerp '${topic}' heeft geen afdeling`);
      else if (!isDepartment(d)) errors.push(`Onderwerptabel: onbekende afdeling '${String(d)}' bij onderwerp '${topic}'`);
      else topicDepartments[topic] = d;
    }
    for (const k of Object.keys(td)) if (!isTopic(k)) errors.push(`Onderwerptabel: onbekend onderwerp '${k}'`);
  }

  const fb = input.fallbackDepartment;
  if (typeof fb === 'string' && !isDepartment(fb)) errors.push(`Afdeling als geen regel past: onbekende afdeling '${fb}'`);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, ruleset: { rules, topicDepartments: topicDepartments as Record<Topic, Department>, fallbackDepartment: fb as Department } };
}

/** JSON with sorted object keys: jsonb does not keep the order in which keys were written. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isRecord(v)) return `{${Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** What changed between two rule sets, by rule key: for the audit entry of a save. */
export function diffRuleSets(before: RuleSet, after: RuleSet) {
  const old = new Map(before.rules.map((r) => [r.key, canonical(r)]));
  const now = new Map(after.rules.map((r) => [r.key, canonical(r)]));
  const order = (rs: RuleSet) => rs.rules.map((r) => r.key).filter((k) => old.has(k) && now.has(k));
  return {
    added: after.rules.filter((r) => !old.has(r.key)).map((r) => r.key),
    removed: before.rules.filter((r) => !now.has(r.key)).map((r) => r.key),
    changed: after.rules.filter((r) => old.has(r.key) && old.get(r.key) !== now.get(r.key)).map((r) => r.key),
    reordered: JSON.stringify(order(before)) !== JSON.stringify(order(after)),
    topics_changed: TOPICS.filter((t) => before.topicDepartments[t] !== after.topicDepartments[t]),
    fallback_changed: before.fallbackDepartment !== after.fallbackDepartment,
  };
}
