/**
 * trends routes: the policy dashboard's figures, for policy officers and admins only. Every view
 * answers JSON or, with ?format=csv, the same numbers as CSV. Reads are audited (who looked at
 * which view with which filters); nothing here returns letter text or sender data.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { writeAudit } from '../auth/audit.ts';
import type { DB } from '../db/schema.ts';
import { BadRequestError } from '../errors.ts';
import type { App } from '../http.ts';
import { CHANNELS, DEPARTMENTS, TOPICS } from '../taxonomy.ts';
import { areasCsv, campaignsCsv, departmentsCsv, spikesCsv, volumeCsv } from './csv.ts';
import type { TrendsService } from './service.ts';
import type { TrendFilters } from './types.ts';
import { addWeeks, mondayOf, todayInNl, weeksBetween } from './weeks.ts';

export const POLICY = ['policy', 'admin'] as const;
const lit = <T extends string>(xs: readonly T[]) => Type.Union(xs.map((x) => Type.Literal(x)));
const MAX_WEEKS = 261;

const Query = Type.Object({
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  department: Type.Optional(lit(DEPARTMENTS)),
  channel: Type.Optional(lit(CHANNELS)),
  topic: Type.Optional(lit(TOPICS)),
  format: Type.Optional(lit(['json', 'csv'] as const)),
});
type Query = Static<typeof Query>;

/** The range as whole ISO weeks; default the last 12 weeks up to and including this one. */
export function parseFilters(q: Query, today = todayInNl()): TrendFilters {
  const to = mondayOf(q.to ?? today);
  const from = mondayOf(q.from ?? addWeeks(to, -11));
  if (from > to) throw new BadRequestError('De begindatum ligt na de einddatum. Kies een begindatum die eerder is dan de einddatum.');
  if (weeksBetween(from, to).length > MAX_WEEKS) throw new BadRequestError('Kies een periode van hoogstens vijf jaar.');
  return { from, to, department: q.department, channel: q.channel, topic: q.topic };
}

export function trendsRoutes(app: App, deps: { trends: TrendsService; db: Kysely<DB> }): void {
  const { trends, db } = deps;

  function view<T>(name: string, compute: (f: TrendFilters) => Promise<T>, csv: (data: T) => string) {
    app.get(`/api/trends/${name}`, { config: { access: POLICY }, schema: { querystring: Query } }, async (request, reply) => {
      const f = parseFilters(request.query);
      await trends.refresh();
      const data = await compute(f);
      await writeAudit(db, { actor: request.actor, action: 'trends.read', entityType: 'trends', entityId: name, details: { ...f, format: request.query.format ?? 'json' }, ip: request.ip });
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="postsignaal-${name}-${f.from}-${f.to}.csv"`)
          .send(csv(data));
      }
      return { range: { from: f.from, to: f.to }, filters: { department: f.department ?? null, channel: f.channel ?? null, topic: f.topic ?? null }, data };
    });
  }

  view('volume', (f) => trends.volume(f), (d) => volumeCsv(d.weeks));
  view('departments', (f) => trends.departments(f), departmentsCsv);
  view('spikes', (f) => trends.spikes(f), spikesCsv);
  view('campaigns', (f) => trends.campaigns(f), campaignsCsv);
  view('areas', (f) => trends.areas(f), areasCsv);
}
