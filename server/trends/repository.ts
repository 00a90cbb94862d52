/**
 * trends (repository): all SQL of the trends domain (the rollup refresh itself is the SQL function
 * ps_rollup_refresh, migrations/20261123_0008_rollup_refresh.sql). Reads only the rollup tables
 * (counts per week) and, for campaigns, the label columns of letters; never text or sender fields.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TrendFilters } from './types.ts';

/** One rollup refresh at a time across processes (servers and workers on one database). */
const REFRESH_LOCK = 72_611_23;

const weekText = sql<string>`to_char(week, 'YYYY-MM-DD')`;

export interface VolumeRow { week: string; category: string; received: number; anti: number; zorg: number; threat: number }
export interface DepartmentRow { department: string; received: number; handled: number }
export interface CellRow { category: string; department: string; anti: boolean; zorg: boolean; threat: boolean; received: number; handled: number }
export interface BucketRow { department: string; bucket: number; handled: number }
export interface SeriesRow { week: string; key: string; received: number }
export interface AreaRow { area: string; received: number; anti: number; zorg: number }
export interface CampaignSummaryRow { id: number; size: number; total: number; first_seen: string; last_seen: string }
export interface CampaignCellRow { id: number; key: string; n: number }

export function createTrendsRepository(db: Kysely<DB>) {
  function filtered<O>(q: SelectQueryBuilder<DB, 'rollup_weekly', O>, f: TrendFilters, from = f.from) {
    let r = q.where('week', '>=', from).where('week', '<=', f.to);
    if (f.department) r = r.where('department', '=', f.department);
    if (f.channel) r = r.where('channel', '=', f.channel);
    if (f.topic) r = r.where('topic', '=', f.topic);
    return r;
  }

  return {
    /**
     * Recomputes the rollups of every week marked dirty by the letters triggers; returns how many
     * weeks. The SQL is the function ps_rollup_refresh (migration 0008): one round trip, one pass
     * over the dirty weeks' letters. When another process is refreshing right now it returns 0 at
     * once: this read answers from the rollups as they are rather than queue behind it.
     */
    async refresh(): Promise<number> {
      const r = await sql<{ weeks: number }>`SELECT ps_rollup_refresh(${REFRESH_LOCK}::bigint) AS weeks`.execute(db);
      return r.rows[0]?.weeks ?? 0;
    },

    /** Marks every week with letters dirty (after bulk loads that bypass nothing, or to rebuild). */
    async markAllDirty(): Promise<void> {
      await sql`INSERT INTO rollup_dirty (week) SELECT DISTINCT ps_week(received_at) FROM letters`.execute(db);
    },

    /** First week with any letter (the start of the history a spike test may use). */
    async firstWeek(): Promise<string | null> {
      const r = await db.selectFrom('rollup_weekly').select(sql<string | null>`to_char(min(week), 'YYYY-MM-DD')`.as('w')).executeTakeFirst();
      return r?.w ?? null;
    },

    volume(f: TrendFilters): Promise<VolumeRow[]> {
      return filtered(db.selectFrom('rollup_weekly'), f)
        .select([
          weekText.as('week'), 'category',
          sql<number>`sum(received)::int`.as('received'),
          sql<number>`(sum(received) FILTER (WHERE anti))::int`.as('anti'),
          sql<number>`(sum(received) FILTER (WHERE zorg))::int`.as('zorg'),
          sql<number>`(sum(received) FILTER (WHERE threat))::int`.as('threat'),
        ])
        .groupBy(['week', 'category'])
        .execute() as Promise<VolumeRow[]>;
    },

    /** Letters per category × department × signals over the range (the weekly export's CSV). */
    cells(f: TrendFilters): Promise<CellRow[]> {
      return filtered(db.selectFrom('rollup_weekly'), f)
        .select(['category', 'department', 'anti', 'zorg', 'threat', sql<number>`sum(received)::int`.as('received'), sql<number>`sum(handled)::int`.as('handled')])
        .groupBy(['category', 'department', 'anti', 'zorg', 'threat'])
        .orderBy('category').orderBy('department').orderBy('anti').orderBy('zorg').orderBy('threat')
        .execute();
    },

    departments(f: TrendFilters): Promise<DepartmentRow[]> {
      return filtered(db.selectFrom('rollup_weekly'), f)
        .select(['department', sql<number>`sum(received)::int`.as('received'), sql<number>`sum(handled)::int`.as('handled')])
        .groupBy('department')
        .execute();
    },

    async handlingBuckets(f: TrendFilters): Promise<BucketRow[]> {
      let q = db.selectFrom('rollup_handling').where('week', '>=', f.from).where('week', '<=', f.to);
      if (f.department) q = q.where('department', '=', f.department);
      if (f.channel) q = q.where('channel', '=', f.channel);
      if (f.topic) q = q.where('topic', '=', f.topic);
      return q.select(['department', 'bucket', sql<number>`sum(handled)::int`.as('handled')]).groupBy(['department', 'bucket']).execute();
    },

    /** Letters per week per category or department, from `from` (may lie before the range, for baselines). */
    series(f: TrendFilters, dimension: 'category' | 'department', from: string): Promise<SeriesRow[]> {
      return filtered(db.selectFrom('rollup_weekly'), f, from)
        .select([weekText.as('week'), sql<string>`${sql.ref(dimension)}`.as('key'), sql<number>`sum(received)::int`.as('received')])
        .groupBy(['week', dimension])
        .execute();
    },

    areas(f: Pick<TrendFilters, 'from' | 'to'>): Promise<AreaRow[]> {
      return db.selectFrom('rollup_area')
        .where('week', '>=', f.from).where('week', '<=', f.to)
        .select([
          'area', sql<number>`sum(received)::int`.as('received'),
          sql<number>`(sum(received) FILTER (WHERE anti))::int`.as('anti'),
          sql<number>`(sum(received) FILTER (WHERE zorg))::int`.as('zorg'),
        ])
        .groupBy('area')
        .execute();
    },

    /** Campaigns with at least `min` letters in the range (from the campaign rollup), the largest first. */
    async campaigns(f: TrendFilters, min: number, limit: number) {
      let q = db.selectFrom('rollup_campaign').where('week', '>=', f.from).where('week', '<=', f.to);
      if (f.department) q = q.where('department', '=', f.department);
      if (f.channel) q = q.where('channel', '=', f.channel);
      if (f.topic) q = q.where('topic', '=', f.topic);
      const inRange = await q
        .select(['campaign_id as id', sql<number>`sum(received)::int`.as('size')])
        .groupBy('campaign_id').having(sql`sum(received)`, '>=', min)
        .orderBy('size', 'desc').orderBy('campaign_id').limit(limit)
        .execute();
      if (inRange.length === 0) return { summary: [] as CampaignSummaryRow[], categories: [] as CampaignCellRow[], weeks: [] as CampaignCellRow[] };
      const ids = inRange.map((r) => r.id);
      const overall = await db.selectFrom('rollup_campaign').where('campaign_id', 'in', ids)
        .select([
          'campaign_id as id', sql<number>`sum(received)::int`.as('total'),
          sql<string>`to_char(min(first_at) AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('first_seen'),
          sql<string>`to_char(max(last_at) AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('last_seen'),
        ])
        .groupBy('campaign_id').execute();
      const cells = (key: 'category' | 'week') => q.where('campaign_id', 'in', ids)
        .select(['campaign_id as id', (key === 'week' ? weekText : sql<string>`category`).as('key'), sql<number>`sum(received)::int`.as('n')])
        .groupBy(['campaign_id', key]).execute();
      const [categories, weeks] = await Promise.all([cells('category'), cells('week')]);
      const summary: CampaignSummaryRow[] = inRange.map((r) => {
        const o = overall.find((x) => x.id === r.id)!;
        return { id: r.id, size: r.size, total: o.total, first_seen: o.first_seen, last_seen: o.last_seen };
      });
      return { summary, categories, weeks };
    },
  };
}
export type TrendsRepository = ReturnType<typeof createTrendsRepository>;
