/**
 * npm run --silent classify -- FILE.jsonl   (or - for standard input)
 * Reads JSONL records with id, subject, body; writes one JSON line per record with id, category,
 * scores, flags, topic, department and cc by the default routing rules, needs_review,
 * review_reasons and model_version. Nothing else goes to standard output.
 */
import '../quiet-env.ts';
import fs from 'node:fs';
import readline from 'node:readline';
import { Classifier } from '../classify/classifier.ts';
import { DEFAULT_RULESET } from '../routing/defaults.ts';
import { route } from '../routing/engine.ts';

const arg = process.argv[2];
if (!arg) {
  console.error('Gebruik: npm run --silent classify -- BESTAND.jsonl   (of - voor standaardinvoer)');
  process.exit(2);
}
const input = arg === '-' ? process.stdin : fs.createReadStream(arg, 'utf8');
const clf = await Classifier.load(process.env.MODEL_DIR || undefined);
let line = 0;
let failed = 0;
for await (const raw of readline.createInterface({ input, crlfDelay: Infinity })) {
  line++;
  if (!raw.trim()) continue;
  let rec: { id?: unknown; subject?: unknown; body?: unknown };
  try {
    rec = JSON.parse(raw) as typeof rec;
  } catch {
    console.error(`regel ${line}: geen geldige JSON; overgeslagen`);
    failed++;
    continue;
  }
  if (typeof rec.body !== 'string') {
    console.error(`regel ${line}: "body" ontbreekt of is geen tekst; overgeslagen`);
    failed++;
    continue;
  }
  const subject = typeof rec.subject === 'string' ? rec.subject : '';
  const c = await clf.classify(subject, rec.body);
  const r = route(c, DEFAULT_RULESET);
  process.stdout.write(JSON.stringify({
    id: rec.id ?? null,
    category: c.category,
    scores: c.scores,
    anti_institutioneel: c.anti_institutioneel,
    anti_institutioneel_score: c.anti_institutioneel_score,
    zorgsignaal: c.zorgsignaal,
    zorgsignaal_score: c.zorgsignaal_score,
    topic: c.topic,
    department: r.department,
    cc: r.cc,
    routing_rule: r.ruleKey,
    needs_review: c.needs_review,
    review_reasons: c.review_reasons,
    model_version: c.model_version,
  }) + '\n');
}
await clf.dispose();
process.exitCode = failed > 0 ? 1 : 0;
