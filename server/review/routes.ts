/**
 * review routes: the queue, the actions on a letter, its history and campaign, and threat alerts.
 * Intake staff and admins only; policy officers never see letters.
 */
import { Type } from '@sinclair/typebox';
import type { App } from '../http.ts';
import { CATEGORIES, DEPARTMENTS, TOPICS } from '../taxonomy.ts';
import type { ReviewService } from './service.ts';

const STAFF = ['intake', 'admin'] as const;
const lit = <T extends string>(xs: readonly T[]) => Type.Union(xs.map((x) => Type.Literal(x)));
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Note = Type.Optional(Type.String({ maxLength: 4000 }));

export function reviewRoutes(app: App, deps: { review: ReviewService }): void {
  const { review } = deps;

  app.get('/api/review/queue', {
    config: { access: STAFF },
    schema: {
      querystring: Type.Object({
        view: Type.Optional(lit(['pending', 'reviewed', 'handled', 'all'] as const)),
        department: Type.Optional(lit(DEPARTMENTS)),
        category: Type.Optional(lit(CATEGORIES)),
        from: Type.Optional(Type.String({ format: 'date' })),
        to: Type.Optional(Type.String({ format: 'date' })),
        q: Type.Optional(Type.String({ maxLength: 200 })),
        cursor: Type.Optional(Type.String({ maxLength: 300 })),
        pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
      }),
    },
  }, async (request) => {
    const q = request.query;
    const to = q.to ? new Date(new Date(q.to).getTime() + 86_400_000) : undefined;
    return review.queue(
      { view: q.view ?? 'pending', department: q.department, category: q.category, from: q.from ? new Date(q.from) : undefined, to, q: q.q?.trim() || undefined },
      q.pageSize ?? 25, q.cursor, request.actor!, request.ip,
    );
  });

  app.get('/api/review/letters/:id/context', { config: { access: STAFF }, schema: { params: IdParams } }, async (request) =>
    review.context(request.params.id, request.actor!, request.ip));

  app.post('/api/review/letters/:id/confirm', {
    config: { access: STAFF },
    schema: { params: IdParams, body: Type.Optional(Type.Object({ note: Note }, { additionalProperties: false })) },
  }, async (request) => review.confirm(request.params.id, request.actor!, request.ip, request.body?.note));

  app.post('/api/review/letters/:id/correct', {
    config: { access: STAFF },
    schema: {
      params: IdParams,
      body: Type.Object({
        category: Type.Optional(lit(CATEGORIES)),
        anti_institutioneel: Type.Optional(Type.Boolean()),
        zorgsignaal: Type.Optional(Type.Boolean()),
        topic: Type.Optional(lit(TOPICS)),
        department: Type.Optional(lit(DEPARTMENTS)),
        cc: Type.Optional(Type.Array(lit(DEPARTMENTS), { maxItems: 10, uniqueItems: true })),
        note: Note,
      }, { additionalProperties: false }),
    },
  }, async (request) => review.correct(request.params.id, request.body, request.actor!, request.ip));

  app.post('/api/review/letters/:id/notes', {
    config: { access: STAFF },
    schema: { params: IdParams, body: Type.Object({ note: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false }) },
  }, async (request, reply) => reply.code(201).send(await review.note(request.params.id, request.body.note, request.actor!, request.ip)));

  app.post('/api/review/letters/:id/handled', {
    config: { access: STAFF },
    schema: { params: IdParams, body: Type.Optional(Type.Object({ note: Note }, { additionalProperties: false })) },
  }, async (request) => review.handled(request.params.id, request.actor!, request.ip, request.body?.note));

  app.post('/api/review/letters/:id/reopen', { config: { access: STAFF }, schema: { params: IdParams } }, async (request) =>
    review.reopen(request.params.id, request.actor!, request.ip));

  app.get('/api/review/alerts', { config: { access: STAFF } }, async (request) => ({ alerts: await review.openAlerts(request.actor!) }));

  app.post('/api/review/alerts/:id/ack', {
    config: { access: STAFF },
    schema: { params: Type.Object({ id: Type.Integer({ minimum: 1 }) }) },
  }, async (request, reply) => {
    await review.ackAlert(request.params.id, request.actor!, request.ip);
    return reply.code(204).send(null);
  });
}
