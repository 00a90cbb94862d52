/**
 * A throw-away PostgreSQL database on the server of `baseUrl` (tests and benchmarks): created
 * with a random name under `prefix`, dropped with FORCE afterwards.
 */
import crypto from 'node:crypto';
import pg from 'pg';

export async function createPgDatabase(baseUrl: string, prefix = 'ps_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
