import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ maxFailedLogins: 3, lockMinutes: 15 });
});
afterAll(async () => s?.close());

const login = (email: string, password: string) =>
  fetch(`${s.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });

describe('health and headers', () => {
  it('answers health once migrations ran, with security headers', async () => {
    const res = await fetch(`${s.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-ratelimit-limit')).not.toBeNull();
  });
});

describe('sessions', () => {
  it('sets an httpOnly SameSite=Strict cookie on login, and logout ends the session', async () => {
    await s.services.auth.createUser({ email: 'Marije@Gemeente.nl', role: 'intake', password: 'een-goed-wachtwoord', mustChangePassword: false });
    const res = await login('marije@gemeente.nl', 'een-goed-wachtwoord');
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/ps_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0]!;
    const me = await fetch(`${s.baseUrl}/api/auth/me`, { headers: { cookie } });
    expect(((await me.json()) as { user: { email: string; role: string } }).user).toMatchObject({ email: 'marije@gemeente.nl', role: 'intake' });
    const out = await fetch(`${s.baseUrl}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(204);
    const after = await fetch(`${s.baseUrl}/api/auth/me`, { headers: { cookie } });
    expect(after.status).toBe(401);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const a = await login('niemand@gemeente.nl', 'wat-dan-ook-123');
    const b = await login('marije@gemeente.nl', 'fout-wachtwoord-123');
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(await a.json()).toEqual(await b.json());
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    await s.services.auth.createUser({ email: 'slot@gemeente.nl', role: 'policy', password: 'juiste-wachtwoord', mustChangePassword: false });
    for (let i = 0; i < 3; i++) expect((await login('slot@gemeente.nl', `fout-${i}-xxxxxxxx`)).status).toBe(401);
    const locked = await login('slot@gemeente.nl', 'juiste-wachtwoord');
    expect(locked.status).toBe(429);
    expect(((await locked.json()) as { message: string }).message).toMatch(/tijdelijk geblokkeerd/);
  });

  it('requires a one-time password to be changed before anything else', async () => {
    const { password } = await s.services.auth.createUser({ email: 'nieuw@gemeente.nl', role: 'intake' });
    expect(password).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    const res = await login('nieuw@gemeente.nl', password!);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const blocked = await fetch(`${s.baseUrl}/api/letters`, { headers: { cookie } });
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as { error: string }).error).toBe('password_change_required');
    const weak = await fetch(`${s.baseUrl}/api/auth/password`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ currentPassword: password, newPassword: 'kort' }) });
    expect(weak.status).toBe(400);
    const ok = await fetch(`${s.baseUrl}/api/auth/password`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ currentPassword: password, newPassword: 'mijn-eigen-wachtwoord' }) });
    expect(ok.status).toBe(204);
    expect((await fetch(`${s.baseUrl}/api/letters`, { headers: { cookie } })).status).toBe(200);
  });

  it('creates the first admin only on an empty database', async () => {
    expect(await s.services.auth.ensureInitialAdmin()).toBeNull();
  });
});

describe('roles', () => {
  it('keeps letters from anonymous callers and policy officers, and audits every read', async () => {
    const intake = await s.userSession('intake');
    const policy = await s.userSession('policy');
    const created = await fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie: intake.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Ik wil graag een afspraak voor een nieuw paspoort.', sender_name: 'P. Visser' }) });
    const { id } = (await created.json()) as { id: string };

    expect((await fetch(`${s.baseUrl}/api/letters/${id}`)).status).toBe(401);
    for (const url of [`/api/letters/${id}`, '/api/letters', `/api/letters/${id}/files/1`]) {
      const res = await fetch(`${s.baseUrl}${url}`, { headers: { cookie: policy.cookie } });
      expect(res.status, url).toBe(403);
      expect(await res.text()).not.toContain('paspoort');
    }
    const upload = await fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie: policy.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'x' }) });
    expect(upload.status).toBe(403);

    for (let i = 0; i < 2; i++) expect((await fetch(`${s.baseUrl}/api/letters/${id}`, { headers: { cookie: intake.cookie } })).status).toBe(200);
    const reads = await s.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'letter.read').where('entity_id', '=', id).execute();
    expect(reads).toHaveLength(2);
    expect(reads[0]!.user_email).toBe(intake.email);
    const create = await s.database.db.selectFrom('audit_log').select('user_email').where('action', '=', 'letter.create').where('entity_id', '=', id).executeTakeFirstOrThrow();
    expect(create.user_email).toBe(intake.email);
  });

  it('lets only admins manage users', async () => {
    const intake = await s.userSession('intake');
    const admin = await s.userSession('admin');
    const body = JSON.stringify({ email: 'beleid@gemeente.nl', role: 'policy' });
    expect((await fetch(`${s.baseUrl}/api/users`, { method: 'POST', headers: { cookie: intake.cookie, 'content-type': 'application/json' }, body })).status).toBe(403);
    const res = await fetch(`${s.baseUrl}/api/users`, { method: 'POST', headers: { cookie: admin.cookie, 'content-type': 'application/json' }, body });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { oneTimePassword: string }).oneTimePassword).toBeTruthy();
    const dup = await fetch(`${s.baseUrl}/api/users`, { method: 'POST', headers: { cookie: admin.cookie, 'content-type': 'application/json' }, body });
    expect(dup.status).toBe(409);
  });

  it('keeps the audit log append-only', async () => {
    await expect(s.database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(s.database.db.updateTable('audit_log').set({ action: 'x' }).execute()).rejects.toThrow(/append-only/);
  });

  it('declares access on every API route', () => {
    const routes = s.app.printRoutes({ commonPrefix: false });
    expect(routes).toContain('/api/letters');
    // buildApp throws at registration for an /api route without access; reaching here proves all declare it.
  });
});
