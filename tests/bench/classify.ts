/**
 * npm run bench:classify — letters per second and peak RSS of the classifier, model loaded once:
 * web-form texts (short) and two-page letters (about 850 words), from the generated corpus.
 */
import '../../server/quiet-env.ts';
import fs from 'node:fs';
import path from 'node:path';
import { Classifier } from '../../server/classify/classifier.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const records = fs.readFileSync(path.join(ROOT, 'models/data/generated.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { subject: string; body: string; channel: string });
const words = (t: string) => t.split(/\s+/).length;

const short = records.filter((r) => r.channel === 'webform' && words(r.body) <= 80).slice(0, 400);
const long: { subject: string; body: string }[] = [];
for (let i = 0; long.length < 120; i++) {
  // Two pages: join consecutive letters until about 850 words.
  let body = '';
  let j = i * 7;
  while (words(body) < 850) body += `${records[j++ % records.length]!.body}\n\n`;
  long.push({ subject: records[i]!.subject, body: body.split(/\s+/).slice(0, 850).join(' ') });
}

let peak = process.memoryUsage().rss;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const t0 = performance.now();
const clf = await Classifier.load();
console.log(`model ${clf.version} loaded in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

async function run(name: string, letters: { subject: string; body: string }[]) {
  for (const l of letters.slice(0, 5)) await clf.classify(l.subject, l.body); // warm-up
  const start = performance.now();
  let chunks = 0;
  for (const l of letters) chunks += (await clf.classify(l.subject, l.body)).chunks;
  const s = (performance.now() - start) / 1000;
  const avgWords = letters.reduce((n, l) => n + words(l.body), 0) / letters.length;
  console.log(`${name.padEnd(22)} ${String(letters.length).padStart(4)} letters, ~${avgWords.toFixed(0)} words, ${(chunks / letters.length).toFixed(1)} chunks each: ${(letters.length / s).toFixed(1)} letters/s`);
}

await run('web form (short)', short);
await run('two-page letters', long);
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);
await clf.dispose();
