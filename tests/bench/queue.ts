/**
 * npm run bench:queue — seeds 100,000 classified letters (a quarter waiting for review) into a
 * fresh database and prints the server time (Server-Timing) of the review queue's first page,
 * with filters, search and the next page. Uses PostgreSQL when DATABASE_URL is set (a temporary
 * database is created and dropped), else embedded PGlite in a temporary directory.
 */
import '../../server/quiet-env.ts';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp, createServices } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrator.ts';

const N = Number(process.env.BENCH_LETTERS ?? 100_000);
const base = process.env.DATABASE_URL;
let url: string | undefined;
const dbName = `ps_bench_${crypto.randomBytes(4).toString('hex')}`;
if (base) {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`CREATE DATABASE ${dbName}`);
  await c.end();
  const u = new URL(base);
  u.pathname = `/${dbName}`;
  url = u.toString();
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-bench-'));
const database = await openDatabase({ databaseUrl: url, pgliteDir: path.join(dir, 'pglite') });
try {
  await migrate(database);
  const t0 = performance.now();
  const bodies = [
    'Geachte heer, mevrouw, hierbij maak ik bezwaar tegen de WOZ-beschikking van mijn woning. De waarde is te hoog vastgesteld ten opzichte van vergelijkbare woningen in de buurt.',
    'Ik, een levend mens van vlees en bloed, erken het gezag van de gemeente niet en stuur uw aanslag retour afzender. Ik heb geen contract met uw bedrijf.',
    'Beste gemeente, de lantaarnpaal in onze straat brandt al weken niet. Kunt u iemand sturen om ernaar te kijken? Met vriendelijke groet.',
    'Ik heb schulden en kan de aanslag afvalstoffenheffing niet betalen. Ik vraag om kwijtschelding of een betalingsregeling. Ik weet het echt niet meer.',
    'Op grond van de Wet open overheid verzoek ik u om alle documenten over het besluit tot herinrichting van het marktplein openbaar te maken.',
    'Ik wil een klacht indienen over de behandeling aan de balie van het stadskantoor. Ik ben drie keer niet teruggebeld.',
  ];
  const cats = ['bezwaar', 'soevereiniteitsverklaring', 'regulier', 'regulier', 'woo_verzoek', 'klacht', 'bedreiging', 'betalingsweigering'];
  const deps = ['belastingen', 'juridische_zaken', 'openbare_ruimte', 'sociaal_domein', 'juridische_zaken', 'klantcontact', 'veiligheid', 'belastingen'];
  for (let start = 0; start < N; start += 20_000) {
    const end = Math.min(N, start + 20_000);
    await sql`
      INSERT INTO letters (sha256, received_at, channel, source_type, subject, body_text, language, status, category, topic, anti_institutioneel, zorgsignaal,
                           department, cc, needs_review, threat_flag, model_confidence, classified_at, review_status)
      SELECT md5(g::text) || md5((g * 7919)::text),
             now() - ((g % 365) || ' days')::interval - ((g * 37 % 1440) || ' minutes')::interval,
             (ARRAY['email','webform','pdf','scan'])[1 + g % 4], 'json',
             'Brief ' || g, (${sql.val(bodies)}::text[])[1 + g % 6] || ' Kenmerk ' || g, 'nl', 'open',
             (${sql.val(cats)}::text[])[1 + g % 8], 'belastingen', g % 8 IN (1, 7), g % 6 = 3,
             (${sql.val(deps)}::text[])[1 + g % 8], '[]'::jsonb, abs(hashint4(g)) % 4 = 0, g % 8 = 6, 0.5 + (g % 50) / 100.0, now(),
             CASE WHEN abs(hashint4(g)) % 4 = 0 OR g % 8 = 6 THEN 'pending' ELSE 'none' END
      FROM generate_series(${start + 1}::int, ${end}::int) g`.execute(database.db);
  }
  await sql`ANALYZE letters`.execute(database.db);
  console.log(`${N.toLocaleString('en')} letters seeded on ${database.kind} in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' }, { port: 0, databaseUrl: url });
  const services = createServices(database, config);
  const app = await buildApp({ config, database, services, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  await services.auth.createUser({ email: 'bench@gemeente.nl', role: 'intake', password: 'bench-wachtwoord', mustChangePassword: false });
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@gemeente.nl', password: 'bench-wachtwoord' }) });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;

  async function measure(label: string, pathQuery: string, runs = 30) {
    const times: number[] = [];
    let body: { nextCursor?: string | null; total?: number | null } = {};
    for (let i = 0; i < runs + 3; i++) {
      const res = await fetch(`http://127.0.0.1:${port}${pathQuery}`, { headers: { cookie } });
      body = (await res.json()) as typeof body;
      if (res.status !== 200) throw new Error(`${label}: ${res.status} ${JSON.stringify(body)}`);
      if (i >= 3) times.push(Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]));
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    console.log(`${label.padEnd(44)} median ${q(0.5).toFixed(1).padStart(6)} ms   p95 ${q(0.95).toFixed(1).padStart(6)} ms   (total ${body.total ?? '—'})`);
    return body;
  }

  const first = await measure('queue, first page (25)', '/api/review/queue?pageSize=25');
  await measure('queue, next page (keyset cursor)', `/api/review/queue?pageSize=25&cursor=${first.nextCursor}`);
  await measure('queue, department filter', '/api/review/queue?pageSize=25&department=belastingen');
  await measure('queue, category + date range', '/api/review/queue?pageSize=25&category=bedreiging&from=2026-01-01&to=2026-12-31');
  await measure('queue, full-text search', `/api/review/queue?pageSize=25&q=${encodeURIComponent('kwijtschelding')}`);
  await measure('queue, all letters view', '/api/review/queue?pageSize=25&view=all');
  console.log('target: first page < 300 ms server time');
  await app.close();
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (base) {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
  }
}
