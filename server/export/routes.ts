/**
 * export routes: the stored weekly reports (list, download as PDF or CSV) and making one for a
 * chosen week. Policy officers and admins only; every download and run is audited.
 */
import { Type } from '@sinclair/typebox';
import { BadRequestError } from '../errors.ts';
import type { App } from '../http.ts';
import { POLICY } from '../trends/routes.ts';
import { mondayOfIsoWeek } from '../trends/weeks.ts';
import { lastCompleteWeek, type ExportService } from './service.ts';

export function exportRoutes(app: App, deps: { exports: ExportService }): void {
  const { exports } = deps;

  app.get('/api/exports', { config: { access: POLICY } }, async () => ({ exports: await exports.list() }));

  app.post('/api/exports', {
    config: { access: POLICY },
    schema: { body: Type.Object({ week: Type.Optional(Type.String({ maxLength: 10 })) }, { additionalProperties: false }) },
  }, async (request, reply) => {
    const label = request.body.week;
    const monday = label ? mondayOfIsoWeek(label) : lastCompleteWeek();
    if (!monday) throw new BadRequestError(`"${label}" is geen ISO-week. Schrijf de week als jaar-W-weeknummer, bijvoorbeeld 2026-W47.`);
    if (monday > lastCompleteWeek()) throw new BadRequestError('Die week is nog niet voorbij. Kies de vorige week of een eerdere.');
    const e = await exports.generate(monday, 'manual', request.actor!, request.ip);
    return reply.code(201).send({ id: e.id, week: e.week, figures_sha256: e.figuresSha256 });
  });

  app.get('/api/exports/:id/:kind', {
    config: { access: POLICY },
    schema: { params: Type.Object({ id: Type.Integer({ minimum: 1 }), kind: Type.Union([Type.Literal('pdf'), Type.Literal('csv')]) }) },
  }, async (request, reply) => {
    const f = await exports.file(request.params.id, request.params.kind, request.actor!, request.ip);
    return reply
      .type(request.params.kind === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${f.filename}"`)
      .header('Digest', `sha-256=${Buffer.from(f.sha256, 'hex').toString('base64')}`)
      .send(f.content);
  });
}
