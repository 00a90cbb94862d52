import { sql, type Kysely } from 'kysely';
import type { DB, ReviewAction, ReviewStatus } from '../db/schema.ts';
import type { Category, Department, Topic } from '../taxonomy.ts';

export interface QueueFilter {
  view: 'pending' | 'reviewed' | 'handled' | 'all';
  department?: Department | undefined;
  category?: Category | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  q?: string | undefined;
}

export interface QueueCursor {
  threat: boolean;
  receivedAt: string;
  id: string;
}

/** All SQL of the review domain: the queue, review actions, campaigns, alerts. */
export function createReviewRepository(db: Kysely<DB>) {
  function filtered(f: QueueFilter) {
    let q = db.selectFrom('letters').where('status', '!=', 'received');
    if (f.view === 'pending') q = q.where('review_status', '=', 'pending').where('status', '=', 'open');
    else if (f.view === 'reviewed') q = q.where('review_status', 'in', ['confirmed', 'corrected']).where('status', '=', 'open');
    else if (f.view === 'handled') q = q.where('status', '=', 'handled');
    if (f.department) q = q.where((eb) => eb.or([eb('department', '=', f.department!), eb(sql<boolean>`cc ? ${f.department}`, '=', true)]));
    if (f.category) q = q.where('category', '=', f.category);
    if (f.from) q = q.where('received_at', '>=', f.from);
    if (f.to) q = q.where('received_at', '<', f.to);
    if (f.q) q = q.where(sql<boolean>`search @@ websearch_to_tsquery('dutch', ${f.q})`);
    return q;
  }

  return {
    async queue(f: QueueFilter, limit: number, cursor?: QueueCursor) {
      let q = filtered(f);
      if (cursor) {
        const at = new Date(cursor.receivedAt);
        q = q.where((eb) =>
          eb.or([
            eb('threat_flag', '<', cursor.threat),
            eb.and([eb('threat_flag', '=', cursor.threat), eb(eb.refTuple('received_at', 'id'), '>', eb.tuple(at, cursor.id))]),
          ]),
        );
      }
      const [items, total] = await Promise.all([
        q
          .select([
            'id', 'received_at', 'channel', 'subject', 'sender_name', 'category', 'topic', 'department', 'cc', 'anti_institutioneel', 'zorgsignaal',
            'threat_flag', 'needs_review', 'review_status', 'status', 'model_confidence', 'campaign_id',
            sql<string>`left(body_text, 180)`.as('snippet'),
          ])
          .orderBy('threat_flag', 'desc')
          .orderBy('received_at', 'asc')
          .orderBy('id', 'asc')
          .limit(limit + 1)
          .execute(),
        cursor ? Promise.resolve(null) : filtered(f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: total ? Number(total.n) : null };
    },

    currentLabels(trx: Kysely<DB>, letterId: string) {
      return trx
        .selectFrom('letters')
        .select(['id', 'status', 'review_status', 'category', 'topic', 'anti_institutioneel', 'zorgsignaal', 'department', 'cc', 'threat_flag'])
        .where('id', '=', letterId)
        .forUpdate()
        .executeTakeFirst();
    },

    async insertReview(trx: Kysely<DB>, r: { letterId: string; userId: number; action: ReviewAction; before?: object | null; after?: object | null; note?: string | null }) {
      await trx
        .insertInto('reviews')
        .values({ letter_id: r.letterId, user_id: r.userId, action: r.action, before: r.before ? JSON.stringify(r.before) : null, after: r.after ? JSON.stringify(r.after) : null, note: r.note ?? null })
        .execute();
    },

    async setReviewStatus(trx: Kysely<DB>, letterId: string, status: ReviewStatus): Promise<void> {
      await trx.updateTable('letters').set({ review_status: status, updated_at: new Date() }).where('id', '=', letterId).execute();
    },

    async setLabels(trx: Kysely<DB>, letterId: string, l: { category: Category; topic: Topic; anti_institutioneel: boolean; zorgsignaal: boolean }) {
      await trx
        .updateTable('letters')
        .set({ ...l, threat_flag: l.category === 'bedreiging', review_status: 'corrected', updated_at: new Date() })
        .where('id', '=', letterId)
        .execute();
    },

    async setHandled(trx: Kysely<DB>, letterId: string, userId: number | null): Promise<void> {
      await trx
        .updateTable('letters')
        .set(userId ? { status: 'handled', handled_at: new Date(), handled_by: userId, updated_at: new Date() } : { status: 'open', handled_at: null, handled_by: null, updated_at: new Date() })
        .where('id', '=', letterId)
        .execute();
    },

    history(letterId: string) {
      return Promise.all([
        db.selectFrom('reviews').innerJoin('users', 'users.id', 'reviews.user_id').select(['reviews.id', 'reviews.action', 'reviews.before', 'reviews.after', 'reviews.note', 'reviews.created_at', 'users.email as user_email', 'users.display_name as user_name']).where('letter_id', '=', letterId).orderBy('reviews.id').execute(),
        db.selectFrom('audit_log').select(['id', 'at', 'user_email', 'user_role', 'action', 'details']).where('entity_type', '=', 'letter').where('entity_id', '=', letterId).orderBy('id', 'desc').limit(100).execute(),
      ]);
    },

    async campaignOf(letterId: string) {
      const row = await db.selectFrom('letters').select('campaign_id').where('id', '=', letterId).executeTakeFirst();
      if (!row?.campaign_id) return null;
      const stats = await db
        .selectFrom('letters')
        .select((eb) => [eb.fn.countAll<number>().as('size'), eb.fn.min('received_at').as('first_seen'), eb.fn.max('received_at').as('last_seen')])
        .where('campaign_id', '=', row.campaign_id)
        .executeTakeFirstOrThrow();
      const cats = await db.selectFrom('letters').select(['category', (eb) => eb.fn.countAll<number>().as('n')]).where('campaign_id', '=', row.campaign_id).groupBy('category').execute();
      return { id: row.campaign_id, size: Number(stats.size), first_seen: stats.first_seen, last_seen: stats.last_seen, categories: Object.fromEntries(cats.map((c) => [c.category ?? 'onbekend', Number(c.n)])) };
    },

    // Campaigns: fingerprints and LSH band keys of letters, and candidate look-up.
    async storeFingerprint(trx: Kysely<DB>, letterId: string, signature: number[], bandKeys: number[]): Promise<void> {
      await trx.insertInto('letter_fingerprints').values({ letter_id: letterId, signature: JSON.stringify(signature) }).onConflict((oc) => oc.column('letter_id').doNothing()).execute();
      await trx.insertInto('letter_bands').values(bandKeys.map((key, band) => ({ band, key, letter_id: letterId }))).onConflict((oc) => oc.doNothing()).execute();
    },
    candidates(trx: Kysely<DB>, letterId: string, bandKeys: number[]) {
      return trx
        .selectFrom('letter_bands as b')
        .innerJoin('letter_fingerprints as f', 'f.letter_id', 'b.letter_id')
        .innerJoin('letters as l', 'l.id', 'b.letter_id')
        .select(['b.letter_id', 'f.signature', 'l.campaign_id'])
        .distinct()
        .where('b.letter_id', '!=', letterId)
        .where((eb) => eb.or(bandKeys.map((key, band) => eb.and([eb('b.band', '=', band), eb('b.key', '=', key)]))))
        .limit(500)
        .execute();
    },
    async newCampaign(trx: Kysely<DB>): Promise<number> {
      return (await trx.insertInto('campaigns').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
    },
    async joinCampaign(trx: Kysely<DB>, campaignId: number, letterIds: string[]): Promise<void> {
      await trx.updateTable('letters').set({ campaign_id: campaignId }).where('id', 'in', letterIds).execute();
    },
    async mergeCampaigns(trx: Kysely<DB>, into: number, from: number[]): Promise<void> {
      if (from.length) await trx.updateTable('letters').set({ campaign_id: into }).where('campaign_id', 'in', from).execute();
    },

    // Alerts
    async createAlert(trx: Kysely<DB>, letterId: string): Promise<number | null> {
      const r = await trx.insertInto('alerts').values({ letter_id: letterId, kind: 'bedreiging' }).onConflict((oc) => oc.columns(['letter_id', 'kind']).doNothing()).returning('id').executeTakeFirst();
      return r?.id ?? null;
    },
    openAlerts(userId: number, since: Date) {
      return db
        .selectFrom('alerts as a')
        .innerJoin('letters as l', 'l.id', 'a.letter_id')
        .leftJoin('alert_acks as k', (j) => j.onRef('k.alert_id', '=', 'a.id').on('k.user_id', '=', userId))
        .select(['a.id', 'a.letter_id', 'a.created_at', 'l.subject', 'l.received_at', 'l.department', 'l.status'])
        .where('k.alert_id', 'is', null)
        .where('a.created_at', '>=', since)
        .where('l.status', '!=', 'handled')
        .orderBy('a.id', 'desc')
        .limit(20)
        .execute();
    },
    async ackAlert(alertId: number, userId: number): Promise<boolean> {
      const exists = await db.selectFrom('alerts').select('id').where('id', '=', alertId).executeTakeFirst();
      if (!exists) return false;
      await db.insertInto('alert_acks').values({ alert_id: alertId, user_id: userId }).onConflict((oc) => oc.doNothing()).execute();
      return true;
    },
    alertLetter(letterId: string) {
      return db.selectFrom('letters').select(['id', 'received_at', 'department', 'category', 'threat_flag']).where('id', '=', letterId).executeTakeFirst();
    },
  };
}
export type ReviewRepository = ReturnType<typeof createReviewRepository>;
