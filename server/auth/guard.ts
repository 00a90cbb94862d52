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
  const table: App['accessTable'] = [];
  app.decorate('accessTable', table);
  const ownOrigin = new URL(config.publicUrl).origin;

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (route.config?.access === undefined) throw new Error(`Route ${route.method} ${route.url} declares no access roles`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access: route.config.access });
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined) return;
    if (UNSAFE_METHODS.has(request.method)) checkSameOrigin(request, ownOrigin);
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

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence on every state-changing /api request, on top of the SameSite=Strict cookie: a
 * browser request made by another site says so in Sec-Fetch-Site and Origin, and is refused.
 * Requests without these headers (scripts, curl) carry no victim's cookie and pass.
 */
function checkSameOrigin(request: FastifyRequest, ownOrigin: string): void {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  let foreign = site !== undefined && site !== 'same-origin' && site !== 'none';
  if (!foreign && origin !== undefined) {
    try {
      const o = new URL(origin);
      foreign = o.host !== request.headers.host && o.origin !== ownOrigin;
    } catch {
      foreign = true; // "null" or garbage
    }
  }
  if (foreign) throw new AppError(403, 'csrf', 'Dit verzoek kwam niet van Postsignaal zelf en is daarom geweigerd. Open Postsignaal opnieuw en probeer het nog eens.');
}

export function cookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: config.cookieSecure };
}
