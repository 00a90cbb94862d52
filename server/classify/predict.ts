/** Turning signals into calibrated probabilities: one head set, and the mix of an ensemble. */
import { featureVector, type FeatureSpace, type LetterSignals } from './features.ts';
import { logits, nonZeroIndices, sigmoid, softmax, type LinearHead } from './heads.ts';
import type { Ensemble, HeadSet } from './types.ts';

export interface Probabilities {
  category: number[];
  anti: number;
  zorg: number;
  topic: number[];
}

function calibrated(h: LinearHead, x: Float32Array, nz: Int32Array): number {
  const z = logits(h, x, nz)[0]!;
  return h.platt ? sigmoid(h.platt.a * z + h.platt.b) : sigmoid(z);
}

export function predictHeadSet(space: FeatureSpace, heads: HeadSet, s: LetterSignals): Probabilities {
  const x = featureVector(space, s, heads.features);
  const nz = nonZeroIndices(x);
  return {
    category: softmax(logits(heads.category, x, nz), heads.category.temperature ?? 1),
    anti: calibrated(heads.anti, x, nz),
    zorg: calibrated(heads.zorg, x, nz),
    topic: softmax(logits(heads.topic, x, nz), heads.topic.temperature ?? 1),
  };
}

/** Weighted mix of the members' probabilities. */
export function mixProbabilities(parts: Probabilities[], w: Ensemble['weights']): Probabilities {
  const mix = (weights: number[], pick: (p: Probabilities) => number[]) => {
    const out = pick(parts[0]!).map(() => 0);
    parts.forEach((p, i) => pick(p).forEach((v, k) => (out[k]! += weights[i]! * v)));
    return out;
  };
  return {
    category: mix(w.category, (p) => p.category),
    anti: mix(w.anti, (p) => [p.anti])[0]!,
    zorg: mix(w.zorg, (p) => [p.zorg])[0]!,
    topic: mix(w.topic, (p) => p.topic),
  };
}

export function predictEnsemble(space: FeatureSpace, e: Ensemble, s: LetterSignals): Probabilities {
  return mixProbabilities(e.members.map((m) => predictHeadSet(space, m, s)), e.weights);
}
