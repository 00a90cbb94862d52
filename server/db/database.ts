/**
 * db: the Kysely instance on PostgreSQL (DATABASE_URL, through `pg`) or on embedded PGlite
 * (`@electric-sql/pglite` with `kysely-pglite-dialect`, which serialises access to PGlite's
 * single connection so Kysely transactions stay correct). Both return int8 as number and
 * bytea as Uint8Array, so repositories see the same values on both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { DB } from './schema.ts';

export interface Database {
  db: Kysely<DB>;
  kind: 'postgres' | 'pglite';
  /** Runs a multi-statement SQL script (a migration) inside the given transaction. */
  execScript(trx: Transaction<DB>, script: string): Promise<void>;
  close(): Promise<void>;
}

const INT8_OID = 20;

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** PGlite data directory, or 'memory://' for an in-memory database. */
  pgliteDir?: string;
  poolSize?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  return openPglite(opts.pgliteDir ?? 'memory://');
}

function openPostgres(url: string, poolSize: number): Database {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === INT8_OID) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection closed by the server (restart, admin command) must not crash the process;
  // the pool opens a new one on the next query.
  pool.on('error', (err: Error & { code?: string }) => {
    if (err.code !== '57P01') console.error(`PostgreSQL: verbinding verbroken (${err.message}); de volgende query maakt een nieuwe.`);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    async execScript(trx, script) {
      // Without parameters node-pg uses the simple query protocol, which accepts several statements.
      await sql.raw(script).execute(trx);
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPglite(dir: string): Promise<Database> {
  if (dir !== 'memory://') fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const client = await PGlite.create(dir, {
    parsers: { [INT8_OID]: (v: string) => Number(v) },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    async execScript(_trx, script) {
      // PGlite has one session; Kysely's driver holds it for the open transaction, so exec runs inside it.
      await client.exec(script);
    },
    async close() {
      await db.destroy();
    },
  };
}
