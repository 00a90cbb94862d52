/**
 * Security on the real server: every /api route × every role × anonymous (the guard's own table
 * of routes, so a new route cannot escape the matrix), CSRF refusal of cross-site requests, a
 * fresh session on every sign-in (no fixation), and downloads never served inline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import type { Role } from '../../server/db/schema.ts';

const ROLES: Role[] = ['intake', 'policy', 'admin'];
const UUID = '00000000-0000-4000-8000-000000000000';
/** Side effects we do not trigger from a matrix: they are covered by their own tests. */
const NOT_CALLED_WHEN_ALLOWED = new Set(['POST /api/admin/model/retrain', 'POST /api/auth/logout']);

function concrete(url: string): string {
  const letterish = url.startsWith('/api/letters') || url.startsWith('/api/review/letters');
  return url.replace(':id', letterish ? UUID : '1').replace(':fileId', '1').replace(':kind', 'pdf').replace(':version', '1');
}

describe('security', () => {
  let s: TestServer;
  const cookies: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    s = await startTestServer();
    for (const r of ROLES) cookies[r] = (await s.userSession(r)).cookie;
  });
  afterAll(async () => {
    await s?.close();
  });

  const send = (method: string, url: string, cookie?: string, headers: Record<string, string> = {}) =>
    fetch(`${s.baseUrl}${url}`, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(method === 'GET' ? {} : { 'content-type': 'application/json' }), ...headers },
      body: method === 'GET' ? undefined : '{}',
    });

  it('role matrix: every route refuses anonymous callers and roles it does not admit, and admits the ones it does', async () => {
    const table = s.app.accessTable;
    expect(table.length).toBeGreaterThanOrEqual(30);
    const seen: string[] = [];
    for (const route of table) {
      const url = concrete(route.url);
      const key = `${route.method} ${route.url}`;
      if (route.access === 'public') continue;
      const anon = await send(route.method, url);
      expect(anon.status, `${key} anonymous`).toBe(401);
      for (const role of ROLES) {
        const allowed = route.access.includes(role);
        if (allowed && NOT_CALLED_WHEN_ALLOWED.has(key)) continue;
        const res = await send(route.method, url, cookies[role]);
        if (allowed) expect([401, 403], `${key} as ${role}: ${res.status}`).not.toContain(res.status);
        else expect(res.status, `${key} as ${role}`).toBe(403);
        expect(res.status, `${key} as ${role}`).toBeLessThan(500);
      }
      seen.push(key);
    }
    // Letters are never open to policy officers; the dashboard never to intake.
    for (const k of seen.filter((x) => x.includes('/api/letters') || x.includes('/api/review/'))) {
      expect(table.find((t) => `${t.method} ${t.url}` === k)!.access).not.toContain('policy');
    }
    for (const k of seen.filter((x) => x.includes('/api/trends/') || x.includes('/api/exports'))) {
      expect(table.find((t) => `${t.method} ${t.url}` === k)!.access).not.toContain('intake');
    }
  });

  it('CSRF: state-changing requests from another site are refused, same-site ones pass', async () => {
    const cookie = cookies.intake!;
    const evil = await send('POST', '/api/letters', cookie, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { error: string }).error).toBe('csrf');
    expect((await send('POST', '/api/letters', cookie, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await send('POST', '/api/letters', cookie, { origin: 'null' })).status).toBe(403);
    expect((await send('POST', '/api/auth/login', undefined, { origin: 'https://evil.example' })).status).toBe(403);
    // The web app's own requests: same origin.
    const own = await fetch(`${s.baseUrl}/api/letters`, {
      method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: s.baseUrl, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ subject: 'Lantaarnpaal', body: 'De lantaarnpaal voor ons huis is al twee weken kapot. Graag repareren.' }),
    });
    expect(own.status).toBe(201);
    // Reading is not state-changing and stays possible for links from elsewhere.
    expect((await send('GET', '/api/auth/me', cookie, { 'sec-fetch-site': 'cross-site' })).status).toBe(200);
  });

  it('session fixation: a planted cookie is never adopted, and signing in again ends the old session', async () => {
    const { email, password } = await s.userSession('intake');
    const login = (cookie?: string) => fetch(`${s.baseUrl}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ email, password }),
    });
    const planted = 'ps_session=aangeplant-door-een-aanvaller-0123456789abcdef';
    const first = await login(planted);
    expect(first.status).toBe(200);
    const token1 = first.headers.getSetCookie()[0]!.split(';')[0]!;
    expect(token1).not.toBe(planted);
    expect((await send('GET', '/api/auth/me', planted)).status).toBe(401);
    expect((await send('GET', '/api/auth/me', token1)).status).toBe(200);
    const second = await login(token1);
    const token2 = second.headers.getSetCookie()[0]!.split(';')[0]!;
    expect(token2).not.toBe(token1);
    expect((await send('GET', '/api/auth/me', token1)).status).toBe(401);
    expect((await send('GET', '/api/auth/me', token2)).status).toBe(200);
    const flags = second.headers.getSetCookie()[0]!;
    expect(flags).toMatch(/HttpOnly/);
    expect(flags).toMatch(/SameSite=Strict/);
  });

  it('uploaded originals are served as attachments with a neutral type, never inline', async () => {
    const cookie = cookies.intake!;
    const form = new FormData();
    form.append('file', new Blob(['<html><script>alert(1)</script></html>\nGeachte heer, mevrouw, dit is een test.'], { type: 'text/html' }), 'brief.txt');
    const up = await fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie }, body: form });
    expect([200, 201]).toContain(up.status);
    const { id } = (await up.json()) as { id: string };
    const letter = (await (await send('GET', `/api/letters/${id}`, cookie)).json()) as { files: { id: number }[] };
    const file = await send('GET', `/api/letters/${id}/files/${letter.files[0]!.id}`, cookie);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
