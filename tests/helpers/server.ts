/**
 * Starts the real Fastify server on a real database for a test file: a fresh PostgreSQL
 * database when DATABASE_URL is set (created here, dropped afterwards), otherwise an
 * in-memory PGlite. Requests go over HTTP to a listening port.
 */
import crypto from 'node:crypto';
import { createPgDatabase } from './pg-database.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrator.ts';
import { buildApp, createServices, startClassifyWorker, type Services } from '../../server/app.ts';
import type { Worker } from '../../server/jobs/worker.ts';
import type { App } from '../../server/http.ts';
import type { Role } from '../../server/db/schema.ts';

export interface TestServer {
  baseUrl: string;
  app: App;
  database: Database;
  services: Services;
  config: Config;
  /** Creates a user and returns a cookie header of a signed-in session. */
  userSession(role: Role, email?: string): Promise<{ cookie: string; email: string; password: string }>;
  close(): Promise<void>;
}

/** Waits until `check` returns a value (polling), or fails after `ms`. */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, ms = 30_000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startTestServer(overrides: Partial<Config> = {}, opts: { worker?: boolean } = {}): Promise<TestServer> {
  const envUrl = process.env.DATABASE_URL;
  const pgDb = envUrl ? await createPgDatabase(envUrl) : undefined;
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '10000' }, { port: 0, databaseUrl: pgDb?.url, ...overrides });
  const database = await openDatabase({ databaseUrl: pgDb?.url, pgliteDir: 'memory://', poolSize: 5 });
  await migrate(database);
  const services = createServices(database, config);
  const app = await buildApp({ config, database, services, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  let worker: Worker | undefined;
  if (opts.worker) {
    await services.classifier();
    worker = startClassifyWorker(services, { ...config, workerPollMs: 50 });
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  let n = 0;
  return {
    baseUrl, app, database, services, config,
    async userSession(role, email) {
      const mail = email ?? `${role}${++n}-${crypto.randomBytes(3).toString('hex')}@test.gemeente.nl`;
      const password = `wachtwoord-${crypto.randomBytes(6).toString('hex')}`;
      await services.auth.createUser({ email: mail, role, password, mustChangePassword: false });
      const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: mail, password }) });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      return { cookie, email: mail, password };
    },
    async close() {
      await worker?.stop();
      await app.close();
      await services.models.close();
      await database.close();
      await pgDb?.drop();
    },
  };
}

/** Counts rows of the tables intake writes, to prove failed attempts leave nothing behind. */
export async function intakeCounts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['letters', 'letter_files', 'jobs'] as const) {
    const r = await database.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

export async function upload(baseUrl: string, cookie: string, bytes: Uint8Array | Buffer, filename: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(bytes)]), filename);
  const res = await fetch(`${baseUrl}/api/letters`, { method: 'POST', headers: { cookie }, body: form });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
