/**
 * auth: sign-in, sign-out, password change, the current user, and user management for admins.
 */
import { Type } from '@sinclair/typebox';
import type { Config } from '../config.ts';
import { SESSION_COOKIE, type App } from '../http.ts';
import { cookieOptions } from './guard.ts';
import type { AuthService } from './service.ts';
import { ROLES, type Actor } from './types.ts';

const ActorSchema = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  role: Type.Union(ROLES.map((r) => Type.Literal(r))),
  displayName: Type.String(),
  mustChangePassword: Type.Boolean(),
});
const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
const ALL = ROLES;

function actorOut(a: Actor) {
  return { id: a.id, email: a.email, role: a.role, displayName: a.displayName, mustChangePassword: a.mustChangePassword };
}

export function authRoutes(app: App, deps: { auth: AuthService; config: Config }): void {
  const { auth, config } = deps;

  app.post('/api/auth/login', {
    config: { access: 'public', rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    schema: {
      body: Type.Object({ email: Type.String({ minLength: 1, maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 256 }) }),
      response: { 200: Type.Object({ user: ActorSchema }) },
    },
  }, async (request, reply) => {
    const { token, actor } = await auth.login(request.body.email, request.body.password, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
    // A new session on every sign-in; a session this browser already had ends (no fixation, no reuse).
    if (request.sessionId) await auth.endSession(request.sessionId);
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(config), maxAge: config.sessionTtlMinutes * 60 });
    return { user: actorOut(actor) };
  });

  app.post('/api/auth/logout', {
    config: { access: ALL, allowWithPendingPasswordChange: true },
    schema: { response: { 204: Type.Null() } },
  }, async (request, reply) => {
    await auth.logout(request.sessionId!, request.actor!, request.ip);
    reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
    return reply.code(204).send(null);
  });

  app.get('/api/auth/me', {
    config: { access: ALL, allowWithPendingPasswordChange: true },
    schema: { response: { 200: Type.Object({ user: ActorSchema }) } },
  }, async (request) => ({ user: actorOut(request.actor!) }));

  app.post('/api/auth/password', {
    config: { access: ALL, allowWithPendingPasswordChange: true, rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    schema: {
      body: Type.Object({ currentPassword: Type.String({ maxLength: 256 }), newPassword: Type.String({ maxLength: 256 }) }),
      response: { 204: Type.Null() },
    },
  }, async (request, reply) => {
    await auth.changePassword(request.actor!, request.sessionId!, request.body.currentPassword, request.body.newPassword, request.ip);
    return reply.code(204).send(null);
  });

  app.get('/api/users', {
    config: { access: ['admin'] },
  }, async () => {
    const users = await auth.listUsers();
    return { users };
  });

  app.post('/api/users', {
    config: { access: ['admin'] },
    schema: {
      body: Type.Object({
        email: Type.String({ minLength: 3, maxLength: 320 }),
        role: RoleSchema,
        displayName: Type.Optional(Type.String({ maxLength: 200 })),
        password: Type.Optional(Type.String({ maxLength: 256 })),
      }),
    },
  }, async (request, reply) => {
    const { user, password } = await auth.createUser({ ...request.body, actor: request.actor });
    return reply.code(201).send({ user, oneTimePassword: password ?? null });
  });
}
