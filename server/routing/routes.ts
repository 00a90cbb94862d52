/**
 * routing: the admin's editable routing rules. Everyone who handles letters may read the active
 * rules and try them out (preview); only admins save new versions, read old ones and re-route.
 * Policy officers have no business here.
 */
import { Type } from '@sinclair/typebox';
import type { App } from '../http.ts';
import { CATEGORIES, TOPICS } from '../taxonomy.ts';
import type { RoutingService } from './service.ts';

const READERS = ['intake', 'admin'] as const;
const ADMINS = ['admin'] as const;

const VersionInfo = Type.Object({
  version: Type.Integer(),
  note: Type.String(),
  created_at: Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' }),
  created_by_email: Type.Union([Type.String(), Type.Null()]),
});
/** The rule set travels as-is: it was validated when stored (see validate.ts). */
const VersionWithRules = Type.Composite([VersionInfo, Type.Object({ ruleset: Type.Unknown() })]);

const Labels = {
  category: Type.Union(CATEGORIES.map((c) => Type.Literal(c))),
  topic: Type.Union(TOPICS.map((t) => Type.Literal(t))),
  anti_institutioneel: Type.Boolean(),
  zorgsignaal: Type.Boolean(),
};

export function routingRoutes(app: App, deps: { routing: RoutingService }): void {
  const { routing } = deps;

  app.get('/api/routing/rules', {
    config: { access: READERS },
    schema: { response: { 200: VersionWithRules } },
  }, async () => routing.activeDetails());

  app.put('/api/routing/rules', {
    config: { access: ADMINS },
    schema: {
      // The rule set is checked by validateRuleSet, which reports every problem in Dutch (400, details.errors).
      body: Type.Object({
        baseVersion: Type.Integer({ minimum: 1 }),
        ruleset: Type.Unknown(),
        note: Type.String({ maxLength: 1000, default: '' }),
      }, { additionalProperties: false }),
      response: { 200: VersionWithRules },
    },
  }, async (request) => routing.saveRules(request.body, request.actor!, request.ip));

  app.get('/api/routing/versions', {
    config: { access: ADMINS },
    schema: { response: { 200: Type.Object({ versions: Type.Array(Type.Composite([VersionInfo, Type.Object({ active: Type.Boolean() })])) }) } },
  }, async () => ({ versions: await routing.listVersions() }));

  app.get('/api/routing/versions/:version', {
    config: { access: ADMINS },
    schema: { params: Type.Object({ version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }), response: { 200: VersionWithRules } },
  }, async (request) => routing.getVersion(request.params.version));

  app.post('/api/routing/reroute', {
    config: { access: ADMINS },
    schema: { response: { 200: Type.Object({ checked: Type.Integer(), changed: Type.Integer(), ruleVersion: Type.Integer() }) } },
  }, async (request) => routing.reroute(request.actor!, request.ip));

  app.post('/api/routing/preview', {
    config: { access: READERS },
    schema: {
      body: Type.Object({ ...Labels, ruleset: Type.Optional(Type.Unknown()) }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          department: Type.String(),
          cc: Type.Array(Type.String()),
          ruleKey: Type.String(),
          ccRuleKeys: Type.Array(Type.String()),
          ruleVersion: Type.Union([Type.Integer(), Type.Null()]),
        }),
      },
    },
  }, async (request) => {
    const { ruleset, ...labels } = request.body;
    return routing.preview(labels, ruleset);
  });
}
