/**
 * Retraining from people's decisions: the TypeScript heads are refitted on the training corpus
 * plus every reviewed letter (confirmed or corrected labels), evaluated on the hand-written
 * held-out letters, and activated only when they are not worse than the active heads.
 * The transformer encoder stays as shipped (retraining it needs Python: npm run model:train).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { loadCorpus, type CorpusRecord } from '../../models/corpus/record.ts';
import { writeAudit } from '../auth/audit.ts';
import type { Actor } from '../auth/types.ts';
import type { DB } from '../db/schema.ts';
import { DEFAULT_RULESET } from '../routing/defaults.ts';
import { CATEGORIES, TOPICS, type Category, type Topic } from '../taxonomy.ts';
import type { Classifier } from './classifier.ts';
import { computeSignals, type LetterSignals } from './features.ts';
import { buildSpace, chooseThresholds, fitEnsemble, isValidation, score, validationSummary, type Example } from './fit.ts';
import { report, type Labels, type Report } from './metrics.ts';
import type { HeadsFile } from './types.ts';

const DATA = path.resolve(import.meta.dirname, '../../models/data');

type CachedSignals = Omit<LetterSignals, 'pooled' | 'chunkLogits'> & { pooled: number[]; chunkLogits: number[][] };

/** Signals of the corpus letters depend only on the encoder: cached per encoder under DATA_DIR. */
async function corpusSignals(clf: Classifier, records: CorpusRecord[], cacheDir: string, log: (m: string) => void): Promise<Map<string, LetterSignals>> {
  const file = path.join(cacheDir, `signals-v2-${clf.heads.encoderSha256.slice(0, 16)}-${clf.lexicon.version}.json`);
  let cached: Record<string, CachedSignals> = {};
  if (fs.existsSync(file)) cached = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, CachedSignals>;
  const out = new Map<string, LetterSignals>();
  let computed = 0;
  for (const r of records) {
    let c = cached[r.id];
    if (!c) {
      const s = await clf.signals(r.subject, r.body);
      c = { ...s, pooled: Array.from(s.pooled), chunkLogits: s.chunkLogits.map((l) => Array.from(l)) };
      cached[r.id] = c;
      if (++computed % 500 === 0) log(`signalen berekend: ${computed}`);
    }
    out.set(r.id, { ...c, pooled: Float32Array.from(c.pooled), chunkLogits: c.chunkLogits.map((l) => Float32Array.from(l)) });
  }
  if (computed > 0) {
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(cached));
  }
  return out;
}

function toExample(s: LetterSignals, l: Labels, weight: number): Example {
  return { signals: s, category: CATEGORIES.indexOf(l.category), anti: l.anti_institutioneel ? 1 : 0, zorg: l.zorgsignaal ? 1 : 0, topic: TOPICS.indexOf(l.topic), weight };
}

export interface RetrainResult {
  version: string;
  activated: boolean;
  reason: string;
  reviewedLetters: number;
  current: Report;
  candidate: Report;
}

export async function retrain(deps: { db: Kysely<DB>; classifier: Classifier; cacheDir: string; actor: Actor | null; log?: (m: string) => void }): Promise<RetrainResult> {
  const log = deps.log ?? (() => {});
  const clf = deps.classifier;
  const corpus = [...loadCorpus(path.join(DATA, 'generated.jsonl')).records, ...loadCorpus(path.join(DATA, 'handwritten.jsonl')).records];
  const trainSide = corpus.filter((r) => r.split === 'train');
  const heldOut = corpus.filter((r) => r.split === 'test');
  log(`corpus: ${trainSide.length} trainingsbrieven, ${heldOut.length} achtergehouden brieven`);
  const signals = await corpusSignals(clf, [...trainSide, ...heldOut], deps.cacheDir, log);

  const reviewed = await deps.db
    .selectFrom('letters')
    .select(['id', 'subject', 'body_text', 'category', 'topic', 'anti_institutioneel', 'zorgsignaal'])
    .where('review_status', 'in', ['confirmed', 'corrected'])
    .where('body_text', '!=', '')
    .where('category', 'is not', null)
    .execute();
  log(`beoordeelde brieven: ${reviewed.length}`);

  const train: Example[] = [];
  const val: Example[] = [];
  // Hand-written and reviewed letters weigh what model:train chose for hand-written ones.
  const handwrittenWeight = clf.heads.trainedOn.handwrittenWeight ?? 3;
  for (const r of trainSide) (isValidation(r) ? val : train).push(toExample(signals.get(r.id)!, r, r.source === 'handwritten' ? handwrittenWeight : 1));
  for (const r of reviewed) {
    const s = await computeSignals(clf.encoder, clf.lexicon, r.subject, r.body_text);
    const labels: Labels = { category: r.category as Category, topic: (r.topic ?? 'overig') as Topic, anti_institutioneel: !!r.anti_institutioneel, zorgsignaal: !!r.zorgsignaal };
    const h = crypto.createHash('sha1').update(r.id).digest().readUInt32BE(0) % 100;
    (h < 20 ? val : train).push(toExample(s, labels, handwrittenWeight));
  }

  const space = buildSpace(train, clf.lexicon);
  const ensemble = fitEnsemble(space, train, val);
  const thresholds = chooseThresholds(score(space, ensemble, val));
  const version = `${new Date().toISOString().slice(0, 10)}.r${crypto.randomBytes(3).toString('hex')}`;
  const candidateFile: HeadsFile = {
    ...clf.heads, version, created: new Date().toISOString(), tfidf: space.vectorizer.model, embeddingMean: space.mean, embeddingStd: space.std,
    heads: ensemble.members[0]!, ensemble, thresholds, variants: undefined,
    trainedOn: { letters: train.length, generated: trainSide.filter((r) => r.source === 'generator').length, handwritten: trainSide.filter((r) => r.source === 'handwritten').length, reviewed: reviewed.length, handwrittenWeight },
    validation: validationSummary(score(space, ensemble, val), thresholds),
  };
  const candidate = clf.withHeads(candidateFile);

  const gold: Labels[] = heldOut;
  const evalWith = (c: Classifier) => report(gold, heldOut.map((r) => {
    const d = c.decide(signals.get(r.id)!, r.subject, r.body);
    return { ...d, probabilities: CATEGORIES.map((k) => d.scores[k]) };
  }), DEFAULT_RULESET);
  const cur = evalWith(clf);
  const cand = evalWith(candidate);
  const problems: string[] = [];
  if (cand.category.macro_f1 < cur.category.macro_f1 - 0.002) problems.push(`macro-F1 ${cand.category.macro_f1} < ${cur.category.macro_f1}`);
  if (cand.category.per_class.bedreiging!.recall < cur.category.per_class.bedreiging!.recall) problems.push(`recall bedreiging ${cand.category.per_class.bedreiging!.recall} < ${cur.category.per_class.bedreiging!.recall}`);
  if (cand.anti_institutioneel.ordinary_false_flag_rate > Math.max(cur.anti_institutioneel.ordinary_false_flag_rate, 0.02)) problems.push(`onterecht anti-institutioneel ${cand.anti_institutioneel.ordinary_false_flag_rate}`);
  const activated = problems.length === 0;
  const reason = activated ? 'niet slechter op de achtergehouden brieven: geactiveerd' : `niet geactiveerd: ${problems.join('; ')}`;

  await deps.db.transaction().execute(async (trx) => {
    if (activated) await trx.updateTable('model_versions').set({ active: false }).where('active', '=', true).execute();
    await trx
      .insertInto('model_versions')
      .values({ version, heads: JSON.stringify(candidateFile), metrics: JSON.stringify({ current: cur, candidate: cand, current_version: clf.version }), active: activated, reviewed_letters: reviewed.length, note: reason, created_by: deps.actor?.id ?? null })
      .execute();
    await writeAudit(trx, { actor: deps.actor, action: 'model.retrain', entityType: 'model', entityId: version, details: { activated, reason, reviewed: reviewed.length, macro_f1: cand.category.macro_f1 } });
  });
  return { version, activated, reason, reviewedLetters: reviewed.length, current: cur, candidate: cand };
}

/** The active retrained heads, if any (else the shipped heads.json is used). */
export async function activeHeads(db: Kysely<DB>): Promise<HeadsFile | null> {
  const r = await db.selectFrom('model_versions').select('heads').where('active', '=', true).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return r ? (r.heads as HeadsFile) : null;
}
