/**
 * Classification after intake, the review queue and every review action, alerts with a webhook
 * to a local HTTP receiver, and template campaigns — on the real server, real database, real model.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, waitFor, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let intake: { cookie: string; email: string };
let policy: { cookie: string };
const received: { body: Record<string, unknown>; headers: http.IncomingHttpHeaders }[] = [];
let receiver: http.Server;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ body: JSON.parse(data) as Record<string, unknown>, headers: req.headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const port = (receiver.address() as AddressInfo).port;
  s = await startTestServer({ alertWebhookUrl: `http://127.0.0.1:${port}/hook` }, { worker: true });
  intake = await s.userSession('intake');
  policy = await s.userSession('policy');
});
afterAll(async () => {
  await s?.close();
  receiver?.close();
});

const json = (cookie: string, method = 'GET', body?: unknown) => ({ method, headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

async function submit(body: Record<string, string>): Promise<string> {
  const res = await fetch(`${s.baseUrl}/api/letters`, json(intake.cookie, 'POST', body));
  expect([200, 201]).toContain(res.status);
  return ((await res.json()) as { id: string }).id;
}

type Letter = { status: string; classification: { model_version: string; category: string; explanation: { phrases: { group: string }[] }; needs_review: boolean; review_reasons: string[] } | null; routing: { department: string; rule_key: string; rule_version: number; source: string } | null; current: { department: string; review_status: string; category: string; threat_flag: boolean } };

async function classified(id: string): Promise<Letter> {
  return waitFor(async () => {
    const r = await fetch(`${s.baseUrl}/api/letters/${id}`, json(intake.cookie));
    const l = (await r.json()) as Letter;
    return l.status !== 'received' ? l : null;
  }, 60_000, `classification of ${id}`);
}

const SOVEREIGN = {
  subject: 'Kennisgeving van aansprakelijkheid',
  body: 'Ik, een levend mens van vlees en bloed, verklaar hierbij dat ik geen enkel contract heb met de GEMEENTE, een bedrijf dat staat ingeschreven bij Dun & Bradstreet. Ik erken uw gezag niet. Uw aanslag afvalstoffenheffing stuur ik retour afzender. Voor iedere verdere inbreuk reken ik 25.000 euro per overtreding, te voldoen door de behandelend ambtenaar persoonlijk.',
  sender_name: 'Jan van den Berg',
};

describe('classification after intake', () => {
  it('classifies a stored letter asynchronously, routes it by the rules and records the model version and explanation', async () => {
    const id = await submit(SOVEREIGN);
    const l = await classified(id);
    expect(l.status).toBe('open');
    expect(['soevereiniteitsverklaring', 'betalingsweigering']).toContain(l.classification!.category);
    expect(l.classification!.model_version).toMatch(/^postsignaal-nl@/);
    expect(l.classification!.explanation.phrases.some((p) => p.group === 'soeverein')).toBe(true);
    expect(l.routing).toMatchObject({ source: 'model', rule_version: 1 });
    expect(l.routing!.rule_key).toMatch(/^r[23]-/);
    expect(l.current.review_status).toBe('pending');
  });
});

describe('review queue and actions', () => {
  it('lists letters that need a person, threats first, with keyset paging; policy gets 403', async () => {
    const threatId = await submit({ subject: 'Laatste waarschuwing', body: 'Ik weet waar de wethouder woont en waar zijn kinderen naar school gaan. Als deze aanslag niet wordt ingetrokken, komt er een tribunaal en zal hij boeten. Dit is uw laatste waarschuwing.' });
    await classified(threatId);
    const r = await fetch(`${s.baseUrl}/api/review/queue?pageSize=1`, json(intake.cookie));
    expect(r.status).toBe(200);
    const page = (await r.json()) as { items: { id: string; threat_flag: boolean }[]; total: number; nextCursor: string };
    expect(page.items[0]!.id).toBe(threatId);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.nextCursor).toBeTruthy();
    const p2 = (await (await fetch(`${s.baseUrl}/api/review/queue?pageSize=1&cursor=${page.nextCursor}`, json(intake.cookie))).json()) as { items: { id: string }[] };
    expect(p2.items[0]!.id).not.toBe(threatId);
    const search = (await (await fetch(`${s.baseUrl}/api/review/queue?q=${encodeURIComponent('Dun Bradstreet')}`, json(intake.cookie))).json()) as { items: { id: string }[] };
    expect(search.items).toHaveLength(1);
    expect((await fetch(`${s.baseUrl}/api/review/queue`, json(policy.cookie))).status).toBe(403);
    expect((await fetch(`${s.baseUrl}/api/review/queue`)).status).toBe(401);
    expect((await fetch(`${s.baseUrl}/api/review/queue?cursor=rommel`, json(intake.cookie))).status).toBe(400);
  });

  it('a correction of the department re-routes by hand, keeps the model answer, and is audited', async () => {
    const id = await submit({ ...SOVEREIGN, subject: 'Tweede kennisgeving', body: `${SOVEREIGN.body} Dit is mijn tweede kennisgeving.` });
    const before = await classified(id);
    const modelCategory = before.classification!.category;
    const res = await fetch(`${s.baseUrl}/api/review/letters/${id}/correct`, json(intake.cookie, 'POST', { department: 'burgerzaken', note: 'Gaat over inschrijving BRP' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ department: 'burgerzaken', rule: 'handmatig', review_status: 'corrected' });
    const after = await classified(id);
    expect(after.current.department).toBe('burgerzaken');
    expect(after.routing).toMatchObject({ department: 'burgerzaken', rule_key: 'handmatig', source: 'review' });
    expect(after.classification!.category).toBe(modelCategory);
    const audit = await s.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).where('action', '=', 'review.correct').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.user_email).toBe(intake.email);
    const ctx = (await (await fetch(`${s.baseUrl}/api/review/letters/${id}/context`, json(intake.cookie))).json()) as { reviews: { action: string; note: string }[]; audit: { action: string }[] };
    expect(ctx.reviews.map((r) => r.action)).toEqual(['correct']);
    expect(ctx.audit.map((a) => a.action)).toContain('review.correct');
    // no longer in the pending queue
    const q = (await (await fetch(`${s.baseUrl}/api/review/queue?pageSize=100`, json(intake.cookie))).json()) as { items: { id: string }[] };
    expect(q.items.map((i) => i.id)).not.toContain(id);
  });

  it('a label correction re-routes by the rules; the flag rule of the taxonomy is enforced', async () => {
    const id = await submit({ subject: 'Vraag', body: 'Graag ontvang ik informatie over de openingstijden van het stadskantoor en hoe ik een afspraak maak voor een nieuw paspoort voor mijn dochter.' });
    await classified(id);
    const bad = await fetch(`${s.baseUrl}/api/review/letters/${id}/correct`, json(intake.cookie, 'POST', { category: 'soevereiniteitsverklaring', anti_institutioneel: false }));
    expect(bad.status).toBe(400);
    const ok = await fetch(`${s.baseUrl}/api/review/letters/${id}/correct`, json(intake.cookie, 'POST', { category: 'klacht', topic: 'brp', zorgsignaal: true }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ category: 'klacht', department: 'klantcontact', cc: ['sociaal_domein'], rule: 'r6-klacht' });
    const nothing = await fetch(`${s.baseUrl}/api/review/letters/${id}/correct`, json(intake.cookie, 'POST', {}));
    expect(nothing.status).toBe(400);
  });

  it('confirm, note, handled and reopen are stored and audited; policy cannot act', async () => {
    const id = await submit({ ...SOVEREIGN, subject: 'Derde', body: `${SOVEREIGN.body} Derde brief.` });
    await classified(id);
    expect((await fetch(`${s.baseUrl}/api/review/letters/${id}/confirm`, json(policy.cookie, 'POST', {}))).status).toBe(403);
    expect((await fetch(`${s.baseUrl}/api/review/letters/${id}/confirm`, json(intake.cookie, 'POST', {}))).status).toBe(200);
    expect((await fetch(`${s.baseUrl}/api/review/letters/${id}/notes`, json(intake.cookie, 'POST', { note: 'Afzender gebeld' }))).status).toBe(201);
    expect((await fetch(`${s.baseUrl}/api/review/letters/${id}/notes`, json(intake.cookie, 'POST', { note: '   ' }))).status).toBe(400);
    expect((await fetch(`${s.baseUrl}/api/review/letters/${id}/handled`, json(intake.cookie, 'POST', {}))).status).toBe(200);
    expect((await fetch(`${s.baseUrl}/api/review/letters/${id}/handled`, json(intake.cookie, 'POST', {}))).status).toBe(409);
    expect((await fetch(`${s.baseUrl}/api/review/letters/${id}/reopen`, json(intake.cookie, 'POST', {}))).status).toBe(200);
    const actions = await s.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).where('action', 'like', 'review.%').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['review.confirm', 'review.note', 'review.handled', 'review.reopen']);
    const missing = await fetch(`${s.baseUrl}/api/review/letters/00000000-0000-4000-8000-000000000000/confirm`, json(intake.cookie, 'POST', {}));
    expect(missing.status).toBe(404);
  });
});

describe('alerts and campaigns', () => {
  it('a threat raises an alert for every intake user and a webhook call without letter text', async () => {
    const id = await submit({ subject: 'U bent gewaarschuwd', body: 'Wij weten waar u woont. Als de gemeente doorgaat met deze beslaglegging, komen wij bij u thuis langs en dan zult u spijt krijgen. Kijk maar uit.' });
    await classified(id);
    const hook = await waitFor(async () => received.find((r) => r.body.letter_id === id), 30_000, 'webhook');
    expect(hook.body).toMatchObject({ type: 'postsignaal.bedreiging', letter_id: id });
    expect(JSON.stringify(hook.body)).not.toContain('beslaglegging');
    const other = await s.userSession('intake');
    const list = (await (await fetch(`${s.baseUrl}/api/review/alerts`, json(other.cookie))).json()) as { alerts: { id: number; letter_id: string }[] };
    const alert = list.alerts.find((a) => a.letter_id === id)!;
    expect(alert).toBeTruthy();
    expect((await fetch(`${s.baseUrl}/api/review/alerts/${alert.id}/ack`, json(other.cookie, 'POST'))).status).toBe(204);
    const after = (await (await fetch(`${s.baseUrl}/api/review/alerts`, json(other.cookie))).json()) as { alerts: { letter_id: string }[] };
    expect(after.alerts.map((a) => a.letter_id)).not.toContain(id);
    const mine = (await (await fetch(`${s.baseUrl}/api/review/alerts`, json(intake.cookie))).json()) as { alerts: { letter_id: string }[] };
    expect(mine.alerts.map((a) => a.letter_id)).toContain(id);
    expect((await fetch(`${s.baseUrl}/api/review/alerts`, json(policy.cookie))).status).toBe(403);
  });

  it('finds letters that share one template as a campaign', async () => {
    const template = (name: string, street: string) =>
      `Geachte heer, mevrouw, hierbij maak ik, ${name}, wonende aan de ${street}, bezwaar tegen de aanslag afvalstoffenheffing 2026. De verhoging van het tarief met achttien procent is niet uitgelegd en staat niet in verhouding tot de dienstverlening. ` +
      'De containers worden minder vaak geleegd dan vorig jaar, de milieustraat is op zaterdag gesloten en voor grof vuil moet nu apart worden betaald. ' +
      'Volgens de wet mag de heffing niet meer opbrengen dan de kosten van de inzameling; uit de begroting blijkt niet dat daaraan is voldaan. ' +
      'Ik verzoek u de aanslag te verlagen tot het niveau van vorig jaar, mij de kostenonderbouwing toe te sturen en mij te laten weten welke kosten precies zijn doorberekend. ' +
      'Tot de beslissing op dit bezwaar verzoek ik u de invordering op te schorten. Met vriendelijke groet.';
    const ids = [];
    for (const [n, st] of [["Piet Bakker", "Dorpsstraat 4"], ["Anja de Wit", "Molenweg 12"], ["Kees Smit", "Kerkplein 1"]] as const) ids.push(await submit({ subject: 'Bezwaar afvalstoffenheffing', body: template(n, st) }));
    for (const id of ids) await classified(id);
    const ctx = (await (await fetch(`${s.baseUrl}/api/review/letters/${ids[2]}/context`, json(intake.cookie))).json()) as { campaign: { size: number } | null };
    expect(ctx.campaign?.size).toBe(3);
    const unrelated = (await (await fetch(`${s.baseUrl}/api/review/letters/${ids[0]}/context`, json(intake.cookie))).json()) as { campaign: { id: number } | null };
    expect(unrelated.campaign).not.toBeNull();
  });
});
