/**
 * Step 1 of `npm run model:train`: the training and validation sets, and the texts the
 * vocabulary is learned from. The held-out letters (split "test") are never read here.
 *   validation = 20% of the hand-written training letters + 5% of the generated ones (by id hash);
 *   used for early stopping, calibration and thresholds — never for fitting weights.
 * Writes models/train/work/{train,val}.jsonl and vocab-texts.txt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { modelText } from '../../server/classify/encoder.ts';
import { isValidation } from '../../server/classify/fit.ts';
import { CATEGORIES, TOPICS } from '../../server/taxonomy.ts';
import { loadCorpus, type CorpusRecord } from '../corpus/record.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const WORK = path.join(ROOT, 'models/train/work');

export interface TrainExample {
  id: string;
  source: 'generator' | 'handwritten';
  text: string;
  category: number;
  anti: number;
  zorg: number;
  topic: number;
}


export function toExample(r: CorpusRecord): TrainExample {
  return {
    id: r.id, source: r.source, text: modelText(r.subject, r.body),
    category: CATEGORIES.indexOf(r.category), anti: r.anti_institutioneel ? 1 : 0, zorg: r.zorgsignaal ? 1 : 0, topic: TOPICS.indexOf(r.topic),
  };
}

/** Dutch prose from Debian packages (LibreOffice help, word list) unpacked by setup.sh. */
function prose(): string[] {
  const dir = path.join(WORK, 'prose');
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.html') && p.includes('/help/nl/')) {
        const text = fs.readFileSync(p, 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, '\n').replace(/&[a-z]+;/g, ' ');
        for (const line of text.split('\n')) if (line.trim().split(/\s+/).length >= 6) out.push(line.trim());
      } else if (/\/dict\/(nederlands|dutch)$/.test(p)) {
        for (const w of fs.readFileSync(p, "utf8").split("\n")) if (w && !w.includes("'")) out.push(w);
      }
    }
  };
  walk(dir);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.mkdirSync(WORK, { recursive: true });
  const all: CorpusRecord[] = [];
  for (const file of ['generated.jsonl', 'handwritten.jsonl']) {
    const { records, errors } = loadCorpus(path.join(ROOT, 'models/data', file));
    if (errors.length) throw new Error(`${file}: ${errors.length} invalid records, first: ${errors[0]}`);
    all.push(...records);
  }
  const usable = all.filter((r) => r.split === 'train');
  const train = usable.filter((r) => !isValidation(r)).map(toExample);
  const val = usable.filter(isValidation).map(toExample);
  fs.writeFileSync(path.join(WORK, 'train.jsonl'), train.map((e) => JSON.stringify(e)).join('\n') + '\n');
  fs.writeFileSync(path.join(WORK, 'val.jsonl'), val.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const p = prose();
  fs.writeFileSync(path.join(WORK, 'vocab-texts.txt'), [...train, ...val].map((e) => e.text.replace(/\s+/g, ' ')).concat(p).join('\n') + '\n');
  const count = (xs: TrainExample[], s: string) => xs.filter((e) => e.source === s).length;
  console.log(`train: ${train.length} (generated ${count(train, 'generator')}, hand-written ${count(train, 'handwritten')}); validation: ${val.length} (generated ${count(val, 'generator')}, hand-written ${count(val, 'handwritten')}); prose lines: ${p.length}; held-out letters not read: ${all.length - usable.length}`);
}
