/**
 * Fitting the TypeScript heads: TF-IDF vocabulary, embedding standardisation, one linear head per
 * output for each feature set, calibration (temperature, Platt) and decision thresholds — all on
 * training data, with calibration and thresholds on the validation part only. Used by
 * `npm run model:train` and by retraining from reviewed letters.
 */
import crypto from 'node:crypto';
import { CATEGORIES } from '../taxonomy.ts';
import { featureVector, type FeatureSpace, type LetterSignals } from './features.ts';
import { fitPlatt, fitTemperature, logits, trainLinear } from './heads.ts';
import { predictEnsemble, predictHeadSet } from './predict.ts';
import { fitTfidf, TfidfVectorizer, type Lexicon } from './lexical.ts';
import type { Ensemble, FeatureSet, HeadSet, Thresholds } from './types.ts';
import { f1Score, macroF1 } from './metrics.ts';

export interface Example {
  signals: LetterSignals;
  category: number;
  anti: number;
  zorg: number;
  topic: number;
  /** weight in the loss: hand-written and reviewed letters count more than generated ones */
  weight: number;
}

/**
 * The validation part of the training data (by id hash): 20% of the hand-written training letters
 * and 5% of the generated ones. Early stopping, calibration and thresholds use it; never the test split.
 */
export function isValidation(r: { id: string; source: 'generator' | 'handwritten' }): boolean {
  const h = crypto.createHash('sha1').update(r.id).digest().readUInt32BE(0) % 100;
  return r.source === 'handwritten' ? h < 20 : h < 5;
}

const ORDINARY = new Set([CATEGORIES.indexOf('bezwaar'), CATEGORIES.indexOf('klacht'), CATEGORIES.indexOf('regulier')]);

export function buildSpace(train: Example[], lexicon: Lexicon): FeatureSpace {
  const tfidf = fitTfidf(train.map((e) => e.signals.terms), 2500, 3);
  const d = train[0]!.signals.pooled.length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const e of train) for (let j = 0; j < d; j++) mean[j]! += e.signals.pooled[j]! / train.length;
  for (const e of train) for (let j = 0; j < d; j++) std[j]! += (e.signals.pooled[j]! - mean[j]!) ** 2 / train.length;
  return { vectorizer: new TfidfVectorizer(tfidf), lexicon, mean: mean.map((v) => Math.round(v * 1e5) / 1e5), std: std.map((v) => Math.round(Math.max(1e-4, Math.sqrt(v)) * 1e5) / 1e5) };
}

export function fitHeadSet(space: FeatureSpace, train: Example[], val: Example[], features: FeatureSet): HeadSet {
  const xs = train.map((e) => featureVector(space, e.signals, features));
  const w = train.map((e) => e.weight);
  const opts = { sampleWeights: w, epochs: 150, lr: 0.05, l2: 2e-3 };
  const category = trainLinear(xs, train.map((e) => e.category), CATEGORIES.length, opts);
  const anti = trainLinear(xs, train.map((e) => e.anti), 1, opts);
  const zorg = trainLinear(xs, train.map((e) => e.zorg), 1, opts);
  const topic = trainLinear(xs, train.map((e) => e.topic), 8, opts);
  const vx = val.map((e) => featureVector(space, e.signals, features));
  category.temperature = fitTemperature(vx.map((x) => logits(category, x)), val.map((e) => e.category));
  topic.temperature = fitTemperature(vx.map((x) => logits(topic, x)), val.map((e) => e.topic));
  anti.platt = fitPlatt(vx.map((x) => logits(anti, x)[0]!), val.map((e) => e.anti));
  zorg.platt = fitPlatt(vx.map((x) => logits(zorg, x)[0]!), val.map((e) => e.zorg));
  return { features, category, anti, zorg, topic };
}

/**
 * The weight of a hand-written letter (generated letters weigh 1) that gives the lexical heads the
 * lowest log-loss on the hand-written validation letters, from the candidates.
 */
export function chooseHandwrittenWeight(space: FeatureSpace, train: (Example & { source: string })[], val: (Example & { source: string })[], candidates: number[]): number {
  const hw = val.filter((e) => e.source === 'handwritten');
  const ll = (p: number) => -Math.log(Math.max(1e-9, p));
  let best = candidates[0]!;
  let bestLoss = Infinity;
  for (const w of candidates) {
    const weighted = train.map((e) => ({ ...e, weight: e.source === 'handwritten' ? w : 1 }));
    const heads = fitHeadSet(space, weighted, hw, 'lexical');
    const loss = score(space, heads, hw).reduce((sum, s) => sum + ll(s.cat[s.e.category]!) + ll(s.topic[s.e.topic]!) + ll(s.e.anti ? s.anti : 1 - s.anti) + ll(s.e.zorg ? s.zorg : 1 - s.zorg), 0);
    if (loss < bestLoss) [best, bestLoss] = [w, loss];
  }
  return best;
}

export interface Scored {
  cat: number[];
  anti: number;
  zorg: number;
  topic: number[];
  e: Example;
}

export function score(space: FeatureSpace, heads: HeadSet | Ensemble, examples: Example[]): Scored[] {
  return examples.map((e) => {
    const p = 'members' in heads ? predictEnsemble(space, heads, e.signals) : predictHeadSet(space, heads, e.signals);
    return { cat: p.category, anti: p.anti, zorg: p.zorg, topic: p.topic, e };
  });
}

/**
 * The shipped ensemble: heads on the lexical features and heads on the transformer embedding,
 * mixed per output with the weight (0, 0.05, …, 1) that minimises the log-loss on validation
 * letters (hand-written ones weighted as in training).
 */
export function fitEnsemble(space: FeatureSpace, train: Example[], val: Example[]): Ensemble {
  const members = [fitHeadSet(space, train, val, 'lexical'), fitHeadSet(space, train, val, 'transformer')];
  const [a, b] = members.map((m) => score(space, m, val)) as [Scored[], Scored[]];
  const best = (nll: (w: number) => number) => {
    let bw = 1;
    let bv = Infinity;
    for (let k = 0; k <= 20; k++) {
      const w = k / 20;
      const v = nll(w);
      if (v < bv) [bw, bv] = [w, v];
    }
    return [bw, Math.round((1 - bw) * 100) / 100];
  };
  const ll = (p: number) => -Math.log(Math.max(1e-9, p));
  const multi = (pick: (s: Scored) => number[], gold: (e: Example) => number) => best((w) => val.reduce((sum, e, i) => sum + e.weight * ll(w * pick(a[i]!)[gold(e)]! + (1 - w) * pick(b[i]!)[gold(e)]!), 0));
  const binary = (pick: (s: Scored) => number, gold: (e: Example) => number) => best((w) => val.reduce((sum, e, i) => {
    const p = w * pick(a[i]!) + (1 - w) * pick(b[i]!);
    return sum + e.weight * ll(gold(e) === 1 ? p : 1 - p);
  }, 0));
  return {
    members,
    weights: {
      category: multi((s) => s.cat, (e) => e.category),
      anti: binary((s) => s.anti, (e) => e.anti),
      zorg: binary((s) => s.zorg, (e) => e.zorg),
      topic: multi((s) => s.topic, (e) => e.topic),
    },
  };
}

/**
 * Thresholds chosen on validation letters:
 * - anti: best F1 while at most 1% of ordinary letters (bezwaar/klacht/regulier without the flag) are flagged;
 * - zorg: highest recall at precision >= 0.8;
 * - threat safety net: at most 0.2, low enough to catch every validation threat;
 * - threat category: the highest bedreiging probability that still finds 97% of validation threats
 *   (the target for threat recall; a missed threat is the worst error);
 * - review confidence: the lowest level above which at least 97% of validation letters are right.
 */
export function chooseThresholds(scored: Scored[]): Thresholds {
  const grid = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01);
  const ordinary = scored.filter((s) => ORDINARY.has(s.e.category) && s.e.anti === 0);
  let anti = 0.5;
  let bestF1 = -1;
  for (const t of grid) {
    const fpRate = ordinary.filter((s) => s.anti >= t).length / Math.max(1, ordinary.length);
    if (fpRate > 0.01) continue;
    const f1 = f1Score(scored.map((s) => s.e.anti), scored.map((s) => (s.anti >= t ? 1 : 0)));
    if (f1 > bestF1) [anti, bestF1] = [t, f1];
  }
  let zorg = 0.5;
  let bestRecall = -1;
  for (const t of grid) {
    const pred = scored.map((s) => (s.zorg >= t ? 1 : 0));
    const tp = pred.filter((p, i) => p === 1 && scored[i]!.e.zorg === 1).length;
    const precision = tp / Math.max(1, pred.filter((p) => p === 1).length);
    const recall = tp / Math.max(1, scored.filter((s) => s.e.zorg === 1).length);
    if (precision >= 0.8 && recall > bestRecall) [zorg, bestRecall] = [t, recall];
  }
  const threats = scored.filter((s) => s.e.category === 0).map((s) => s.cat[0]!);
  const threatSafety = Math.max(0.02, Math.min(0.2, ...threats.map((p) => p - 0.01)));
  // The highest bedreiging threshold that still gives >= 97% recall of validation threats.
  let threatCategory = 0.5;
  for (let t = 0.5; t >= 0.05; t -= 0.01) {
    threatCategory = t;
    if (threats.filter((p) => p >= t).length / Math.max(1, threats.length) >= 0.97) break;
  }
  let reviewConfidence = 0.9;
  for (const t of grid) {
    const confident = scored.filter((s) => Math.max(...s.cat) >= t);
    const right = confident.filter((s) => s.cat.indexOf(Math.max(...s.cat)) === s.e.category).length;
    if (confident.length > 0 && right / confident.length >= 0.97) {
      reviewConfidence = t;
      break;
    }
  }
  const r = (v: number) => Math.round(v * 100) / 100;
  return { anti: r(anti), zorg: r(zorg), threatSafety: r(threatSafety), threatCategory: r(threatCategory), reviewConfidence: r(reviewConfidence) };
}

export function validationSummary(scored: Scored[], t: Thresholds): Record<string, number> {
  const yc = scored.map((s) => s.e.category);
  const pc = scored.map((s) => s.cat.indexOf(Math.max(...s.cat)));
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return {
    letters: scored.length,
    category_macro_f1: r(macroF1(yc, pc, CATEGORIES.length)),
    anti_f1: r(f1Score(scored.map((s) => s.e.anti), scored.map((s) => (s.anti >= t.anti ? 1 : 0)))),
    zorg_f1: r(f1Score(scored.map((s) => s.e.zorg), scored.map((s) => (s.zorg >= t.zorg ? 1 : 0)))),
  };
}
