/**
 * npm run model:retrain — refits the TypeScript heads on the training corpus plus every letter
 * people reviewed, evaluates on the held-out letters and activates the result only if it is not
 * worse. Works on the configured database (DATABASE_URL or the embedded one).
 */
import '../quiet-env.ts';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { createServices } from '../app.ts';
import { retrain } from '../classify/retrain.ts';
import { openConfiguredDatabase } from './runtime.ts';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
const services = createServices(database, config);
try {
  const current = await services.models.inProcess();
  console.log(`actief model: ${current.version}`);
  const r = await retrain({ db: database.db, classifier: current, cacheDir: path.join(config.dataDir, 'cache'), actor: null, log: (m) => console.log(m) });
  const f = (x: number) => (x * 100).toFixed(1) + '%';
  console.log(`kandidaat ${r.version} (${r.reviewedLetters} beoordeelde brieven)`);
  console.log(`  macro-F1       ${f(r.current.category.macro_f1)} -> ${f(r.candidate.category.macro_f1)}`);
  console.log(`  bedreiging rec ${f(r.current.category.per_class.bedreiging!.recall)} -> ${f(r.candidate.category.per_class.bedreiging!.recall)}`);
  console.log(`  anti F1        ${f(r.current.anti_institutioneel.f1)} -> ${f(r.candidate.anti_institutioneel.f1)}`);
  console.log(`  zorg recall    ${f(r.current.zorgsignaal.recall)} -> ${f(r.candidate.zorgsignaal.recall)}`);
  console.log(r.reason);
} finally {
  await services.models.close();
  await database.close();
}
