/**
 * npm run bench:queue — seeds 100,000 classified letters (a quarter waiting for review) into a
 * fresh database and prints the server time (Server-Timing) of the review queue's first page,
 * with filters, search and the next page. Uses PostgreSQL when DATABASE_URL is set (a temporary
 * database is created and dropped), else embedded PGlite in a temporary directory.
 */
import { sql } from 'kysely';
import { openBenchDatabase, startBenchServer } from './harness.ts';

const N = Number(process.env.BENCH_LETTERS ?? 100_000);
const bench = await openBenchDatabase();
const { database } = bench;
try {
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

  const server = await startBenchServer(bench, 'intake');
  const measure = (label: string, q: string) =>
    server.measure<{ nextCursor?: string | null; total?: number | null }>(label, q, { note: (b) => `total ${b.total ?? '—'}` }).then((r) => r.body);

  const first = await measure('queue, first page (25)', '/api/review/queue?pageSize=25');
  await measure('queue, next page (keyset cursor)', `/api/review/queue?pageSize=25&cursor=${first.nextCursor}`);
  await measure('queue, department filter', '/api/review/queue?pageSize=25&department=belastingen');
  await measure('queue, category + date range', '/api/review/queue?pageSize=25&category=bedreiging&from=2026-01-01&to=2026-12-31');
  await measure('queue, full-text search', `/api/review/queue?pageSize=25&q=${encodeURIComponent('kwijtschelding')}`);
  await measure('queue, all letters view', '/api/review/queue?pageSize=25&view=all');
  console.log('target: first page < 300 ms server time');
  await server.close();
} finally {
  await bench.drop();
}
