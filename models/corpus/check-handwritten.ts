/**
 * npm run corpus:check-handwritten -- <dir-or-file> … — validates hand-written batch files (the
 * format in handwritten/BRIEF.md) and prints counts per label, for writers extending the corpus.
 */
import fs from 'node:fs';
import { listRawFiles, parseRaw, rawProblems, type RawLetter } from './handwritten.ts';

const files = process.argv.slice(2).flatMap((p) => (fs.statSync(p).isDirectory() ? listRawFiles(p) : [p]));
const all: RawLetter[] = [];
let bad = 0;
for (const f of files) {
  try {
    for (const r of parseRaw(fs.readFileSync(f, 'utf8'), f)) {
      const errs = rawProblems(r);
      if (errs.length) {
        bad++;
        console.log(`${f} ${r.fields.id ?? '?'}: ${errs.join('; ')}`);
      }
      all.push(r);
    }
  } catch (e) {
    bad++;
    console.log(`FORMAT ERROR ${(e as Error).message}`);
  }
}
const ids = new Map<string, number>();
for (const r of all) ids.set(r.fields.id ?? '', (ids.get(r.fields.id ?? '') ?? 0) + 1);
for (const [id, n] of ids) if (n > 1) (bad++, console.log(`duplicate id ${id} (${n}x)`));
const count = (k: string) => {
  const m: Record<string, number> = {};
  for (const r of all) m[r.fields[k] ?? '?'] = (m[r.fields[k] ?? '?'] ?? 0) + 1;
  return m;
};
console.log(`letters: ${all.length}`);
for (const k of ['category', 'language', 'channel', 'topic', 'anti_institutioneel', 'zorgsignaal']) console.log(`${k}: ${JSON.stringify(count(k))}`);
const words = all.map((r) => r.body.split(/\s+/).length).sort((a, b) => a - b);
if (words.length) console.log(`body words: min ${words[0]}, median ${words[Math.floor(words.length / 2)]}, max ${words.at(-1)}`);
console.log(bad ? `${bad} problem(s)` : 'OK');
process.exitCode = bad ? 1 : 0;
