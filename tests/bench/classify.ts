/**
 * npm run bench:classify — letters per second and peak RSS of the classifier, model loaded once:
 * web-form texts (short) and two-page letters (about 850 words), from the generated corpus.
 *
 * Two ways, both reported:
 * - one classifier in this thread, one letter after another (ONNX Runtime's default threads):
 *   the latency of a single letter;
 * - as a 2-core server classifies: one classifier thread per core (each with one ONNX thread),
 *   the way `npm run worker` processes do it — letters/s on 2 cores is this figure.
 * MODEL_DIR picks another model folder (default models/postsignaal-nl); BENCH_POOL sets the number of classifier threads (default: the number of cores).
 */
import '../../server/quiet-env.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Classifier, DEFAULT_MODEL_DIR } from '../../server/classify/classifier.ts';
import { ClassifierThread } from '../../server/classify/thread.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const records = fs.readFileSync(path.join(ROOT, 'models/data/generated.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { subject: string; body: string; channel: string });
const words = (t: string) => t.split(/\s+/).length;

type Letter = { subject: string; body: string };
const short = records.filter((r) => r.channel === 'webform' && words(r.body) <= 80).slice(0, 400);
const long: Letter[] = [];
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
const modelDir = process.env.MODEL_DIR ? path.resolve(process.env.MODEL_DIR) : DEFAULT_MODEL_DIR;
const clf = await Classifier.load(modelDir);
console.log(`model ${clf.version} loaded in ${((performance.now() - t0) / 1000).toFixed(1)}s; ${os.availableParallelism()} cores`);

function line(name: string, letters: Letter[], chunks: number, s: number) {
  const avgWords = letters.reduce((n, l) => n + words(l.body), 0) / letters.length;
  console.log(`  ${name.padEnd(22)} ${String(letters.length).padStart(4)} letters, ~${avgWords.toFixed(0)} words, ${(chunks / letters.length).toFixed(1)} chunks each: ${(letters.length / s).toFixed(1)} letters/s, ${((s * 1000) / letters.length).toFixed(2)} ms each`);
}

async function sequential(name: string, letters: Letter[]) {
  for (const l of letters.slice(0, 5)) await clf.classify(l.subject, l.body); // warm-up
  const start = performance.now();
  let chunks = 0;
  for (const l of letters) chunks += (await clf.classify(l.subject, l.body)).chunks;
  line(name, letters, chunks, (performance.now() - start) / 1000);
}

async function pooled(pool: ClassifierThread[], name: string, letters: Letter[]) {
  await Promise.all(pool.map((t) => Promise.all(letters.slice(0, 5).map((l) => t.classify(l.subject, l.body)))));
  const start = performance.now();
  let chunks = 0;
  let next = 0;
  // Each thread takes the next letter when it is done with one, as each worker process claims the next job.
  await Promise.all(pool.map(async (t) => {
    while (next < letters.length) {
      const l = letters[next++]!;
      const c = await t.classify(l.subject, l.body);
      chunks += c.chunks;
    }
  }));
  line(name, letters, chunks, (performance.now() - start) / 1000);
}

console.log('one classifier, one letter at a time:');
await sequential('web form (short)', short);
await sequential('two-page letters', long);
await clf.dispose();
const peakOne = Math.max(peak, process.memoryUsage().rss);

const size = Number(process.env.BENCH_POOL ?? os.availableParallelism());
const pool = Array.from({ length: size }, () => new ClassifierThread({ modelDir, threads: 1, nice: 0 }));
await Promise.all(pool.map((t) => t.shippedVersion()));
console.log(`${size} classifier threads, one ONNX thread each (as ${size} worker processes):`);
await pooled(pool, 'web form (short)', short);
await pooled(pool, 'two-page letters', long);
await Promise.all(pool.map((t) => t.close()));
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`peak RSS: ${mb(peakOne)} with one classifier (what one worker process holds); ${mb(peak)} for this process with all ${size} classifier threads`);
