/** npm run migrate — applies pending migrations to the configured database. */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrator.ts';
import { describeDatabase } from './runtime.ts';
import path from 'node:path';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
try {
  const applied = await migrate(database);
  console.log(`Database: ${describeDatabase(config)}`);
  console.log(applied.length ? `Toegepast: ${applied.join(', ')}` : 'Geen openstaande migraties.');
} finally {
  await database.close();
}
