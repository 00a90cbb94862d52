/**
 * The policy dashboard's API on the real server and database: its numbers equal direct SQL counts
 * over letters (with the small-count rule), corrections show up at once, the demo year's campaign
 * and spike are found, CSV carries the same numbers, and policy officers reach no letter text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { seedLabelledYear } from '../helpers/trends.ts';
import { CATEGORIES } from '../../server/taxonomy.ts';
import { addWeeks, isoWeekLabel, mondayOf, todayInNl } from '../../server/trends/weeks.ts';
import type { AreaRow, CampaignRow, DepartmentRow, Spike, WeekVolume } from '../../server/trends/types.ts';

const pub = (n: number) => (n > 0 && n < 5 ? '<5' : n);

describe('trends API', () => {
  let s: TestServer;
  let policy: string;
  let intake: string;
  const thisWeek = mondayOf(todayInNl());
  const lastComplete = addWeeks(thisWeek, -1);
  const from = addWeeks(thisWeek, -25);

  beforeAll(async () => {
    s = await startTestServer();
    await seedLabelledYear(s, { weeks: 26, perWeek: 20 });
    policy = (await s.userSession('policy')).cookie;
    intake = (await s.userSession('intake')).cookie;
  });
  afterAll(async () => {
    await s?.close();
  });

  async function get<T>(path: string, cookie = policy): Promise<{ status: number; body: T; res: Response }> {
    const res = await fetch(`${s.baseUrl}${path}`, { headers: { cookie } });
    const text = await res.text();
    let body: unknown = text;
    try { body = JSON.parse(text); } catch { /* CSV */ }
    return { status: res.status, body: body as T, res };
  }

  /** Direct SQL over letters, the way a person would count by hand. */
  async function sqlCount(where: ReturnType<typeof sql>, groupBy: string): Promise<Map<string, number>> {
    const rows = (await sql<{ k: string; n: number }>`SELECT ${sql.raw(groupBy)} AS k, count(*)::int AS n FROM letters WHERE ${where} GROUP BY 1`.execute(s.database.db)).rows;
    return new Map(rows.map((r) => [String(r.k), r.n]));
  }
  const inRange = (a: string, b: string) => sql`received_at >= (${a}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam' AND received_at < (${addWeeks(b, 1)}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`;

  it('weekly volume per category and signal equals direct SQL counts, small counts as "<5"', async () => {
    const { status, body } = await get<{ data: { weeks: WeekVolume[] } }>(`/api/trends/volume?from=${from}&to=${thisWeek}`);
    expect(status).toBe(200);
    expect(body.data.weeks).toHaveLength(26);
    const byCat = await sqlCount(inRange(from, thisWeek), `to_char(ps_week(received_at), 'YYYY-MM-DD') || '|' || category`);
    const anti = await sqlCount(sql`${inRange(from, thisWeek)} AND anti_institutioneel`, `to_char(ps_week(received_at), 'YYYY-MM-DD')`);
    const zorg = await sqlCount(sql`${inRange(from, thisWeek)} AND zorgsignaal`, `to_char(ps_week(received_at), 'YYYY-MM-DD')`);
    const total = await sqlCount(inRange(from, thisWeek), `to_char(ps_week(received_at), 'YYYY-MM-DD')`);
    let suppressed = 0;
    for (const w of body.data.weeks) {
      expect(w.week).toBe(isoWeekLabel(w.start));
      for (const c of CATEGORIES) {
        const n = byCat.get(`${w.start}|${c}`) ?? 0;
        expect(w.categories[c], `${w.start} ${c}`).toBe(pub(n));
        if (pub(n) === '<5') suppressed++;
      }
      expect(w.total).toBe(pub(total.get(w.start) ?? 0));
      expect(w.anti).toBe(pub(anti.get(w.start) ?? 0));
      expect(w.zorg).toBe(pub(zorg.get(w.start) ?? 0));
    }
    expect(suppressed).toBeGreaterThan(0);
    expect([...total.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(400);
  });

  it('filters by department, channel and topic count the same as SQL', async () => {
    const { body } = await get<{ data: { weeks: WeekVolume[] } }>(`/api/trends/volume?from=${from}&to=${thisWeek}&department=belastingen&channel=pdf`);
    const total = await sqlCount(sql`${inRange(from, thisWeek)} AND department = 'belastingen' AND channel = 'pdf'`, `to_char(ps_week(received_at), 'YYYY-MM-DD')`);
    for (const w of body.data.weeks) expect(w.total, w.start).toBe(pub(total.get(w.start) ?? 0));
    const t = await get<{ data: { weeks: WeekVolume[] } }>(`/api/trends/volume?from=${from}&to=${thisWeek}&topic=brp`);
    const brp = await sqlCount(sql`${inRange(from, thisWeek)} AND topic = 'brp'`, `to_char(ps_week(received_at), 'YYYY-MM-DD')`);
    for (const w of t.body.data.weeks) expect(w.total, w.start).toBe(pub(brp.get(w.start) ?? 0));
  });

  it('departments: incoming, open and handled equal SQL; the median lies in the class SQL puts it in', async () => {
    const { body } = await get<{ data: DepartmentRow[] }>(`/api/trends/departments?from=${from}&to=${thisWeek}`);
    const received = await sqlCount(inRange(from, thisWeek), 'department');
    const handled = await sqlCount(sql`${inRange(from, thisWeek)} AND status = 'handled'`, 'department');
    expect(body.data.length).toBe(received.size);
    for (const r of body.data) {
      const n = received.get(r.department) ?? 0;
      const h = handled.get(r.department) ?? 0;
      expect(r.received, r.department).toBe(pub(n));
      expect(r.handled, r.department).toBe(pub(h));
      expect(r.open, r.department).toBe(pub(n - h));
      if (h >= 5) {
        const m = (await sql<{ m: number }>`SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM handled_at - received_at) / 3600) AS m
          FROM letters WHERE ${inRange(from, thisWeek)} AND status = 'handled' AND department = ${r.department}`.execute(s.database.db)).rows[0]!.m;
        const b = (await sql<{ b: number }>`SELECT ps_handle_bucket(${m}) AS b`.execute(s.database.db)).rows[0]!.b;
        const edges = [0, 4, 8, 24, 48, 72, 120, 168, 336, 504, 720, 1440, Infinity];
        expect(r.medianHours!).toBeGreaterThanOrEqual(edges[b]! - 0.05);
        expect(r.medianHours!).toBeLessThanOrEqual(edges[b + 1]! + 0.05);
      }
    }
  });

  it('areas: four-digit postcodes with at least 5 letters, the rest together; equal to SQL', async () => {
    const { body } = await get<{ data: AreaRow[] }>(`/api/trends/areas?from=${from}&to=${thisWeek}`);
    const byArea = await sqlCount(inRange(from, thisWeek), `left(sender_postcode, 4)`);
    const shown = body.data.filter((a) => a.area !== 'overig' && a.area !== 'onbekend');
    expect(shown.length).toBeGreaterThan(5);
    for (const a of shown) {
      expect(a.received).toBe(byArea.get(a.area));
      expect(a.received as number).toBeGreaterThanOrEqual(5);
    }
    const small = [...byArea.entries()].filter(([, n]) => n < 5).reduce((t, [, n]) => t + n, 0);
    const overig = body.data.find((a) => a.area === 'overig');
    expect(overig?.received ?? 0).toBe(small === 0 ? 0 : pub(small));
  });

  it('finds the demo campaign and the spike it causes in the last complete week', async () => {
    const spikes = await get<{ data: Spike[] }>(`/api/trends/spikes?from=${from}&to=${thisWeek}`);
    const spike = spikes.body.data.find((x) => x.start === lastComplete && x.dimension === 'category' && x.key === 'betalingsweigering');
    expect(spike, JSON.stringify(spikes.body.data)).toBeDefined();
    expect(spike!.count).toBeGreaterThan(3 * spike!.baseline);
    const camps = await get<{ data: CampaignRow[] }>(`/api/trends/campaigns?from=${from}&to=${thisWeek}`);
    expect(camps.body.data.length).toBeGreaterThan(0);
    for (const c of camps.body.data) {
      expect(c.size).toBeGreaterThanOrEqual(5);
      const n = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM letters WHERE campaign_id = ${c.id} AND ${inRange(from, thisWeek)}`.execute(s.database.db)).rows[0]!.n;
      expect(c.size).toBe(n);
    }
    expect(camps.body.data.some((c) => c.categories.betalingsweigering !== undefined && c.weeks.some((w) => w.start === lastComplete))).toBe(true);
  });

  it('a correction in review moves the letter in the figures at once (incremental rollup)', async () => {
    const before = await get<{ data: { weeks: WeekVolume[] } }>(`/api/trends/volume?from=${from}&to=${thisWeek}`);
    const letter = (await sql<{ id: string; week: string }>`SELECT id, to_char(ps_week(received_at), 'YYYY-MM-DD') AS week FROM letters
      WHERE category = 'regulier' AND ${inRange(from, thisWeek)} ORDER BY received_at LIMIT 1`.execute(s.database.db)).rows[0]!;
    const admin = await s.userSession('admin');
    const res = await fetch(`${s.baseUrl}/api/review/letters/${letter.id}/correct`, {
      method: 'POST', headers: { cookie: admin.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ category: 'klacht', note: 'eigenlijk een klacht' }),
    });
    expect(res.status, await res.text()).toBe(200);
    const after = await get<{ data: { weeks: WeekVolume[] } }>(`/api/trends/volume?from=${from}&to=${thisWeek}`);
    const direct = await sqlCount(sql`ps_week(received_at) = ${letter.week}::date`, 'category');
    const w = after.body.data.weeks.find((x) => x.start === letter.week)!;
    expect(w.categories.klacht).toBe(pub(direct.get('klacht') ?? 0));
    expect(w.categories.regulier).toBe(pub(direct.get('regulier') ?? 0));
    expect(before.body.data.weeks.find((x) => x.start === letter.week)!.total).toBe(w.total);
  });

  it('CSV carries exactly the published numbers', async () => {
    const json = await get<{ data: { weeks: WeekVolume[] } }>(`/api/trends/volume?from=${from}&to=${thisWeek}`);
    const { res, body } = await get<string>(`/api/trends/volume?from=${from}&to=${thisWeek}&format=csv`);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const lines = body.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
    const header = lines[0]!;
    const totalCol = header.indexOf('Totaal');
    expect(lines.length - 1).toBe(json.body.data.weeks.length);
    json.body.data.weeks.forEach((w, i) => expect(lines[i + 1]![totalCol]).toBe(String(w.total)));
    expect(body).toContain('<5');
  });

  it('refuses bad ranges and filters with a message a person can act on', async () => {
    const bad = await get<{ message: string }>(`/api/trends/volume?from=${thisWeek}&to=${from}`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/begindatum ligt na de einddatum/);
    expect((await get(`/api/trends/volume?department=kantine`)).status).toBe(400);
    expect((await get(`/api/trends/volume?from=2026-13-45`)).status).toBe(400);
  });

  it('policy officers see aggregates and no letter; intake staff and strangers do not see the dashboard', async () => {
    const letter = (await s.database.db.selectFrom('letters').select(['id', 'subject']).limit(1).executeTakeFirstOrThrow());
    for (const p of ['/api/letters', `/api/letters/${letter.id}`, `/api/review/letters/${letter.id}/context`, '/api/review/queue', '/api/review/alerts']) {
      expect((await get(p)).status, p).toBe(403);
    }
    for (const v of ['volume', 'departments', 'spikes', 'campaigns', 'areas']) {
      const r = await get<unknown>(`/api/trends/${v}?from=${from}&to=${thisWeek}`);
      expect(r.status).toBe(200);
      const text = JSON.stringify(r.body);
      expect(text).not.toContain(letter.subject);
      expect(text).not.toMatch(/sender|subject|body|@/);
      expect((await get(`/api/trends/${v}`, intake)).status).toBe(403);
      expect((await get(`/api/trends/${v}`, '')).status).toBe(401);
    }
    const audited = await s.database.db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).where('action', '=', 'trends.read').executeTakeFirstOrThrow();
    expect(audited.n).toBeGreaterThan(5);
  });
});
