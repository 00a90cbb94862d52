/**
 * npm run seed:demo — fills an empty database with a realistic year of letters (server/demo),
 * classifies them with the real model in this process, simulates their handling and brings the
 * trend rollups up to date. Options: --weeks N (default 52), --per-week N (default 48).
 */
import '../quiet-env.ts';
import fs from 'node:fs';
import { loadConfig } from '../config.ts';
import { createServices, startClassifyWorker } from '../app.ts';
import { describeDatabase, openConfiguredDatabase } from './runtime.ts';
import { planDemoYear, queueDrained, simulateHandling, submitDemoYear } from '../demo/seed.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`${name} verwacht een positief geheel getal.`);
    process.exit(2);
  }
  return v;
}

const config = loadConfig();
fs.mkdirSync(config.dataDir, { recursive: true });
const database = await openConfiguredDatabase(config);
const services = createServices(database, config);
if (await database.db.selectFrom('letters').select('id').limit(1).executeTakeFirst()) {
  console.error(`De database (${describeDatabase(config)}) bevat al brieven; seed:demo vult alleen een lege database.`);
  await database.close();
  process.exit(2);
}
const t0 = Date.now();
const plan = planDemoYear({ weeks: option('--weeks', 52), perWeek: option('--per-week', 48) });
const stored = await submitDemoYear(services.intake, plan);
console.log(`${stored} brieven ontvangen via de intake (${((Date.now() - t0) / 1000).toFixed(1)} s); classificeren met het model…`);
await services.classifier();
const worker = startClassifyWorker(services, { ...config, workerPollMs: 50 });
await queueDrained(services.jobs, (left) => process.stdout.write(`\r  nog ${left} in de wachtrij   `), 2000);
await worker.stop();
await services.models.close();
const handled = await simulateHandling(database.db);
const weeks = await services.trends.refresh();
console.log(`\r${stored} brieven geclassificeerd, ${handled} als afgehandeld gemarkeerd, trends voor ${weeks} weken bijgewerkt in ${((Date.now() - t0) / 1000).toFixed(0)} s (${describeDatabase(config)}).`);
await database.close();
