/**
 * npm run worker — a classification worker as its own process, on the same database as the
 * server (DATABASE_URL). Run as many as the server has cores; they never take the same letter.
 */
import '../quiet-env.ts';
import { loadConfig } from '../config.ts';
import { createServices, startClassifyWorker } from '../app.ts';
import { describeDatabase, openConfiguredDatabase } from './runtime.ts';

const config = loadConfig();
if (!config.databaseUrl) {
  console.error('npm run worker heeft een PostgreSQL-server nodig (DATABASE_URL); de ingebedde database kan maar door één proces worden gebruikt. Met PGlite draait de worker al in de server.');
  process.exit(2);
}
const database = await openConfiguredDatabase(config);
const services = createServices(database, config);
const clf = await services.classifier();
const log = {
  info: (o: object, m: string) => console.log(JSON.stringify({ level: 'info', msg: m, ...o })),
  error: (o: object, m: string) => console.error(JSON.stringify({ level: 'error', msg: m, ...o })),
};
const worker = startClassifyWorker(services, config, log);
log.info({ worker: worker.workerId, model: clf.version, database: describeDatabase(config) }, 'worker started');
const stop = async () => {
  await worker.stop();
  await services.models.close();
  await database.close();
  log.info({ processed: worker.processed }, 'worker stopped');
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
