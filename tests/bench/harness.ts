/**
 * Shared by the benchmarks: a throw-away database (a temporary PostgreSQL database when
 * DATABASE_URL is set, else PGlite in a temporary directory), the real server on it with a
 * signed-in user, and a timer that reads the server time (Server-Timing) of repeated requests.
 */
import '../../server/quiet-env.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, createServices, startClassifyWorker, type Services } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import type { Worker } from '../../server/jobs/worker.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrator.ts';
import { createPgDatabase } from '../helpers/pg-database.ts';
import type { Role } from '../../server/db/schema.ts';

export interface BenchDatabase {
  database: Database;
  url: string | undefined;
  drop(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const base = process.env.DATABASE_URL;
  const pgDb = base ? await createPgDatabase(base, 'ps_bench') : undefined;
  const url = pgDb?.url;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-bench-'));
  const database = await openDatabase({ databaseUrl: url, pgliteDir: path.join(dir, 'pglite') });
  await migrate(database);
  return {
    database, url,
    async drop() {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
      await pgDb?.drop();
    },
  };
}

export interface BenchServer {
  services: Services;
  config: Config;
  /** http://127.0.0.1:<port> of the listening server. */
  baseUrl: string;
  /** Cookie header of the signed-in user of the role given to startBenchServer. */
  cookie: string;
  /** The in-process classification worker, when started with { worker: true }. */
  worker: Worker | undefined;
  /** Creates another user of `role` and returns the cookie header of a signed-in session. */
  session(role: Role): Promise<string>;
  /** Times `runs` requests (after 3 warm-ups) by their Server-Timing header; returns the last body. */
  measure<T = unknown>(label: string, pathQuery: string, opts?: { runs?: number; before?: () => Promise<void>; note?: (body: T) => string }): Promise<{ body: T; median: number; p95: number }>;
  close(): Promise<void>;
}

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/**
 * `opts.worker`: also run a classification worker in this process (the model is loaded first),
 * as `npm start` does; it is stopped by close().
 */
export async function startBenchServer(bench: BenchDatabase, role: Role, opts: { worker?: boolean } = {}): Promise<BenchServer> {
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' }, { port: 0, databaseUrl: bench.url });
  const services = createServices(bench.database, config);
  const app = await buildApp({ config, database: bench.database, services, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  await services.auth.createUser({ email: 'bench@gemeente.nl', role, password: 'bench-wachtwoord', mustChangePassword: false });
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@gemeente.nl', password: 'bench-wachtwoord' }) });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const baseUrl = `http://127.0.0.1:${port}`;
  let worker: Worker | undefined;
  if (opts.worker) {
    await services.classifier();
    worker = startClassifyWorker(services, config);
  }
  let users = 0;
  return {
    services, config, baseUrl, cookie, worker,
    async session(r: Role) {
      const email = `bench-${r}-${++users}@gemeente.nl`;
      await services.auth.createUser({ email, role: r, password: 'bench-wachtwoord', mustChangePassword: false });
      return signIn(baseUrl, email, 'bench-wachtwoord');
    },
    async measure<T>(label: string, pathQuery: string, opts: { runs?: number; before?: () => Promise<void>; note?: (body: T) => string } = {}) {
      const runs = opts.runs ?? 30;
      const times: number[] = [];
      let body = undefined as T;
      for (let i = 0; i < runs + 3; i++) {
        await opts.before?.();
        const res = await fetch(`http://127.0.0.1:${port}${pathQuery}`, { headers: { cookie } });
        body = (await res.json()) as T;
        if (res.status !== 200) throw new Error(`${label}: ${res.status} ${JSON.stringify(body)}`);
        if (i >= 3) times.push(Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]));
      }
      times.sort((a, b) => a - b);
      const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
      console.log(`${label.padEnd(48)} median ${q(0.5).toFixed(1).padStart(6)} ms   p95 ${q(0.95).toFixed(1).padStart(6)} ms${opts.note ? `   (${opts.note(body)})` : ''}`);
      return { body, median: q(0.5), p95: q(0.95) };
    },
    async close() {
      await worker?.stop();
      await app.close();
      await services.models.close();
    },
  };
}
