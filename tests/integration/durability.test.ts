/**
 * Nothing lost: the classification queue under concurrency and under a crash.
 *
 * 1. Two workers on one database (two connection pools on PostgreSQL; one PGlite shared in this
 *    process otherwise) drain a queue together: every letter is classified exactly once.
 * 2. The real server (a child process) is killed with SIGKILL in the middle of 500 uploads,
 *    restarted on the same database, and everything is sent again: no accepted letter is lost,
 *    none is stored twice, and each is classified exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, startClassifyWorker } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrator.ts';
import type { Worker } from '../../server/jobs/worker.ts';
import { createPgDatabase } from '../helpers/pg-database.ts';
import { startTestServer, waitFor, type TestServer } from '../helpers/server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const OPENINGS = [
  'Geachte heer, mevrouw,\n\nHierbij maak ik bezwaar tegen de WOZ-beschikking van mijn woning aan de {straat} {nr}. De waarde is veel te hoog vastgesteld ten opzichte van vergelijkbare woningen in de buurt.',
  'Beste gemeente,\n\nDe lantaarnpaal voor {straat} {nr} brandt al weken niet meer. Het is \'s avonds erg donker op de stoep. Kunt u iemand sturen om ernaar te kijken?',
  'Geachte medewerker,\n\nIk heb schulden en kan de aanslag afvalstoffenheffing niet betalen. Ik vraag om kwijtschelding of een betalingsregeling. Ik woon op {straat} {nr}.',
  'Geacht college,\n\nOp grond van de Wet open overheid verzoek ik u alle documenten openbaar te maken over de herinrichting van de {straat}, kenmerk {nr}.',
  'Geachte heer, mevrouw,\n\nIk wil een klacht indienen over de behandeling aan de balie van het stadskantoor. Ik ben drie keer niet teruggebeld over mijn melding {nr}.',
  'Beste gemeente,\n\nIn de {straat} staan al dagen volle afvalcontainers; er ligt zwerfvuil rond nummer {nr}. Wanneer wordt dit opgehaald?',
];
const STREETS = ['Dorpsstraat', 'Kerkweg', 'Molenlaan', 'Stationsplein', 'Beukenlaan', 'Havenkade', 'Schoolstraat', 'Marktplein'];

/** A realistic, unique Dutch web-form letter. */
function letter(i: number, tag: string) {
  const body = `${OPENINGS[i % OPENINGS.length]!.replace('{straat}', STREETS[i % STREETS.length]!).replace('{nr}', String(10 + i))}\n\nMet vriendelijke groet,\nInwoner ${tag}-${i}`;
  return { subject: `Melding ${tag}-${i}`, body, channel: 'webform' as const };
}

/** Per letter: how many classifications and 'letter.classified' audit entries it has, and its job statuses. */
async function perLetterCounts(db: Database['db']) {
  const letters = await db.selectFrom('letters').select(['id', 'status']).execute();
  const cls = await db.selectFrom('classifications').select(['letter_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('letter_id').execute();
  const audits = await db
    .selectFrom('audit_log')
    .select(['entity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('action', '=', 'letter.classified')
    .groupBy('entity_id')
    .execute();
  const jobs = await db.selectFrom('jobs').select(['letter_id', 'status', 'kind']).where('kind', '=', 'classify').execute();
  return {
    letters,
    classifications: new Map(cls.map((r) => [r.letter_id, Number(r.n)])),
    audits: new Map(audits.map((r) => [r.entity_id!, Number(r.n)])),
    jobs,
  };
}

function expectEachClassifiedOnce(c: Awaited<ReturnType<typeof perLetterCounts>>) {
  const notOnce = c.letters.filter((l) => c.classifications.get(l.id) !== 1 || c.audits.get(l.id) !== 1);
  expect(notOnce.map((l) => ({ id: l.id, classifications: c.classifications.get(l.id) ?? 0, audits: c.audits.get(l.id) ?? 0 }))).toEqual([]);
  expect(c.classifications.size).toBe(c.letters.length);
  expect(c.audits.size).toBe(c.letters.length);
  // One classify job per letter, and all of them done.
  expect(c.jobs.length).toBe(c.letters.length);
  expect(new Set(c.jobs.map((j) => j.letter_id)).size).toBe(c.letters.length);
  expect(c.jobs.filter((j) => j.status !== 'done')).toEqual([]);
  expect(c.letters.filter((l) => l.status === 'failed' || l.status === 'received')).toEqual([]);
}

describe('two workers on one database', () => {
  let s: TestServer;
  let second: Database | undefined;
  let otherServices: ReturnType<typeof createServices> | undefined;
  const workers: Worker[] = [];

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    for (const w of workers) await w.stop();
    await otherServices?.models.close();
    await second?.close();
    await s?.close();
  });

  it('never classify a letter twice', async () => {
    const N = 60;
    for (let i = 0; i < N; i++) await s.services.intake.ingestJson(letter(i, 'twee-workers'), null, null);
    expect(Number((await s.database.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'queued').executeTakeFirstOrThrow()).n)).toBe(N);

    // PostgreSQL: the second worker has its own pool (its own connections), as a second process would.
    // PGlite: one database per process, so both workers share it; the claim logic is still exercised.
    if (s.config.databaseUrl) second = await openDatabase({ databaseUrl: s.config.databaseUrl, poolSize: 3 });
    const other = (otherServices = second ? createServices(second, s.config) : createServices(s.database, s.config));
    await Promise.all([s.services.classifier(), other.classifier()]);
    const cfg = { ...s.config, workerPollMs: 10 };
    workers.push(startClassifyWorker(s.services, cfg), startClassifyWorker(other, cfg));

    await waitFor(async () => {
      const d = await s.services.jobs.depth();
      return d.queued === 0 && d.running === 0;
    }, 90_000, 'the queue to drain');
    const [a, b] = workers.splice(0) as [Worker, Worker];
    await Promise.all([a.stop(), b.stop()]);

    const c = await perLetterCounts(s.database.db);
    expect(c.letters.length).toBe(N);
    expectEachClassifiedOnce(c);
    // Each job was run once, and both workers took part (else this proves nothing about concurrency).
    expect(a.processed + b.processed).toBe(N);
    expect(a.processed).toBeGreaterThan(0);
    expect(b.processed).toBeGreaterThan(0);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// SIGKILL in the middle of a batch of uploads
// ---------------------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The database the server processes use: a fresh PostgreSQL database, or PGlite in a directory. */
interface Target {
  env: Record<string, string>;
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

async function createTarget(): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-durability-'));
  const base = process.env.DATABASE_URL;
  if (!base) {
    return {
      env: { DATA_DIR: dataDir },
      open: () => openDatabase({ pgliteDir: path.join(dataDir, 'pglite') }),
      cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const pgDb = await createPgDatabase(base, 'ps_durability');
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: pgDb.url },
    open: () => openDatabase({ databaseUrl: pgDb.url, poolSize: 2 }),
    cleanup: async () => {
      await pgDb.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `node --import tsx server/cli/start.ts` as a child process (--dev: never rebuilds the web app). */
async function startServerProcess(target: Target): Promise<ServerProcess> {
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...target.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_DATA: 'false',
    EXPORT_SCHEDULE: 'uit',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    WORKER_POLL_MS: '50',
    DOTENV_CONFIG_QUIET: 'true',
  };
  if (!target.env.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/start.ts', '--dev'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (gone) throw new Error(`server exited during start:\n${out}`);
    try {
      return (await fetch(`${baseUrl}/api/health`)).status === 200;
    } catch {
      return false;
    }
  }, 90_000, 'the server to start');
  return { baseUrl, child, output: () => out, exited };
}

async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

type Outcome = { status: number; id?: string } | { error: string };

/** Posts the letters with `concurrency` in flight; stops taking new ones once `stop()` says so. */
async function submitAll(baseUrl: string, cookie: string, letters: ReturnType<typeof letter>[], concurrency: number, after?: (i: number, o: Outcome) => void, stop?: () => boolean) {
  const outcomes: (Outcome | undefined)[] = new Array(letters.length);
  let next = 0;
  async function lane() {
    while (next < letters.length && !stop?.()) {
      const i = next++;
      let o: Outcome;
      try {
        const res = await fetch(`${baseUrl}/api/letters`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(letters[i]) });
        const body = (await res.json()) as { id?: string };
        o = { status: res.status, id: body.id };
      } catch (err) {
        o = { error: err instanceof Error ? err.message : String(err) };
      }
      outcomes[i] = o;
      after?.(i, o);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return outcomes;
}

const accepted = (o: Outcome | undefined): o is { status: number; id: string } => !!o && 'status' in o && (o.status === 201 || o.status === 200) && !!o.id;

describe('SIGKILL in the middle of 500 uploads', () => {
  let target: Target;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    target = await createTarget();
    // Users before the first start (PGlite on disk is single-process: the server must not be running).
    const database = await target.open();
    try {
      await migrate(database);
      const { auth } = createServices(database, loadConfig({}, { databaseUrl: target.env.DATABASE_URL }));
      await auth.createUser({ email: 'intake@durability.test', role: 'intake', password: 'intake-wachtwoord-1', mustChangePassword: false });
      await auth.createUser({ email: 'admin@durability.test', role: 'admin', password: 'admin-wachtwoord-1', mustChangePassword: false });
    } finally {
      await database.close();
    }
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await target?.cleanup();
  });

  it('loses no accepted letter, stores none twice and classifies each once', async () => {
    const N = 500;
    const KILL_AFTER = 150;
    const letters = Array.from({ length: N }, (_, i) => letter(i, 'crash'));

    const t0 = Date.now();
    const at = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
    // 1. Upload until about 150 are accepted, then SIGKILL the server mid-batch.
    server = await startServerProcess(target);
    const first = server;
    let cookie = await login(first.baseUrl, 'intake@durability.test', 'intake-wachtwoord-1');
    let acceptedCount = 0;
    let killed = false;
    const before = await submitAll(first.baseUrl, cookie, letters, 8, (_i, o) => {
      if (accepted(o) && ++acceptedCount >= KILL_AFTER && !killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    }, () => killed);
    expect(await first.exited).toBe(null); // killed by the signal, not exited
    const acceptedBefore = new Map<number, string>();
    before.forEach((o, i) => accepted(o) && acceptedBefore.set(i, o.id));
    const failedBefore = before.filter((o) => o && 'error' in o).length;
    expect(acceptedBefore.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(before.filter((o) => o && 'status' in o && !accepted(o))).toEqual([]); // no 4xx/5xx, only accepted or cut off

    // A job the killed worker was running stays 'running'; the restarted worker sees that its
    // process (same host, pid gone) no longer exists and requeues it at once.
    const crashed = await target.open();
    let running: number;
    try {
      running = Number((await crashed.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'running').executeTakeFirstOrThrow()).n);
    } finally {
      await crashed.close();
    }
    console.log(`durability: ${acceptedBefore.size} accepted and ${failedBefore} cut off before SIGKILL; ${running} job(s) left running (${at()})`);

    // 2. Restart on the same database and send all 500 again.
    server = await startServerProcess(target);
    const second = server;
    cookie = await login(second.baseUrl, 'intake@durability.test', 'intake-wachtwoord-1');
    const after = await submitAll(second.baseUrl, cookie, letters, 8);
    expect(after.filter((o) => !accepted(o))).toEqual([]);
    for (const [i, id] of acceptedBefore) {
      expect(after[i]).toEqual({ status: 200, id }); // the same letter, not a new one
    }
    const ids = after.map((o) => (o as { id: string }).id);
    expect(new Set(ids).size).toBe(N);
    console.log(`durability: all ${N} sent again after the restart (${at()})`);

    // 3. Wait until the queue is drained (the admin page's queue depth).
    const adminCookie = await login(second.baseUrl, 'admin@durability.test', 'admin-wachtwoord-1');
    let last: unknown;
    const depth = await waitFor(async () => {
      const res = await fetch(`${second.baseUrl}/api/admin/model`, { headers: { cookie: adminCookie } });
      const q = ((await res.json()) as { queue: { queued: number; running: number; dead: number } }).queue;
      last = q;
      return q.queued === 0 && q.running === 0 ? q : undefined;
    }, 180_000, 'the classification queue to drain').catch((err: Error) => {
      throw new Error(`${err.message}; last depth ${JSON.stringify(last)}; server output:\n${second.output()}`);
    });
    expect(depth.dead).toBe(0);
    console.log(`durability: queue drained (${at()})`);

    // 4. Stop the server gracefully and count in the database.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const database = await target.open();
    try {
      const c = await perLetterCounts(database.db);
      expect(c.letters.length).toBe(N);
      expect(new Set(c.letters.map((l) => l.id))).toEqual(new Set(ids));
      expectEachClassifiedOnce(c);
      const statuses = await database.db.selectFrom('jobs').select('status').where('status', 'in', ['queued', 'running']).execute();
      expect(statuses).toEqual([]);
    } finally {
      await database.close();
    }
  }, 240_000);
});
