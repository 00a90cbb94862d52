/**
 * npm start — builds the web app when it is missing or stale, migrates the database, creates
 * the first admin on an empty database, and serves on PORT (default 3000).
 */
import '../quiet-env.ts';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { buildApp, createServices, startClassifyWorker } from '../app.ts';
import { describeDatabase, openConfiguredDatabase } from './runtime.ts';
import { planDemoYear, queueDrained, simulateHandling, submitDemoYear } from '../demo/seed.ts';
import { startExportScheduler } from '../export/scheduler.ts';
import { startRetention } from '../privacy/retention.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function buildWebIfNeeded(distDir: string): void {
  const index = path.join(distDir, 'index.html');
  const src = path.join(ROOT, 'web');
  if (!fs.existsSync(path.join(src, 'index.html'))) return;
  const stale = !fs.existsSync(index) || newestMtime(path.join(src, 'src')) > fs.statSync(index).mtimeMs;
  if (!stale) return;
  console.log('Webapp bouwen (vite build)…');
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('De webapp kon niet worden gebouwd (vite build faalde).');
}

const config = loadConfig();
if (!process.argv.includes('--dev')) buildWebIfNeeded(config.webDistDir);
fs.mkdirSync(config.dataDir, { recursive: true });
const database = await openConfiguredDatabase(config);
const services = createServices(database, config);

const admin = await services.auth.ensureInitialAdmin();
if (admin) {
  const line = '='.repeat(72);
  console.log(`\n${line}\n  Eerste beheerder aangemaakt\n  E-mail:               ${admin.email}\n  Eenmalig wachtwoord:  ${admin.password}\n  Wijzig het wachtwoord bij de eerste keer inloggen.\n${line}\n`);
}

let demoLetters = 0;
if (config.demoData && !(await database.db.selectFrom('letters').select('id').limit(1).executeTakeFirst())) {
  console.log('Demodata: een jaar aan brieven toevoegen (DEMO_DATA=false zet dit uit)…');
  demoLetters = await submitDemoYear(services.intake, planDemoYear());
}

const app = await buildApp({ config, database, services });
// Warm the model (in its classifier thread) once before taking traffic; no per-request loading.
const t0 = Date.now();
const clf = await services.classifier();
app.log.info({ model: clf.version, ms: Date.now() - t0 }, 'model loaded');
const worker = config.inProcessWorker ? startClassifyWorker(services, config, app.log) : null;
const retention = startRetention({ privacy: services.privacy, retentionDays: config.retentionDays, log: app.log });
const scheduler = config.exportSchedule ? startExportScheduler({ exports: services.exports, schedule: config.exportSchedule, log: app.log }) : null;
services.channels.start({ mailbox: (config.mailbox?.pollSeconds ?? 60) * 1000, scanner: (config.scanner?.pollSeconds ?? 10) * 1000 }, app.log);
await app.listen({ port: config.port, host: config.host });
if (demoLetters > 0) {
  console.log(`Demodata: ${demoLetters} brieven ontvangen; de worker classificeert ze nu (het dashboard vult zich in een paar minuten).`);
  // Once the model has classified the demo year, its older letters are handled as a desk would have.
  void queueDrained(services.jobs).then(() => simulateHandling(database.db)).then(
    (n) => app.log.info({ handled: n }, 'demo data classified and handled'),
    (err: unknown) => app.log.error({ err }, 'demo handling failed'),
  );
}
console.log(`Postsignaal draait op http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (database: ${describeDatabase(config)})`);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  scheduler?.stop();
  retention.stop();
  await app.close();
  await services.channels.stop();
  await worker?.stop();
  await services.models.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
