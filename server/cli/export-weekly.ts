/**
 * npm run export:weekly -- [--week 2026-W47] [--out DIR] — the weekly report (PDF and CSV) of an
 * ISO week (default: the last complete week), stored in the database like the scheduled one and
 * written to DIR/<week>.pdf and DIR/<week>.csv (default DIR: DATA_DIR/exports).
 */
import '../quiet-env.ts';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { createServices } from '../app.ts';
import { openConfiguredDatabase } from './runtime.ts';
import { lastCompleteWeek } from '../export/service.ts';
import { mondayOfIsoWeek } from '../trends/weeks.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

const config = loadConfig();
const label = arg('--week');
const monday = label ? mondayOfIsoWeek(label) : lastCompleteWeek();
if (!monday) {
  console.error(`"${label}" is geen ISO-week; gebruik bijvoorbeeld --week 2026-W47.`);
  process.exit(2);
}
if (monday > lastCompleteWeek()) {
  console.error('Die week is nog niet voorbij; kies de vorige week of een eerdere.');
  process.exit(2);
}
const out = path.resolve(arg('--out') ?? path.join(config.dataDir, 'exports'));
fs.mkdirSync(config.dataDir, { recursive: true });
const database = await openConfiguredDatabase(config);
try {
  const services = createServices(database, config);
  const e = await services.exports.generate(monday, 'cli', null);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `${e.week}.pdf`), e.pdf);
  fs.writeFileSync(path.join(out, `${e.week}.csv`), e.csv);
  console.log(`${e.week}: ${path.join(out, `${e.week}.pdf`)} en ${path.join(out, `${e.week}.csv`)} (export ${e.id}, cijfers sha256 ${e.figuresSha256.slice(0, 16)}…)`);
} finally {
  await database.close();
}
