/**
 * routing: the rule engine applied with the active, versioned rule set from the database
 * (seeded with the taxonomy's defaults as version 1). Every routing records the rule that decided.
 * Admins save new versions (never edit old ones) and may re-route the open letters; history
 * (old versions, old routings) is never rewritten.
 */
import type { Kysely } from 'kysely';
import { writeAudit } from '../auth/audit.ts';
import type { Actor } from '../auth/types.ts';
import type { DB } from '../db/schema.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import { isCategory, isTopic, type Department } from '../taxonomy.ts';
import { DEFAULT_RULESET } from './defaults.ts';
import { route } from './engine.ts';
import type { RoutingRepository } from './repository.ts';
import type { RoutingDecision, RoutingInput, RuleSet } from './types.ts';
import { diffRuleSets, validateRuleSet } from './validate.ts';

/** A submitted rule set that fails validation: 400 with every message in details.errors. */
export function invalidRulesError(errors: string[]): BadRequestError {
  const n = errors.length;
  return new BadRequestError(`De regels zijn niet in orde (${n} ${n === 1 ? 'fout' : 'fouten'}): ${errors.join('; ')}`, { errors });
}

function sameCc(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

export function createRoutingService(deps: { db: Kysely<DB>; repo: RoutingRepository }) {
  const { db, repo } = deps;

  async function active(trx: Kysely<DB> = db): Promise<{ version: number; ruleset: RuleSet }> {
    const v = await repo.activeVersion(trx);
    if (v) return v;
    // First use: the taxonomy's defaults become version 1, in the caller's transaction (the
    // embedded database has one connection); concurrent first uses: one wins, the others skip.
    await repo.insertVersion(trx, { version: 1, ruleset: DEFAULT_RULESET, note: 'Standaardregels uit de taxonomie', createdBy: null }, { ifAbsent: true });
    return (await repo.activeVersion(trx))!;
  }

  return {
    active,
    /** Routes a letter's labels with the active rules and stores the decision in the given transaction. */
    async routeAndStore(trx: Kysely<DB>, input: { letterId: string; labels: RoutingInput; classificationId: number | null; source: 'model' | 'review' | 'reroute'; actorId: number | null }): Promise<RoutingDecision & { ruleVersion: number }> {
      const { version, ruleset } = await active(trx);
      const decision = route(input.labels, ruleset);
      await repo.insertRouting(trx, { letterId: input.letterId, classificationId: input.classificationId, source: input.source, decision, ruleVersion: version, createdBy: input.actorId });
      await repo.setLetterRouting(trx, input.letterId, decision.department, decision.cc);
      return { ...decision, ruleVersion: version };
    },
    /** The rules' decision for these labels, without storing anything. */
    async decide(trx: Kysely<DB>, labels: RoutingInput): Promise<RoutingDecision & { ruleVersion: number }> {
      const { version, ruleset } = await active(trx);
      return { ...route(labels, ruleset), ruleVersion: version };
    },
    /** A department chosen by a person: stored as rule 'handmatig' under the active rule version. */
    async storeManual(trx: Kysely<DB>, m: { letterId: string; department: Department; cc: Department[]; ruleVersion: number; actorId: number }): Promise<void> {
      const decision: RoutingDecision = { department: m.department, cc: m.cc, ruleKey: 'handmatig', ccRuleKeys: [] };
      await repo.insertRouting(trx, { letterId: m.letterId, classificationId: null, source: 'review', decision, ruleVersion: m.ruleVersion, createdBy: m.actorId });
      await repo.setLetterRouting(trx, m.letterId, m.department, m.cc);
    },
    latestRouting: (letterId: string) => repo.latestRouting(letterId),

    /** The active version with its rule set, note, date and author. */
    async activeDetails() {
      const { version } = await active();
      return (await repo.getVersion(version))!;
    },

    async listVersions() {
      await active();
      const versions = await repo.listVersions();
      const newest = versions[0]?.version;
      return versions.map((v) => ({ ...v, active: v.version === newest }));
    },

    async getVersion(version: number) {
      await active();
      const v = await repo.getVersion(version);
      if (!v) throw new NotFoundError(`Versie ${version} van de routeringsregels bestaat niet.`);
      return v;
    },

    /**
     * Stores a validated rule set as the next version. `baseVersion` is the version the editor
     * started from: when someone saved in between, the save is refused (409) instead of
     * silently overwriting their change.
     */
    async saveRules(input: { baseVersion: number; ruleset: unknown; note: string }, actor: Actor, ip?: string | null) {
      const checked = validateRuleSet(input.ruleset);
      if (!checked.ok) throw invalidRulesError(checked.errors);
      await active(); // seeds version 1 on first use, outside the transaction below
      const note = input.note.trim();
      const version = await db.transaction().execute(async (trx) => {
        await repo.lockVersions(trx);
        const current = (await repo.activeVersion(trx))!;
        if (current.version !== input.baseVersion) {
          throw new ConflictError(
            `De regels zijn intussen gewijzigd: de actieve versie is nu ${current.version}, u bewerkte versie ${input.baseVersion}. Laad de nieuwste versie en breng uw wijziging opnieuw aan.`,
            { activeVersion: current.version },
          );
        }
        const next = current.version + 1;
        await repo.insertVersion(trx, { version: next, ruleset: checked.ruleset, note, createdBy: actor.id });
        await writeAudit(trx, {
          actor, ip, action: 'routing.rules_saved', entityType: 'routing_rules', entityId: String(next),
          details: { version: next, base_version: current.version, note, rules: checked.ruleset.rules.length, ...diffRuleSets(current.ruleset, checked.ruleset) },
        });
        return next;
      });
      return (await repo.getVersion(version))!;
    },

    /**
     * Re-routes every open letter that has labels with the active rules. A letter whose department
     * or copies change gets a new routing (source 'reroute'); earlier routings stay as they are.
     */
    async reroute(actor: Actor, ip?: string | null): Promise<{ checked: number; changed: number; ruleVersion: number }> {
      await active();
      return db.transaction().execute(async (trx) => {
        await repo.lockVersions(trx); // the rules cannot change halfway
        const { version, ruleset } = (await repo.activeVersion(trx))!;
        const letters = await repo.openLabelledLetters(trx);
        let checked = 0;
        let changed = 0;
        for (const l of letters) {
          if (!isCategory(l.category)) continue;
          checked++;
          const labels: RoutingInput = {
            category: l.category,
            topic: isTopic(l.topic) ? l.topic : 'overig',
            anti_institutioneel: l.anti_institutioneel ?? false,
            zorgsignaal: l.zorgsignaal ?? false,
          };
          const decision = route(labels, ruleset);
          if (decision.department === l.department && sameCc(decision.cc, l.cc ?? [])) continue;
          changed++;
          await repo.insertRouting(trx, { letterId: l.id, classificationId: null, source: 'reroute', decision, ruleVersion: version, createdBy: actor.id });
          await repo.setLetterRouting(trx, l.id, decision.department, decision.cc);
        }
        await writeAudit(trx, { actor, ip, action: 'routing.reroute', entityType: 'routing_rules', entityId: String(version), details: { rule_version: version, checked, changed } });
        return { checked, changed, ruleVersion: version };
      });
    },

    /** Where a letter with these labels would go: with the active rules, or with a draft rule set. */
    async preview(labels: RoutingInput, draft?: unknown): Promise<RoutingDecision & { ruleVersion: number | null }> {
      if (draft !== undefined) {
        const checked = validateRuleSet(draft);
        if (!checked.ok) throw invalidRulesError(checked.errors);
        return { ...route(labels, checked.ruleset), ruleVersion: null };
      }
      const { version, ruleset } = await active();
      return { ...route(labels, ruleset), ruleVersion: version };
    },
  };
}
export type RoutingService = ReturnType<typeof createRoutingService>;
