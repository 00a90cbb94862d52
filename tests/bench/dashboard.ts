/**
 * npm run bench:dashboard — seeds 1,000,000 letters over the past year into a fresh database
 * (PostgreSQL when DATABASE_URL is set, else PGlite) with a municipal mix of categories, routing,
 * signals, areas, handling times and template campaigns, builds the trend rollups, and prints the
 * server time of every dashboard endpoint for a one-year range: as is, with filters, and right
 * after a new letter (the current week's rollup is recomputed on that read). Target: p95 < 200 ms.
 */
import { sql } from 'kysely';
import { openBenchDatabase, startBenchServer } from './harness.ts';
import { addWeeks, mondayOf, todayInNl } from '../../server/trends/weeks.ts';

const N = Number(process.env.BENCH_LETTERS ?? 1_000_000);
const bench = await openBenchDatabase();
const { database } = bench;
const db = database.db;
try {
  const t0 = performance.now();
  // category, topic, department (as the default rules route them), share of the stream
  const mix: [string, string, string, number][] = [
    ['regulier', 'openbare_ruimte', 'openbare_ruimte', 14], ['regulier', 'brp', 'burgerzaken', 10], ['regulier', 'sociaal', 'sociaal_domein', 8],
    ['regulier', 'overig', 'klantcontact', 6], ['klacht', 'overig', 'klantcontact', 16], ['bezwaar', 'belastingen', 'belastingen', 14],
    ['bezwaar', 'vergunningen', 'juridische_zaken', 6], ['woo_verzoek', 'bestuur', 'juridische_zaken', 7], ['betalingsweigering', 'belastingen', 'belastingen', 8],
    ['soevereiniteitsverklaring', 'brp', 'burgerzaken', 5], ['soevereiniteitsverklaring', 'bestuur', 'bestuurszaken', 3], ['bedreiging', 'bestuur', 'veiligheid', 3],
  ];
  const table: string[] = [];
  for (const [i, m] of mix.entries()) for (let k = 0; k < m[3]; k++) table.push(String(i + 1));
  const cats = mix.map((m) => m[0]);
  const topics = mix.map((m) => m[1]);
  const depts = mix.map((m) => m[2]);
  const areas = Array.from({ length: 30 }, (_, i) => `${7411 + i} AB`);
  for (let i = 0; i < 60; i++) await db.insertInto('campaigns').defaultValues().execute();
  const chunk = 50_000;
  for (let start = 0; start < N; start += chunk) {
    const end = Math.min(N, start + chunk);
    await sql`
      WITH g AS (
        SELECT g, (${sql.val(table)}::int[])[1 + abs(hashint4(g)) % ${table.length}] AS m,
               now() - ((abs(hashint4(g * 3)) % 525600) || ' minutes')::interval AS at
        FROM generate_series(${start + 1}::int, ${end}::int) g
      )
      INSERT INTO letters (sha256, received_at, channel, source_type, subject, body_text, language, status, category, topic, anti_institutioneel, zorgsignaal,
                           department, cc, needs_review, threat_flag, model_confidence, classified_at, review_status, sender_postcode, handled_at, campaign_id)
      SELECT md5(g::text) || md5((g::bigint * 7919)::text), at,
             (ARRAY['email','webform','pdf','scan'])[1 + abs(hashint4(g * 5)) % 4], 'json', 'Brief', 'Kenmerk', 'nl',
             CASE WHEN at < now() - interval '21 days' OR abs(hashint4(g * 7)) % 3 = 0 THEN 'handled' ELSE 'open' END,
             (${sql.val(cats)}::text[])[m], (${sql.val(topics)}::text[])[m],
             (${sql.val(cats)}::text[])[m] IN ('betalingsweigering', 'soevereiniteitsverklaring') OR abs(hashint4(g * 11)) % 10 = 0,
             abs(hashint4(g * 13)) % 8 = 0,
             (${sql.val(depts)}::text[])[m], '[]'::jsonb, false, (${sql.val(cats)}::text[])[m] = 'bedreiging', 0.9, at, 'none',
             (${sql.val(areas)}::text[])[1 + abs(hashint4(g * 17)) % 30],
             CASE WHEN at < now() - interval '21 days' OR abs(hashint4(g * 7)) % 3 = 0
                  THEN least(now(), at + ((1 + abs(hashint4(g * 19)) % 600) || ' hours')::interval) END,
             CASE WHEN abs(hashint4(g * 23)) % 40 = 0 THEN 1 + abs(hashint4(g * 29)) % 60 END
      FROM g`.execute(db);
  }
  await sql`UPDATE letters SET handled_at = received_at + interval '1 hour' WHERE status = 'handled' AND handled_at < received_at`.execute(db);
  await sql`ANALYZE letters`.execute(db);
  console.log(`${N.toLocaleString('en')} letters seeded on ${database.kind} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const server = await startBenchServer(bench, 'policy');
  const t1 = performance.now();
  const weeks = await server.services.trends.refresh();
  console.log(`rollups built for ${weeks} weeks in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  const rows = await db.selectFrom('rollup_weekly').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  console.log(`rollup_weekly: ${rows.n.toLocaleString('en')} rows`);

  const to = mondayOf(todayInNl());
  const year = `from=${addWeeks(to, -51)}&to=${to}`;
  const p95: number[] = [];
  const views = ['volume', 'departments', 'spikes', 'campaigns', 'areas'] as const;
  for (const v of views) p95.push((await server.measure(`${v}, one year`, `/api/trends/${v}?${year}`)).p95);
  for (const v of views) p95.push((await server.measure(`${v}, one year, department + channel`, `/api/trends/${v}?${year}&department=belastingen&channel=pdf`)).p95);
  let n = 0;
  const newLetter = async () => {
    n++;
    await sql`INSERT INTO letters (sha256, received_at, channel, source_type, subject, body_text, status, category, topic, department, cc)
              VALUES (md5(${`bench-new-${n}`}) || md5(${`new-${n}`}), now(), 'email', 'json', 'Brief', 'Kenmerk', 'open', 'klacht', 'overig', 'klantcontact', '[]')`.execute(db);
  };
  for (const v of ['volume', 'departments'] as const) p95.push((await server.measure(`${v}, one year, after a new letter`, `/api/trends/${v}?${year}`, { before: newLetter })).p95);
  const worst = Math.max(...p95);
  console.log(`worst p95 ${worst.toFixed(1)} ms — target < 200 ms: ${worst < 200 ? 'met' : 'MISSED'}`);
  await server.close();
} finally {
  await bench.drop();
}
