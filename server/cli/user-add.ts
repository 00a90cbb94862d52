/** npm run user:add -- --email x@y.nl --role intake|policy|admin [--password ...] [--name "..."] */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createServices } from '../app.ts';
import { AppError } from '../errors.ts';
import type { Role } from '../db/schema.ts';
import { openConfiguredDatabase } from './runtime.ts';

const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
});
if (!values.email || !values.role) {
  console.error('Gebruik: npm run user:add -- --email naam@gemeente.nl --role intake|policy|admin [--password ...] [--name "Naam"]');
  process.exit(2);
}
const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const { auth } = createServices(database, config);
  const { user, password } = await auth.createUser({ email: values.email, role: values.role as Role, password: values.password, displayName: values.name });
  console.log(`Gebruiker ${user.email} (${user.role}) aangemaakt.`);
  if (password) console.log(`Eenmalig wachtwoord: ${password}  (bij de eerste keer inloggen moet het worden gewijzigd)`);
} catch (err) {
  console.error(err instanceof AppError ? err.message : err);
  process.exitCode = 1;
} finally {
  await database.close();
}
