import type { Kysely } from 'kysely';
import type { DB, Role, User } from '../db/schema.ts';

/** All SQL of the auth domain: users and sessions. */
export function createAuthRepository(db: Kysely<DB>) {
  return {
    findUserByEmail(email: string): Promise<User | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    },
    findUserById(id: number): Promise<User | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async countUsers(): Promise<number> {
      const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(r.n);
    },
    listUsers() {
      return db
        .selectFrom('users')
        .select(['id', 'email', 'display_name', 'role', 'disabled_at', 'locked_until', 'created_at', 'last_login_at'])
        .orderBy('email')
        .execute();
    },
    insertUser(trx: Kysely<DB>, u: { email: string; role: Role; displayName: string; passwordHash: string; mustChangePassword: boolean }) {
      return trx
        .insertInto('users')
        .values({ email: u.email.toLowerCase(), role: u.role, display_name: u.displayName, password_hash: u.passwordHash, must_change_password: u.mustChangePassword })
        .returning(['id', 'email', 'role'])
        .executeTakeFirstOrThrow();
    },
    async recordFailedLogin(id: number, maxFailed: number, lockMinutes: number): Promise<void> {
      await db
        .updateTable('users')
        .set((eb) => ({
          failed_logins: eb('failed_logins', '+', 1),
          locked_until: eb
            .case()
            .when('failed_logins', '>=', maxFailed - 1)
            .then(new Date(Date.now() + lockMinutes * 60_000))
            .else(eb.ref('locked_until'))
            .end(),
        }))
        .where('id', '=', id)
        .execute();
    },
    async recordSuccessfulLogin(trx: Kysely<DB>, id: number): Promise<void> {
      await trx.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: new Date() }).where('id', '=', id).execute();
    },
    async setPassword(trx: Kysely<DB>, id: number, passwordHash: string): Promise<void> {
      await trx.updateTable('users').set({ password_hash: passwordHash, must_change_password: false }).where('id', '=', id).execute();
    },
    async insertSession(trx: Kysely<DB>, s: { id: string; userId: number; expiresAt: Date; ip: string | null; userAgent: string | null }) {
      await trx.insertInto('sessions').values({ id: s.id, user_id: s.userId, expires_at: s.expiresAt, ip: s.ip, user_agent: s.userAgent }).execute();
    },
    findActiveSession(id: string) {
      return db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(['sessions.id as session_id', 'sessions.expires_at', 'sessions.last_seen_at', 'users.id', 'users.email', 'users.role', 'users.display_name', 'users.must_change_password', 'users.disabled_at'])
        .where('sessions.id', '=', id)
        .where('sessions.expires_at', '>', new Date())
        .executeTakeFirst();
    },
    async touchSession(id: string, expiresAt: Date): Promise<void> {
      await db.updateTable('sessions').set({ last_seen_at: new Date(), expires_at: expiresAt }).where('id', '=', id).execute();
    },
    async deleteSession(trx: Kysely<DB>, id: string): Promise<void> {
      await trx.deleteFrom('sessions').where('id', '=', id).execute();
    },
    async deleteSessionsOfUser(trx: Kysely<DB>, userId: number, exceptId?: string): Promise<void> {
      let q = trx.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptId) q = q.where('id', '!=', exceptId);
      await q.execute();
    },
    async deleteExpiredSessions(): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
    },
  };
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
