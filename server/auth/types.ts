import type { Role } from '../db/schema.ts';

export type { Role };
export const ROLES: readonly Role[] = ['intake', 'policy', 'admin'] as const;

/** The signed-in person as the rest of the server sees it. */
export interface Actor {
  id: number;
  email: string;
  role: Role;
  displayName: string;
  mustChangePassword: boolean;
}

/** Who is allowed on a route: roles, or 'public' (no session needed). */
export type RouteAccess = readonly Role[] | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route must declare this; app.ts refuses to start otherwise. */
    access?: RouteAccess;
    /** Allowed while the user still has to change a one-time password. */
    allowWithPendingPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
  interface FastifyInstance {
    /** Every /api route with the roles it admits (collected by the guard; the role-matrix test walks it). */
    accessTable: { method: string; url: string; access: RouteAccess }[];
  }
}
