import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB, Role } from '../db/schema.ts';
import { BadRequestError, ConflictError, TooManyRequestsError, UnauthorizedError } from '../errors.ts';
import { writeAudit } from './audit.ts';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import type { AuthRepository } from './repository.ts';
import { ROLES, type Actor } from './types.ts';

export function sessionIdFromToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$|^[^@\s]+@[^@\s]+$/;

export function createAuthService(deps: { db: Kysely<DB>; repo: AuthRepository; config: Config }) {
  const { db, repo, config } = deps;
  // A hash to verify against when the e-mail is unknown, so timing does not reveal accounts.
  const dummyHash = hashPassword(crypto.randomBytes(16).toString('hex'));

  async function createUser(input: { email: string; role: Role; password?: string; displayName?: string; mustChangePassword?: boolean; actor?: Actor | null }) {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL_RE.test(email)) throw new BadRequestError(`"${input.email}" is geen geldig e-mailadres.`);
    if (!ROLES.includes(input.role)) throw new BadRequestError(`Onbekende rol "${input.role}". Kies uit: ${ROLES.join(', ')}.`);
    const generated = input.password === undefined;
    const password = input.password ?? generatePassword();
    const problem = passwordProblem(password);
    if (problem) throw new BadRequestError(problem);
    if (await repo.findUserByEmail(email)) throw new ConflictError(`Er bestaat al een gebruiker met e-mailadres ${email}.`);
    const passwordHash = await hashPassword(password);
    const user = await db.transaction().execute(async (trx) => {
      const u = await repo.insertUser(trx, { email, role: input.role, displayName: input.displayName ?? '', passwordHash, mustChangePassword: input.mustChangePassword ?? generated });
      await writeAudit(trx, { actor: input.actor ?? null, action: 'user.create', entityType: 'user', entityId: String(u.id), details: { email, role: input.role } });
      return u;
    });
    return { user, password: generated ? password : undefined };
  }

  return {
    createUser,

    /** On an empty database: one admin with a one-time password (printed by the caller). */
    async ensureInitialAdmin(): Promise<{ email: string; password: string } | null> {
      if ((await repo.countUsers()) > 0) return null;
      const { user, password } = await createUser({ email: config.initialAdminEmail, role: 'admin', displayName: 'Beheerder', mustChangePassword: true });
      return { email: user.email, password: password! };
    },

    async login(email: string, password: string, meta: { ip: string | null; userAgent: string | null }) {
      const user = await repo.findUserByEmail(email.trim());
      if (!user || user.disabled_at) {
        await verifyPassword(await dummyHash, password);
        throw new UnauthorizedError('E-mailadres of wachtwoord is onjuist.');
      }
      if (user.locked_until && user.locked_until > new Date()) {
        const minutes = Math.ceil((user.locked_until.getTime() - Date.now()) / 60_000);
        throw new TooManyRequestsError(`Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over ${minutes} minuten opnieuw of vraag de beheerder om hulp.`);
      }
      if (!(await verifyPassword(user.password_hash, password))) {
        await repo.recordFailedLogin(user.id, config.maxFailedLogins, config.lockMinutes);
        await writeAudit(db, { actor: null, action: 'auth.login_failed', entityType: 'user', entityId: String(user.id), ip: meta.ip });
        throw new UnauthorizedError('E-mailadres of wachtwoord is onjuist.');
      }
      const token = crypto.randomBytes(32).toString('base64url');
      const sessionId = sessionIdFromToken(token);
      const actor: Actor = { id: user.id, email: user.email, role: user.role, displayName: user.display_name, mustChangePassword: user.must_change_password };
      await db.transaction().execute(async (trx) => {
        await repo.recordSuccessfulLogin(trx, user.id);
        await repo.insertSession(trx, { id: sessionId, userId: user.id, expiresAt: new Date(Date.now() + config.sessionTtlMinutes * 60_000), ip: meta.ip, userAgent: meta.userAgent });
        await writeAudit(trx, { actor, action: 'auth.login', entityType: 'user', entityId: String(user.id), ip: meta.ip });
      });
      return { token, actor };
    },

    /** Resolves a cookie token to the signed-in person; extends the session while it is used. */
    async authenticate(token: string): Promise<{ actor: Actor; sessionId: string } | null> {
      const sessionId = sessionIdFromToken(token);
      const row = await repo.findActiveSession(sessionId);
      if (!row || row.disabled_at) return null;
      // Sliding expiry, written at most once a minute.
      if (Date.now() - row.last_seen_at.getTime() > 60_000) {
        await repo.touchSession(sessionId, new Date(Date.now() + config.sessionTtlMinutes * 60_000));
      }
      return {
        sessionId,
        actor: { id: row.id, email: row.email, role: row.role, displayName: row.display_name, mustChangePassword: row.must_change_password },
      };
    },

    async logout(sessionId: string, actor: Actor, ip: string | null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await repo.deleteSession(trx, sessionId);
        await writeAudit(trx, { actor, action: 'auth.logout', entityType: 'user', entityId: String(actor.id), ip });
      });
    },

    /** Ends one session without an audit entry of its own (used when the same browser signs in again). */
    async endSession(sessionId: string): Promise<void> {
      await db.transaction().execute((trx) => repo.deleteSession(trx, sessionId));
    },

    async changePassword(actor: Actor, sessionId: string, currentPassword: string, newPassword: string, ip: string | null): Promise<void> {
      const user = await repo.findUserById(actor.id);
      if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
        throw new BadRequestError('Het huidige wachtwoord klopt niet.');
      }
      const problem = passwordProblem(newPassword);
      if (problem) throw new BadRequestError(problem);
      if (newPassword === currentPassword) throw new BadRequestError('Kies een ander wachtwoord dan het huidige.');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        await repo.setPassword(trx, actor.id, passwordHash);
        await repo.deleteSessionsOfUser(trx, actor.id, sessionId);
        await writeAudit(trx, { actor, action: 'auth.password_changed', entityType: 'user', entityId: String(actor.id), ip });
      });
    },

    listUsers: () => repo.listUsers(),
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
