import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { ForbiddenError, UnauthorizedError, AppError } from '../errors.ts';
import { SESSION_COOKIE, type App } from '../http.ts';
import type { AuthService } from './service.ts';

/**
 * Role guard: every /api route declares `config.access` (roles or 'public'); a route without it
 * makes the server refuse to start. The session cookie is resolved once per request.
 */
export function registerAuthGuard(app: App, auth: AuthService, config: Config): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && route.config?.access === undefined) {
      throw new Error(`Route ${route.method} ${route.url} declares no access roles`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await auth.authenticate(token);
      if (found) {
        request.actor = found.actor;
        request.sessionId = found.sessionId;
      } else {
        reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
      }
    }
    if (access === 'public') return;
    if (!request.actor) throw new UnauthorizedError();
    if (!access.includes(request.actor.role)) throw new ForbiddenError();
    if (request.actor.mustChangePassword && !request.routeOptions.config.allowWithPendingPasswordChange) {
      throw new AppError(403, 'password_change_required', 'Wijzig eerst uw eenmalige wachtwoord.');
    }
  });
}

export function cookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: config.cookieSecure };
}
