/**
 * npm run corpus:build-handwritten — turns the hand-written batch files into
 * models/data/handwritten.jsonl: split from the folder (raw/train, raw/test), department and cc
 * from the default routing rules, source "handwritten". Fails on any invalid letter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { route } from '../../server/routing/engine.ts';
import { DEFAULT_RULESET } from '../../server/routing/defaults.ts';
import type { Category, Channel, Language, Topic } from '../../server/taxonomy.ts';
import { listRawFiles, parseRaw, rawProblems } from './handwritten.ts';

const ROOT = path.resolve(import.meta.dirname, '../data');
const RAW = path.join(ROOT, 'handwritten/raw');
const OUT = path.join(ROOT, 'handwritten.jsonl');

const lines: string[] = [];
const seen = new Set<string>();
let problems = 0;
for (const split of ['train', 'test'] as const) {
  for (const file of listRawFiles(path.join(RAW, split))) {
    for (const r of parseRaw(fs.readFileSync(file, 'utf8'), path.relative(ROOT, file))) {
      const errs = rawProblems(r);
      if (seen.has(r.fields.id!)) errs.push('duplicate id');
      seen.add(r.fields.id!);
      if (errs.length) {
        problems++;
        console.error(`${r.file} ${r.fields.id ?? '?'}: ${errs.join('; ')}`);
        continue;
      }
      const f = r.fields;
      const labels = { category: f.category as Category, anti_institutioneel: f.anti_institutioneel === 'true', zorgsignaal: f.zorgsignaal === 'true', topic: f.topic as Topic };
      const routing = route(labels, DEFAULT_RULESET);
      lines.push(JSON.stringify({
        id: f.id, channel: f.channel as Channel, subject: f.subject, body: r.body, language: f.language as Language,
        ...labels, department: routing.department, cc: routing.cc, source: 'handwritten', split,
      }));
    }
  }
}
if (problems) {
  console.error(`${problems} invalid letter(s); nothing written.`);
  process.exit(1);
}
fs.writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} hand-written letters -> ${path.relative(process.cwd(), OUT)}`);
