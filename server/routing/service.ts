/**
 * routing: the rule engine applied with the active, versioned rule set from the database
 * (seeded with the taxonomy's defaults as version 1). Every routing records the rule that decided.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DEFAULT_RULESET } from './defaults.ts';
import { route } from './engine.ts';
import type { RoutingRepository } from './repository.ts';
import type { RoutingDecision, RoutingInput, RuleSet } from './types.ts';

export function createRoutingService(deps: { db: Kysely<DB>; repo: RoutingRepository }) {
  const { db, repo } = deps;

  async function active(trx: Kysely<DB> = db): Promise<{ version: number; ruleset: RuleSet }> {
    const v = await repo.activeVersion(trx);
    if (v) return v;
    // First use: the taxonomy's defaults become version 1 (concurrent first uses: one wins).
    try {
      await db.transaction().execute((t) => repo.insertVersion(t, { version: 1, ruleset: DEFAULT_RULESET, note: 'Standaardregels uit de taxonomie', createdBy: null }));
    } catch {
      /* another process seeded it */
    }
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
    latestRouting: (letterId: string) => repo.latestRouting(letterId),
  };
}
export type RoutingService = ReturnType<typeof createRoutingService>;
