/**
 * Step 5 of `npm run model:train`: computes the letters' signals with the exported encoder and
 * fits the TypeScript heads (shipped: an ensemble of heads on the lexical features — TF-IDF and phrase list —
 * and heads on the pooled transformer embedding; plus each part alone, to measure it). Writes MODEL_DIR/heads.json.
 */
import '../../server/quiet-env.ts';
import fs from 'node:fs';
import path from 'node:path';
import { Encoder } from '../../server/classify/encoder.ts';
import { LEXICON_FILE, fileSha256 } from '../../server/classify/classifier.ts';
import { computeSignals } from '../../server/classify/features.ts';
import { buildSpace, chooseHandwrittenWeight, chooseThresholds, fitEnsemble, fitHeadSet, score, validationSummary, type Example } from '../../server/classify/fit.ts';
import { Lexicon } from '../../server/classify/lexical.ts';
import type { HeadSet, HeadsFile } from '../../server/classify/types.ts';
import { WORK, type TrainExample } from './prepare.ts';

const modelDir = path.resolve(process.argv[2] ?? 'models/postsignaal-nl');
const encoder = await Encoder.load(modelDir);
const lexicon = Lexicon.load(LEXICON_FILE);

async function load(split: string): Promise<(Example & { source: string })[]> {
  const lines = fs.readFileSync(path.join(WORK, `${split}.jsonl`), 'utf8').trim().split('\n');
  const out: (Example & { source: string })[] = [];
  for (const line of lines) {
    const e = JSON.parse(line) as TrainExample;
    // prepare.ts stored modelText(subject, body); the subject is its first paragraph.
    const cut = e.text.indexOf('\n\n');
    const [subject, body] = cut >= 0 ? [e.text.slice(0, cut), e.text.slice(cut + 2)] : ['', e.text];
    out.push({ signals: await computeSignals(encoder, lexicon, subject, body), category: e.category, anti: e.anti, zorg: e.zorg, topic: e.topic, weight: 1, source: e.source });
  }
  return out;
}

const t0 = Date.now();
const train = await load('train');
const val = await load('val');
console.log(`signals: ${train.length} training and ${val.length} validation letters in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
const space = buildSpace(train, lexicon);
const timed = <T>(label: string, f: () => T): T => {
  const t = Date.now();
  const r = f();
  console.log(`${label}: ${((Date.now() - t) / 1000).toFixed(0)}s`);
  return r;
};
// How much a hand-written letter weighs against a generated one: there are far fewer, and they are
// closer to real mail. Chosen on the hand-written validation letters (log-loss of the lexical heads).
const handwrittenWeight = timed('hand-written weight', () => chooseHandwrittenWeight(space, train, val, [3, 6, 12, 24]));
for (const e of [...train, ...val]) e.weight = e.source === 'handwritten' ? handwrittenWeight : 1;
console.log(`hand-written letters weigh ${handwrittenWeight}× a generated one`);
const ensemble = timed('shipped ensemble (lexical + transformer heads)', () => fitEnsemble(space, train, val));
// Measured, not shipped: every feature set stacked in one head set, TF-IDF alone (the baseline),
// and the lexical heads fitted on one data source alone (what each source adds).
const variants: HeadSet[] = [...ensemble.members, timed('combined', () => fitHeadSet(space, train, val, 'combined')), timed('tfidf', () => fitHeadSet(space, train, val, 'tfidf'))];
for (const source of ['generator', 'handwritten'] as const) {
  const part = train.filter((e) => e.source === source);
  variants.push({ ...timed(`lexical on ${source} only`, () => fitHeadSet(space, part, val, 'lexical')), sources: source });
}
const scoredVal = score(space, ensemble, val);
const thresholds = chooseThresholds(scoredVal);
const hwVal = scoredVal.filter((s) => (s.e as Example & { source: string }).source === 'handwritten');
const validation = { ...prefix('all_', validationSummary(scoredVal, thresholds)), ...prefix('handwritten_', validationSummary(hwVal, thresholds)) };
const encoderSha256 = fileSha256(path.join(modelDir, 'onnx/model.onnx'));
const day = new Date().toISOString().slice(0, 10);
const heads: HeadsFile = {
  version: `${day}.${encoderSha256.slice(0, 8)}`,
  created: new Date().toISOString(),
  encoderSha256,
  lexiconVersion: lexicon.version,
  tfidf: space.vectorizer.model,
  embeddingMean: space.mean,
  embeddingStd: space.std,
  heads: ensemble.members[0]!,
  ensemble,
  thresholds,
  variants,
  trainedOn: { letters: train.length, generated: train.filter((e) => e.source === 'generator').length, handwritten: train.filter((e) => e.source === 'handwritten').length, reviewed: 0, handwrittenWeight },
  validation,
};
fs.writeFileSync(path.join(modelDir, 'heads.json'), JSON.stringify(heads));
console.log(`ensemble weights ${JSON.stringify(ensemble.weights)}\nthresholds ${JSON.stringify(thresholds)}\nvalidation ${JSON.stringify(validation)}`);
await encoder.dispose();

function prefix(p: string, o: Record<string, number>) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [p + k, v]));
}
