/** Opening the configured database (PostgreSQL or embedded PGlite) for the CLI entry points. */
import path from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrator.ts';

export async function openConfiguredDatabase(config: Config, opts: { migrate?: boolean } = {}): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
  if (opts.migrate !== false) await migrate(database);
  return database;
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `ingebedde PGlite in ${path.join(config.dataDir, 'pglite')}`;
  const u = new URL(config.databaseUrl);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
