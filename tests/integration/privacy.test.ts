/**
 * Privacy on the real server: the retention purge empties old handled letters while the
 * aggregates stay the same, and a sender's data can be exported and erased on request (AVG), with
 * the audit trail kept and free of the sender's details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { addWeeks, mondayOf, todayInNl } from '../../server/trends/weeks.ts';

const DAY = 86_400_000;

describe('privacy', () => {
  let s: TestServer;
  let admin: string;
  const ids: Record<string, string> = {};

  async function letter(key: string, o: { email?: string; name?: string; postcode?: string; daysAgo: number; handled: boolean; category: string }) {
    const r = await s.services.intake.ingestJson({
      subject: `Brief ${key}`, body: `Geachte heer, mevrouw,\n\nDit is brief ${key} over de aanslag en mijn situatie. Met vriendelijke groet, ${o.name ?? 'Jan Jansen'}`,
      channel: 'email', received_at: new Date(Date.now() - o.daysAgo * DAY).toISOString(),
      sender_email: o.email, sender_name: o.name ?? 'Jan Jansen', sender_postcode: o.postcode ?? '7411 AB',
    }, null, null);
    await s.database.db.updateTable('letters').set({
      status: o.handled ? 'handled' : 'open', handled_at: o.handled ? new Date(Date.now() - (o.daysAgo - 3) * DAY) : null,
      category: o.category, topic: 'belastingen', department: 'belastingen', anti_institutioneel: o.category === 'betalingsweigering', zorgsignaal: false,
    }).where('id', '=', r.id).execute();
    ids[key] = r.id;
  }

  beforeAll(async () => {
    s = await startTestServer();
    admin = (await s.userSession('admin')).cookie;
    for (let i = 0; i < 6; i++) await letter(`oud-${i}`, { email: `oud${i}@voorbeeld.nl`, daysAgo: 400 + i, handled: true, category: i % 2 ? 'bezwaar' : 'betalingsweigering' });
    await letter('oud-open', { email: 'oud-open@voorbeeld.nl', daysAgo: 420, handled: false, category: 'klacht' });
    await letter('jan-1', { email: 'jan@voorbeeld.nl', daysAgo: 20, handled: true, category: 'klacht' });
    await letter('jan-2', { email: 'Jan@Voorbeeld.nl', daysAgo: 3, handled: false, category: 'bezwaar' });
    await letter('piet', { name: 'Piet Pietersen', postcode: '7412CD', daysAgo: 5, handled: false, category: 'regulier' });
  });
  afterAll(async () => {
    await s?.close();
  });

  const post = (p: string, body: unknown, cookie = admin) => fetch(`${s.baseUrl}${p}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const trends = async (view: string, from: string, to: string) => (await (await fetch(`${s.baseUrl}/api/trends/${view}?from=${from}&to=${to}`, { headers: { cookie: admin } })).json()) as { data: unknown };

  it('retention: letters older than the period and handled lose text, sender data and files; the figures stay', async () => {
    const to = mondayOf(todayInNl());
    const from = addWeeks(to, -70);
    const before = [await trends('volume', from, to), await trends('areas', from, to), await trends('departments', from, to)];
    const purged = await s.services.privacy.purgeExpired(365);
    expect(purged).toBe(6);
    const after = [await trends('volume', from, to), await trends('areas', from, to), await trends('departments', from, to)];
    expect(after).toEqual(before);

    const old = await s.database.db.selectFrom('letters').selectAll().where('id', '=', ids['oud-0']!).executeTakeFirstOrThrow();
    expect([old.subject, old.body_text, old.sender_email, old.sender_name, old.sender_postcode]).toEqual(['', '', null, null, null]);
    expect(old.purged_at).not.toBeNull();
    expect(old.category).toBe('betalingsweigering');
    expect(old.area).toBe('7411');
    const files = await s.database.db.selectFrom('letter_files').select(['content', 'filename']).where('letter_id', '=', ids['oud-0']!).execute();
    for (const f of files) expect(f.content).toBeNull();
    // Still being worked on: kept. Recent: kept.
    const open = await s.database.db.selectFrom('letters').select(['body_text', 'purged_at']).where('id', '=', ids['oud-open']!).executeTakeFirstOrThrow();
    expect(open.purged_at).toBeNull();
    expect(open.body_text).toContain('brief oud-open');
    expect(await s.services.privacy.purgeExpired(365)).toBe(0);
    const audit = await s.database.db.selectFrom('audit_log').select('details').where('action', '=', 'privacy.retention_purge').execute();
    expect(audit.length).toBe(1);
  });

  it('a sender\'s data can be exported: letters, files, classifications, reviews and who looked at them', async () => {
    const res = await post('/api/privacy/subject/export', { email: ' JAN@voorbeeld.nl ' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const doc = (await res.json()) as { letters: { id: string; body_text: string; sender_email: string; files: { content_base64: string }[]; access_log: unknown[] }[] };
    expect(doc.letters.map((l) => l.id).sort()).toEqual([ids['jan-1'], ids['jan-2']].sort());
    expect(doc.letters[0]!.body_text).toContain('Dit is brief');
    expect(Buffer.from(doc.letters[0]!.files[0]!.content_base64, 'base64').toString()).toContain('Dit is brief');
    expect(doc.letters[0]!.access_log.length).toBeGreaterThan(0);
    const byName = await post('/api/privacy/subject/export', { name: 'piet pietersen', postcode: '7412 cd' });
    expect(((await byName.json()) as { letters: unknown[] }).letters).toHaveLength(1);
    expect((await post('/api/privacy/subject/export', { name: 'Piet Pietersen' })).status).toBe(400);
    expect((await post('/api/privacy/subject/export', { email: 'niemand@voorbeeld.nl' })).status).toBe(404);
    const intake = (await s.userSession('intake')).cookie;
    expect((await post('/api/privacy/subject/export', { email: 'jan@voorbeeld.nl' }, intake)).status).toBe(403);
  });

  it('a sender\'s data can be erased; the audit trail stays and does not repeat their details', async () => {
    const auditBefore = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(s.database.db)).rows[0]!.n;
    const unconfirmed = await post('/api/privacy/subject/erase', { email: 'jan@voorbeeld.nl', confirm: false });
    expect(unconfirmed.status).toBe(400);
    const res = await post('/api/privacy/subject/erase', { email: 'jan@voorbeeld.nl', confirm: true });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ erased: 2 });
    const letter = (await (await fetch(`${s.baseUrl}/api/letters/${ids['jan-2']}`, { headers: { cookie: admin } })).json()) as { body: string; sender: { email: string | null }; purged_at: string | null; current: { category: string } };
    expect(letter.body).toBe('');
    expect(letter.sender.email).toBeNull();
    expect(letter.purged_at).not.toBeNull();
    expect(letter.current.category).toBe('bezwaar');
    expect((await post('/api/privacy/subject/export', { email: 'jan@voorbeeld.nl' })).status).toBe(404);
    const auditAfter = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(s.database.db)).rows[0]!.n;
    expect(auditAfter).toBeGreaterThan(auditBefore);
    const entry = await s.database.db.selectFrom('audit_log').select('details').where('action', '=', 'privacy.subject_erase').executeTakeFirstOrThrow();
    expect(JSON.stringify(entry.details)).not.toMatch(/jan@voorbeeld/i);
    expect((entry.details as { request_sha256: string }).request_sha256).toMatch(/^[0-9a-f]{64}$/);
    // The same letter sent again after erasure is a new letter, not the emptied one.
    const again = await s.services.intake.ingestJson({ subject: 'Brief jan-2', body: 'Geachte heer, mevrouw,\n\nNieuwe brief.', channel: 'email', sender_email: 'jan@voorbeeld.nl' }, null, null);
    expect(again.duplicate).toBe(false);
  });
});
