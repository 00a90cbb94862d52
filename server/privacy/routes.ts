/**
 * privacy routes: data-subject requests under the AVG (export, erase), for admins only. The
 * sender's details travel in the request body, never in a URL or a log line.
 */
import { Type } from '@sinclair/typebox';
import { BadRequestError } from '../errors.ts';
import type { App } from '../http.ts';
import type { PrivacyService } from './service.ts';

const Subject = {
  email: Type.Optional(Type.String({ maxLength: 320 })),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  postcode: Type.Optional(Type.String({ maxLength: 10 })),
};

export function privacyRoutes(app: App, deps: { privacy: PrivacyService }): void {
  const { privacy } = deps;

  app.post('/api/privacy/subject/export', {
    config: { access: ['admin'] },
    schema: { body: Type.Object(Subject, { additionalProperties: false }) },
  }, async (request, reply) => {
    const doc = await privacy.exportSubject(request.body, request.actor!, request.ip);
    return reply.header('Content-Disposition', 'attachment; filename="postsignaal-inzageverzoek.json"').send(doc);
  });

  app.post('/api/privacy/subject/erase', {
    config: { access: ['admin'] },
    schema: { body: Type.Object({ ...Subject, confirm: Type.Boolean() }, { additionalProperties: false }) },
  }, async (request) => {
    if (!request.body.confirm) throw new BadRequestError('Bevestig dat u de gegevens van deze afzender definitief wilt wissen.');
    const { confirm: _, ...q } = request.body;
    return { erased: await privacy.eraseSubject(q, request.actor!, request.ip) };
  });
}
