/**
 * npm run bench:load — the real server under 50 concurrent users for 30 seconds, on loopback:
 * intake staff posting letters (realistic Dutch web-form letters, each one unique), policy
 * officers reading the dashboard, and intake staff reading the review queue, while a
 * classification worker runs in the server process as with `npm start`. Prints per kind of
 * request the throughput, p50/p99 latency, errors and non-2xx answers, and the classification
 * queue's depth at the end (classification may fall behind; requests must not time out).
 * Target: zero errors and p99 < 500 ms at 50 concurrent users on 2 cores.
 *
 * The server and its worker run in this process; the load comes from autocannon in a child
 * process (so the client does not share the server's event loop). PostgreSQL when DATABASE_URL
 * is set (a temporary database is created and dropped), else PGlite in a temporary directory.
 *
 * Settings (environment): BENCH_SECONDS (30), BENCH_CONNECTIONS (50, split 40/30/30 % over
 * intake/dashboard/queue), BENCH_LETTERS (20,000 letters seeded beforehand), BENCH_WORKER=0 (no
 * classification worker, to see what the worker costs the requests).
 */
import '../../server/quiet-env.ts';
import { fork } from 'node:child_process';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

type Kind = 'intake' | 'dashboard' | 'queue';
const KINDS: Kind[] = ['intake', 'dashboard', 'queue'];
const LABELS: Record<Kind, string> = {
  intake: 'intake: POST /api/letters',
  dashboard: 'dashboard: GET /api/trends/*',
  queue: 'queue: GET /api/review/queue',
};

interface Plan {
  baseUrl: string;
  seconds: number;
  connections: Record<Kind, number>;
  cookies: { intake: string; policy: string };
  tag: string;
}

interface KindResult {
  kind: Kind;
  connections: number;
  responses: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Every response time (ms), 2xx or not, for the overall percentiles. */
  latencies: number[];
}

// ---------------------------------------------------------------------------------------------
// Letters: a citizen's web-form message, unique per request.
// ---------------------------------------------------------------------------------------------

const NAMES = ['J. de Vries', 'M. Jansen', 'A. Bakker', 'S. Visser', 'P. Smit', 'H. Meijer', 'F. de Boer', 'R. Mulder', 'L. de Groot', 'K. Bos', 'E. Vos', 'T. Peters'];
const STREETS = ['Dorpsstraat', 'Kerkweg', 'Molenlaan', 'Stationsplein', 'Beukenlaan', 'Havenkade', 'Schoolstraat', 'Marktplein', 'Julianalaan', 'Wilhelminastraat'];
const TEMPLATES: { subject: string; body: string }[] = [
  { subject: 'Bezwaar WOZ-beschikking {jaar}', body: 'Geachte heer, mevrouw,\n\nHierbij maak ik bezwaar tegen de WOZ-beschikking {jaar} van mijn woning aan de {straat} {nr}. De vastgestelde waarde van € {bedrag} is te hoog ten opzichte van vergelijkbare woningen in de buurt; de woning heeft bovendien achterstallig onderhoud aan de kozijnen.\n\nIk verzoek u de waarde te verlagen en mij een taxatieverslag toe te sturen.' },
  { subject: 'Lantaarnpaal kapot', body: 'Beste gemeente,\n\nDe lantaarnpaal voor {straat} {nr} brandt al sinds {datum} niet meer. \'s Avonds is het op de stoep erg donker en mijn buurvrouw is vorige week bijna gevallen. Kunt u iemand sturen om ernaar te kijken?' },
  { subject: 'Verzoek kwijtschelding afvalstoffenheffing', body: 'Geachte medewerker,\n\nIk heb sinds mijn ontslag schulden en kan de aanslag afvalstoffenheffing van € {bedrag} niet betalen. Ik vraag om kwijtschelding of anders een betalingsregeling. Ik weet het echt niet meer en slaap er slecht van.' },
  { subject: 'Woo-verzoek herinrichting {straat}', body: 'Geacht college,\n\nOp grond van de Wet open overheid verzoek ik u alle documenten openbaar te maken over het besluit tot herinrichting van de {straat}, waaronder verslagen, e-mails en adviezen uit de periode {jaar}.' },
  { subject: 'Klacht over behandeling aan de balie', body: 'Geachte heer, mevrouw,\n\nIk wil een klacht indienen over de behandeling aan de balie van het stadskantoor op {datum}. Ik ben daarna drie keer niet teruggebeld over mijn aanvraag, ondanks de toezegging van uw medewerker.' },
  { subject: 'Zwerfvuil en volle containers', body: 'Beste gemeente,\n\nIn de {straat} staan al dagen volle afvalcontainers en rond nummer {nr} ligt zwerfvuil. De meeuwen halen de zakken open. Wanneer wordt dit opgehaald?' },
  { subject: 'Parkeervergunning aanvragen', body: 'Goedendag,\n\nIk ben op {datum} verhuisd naar {straat} {nr} en wil graag een parkeervergunning voor bewoners aanvragen. Welke stukken moet ik meesturen en hoe lang duurt de behandeling?' },
  { subject: 'Overlast hangjongeren', body: 'Geachte burgemeester,\n\nAl weken hebben wij \'s avonds overlast van een groep jongeren bij het speeltuintje aan de {straat}. Er wordt harde muziek gedraaid en er ligt glas op de grond. Wij vragen u om meer handhaving.' },
];

function letterFor(n: number, tag: string) {
  const t = TEMPLATES[n % TEMPLATES.length]!;
  const fill = (s: string) =>
    s.replaceAll('{straat}', STREETS[(n * 7) % STREETS.length]!)
      .replaceAll('{nr}', String(1 + (n % 180)))
      .replaceAll('{jaar}', String(2024 + (n % 3)))
      .replaceAll('{bedrag}', String(180 + ((n * 37) % 900)))
      .replaceAll('{datum}', `${1 + (n % 28)}-${1 + (n % 12)}-2026`);
  const name = NAMES[n % NAMES.length]!;
  return {
    subject: fill(t.subject),
    body: `${fill(t.body)}\n\nMet vriendelijke groet,\n${name}\nKenmerk ${tag}-${n}`,
    channel: 'webform' as const,
    sender_name: name,
  };
}

// ---------------------------------------------------------------------------------------------
// The load generator (child process): three autocannon instances, one per kind.
// ---------------------------------------------------------------------------------------------

interface AutocannonRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface AutocannonInstance {
  on(event: 'response', fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
}
type Autocannon = ((opts: Record<string, unknown>, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

async function drive(plan: Plan): Promise<KindResult[]> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  let n = 0;
  const json = { 'content-type': 'application/json', cookie: plan.cookies.intake };
  const requests: Record<Kind, AutocannonRequest[]> = {
    intake: [{ method: 'POST', path: '/api/letters', headers: json, setupRequest: (req) => ({ ...req, body: JSON.stringify(letterFor(n++, plan.tag)) }) }],
    dashboard: ['volume', 'departments', 'spikes', 'campaigns', 'areas'].map((v) => ({ method: 'GET', path: `/api/trends/${v}`, headers: { cookie: plan.cookies.policy } })),
    queue: [
      '/api/review/queue?pageSize=25',
      '/api/review/queue?pageSize=25&department=belastingen',
      '/api/review/queue?pageSize=25&view=all',
      `/api/review/queue?pageSize=25&q=${encodeURIComponent('kwijtschelding')}`,
    ].map((p) => ({ method: 'GET', path: p, headers: { cookie: plan.cookies.intake } })),
  };
  const runs = KINDS.filter((k) => plan.connections[k] > 0).map((kind) => new Promise<KindResult>((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url: plan.baseUrl, connections: plan.connections[kind], duration: plan.seconds, timeout: 10, requests: requests[kind] }, (err, r) => {
      if (err) return reject(err);
      const sorted = [...latencies].sort((a, b) => a - b);
      resolve({
        kind, connections: plan.connections[kind], responses: latencies.length, rps: latencies.length / plan.seconds,
        p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN,
        errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx,
        statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
        latencies,
      });
    });
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  }));
  return Promise.all(runs);
}

if (process.argv.includes('--driver')) {
  process.once('message', (plan: Plan) => {
    drive(plan).then(
      (results) => process.send!({ results }, () => process.disconnect()),
      (err: unknown) => process.send!({ error: err instanceof Error ? err.stack : String(err) }, () => process.disconnect()),
    );
  });
} else {
  await main();
}

// ---------------------------------------------------------------------------------------------
// The server side: database, seed, server with worker, then the run.
// ---------------------------------------------------------------------------------------------

function runDriver(plan: Plan): Promise<KindResult[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--driver'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    let done = false;
    child.once('message', (m: { results?: KindResult[]; error?: string }) => {
      done = true;
      if (m.results) resolve(m.results);
      else reject(new Error(`load generator failed: ${m.error}`));
    });
    child.once('exit', (code) => {
      if (!done) reject(new Error(`load generator exited with ${code}`));
    });
    child.send(plan);
  });
}

async function main() {
  const { sql } = await import('kysely');
  const { openBenchDatabase, startBenchServer } = await import('./harness.ts');

  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const total = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const seed = Number(process.env.BENCH_LETTERS ?? 20_000);
  const intakeConns = Math.round(total * 0.4);
  const dashboardConns = Math.round(total * 0.3);
  const connections: Record<Kind, number> = { intake: intakeConns, dashboard: dashboardConns, queue: total - intakeConns - dashboardConns };

  const bench = await openBenchDatabase();
  const { database } = bench;
  try {
    // Seed a year of classified letters, a quarter waiting for review, so dashboards and queue have data.
    const t0 = performance.now();
    const mix: [string, string, string][] = [
      ['regulier', 'openbare_ruimte', 'openbare_ruimte'], ['regulier', 'brp', 'burgerzaken'], ['klacht', 'overig', 'klantcontact'],
      ['bezwaar', 'belastingen', 'belastingen'], ['woo_verzoek', 'bestuur', 'juridische_zaken'], ['betalingsweigering', 'belastingen', 'belastingen'],
      ['soevereiniteitsverklaring', 'brp', 'burgerzaken'], ['bedreiging', 'bestuur', 'veiligheid'],
    ];
    const bodies = TEMPLATES.map((t) => t.body.replaceAll(/\{[a-z]+\}/g, ''));
    const areas = Array.from({ length: 20 }, (_, i) => `${7411 + i} AB`);
    for (let i = 0; i < 20; i++) await database.db.insertInto('campaigns').defaultValues().execute();
    for (let start = 0; start < seed; start += 10_000) {
      const end = Math.min(seed, start + 10_000);
      await sql`
        WITH g AS (
          SELECT g, 1 + abs(hashint4(g)) % ${mix.length} AS m, now() - ((abs(hashint4(g * 3)) % 525600) || ' minutes')::interval AS at
          FROM generate_series(${start + 1}::int, ${end}::int) g
        )
        INSERT INTO letters (sha256, received_at, channel, source_type, subject, body_text, language, status, category, topic, anti_institutioneel, zorgsignaal,
                             department, cc, needs_review, threat_flag, model_confidence, classified_at, review_status, sender_postcode, handled_at, campaign_id)
        SELECT md5(g::text) || md5((g::bigint * 7919)::text), at,
               (ARRAY['email','webform','pdf','scan'])[1 + abs(hashint4(g * 5)) % 4], 'json', 'Brief ' || g,
               (${sql.val(bodies)}::text[])[1 + g % ${bodies.length}] || ' Kenmerk ' || g, 'nl',
               CASE WHEN at < now() - interval '21 days' THEN 'handled' ELSE 'open' END,
               (${sql.val(mix.map((m) => m[0]))}::text[])[m], (${sql.val(mix.map((m) => m[1]))}::text[])[m],
               (${sql.val(mix.map((m) => m[0]))}::text[])[m] IN ('betalingsweigering', 'soevereiniteitsverklaring'), abs(hashint4(g * 13)) % 8 = 0,
               (${sql.val(mix.map((m) => m[2]))}::text[])[m], '[]'::jsonb, abs(hashint4(g * 7)) % 4 = 0,
               (${sql.val(mix.map((m) => m[0]))}::text[])[m] = 'bedreiging', 0.5 + (g % 50) / 100.0, at,
               CASE WHEN at >= now() - interval '21 days' AND abs(hashint4(g * 7)) % 4 = 0 THEN 'pending' ELSE 'none' END,
               (${sql.val(areas)}::text[])[1 + abs(hashint4(g * 17)) % ${areas.length}],
               CASE WHEN at < now() - interval '21 days' THEN at + ((1 + abs(hashint4(g * 19)) % 600) || ' hours')::interval END,
               CASE WHEN abs(hashint4(g * 23)) % 40 = 0 THEN 1 + abs(hashint4(g * 29)) % 20 END
        FROM g`.execute(database.db);
    }
    await sql`UPDATE letters SET handled_at = now() WHERE handled_at > now()`.execute(database.db);
    await sql`ANALYZE letters`.execute(database.db);

    const withWorker = process.env.BENCH_WORKER !== '0';
    const server = await startBenchServer(bench, 'intake', { worker: withWorker });
    const weeks = await server.services.trends.refresh();
    console.log(`${seed.toLocaleString('en')} letters seeded on ${database.kind}, rollups for ${weeks} weeks, in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${withWorker ? 'model loaded, worker running' : 'NO classification worker (BENCH_WORKER=0)'}`);

    const cookies = { intake: server.cookie, policy: await server.session('policy') };
    const admin = await server.session('admin');
    const depth = async () => {
      const res = await fetch(`${server.baseUrl}/api/admin/model`, { headers: { cookie: admin } });
      return ((await res.json()) as { queue: { queued: number; running: number; dead: number } }).queue;
    };
    const classified = async () =>
      Number((await database.db.selectFrom('classifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    // A short warm-up (JIT, connection pools, plan caches), not measured.
    const tag = crypto.randomBytes(4).toString('hex');
    await runDriver({ baseUrl: server.baseUrl, seconds: 3, connections: { intake: 2, dashboard: 2, queue: 2 }, cookies, tag: `warm-${tag}` });
    while (withWorker && (await depth()).queued > 0) await new Promise((r) => setTimeout(r, 200));

    const before = await classified();
    console.log(`\n${total} connections for ${seconds} s (intake ${connections.intake}, dashboard ${connections.dashboard}, queue ${connections.queue}) against ${server.baseUrl} …`);
    const results = await runDriver({ baseUrl: server.baseUrl, seconds, connections, cookies, tag });
    const q = await depth();
    const classifiedDuring = (await classified()) - before;

    const f = (ms: number) => `${ms.toFixed(0).padStart(5)} ms`;
    console.log(`\n${'kind'.padEnd(32)} ${'conns'.padStart(5)} ${'req/s'.padStart(8)} ${'p50'.padStart(8)} ${'p90'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)} ${'errors'.padStart(7)} ${'timeouts'.padStart(8)} ${'non-2xx'.padStart(8)}  status codes`);
    for (const r of results) {
      console.log(`${LABELS[r.kind].padEnd(32)} ${String(r.connections).padStart(5)} ${r.rps.toFixed(1).padStart(8)} ${f(r.p50)} ${f(r.p90)} ${f(r.p99)} ${f(r.max)} ${String(r.errors).padStart(7)} ${String(r.timeouts).padStart(8)} ${String(r.non2xx).padStart(8)}  ${JSON.stringify(r.statusCodes)}`);
    }
    const all = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const errors = results.reduce((n, r) => n + r.errors, 0);
    const non2xx = results.reduce((n, r) => n + r.non2xx, 0);
    const p99 = percentile(all, 0.99);
    console.log(`${'all'.padEnd(32)} ${String(total).padStart(5)} ${(all.length / seconds).toFixed(1).padStart(8)} ${f(percentile(all, 0.5))} ${f(percentile(all, 0.9))} ${f(p99)} ${f(all.at(-1) ?? NaN)} ${String(errors).padStart(7)} ${String(results.reduce((n, r) => n + r.timeouts, 0)).padStart(8)} ${String(non2xx).padStart(8)}`);
    const posted = results.find((r) => r.kind === 'intake')?.statusCodes['201'] ?? 0;
    console.log(`\nclassification: ${classifiedDuring} letters classified during the run (${(classifiedDuring / seconds).toFixed(1)}/s) of ${posted} received; queue at the end: ${q.queued} queued, ${q.running} running, ${q.dead} dead`);
    const ok = errors === 0 && non2xx === 0 && p99 < 500;
    console.log(`target: zero errors and p99 < 500 ms at ${total} concurrent users — ${ok ? 'met' : 'NOT met'} (errors ${errors}, non-2xx ${non2xx}, p99 ${p99.toFixed(0)} ms)`);
    await server.close();
  } finally {
    await bench.drop();
  }
}
