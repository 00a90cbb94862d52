/**
 * Forward-only migration runner: applies migrations/*.sql in name order, each in its own
 * transaction together with its row in schema_migrations. An advisory lock makes concurrent
 * starts (several workers on one PostgreSQL) wait instead of racing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Database } from './database.ts';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../migrations');
const LOCK_KEY = 4_717_001;

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; file: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.sql$/, ''), file: path.join(dir, f) }));
}

export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const { db } = database;
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
      const done = await trx.selectFrom('schema_migrations').select('name').where('name', '=', m.name).executeTakeFirst();
      if (done) return;
      await database.execScript(trx, fs.readFileSync(m.file, 'utf8'));
      await trx.insertInto('schema_migrations').values({ name: m.name }).execute();
      applied.push(m.name);
    });
  }
  return applied;
}
