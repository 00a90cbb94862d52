import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Department } from '../taxonomy.ts';
import type { RoutingDecision, RuleSet } from './types.ts';

/** All SQL of routing: rule versions and routing decisions. */
export function createRoutingRepository(db: Kysely<DB>) {
  return {
    async activeVersion(trx: Kysely<DB> = db): Promise<{ version: number; ruleset: RuleSet } | undefined> {
      const r = await trx.selectFrom('routing_rule_versions').select(['version', 'ruleset']).orderBy('version', 'desc').limit(1).executeTakeFirst();
      return r ? { version: r.version, ruleset: r.ruleset as RuleSet } : undefined;
    },
    /** A new rule version; with ifAbsent an existing version of that number is left as it is (seeding). */
    async insertVersion(trx: Kysely<DB>, v: { version: number; ruleset: RuleSet; note: string; createdBy: number | null }, opts: { ifAbsent?: boolean } = {}): Promise<void> {
      const q = trx.insertInto('routing_rule_versions').values({ version: v.version, ruleset: JSON.stringify(v.ruleset), note: v.note, created_by: v.createdBy });
      await (opts.ifAbsent ? q.onConflict((oc) => oc.column('version').doNothing()) : q).execute();
    },
    async insertRouting(trx: Kysely<DB>, r: { letterId: string; classificationId: number | null; source: 'model' | 'review' | 'reroute'; decision: RoutingDecision; ruleVersion: number; createdBy: number | null }): Promise<void> {
      await trx
        .insertInto('routings')
        .values({
          letter_id: r.letterId, classification_id: r.classificationId, source: r.source, department: r.decision.department,
          cc: JSON.stringify(r.decision.cc), rule_key: r.decision.ruleKey, cc_rule_keys: JSON.stringify(r.decision.ccRuleKeys),
          rule_version: r.ruleVersion, created_by: r.createdBy,
        })
        .execute();
    },
    latestRouting(letterId: string) {
      return db.selectFrom('routings').selectAll().where('letter_id', '=', letterId).orderBy('id', 'desc').limit(1).executeTakeFirst();
    },
    /** One stored version with the e-mail address of who saved it (undefined when unknown). */
    async getVersion(version: number, trx: Kysely<DB> = db) {
      const r = await trx
        .selectFrom('routing_rule_versions as v')
        .leftJoin('users as u', 'u.id', 'v.created_by')
        .select(['v.version', 'v.ruleset', 'v.note', 'v.created_at', 'u.email as created_by_email'])
        .where('v.version', '=', version)
        .executeTakeFirst();
      return r ? { version: r.version, ruleset: r.ruleset as RuleSet, note: r.note, created_at: r.created_at, created_by_email: r.created_by_email ?? null } : undefined;
    },
    /** Every version without its rule set, newest first. */
    async listVersions() {
      const rows = await db
        .selectFrom('routing_rule_versions as v')
        .leftJoin('users as u', 'u.id', 'v.created_by')
        .select(['v.version', 'v.note', 'v.created_at', 'u.email as created_by_email'])
        .orderBy('v.version', 'desc')
        .execute();
      return rows.map((r) => ({ version: r.version, note: r.note, created_at: r.created_at, created_by_email: r.created_by_email ?? null }));
    },
    /** Serialises saves of new versions (and re-routes) until the transaction ends. */
    async lockVersions(trx: Kysely<DB>): Promise<void> {
      await sql`LOCK TABLE routing_rule_versions IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
    },
    /** Open letters that carry labels, locked for the re-route. */
    openLabelledLetters(trx: Kysely<DB>) {
      return trx
        .selectFrom('letters')
        .select(['id', 'category', 'topic', 'anti_institutioneel', 'zorgsignaal', 'department', 'cc'])
        .where('status', '=', 'open')
        .where('category', 'is not', null)
        .orderBy('received_at')
        .orderBy('id')
        .forUpdate()
        .execute();
    },
    async setLetterRouting(trx: Kysely<DB>, letterId: string, department: Department, cc: Department[]): Promise<void> {
      await trx.updateTable('letters').set({ department, cc: JSON.stringify(cc), updated_at: new Date() }).where('id', '=', letterId).execute();
    },
  };
}
export type RoutingRepository = ReturnType<typeof createRoutingRepository>;
