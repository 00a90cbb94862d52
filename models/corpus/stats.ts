/**
 * Corpus statistics (npm run corpus:stats).
 *
 * Reads models/data/generated.jsonl and, when present, models/data/handwritten.jsonl, and prints
 * per part (generated; handwritten train; handwritten test) the counts per category, flag value,
 * topic, language and channel, the length distribution, and the near-duplicate rate within the
 * part (word 5-gram shingles, MinHash + LSH, Jaccard >= 0.7). Finally it checks that no letter
 * of the test split is a near-duplicate of a letter on the train side (generated + handwritten
 * train): exit code 1 with the ids when there is one.
 *
 *   npm run corpus:stats -- [--generated path] [--handwritten path]
 */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, CHANNELS, LANGUAGES, TOPICS } from '../../server/taxonomy.ts';
import { loadCorpus, type CorpusRecord } from './record.ts';
import { DEFAULT_THRESHOLD, duplicateRate, findCrossDuplicates, findNearDuplicates, type Doc } from '../../server/review/near-duplicates.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function args(): { generated: string; handwritten: string } {
  const a = process.argv.slice(2);
  const get = (flag: string, def: string) => {
    const i = a.indexOf(flag);
    return i >= 0 && a[i + 1] ? resolve(process.cwd(), a[i + 1] as string) : resolve(REPO_ROOT, def);
  };
  return { generated: get('--generated', 'models/data/generated.jsonl'), handwritten: get('--handwritten', 'models/data/handwritten.jsonl') };
}

export function toDoc(r: CorpusRecord): Doc {
  return { id: r.id, text: `${r.subject}\n${r.body}` };
}

function pct(n: number, total: number): string {
  return total === 0 ? '0.0%' : `${((100 * n) / total).toFixed(1)}%`;
}

function countBy<T extends string>(records: readonly CorpusRecord[], keys: readonly T[], get: (r: CorpusRecord) => string): string {
  const m = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const r of records) m.set(get(r), (m.get(get(r)) ?? 0) + 1);
  return [...m].map(([k, n]) => `${k} ${n} (${pct(n, records.length)})`).join(', ');
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function printPart(name: string, records: readonly CorpusRecord[]): void {
  console.log(`\n== ${name}: ${records.length} letters`);
  if (records.length === 0) return;
  console.log(`  category:            ${countBy(records, CATEGORIES, (r) => r.category)}`);
  console.log(`  anti_institutioneel: ${countBy(records, ['true', 'false'], (r) => String(r.anti_institutioneel))}`);
  console.log(`  zorgsignaal:         ${countBy(records, ['true', 'false'], (r) => String(r.zorgsignaal))}`);
  console.log(`  topic:               ${countBy(records, TOPICS, (r) => r.topic)}`);
  console.log(`  language:            ${countBy(records, LANGUAGES, (r) => r.language)}`);
  console.log(`  channel:             ${countBy(records, CHANNELS, (r) => r.channel)}`);
  const wc = records.map((r) => wordCount(r.body)).sort((a, b) => a - b);
  const short = wc.filter((w) => w < 80).length;
  const long = wc.filter((w) => w > 300).length;
  console.log(
    `  length (words):      min ${wc[0]}, median ${wc[Math.floor(wc.length / 2)]}, max ${wc[wc.length - 1]}; <80: ${pct(short, wc.length)}, 80-300: ${pct(wc.length - short - long, wc.length)}, >300: ${pct(long, wc.length)}`,
  );
  const camp = records.filter((r) => r.campaign).length;
  if (camp > 0) console.log(`  template campaigns:  ${camp} letters (${pct(camp, records.length)}) in ${new Set(records.map((r) => r.campaign).filter(Boolean)).size} campaigns`);
  const pairs = findNearDuplicates(records.map(toDoc));
  const rate = duplicateRate(records.length, pairs);
  const campaignOf = new Map(records.map((r) => [r.id, r.campaign ?? null]));
  const inCampaign = pairs.filter((p) => {
    const a = campaignOf.get(p.a);
    return a != null && a === campaignOf.get(p.b);
  }).length;
  console.log(
    `  near-duplicates:     ${pairs.length} pairs (Jaccard >= ${DEFAULT_THRESHOLD}); ${pct(Math.round(rate * records.length), records.length)} of letters have a near-duplicate` +
      (camp > 0 ? `; ${inCampaign} of the pairs are within one template campaign` : ''),
  );
}

function main(): number {
  const t0 = Date.now();
  const paths = args();
  const gen = loadCorpus(paths.generated);
  const hw = loadCorpus(paths.handwritten);
  console.log(`Corpus statistics (near-duplicate threshold: Jaccard >= ${DEFAULT_THRESHOLD} on word 5-gram shingles, MinHash 128 / LSH 32x4)`);
  for (const [name, c] of [['generated', gen], ['handwritten', hw]] as const) {
    if (c.errors.length > 0) {
      console.log(`\n!! ${name}: ${c.errors.length} invalid records (first 10):`);
      for (const e of c.errors.slice(0, 10)) console.log(`   ${e}`);
    }
  }
  if (gen.records.length === 0) console.log(`\n(no generated corpus at ${paths.generated}; run npm run corpus:generate)`);
  printPart('generated', gen.records);
  const hwTrain = hw.records.filter((r) => r.split === 'train');
  const hwTest = hw.records.filter((r) => r.split === 'test');
  if (hw.records.length === 0) console.log(`\n(no hand-written corpus at ${paths.handwritten}; reporting the generated part only)`);
  else {
    printPart('handwritten train', hwTrain);
    printPart('handwritten test', hwTest);
  }
  let exit = 0;
  if (hwTest.length > 0) {
    const train = [...gen.records, ...hwTrain].map(toDoc);
    const cross = findCrossDuplicates(train, hwTest.map(toDoc));
    console.log(`\n== train/test leakage: ${cross.length} near-duplicate pairs between train side (generated + handwritten train) and test split`);
    if (cross.length > 0) {
      exit = 1;
      for (const p of cross) console.log(`   ${p.a} ~ ${p.b} (Jaccard ${p.jaccard.toFixed(2)})`);
    }
  } else {
    console.log('\n== train/test leakage: no test split present, nothing to check');
  }
  console.log(`\n(${Date.now() - t0} ms)`);
  return exit;
}

process.exitCode = main();
